using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using YamlDotNet.Core;
using Course.Core.IO;

namespace Course.Core.Modules;

/// <summary>
/// Splits a leading <c>---</c> YAML block off Markdown documents and merges its keys into the
/// metadata; broken YAML is reported at its file:line:column.
/// </summary>
public sealed class ExtractFrontMatter : Module
{
    protected internal override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
    {
        if (!input.RelativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return [input];
        }

        string display = input.GetString(Keys.DisplayPath, input.RelativePath);
        // From a file only the front matter is read (and decoded); the body is read when it is rendered.
        string text = input.Body is FileContent { Start: 0 } file ? file.ReadThrough("\n---\n", 3) : input.Content;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            context.Diagnostics.Add(Diagnostic.Error(display, 1, 1, "The page has no front matter.", "Start the file with a '---' line, 'title: ...' and 'description: ...', and a closing '---' line."));
            return [input.WithMetadata(Keys.BodyLineOffset, 0)];
        }

        int end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0 && text.EndsWith("\n---", StringComparison.Ordinal))
        {
            end = text.Length - 4;
        }

        if (end < 0)
        {
            context.Diagnostics.Add(Diagnostic.Error(display, 1, 1, "The front matter is not closed.", "Add a line with '---' after the last front matter key."));
            return [input.WithMetadata(Keys.BodyLineOffset, 0)];
        }

        string yaml = text[4..(end + 1)];
        // The body stays in its file (read again when rendered) unless the text was in memory anyway.
        DocumentContent body = input.Body is FileContent source ? source with { Start = source.Start + Math.Min(end + 5, text.Length) } : new TextContent(end + 5 <= text.Length ? text[(end + 5)..] : string.Empty);
        int offset = yaml.AsSpan().Count('\n') + 2;
        try
        {
            var positions = new Dictionary<string, TextPosition>(StringComparer.OrdinalIgnoreCase);
            (Dictionary<string, object?> values, Dictionary<string, int> lines) = YamlValues.ReadMapping(yaml, lineOffset: 1, positions);
            // one metadata update instead of three (each copies the document); later entries still win, as before
            return [input.WithBody(body).WithMetadata(
                values.Append(new(Keys.BodyLineOffset, offset)).Append(new(Keys.FrontMatterLines, lines)).Append(new(Keys.FrontMatterPositions, positions)))];
        }
        catch (YamlException exception)
        {
            context.Diagnostics.Add(Diagnostic.Error(display, (int)exception.Start.Line + 1, (int)exception.Start.Column, $"Broken YAML in the front matter: {YamlValues.Explain(exception)}", "Check the indentation and quote values that contain ':' or start with a special character."));
            return [input.WithBody(body).WithMetadata(Keys.BodyLineOffset, offset)];
        }
    }
}
