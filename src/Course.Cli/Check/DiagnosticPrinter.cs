using System.Text.Encodings.Web;
using System.Text.Json;
using Course.Core.Diagnostics;

namespace Course.Cli.Check;

/// <summary>Writes diagnostics as text lines, one JSON document, or GitHub Actions workflow commands.</summary>
public static class DiagnosticPrinter
{
    // Kazakh and Russian messages stay readable in the JSON (no \uXXXX escapes); it is never embedded in HTML.
    private static readonly CheckJsonContext Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    });

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format, TextWriter console)
    {
        switch (format)
        {
            case DiagnosticFormat.Json:
                console.WriteLine(ToJson(diagnostics));
                break;
            case DiagnosticFormat.Github:
                foreach (Diagnostic diagnostic in diagnostics)
                {
                    console.WriteLine(ToGithub(diagnostic));
                }

                break;
            default:
                foreach (Diagnostic diagnostic in diagnostics)
                {
                    console.WriteLine(diagnostic.ToString());
                }

                break;
        }
    }

    public static string ToJson(IReadOnlyList<Diagnostic> diagnostics)
    {
        var report = new CheckReport(
            diagnostics.Count(d => d.IsError),
            diagnostics.Count(d => !d.IsError),
            [.. diagnostics.Select(d => new CheckFinding(d.IsError ? "error" : "warning", d.File, d.Line, d.Column, d.Message, d.Fix))]);
        return JsonSerializer.Serialize(report, Json.CheckReport);
    }

    /// <summary>
    /// A workflow command (<c>::error file=…,line=…,col=…::message</c>) that GitHub shows on the line of the pull request.
    /// Property values and the message are escaped as the runner expects (%, CR, LF; and ':' ',' in properties).
    /// </summary>
    public static string ToGithub(Diagnostic diagnostic)
    {
        string kind = diagnostic.IsError ? "error" : "warning";
        string message = diagnostic.Fix is null ? diagnostic.Message : $"{diagnostic.Message} Fix: {diagnostic.Fix}";
        return $"::{kind} file={EscapeProperty(diagnostic.File)},line={diagnostic.Line},col={diagnostic.Column}::{EscapeData(message)}";
    }

    private static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
