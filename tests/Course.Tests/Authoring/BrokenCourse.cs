using Course.Tests.Support;

namespace Course.Tests.Authoring;

/// <summary>
/// The mini course with as many kinds of bad input as one build reports (pages, front matter, encoding,
/// nesting, addresses, raw HTML, links, charts, the glossary, quiz banks, translations), and a course.yml
/// broken in every setting, which stops the build before the pages. The bad pages of the broken-input tests
/// (<see cref="BrokenPages"/>), extended; the build runs with strict translations so a missing translation is reported.
/// </summary>
internal static class BrokenCourse
{
    public const string Drill = "drill";

    public static string WriteContent(string folder)
    {
        string input = MiniCourse.CopyTo(folder);
        File.WriteAllText(Path.Combine(input, "course.yml"), File.ReadAllText(Path.Combine(input, "course.yml")).Replace("editor: true", "editor: false", StringComparison.Ordinal));
        BrokenPages.WriteInto(input);
        string kk = Path.Combine(input, "kk", MiniCourse.Chapter);
        void Page(string name, string frontMatter, string body) =>
            File.WriteAllText(Path.Combine(kk, name), $"---\n{frontMatter}\n---\n\n{body}\n");

        // links, headings, charts
        Page("links.md", "title: t\ndescription: d\norder: 21", "# A title in the body\n\nA [dead link](missing.md), a [URL](/kk/concepts/history/) and a [bad anchor](history.md#no-such-heading).\n");
        Page("charts.md", "title: t\ndescription: d\norder: 22",
            "```chart\ntype: pie\nlabels: [a, b]\n```\n\n```chart\ntype: bar\n```\n\n```chart\nlabels: [a, b]\nseries:\n  - name: s\n    values: [1, x]\n```\n\n```chart\nlabels: [a, b]\nseries:\n  - name: s\n    values: [1]\n```\n\n```chart\nlabels: [a, b]\n```\n\n```chart\nlabels: [a\n```\n");

        // translations: a page only in the translation, a page only in the source (strict: an error)
        File.WriteAllText(Path.Combine(input, "ru", MiniCourse.Chapter, "only-ru.md"), "---\ntitle: t\ndescription: d\norder: 40\n---\n\nТекст.\n");

        // the glossary
        File.AppendAllText(Path.Combine(input, "kk", "glossary.md"),
            "\nБос {#empty-one .term}\n:\n\nБір {#one .term}\nЕкі {#two .term}\n: Ортақ анықтама.\n\nИдсіз {.term}\n: Анықтама.\n\nТүрсіз {#no-kind}\n: Анықтама.\n\n"
            + "Екі ид {#first #second .term}\n: Анықтама.\n\nҚате ид {#Bad_Id .term}\n: Анықтама.\n\nБелгісіз {#odd-kind .word}\n: Анықтама.\n\nЕкі түр {#two-kinds .term .abbr}\n: Анықтама.\n\n"
            + "Атрибут {#attr .term color=\"red\"}\n: Анықтама.\n\nТырнақша {#quote .term aliases=\"ашық}\n: Анықтама.\n\nЖабылмаған {#open .term\n: Анықтама.\n\n{#no-term .term}\n: Анықтама.\n\n"
            + "Қайталау {#dos-os .abbr}\n: Анықтама.\n\nСиноним {#synonym .term aliases=\"бір; бір\"}\n: Анықтама.\n\nЖаңа термин {#new-only .term}\n: Ешбір тарауда қолданылмайды.\n\n    Шегініссіз мәтін.\n\nАнықтамасыз жол {#lonely .term}\n\nМәтін анықтамадан тыс.\n");

        // quiz banks: one full of mistakes, and a translation that differs from its source
        Directory.CreateDirectory(Path.Combine(input, "kk", Drill));
        Directory.CreateDirectory(Path.Combine(input, "ru", Drill));
        File.WriteAllText(Path.Combine(input, "kk", Drill, "index.md"), "---\ntitle: Жаттығу\ndescription: d\n---\n\nМәтін.\n");
        File.WriteAllText(Path.Combine(input, "ru", Drill, "index.md"), "---\ntitle: Упражнение\ndescription: d\n---\n\nТекст.\n");
        File.WriteAllText(Path.Combine(input, "kk", Drill, "quiz.yml"), DrillBank);
        File.WriteAllText(Path.Combine(input, "ru", Drill, "quiz.yml"), "title: [unclosed\nquestions: []\n");
        string ruBank = Path.Combine(input, "ru", MiniCourse.Chapter, "quiz.yml");
        string translated = File.ReadAllText(ruBank)
            .Replace("- id: survey-sixty", "- id: survey-sixty-ru", StringComparison.Ordinal)
            .Replace("type: matching", "type: ordering\n    items: [a, b]\n    pairs_unused: 1", StringComparison.Ordinal);
        File.WriteAllText(ruBank, translated);
        return input;
    }

