namespace Course.Cli.Packaging;

/// <summary>What <c>course package</c> writes: a SCORM 1.2 or SCORM 2004 (4th edition) package for an LMS, or the file:// edition as a plain zip.</summary>
public enum PackageFormat
{
    Scorm12,
    Scorm2004,
    Zip,
}
