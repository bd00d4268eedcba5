using System.Text.RegularExpressions;
using Course.Web.Quizzes.Kinds;
using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Parsing;

/// <summary>
/// Reads one entry of <c>questions:</c>: the common fields, then the answer of its type. Every problem
/// is reported; the question is returned only when it has none.
/// </summary>
internal static partial class QuizQuestionReader
{
    private static readonly string TypeList = string.Join(", ", QuizKinds.Names);

    public static QuizQuestion? Read(YamlNode node, int number, Dictionary<string, SourcePosition> seenIds, QuizDiagnosticSink sink)
    {
        if (node is not YamlMappingNode mapping)
        {
            sink.Error(YamlMapping.PositionOf(node), $"question {number} must be a mapping of keys such as 'id:' and 'type:'",
                "start each question with `- id: …` and indent its other keys to line up with `id`");
            return null;
        }

        int errorsBefore = sink.ErrorCount;
        YamlMapping map = YamlMapping.Of(mapping);
        string? id = ReadId(map, number, seenIds, sink);
        var fields = new QuizFieldReader(map, id is null ? $"question {number}" : $"question '{id}'", sink);
        QuizKind? type = ReadType(fields);
        string? text = fields.RequiredText("question", "add `question: <what the student is asked>`");
        QuizSectionReference? section = ReadSection(fields);
        string? explanation = fields.RequiredText("explanation",
            "add `explanation: <why the right answer is right>`; students see it after answering");
        QuizQuestionLevel? level = ReadLevel(fields);
        QuestionKeyChecker.WarnUnknownKeys(fields, type);
        if (type is null)
        {
            return null;
        }

        var question = new QuizQuestion(id ?? string.Empty, type, text ?? string.Empty,
            section ?? new QuizSectionReference(string.Empty, null, map.Position), explanation ?? string.Empty, map.Position) { Level = level };
        question = type.Read(fields, question);
        return sink.ErrorCount > errorsBefore ? null : question;
    }

    private static string? ReadId(YamlMapping map, int number, Dictionary<string, SourcePosition> seenIds, QuizDiagnosticSink sink)
    {
        string? id = new QuizFieldReader(map, $"question {number}", sink)
            .RequiredText("id", "add `id: <a short ASCII id>`, unique in the bank and the same in every language");
        if (id is null)
        {
            return null;
        }

        SourcePosition at = YamlMapping.PositionOf(map.Value("id")!);
        if (!IdPattern().IsMatch(id))
        {
            sink.Error(at, $"id '{id}' of question {number} may only hold ASCII letters, digits, '-' and '_'",
                "use a short ASCII id such as `budapest-year`, the same in every language");
        }
        else if (seenIds.TryGetValue(id, out SourcePosition first))
        {
            sink.Error(at, $"duplicate id '{id}': the question at line {first.Line} already uses it",
                "give every question its own id, and change it in the bank of every language");
        }
        else
        {
            seenIds.Add(id, at);
        }

        return id;
    }

    private static QuizKind? ReadType(QuizFieldReader fields)
    {
        string fix = $"write `type:` with one of: {TypeList}";
        string? name = fields.RequiredText("type", fix);
        if (name is null)
        {
            return null;
        }

        if (QuizKinds.Find(name) is { } kind)
        {
            return kind;
        }

        fields.Sink.Error(YamlMapping.PositionOf(fields.Map.Value("type")!), $"unknown question type '{name}' in {fields.Subject}",
            $"use one of: {TypeList}{CloseMatches.Hint(name, QuizKinds.Names)}");
        return null;
    }

    /// <summary>The optional <c>level:</c>; a value other than the known levels is an error.</summary>
    private static QuizQuestionLevel? ReadLevel(QuizFieldReader fields)
    {
        string fix = $"write `level:` with one of: {string.Join(", ", QuizQuestionLevels.Names)}, or leave it out";
        string? name = fields.OptionalText("level", fix);
        if (name is null)
        {
            return null;
        }

        if (QuizQuestionLevels.TryParse(name, out QuizQuestionLevel level))
        {
            return level;
        }

        fields.Sink.Error(YamlMapping.PositionOf(fields.Map.Value("level")!), $"unknown level '{name}' in {fields.Subject}",
            $"use one of: {string.Join(", ", QuizQuestionLevels.Names)}, or leave it out{CloseMatches.Hint(name, QuizQuestionLevels.Names)}");
        return null;
    }

    private static QuizSectionReference? ReadSection(QuizFieldReader fields)
    {
        const string Fix = "write the chapter folder and the section file name without '.md', e.g. `section: concepts/threats` (add `#id` to point at a fixed heading id)";
        string? value = fields.RequiredText("section", Fix);
        if (value is null)
        {
            return null;
        }

        SourcePosition at = YamlMapping.PositionOf(fields.Map.Value("section")!);
        Match match = SectionPattern().Match(value);
        if (!match.Success)
        {
            fields.Sink.Error(at, $"section '{value}' of {fields.Subject} is not in the form '<chapter>/<section>'", Fix);
            return null;
        }

        Group anchor = match.Groups["anchor"];
        return new QuizSectionReference(match.Groups["page"].Value, anchor.Success ? anchor.Value : null, at);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^(?<page>[A-Za-z0-9_-]+/[A-Za-z0-9_-]+)(#(?<anchor>[^#\\s]+))?$")]
    private static partial Regex SectionPattern();
}
