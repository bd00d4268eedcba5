using System.Globalization;
using System.Security;
using System.Text;

namespace Course.Cli.Packaging;

/// <summary>
/// imsmanifest.xml: one organization with one item, the whole course of a language as ONE SCO launched
/// at its LMS launch page, and every file of the package listed in that SCO's resource (docs/lms.md says why
/// one SCO). Valid against ADL's SCORM 1.2 and SCORM 2004 4th edition schemas.
/// </summary>
public static class ScormManifest
{
    public static string Write(PackageFormat format, string identifier, string title, string launch, int passMark, IEnumerable<string> files)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        string name = SecurityElement.Escape(title);
        if (format == PackageFormat.Scorm12)
        {
            xml.Append("<manifest identifier=\"").Append(identifier).Append("\" version=\"1.0\"\n")
                .Append("  xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n")
                .Append("  xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n")
                .Append("  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                .Append("  xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n")
                .Append("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n  </metadata>\n")
                .Append("  <organizations default=\"org\">\n    <organization identifier=\"org\">\n      <title>").Append(name).Append("</title>\n")
                .Append("      <item identifier=\"item\" identifierref=\"sco\" isvisible=\"true\">\n        <title>").Append(name).Append("</title>\n")
                .Append("        <adlcp:masteryscore>").Append(passMark.ToString(CultureInfo.InvariantCulture)).Append("</adlcp:masteryscore>\n")
                .Append("      </item>\n    </organization>\n  </organizations>\n")
                .Append("  <resources>\n    <resource identifier=\"sco\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"").Append(SecurityElement.Escape(launch)).Append("\">\n");
        }
        else
        {
            xml.Append("<manifest identifier=\"").Append(identifier).Append("\" version=\"1\"\n")
                .Append("  xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n")
                .Append("  xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\"\n")
                .Append("  xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"\n")
                .Append("  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                .Append("  xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd\">\n")
                .Append("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>2004 4th Edition</schemaversion>\n  </metadata>\n")
                .Append("  <organizations default=\"org\">\n    <organization identifier=\"org\">\n      <title>").Append(name).Append("</title>\n")
                .Append("      <item identifier=\"item\" identifierref=\"sco\">\n        <title>").Append(name).Append("</title>\n")
                .Append("        <imsss:sequencing>\n          <imsss:objectives>\n            <imsss:primaryObjective objectiveID=\"pass\" satisfiedByMeasure=\"true\">\n")
                .Append("              <imsss:minNormalizedMeasure>").Append((passMark / 100.0).ToString("0.##", CultureInfo.InvariantCulture)).Append("</imsss:minNormalizedMeasure>\n")
                .Append("            </imsss:primaryObjective>\n          </imsss:objectives>\n        </imsss:sequencing>\n")
                .Append("      </item>\n    </organization>\n  </organizations>\n")
                .Append("  <resources>\n    <resource identifier=\"sco\" type=\"webcontent\" adlcp:scormType=\"sco\" href=\"").Append(SecurityElement.Escape(launch)).Append("\">\n");
        }

        foreach (string file in files)
        {
            xml.Append("      <file href=\"").Append(SecurityElement.Escape(file)).Append("\"/>\n");
        }

        return xml.Append("    </resource>\n  </resources>\n</manifest>\n").ToString();
    }
}