    /// <summary>A course.yml with every setting wrong (the build stops at it).</summary>
    public static string WriteSettings(string folder)
    {
        string input = MiniCourse.CopyTo(folder);
        File.WriteAllText(Path.Combine(input, "course.yml"),
            "title:\n  kk: Курс\nlanguages: [kk, ru, xx]\ndefaultLanguage: en\nid: Not A Slug\nbaseUrl: not-a-url\nnav: [concepts]\npassMark: 120\nrawHtml: all\neditor: maybe\nmessages: de\n");
        return input;
    }

    private const string DrillBank = """
        title: Жаттығу
        quizes: 1
        questions:
          - just a line
          - id: "bad id!"
            type: single
            question: Q
            section: drill
            explanation: E
            options: [{ text: a, correct: true }, { text: b }]
          - id: no-type
            question: Q
            section: concepts/definition
            explanation: E
          - id: odd-type
            type: singel
            question: Q
            section: concepts/definition
            explanation: E
          - id: odd-level
            type: truefalse
            level: hard
            question: Q
            section: concepts/definiton
            explanation: E
            answer: maybe
            options: []
            explantion: typo
          - id: no-answer
            type: truefalse
            question: [a, b]
            section: concepts/definition
            explanation: E
          - id: one-option
            type: single
            question: Q
            section: concepts/definition
            explanation: E
            options:
              - text: only
                correct: true
          - id: two-right
            type: single
            question: Q
            section: concepts/definition
            explanation: E
            options:
              - text: a
                correct: true
              - text: a
                correct: yes-please
              - text: c
                correct: true
              - just text
              - { text: d, feedback: one, two }
          - id: none-right
            type: multiple
            question: Q
            section: concepts/definition
            explanation: E
            options: [{ text: a }, { text: b }]
          - id: one-right-missing
            type: single
            question: Q
            section: concepts/definition
            explanation: E
            options: [{ text: a }, { text: b }]
          - id: pairs
            type: matching
            question: Q
            section: concepts/definition
            explanation: E
            pairs:
              - { left: a, right: x }
              - { left: a, right: y }
              - { left: b }
              - just text
          - id: few-pairs
            type: matching
            question: Q
            section: concepts/definition
            explanation: E
            pairs: [{ left: a, right: b }]
          - id: order
            type: ordering
            question: Q
            section: concepts/definition
            explanation: E
            items: [a, a, ""]
          - id: few-items
            type: ordering
            question: Q
            section: concepts/definition
            explanation: E
            items: [a]
          - id: texts
            type: text
            question: Q
            section: concepts/definition
            explanation: E
            answers: ["Алма", "алма", "!!!", ""]
          - id: no-texts
            type: text
            question: Q
            section: concepts/definition
            explanation: E
            answers: []
          - id: options-map
            type: single
            question: Q
            section: concepts/definition
            explanation: E
            options: { a: b }
          - id: no-answer
            type: truefalse
            question: Q
            section: concepts/definition
            explanation: E
            answer: true
          - type: truefalse
            question: Q
            section: concepts/definition
            explanation: E
            answer: true
        """;
}
