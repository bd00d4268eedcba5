using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Modules;
using Course.Web.Site;

namespace Course.Web.Pipelines;

/// <summary>
/// One terminology: every page and quiz bank is searched, in Process, for the discouraged variants the
/// glossary lists (<c>avoid="…"</c>). It only reports; it writes nothing.
/// </summary>
public sealed class Terminology : Pipeline
{
    public Terminology()
    {
        Dependencies.Add(nameof(Inputs));
        Dependencies.Add(nameof(Glossary));
        ProcessModules.Add(new ReplaceDocuments(nameof(Inputs)));
        ProcessModules.Add(new FilterDocuments(d => d.Get<PageKind>(CourseKeys.Kind) is PageKind.Home or PageKind.Chapter or PageKind.Section or PageKind.Page or PageKind.Quiz));
        ProcessModules.Add(new CheckTerminology());
    }
}
