namespace Course.Tests.Quizzes;

/// <summary>Sample banks shared by the quiz tests; line numbers in the tests refer to these texts.</summary>
internal static class QuizYaml
{
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>One question of each type, valid.</summary>
    public static readonly string AllTypes = Lines(
        "title: Өзін-өзі тексеру",
        "questions:",
        "  - id: budapest-year",
        "    type: single",
        "    question: Будапешт конвенциясы **қашан** қабылданды?",
        "    section: concepts/threats",
        "    explanation: Конвенция 2001 жылы қабылданды.",
        "    options:",
        "      - text: 2001 жылы",
        "        correct: true",
        "      - text: 1996 жылы",
        "        feedback: Бұл – ТМД модельдік кодексі қабылданған жыл.",
        "      - text: 2010 жылы",
        "  - id: threat-kinds",
        "    type: multiple",
        "    question: Қайсысы киберқауіп?",
        "    section: concepts/threats#kinds",
        "    explanation: Фишинг пен вирус – киберқауіптер.",
        "    options:",
        "      - { text: Фишинг, correct: true }",
        "      - { text: Вирус, correct: true }",
        "      - { text: Кітапхана }",
        "  - id: always-online",
        "    type: truefalse",
        "    question: Киберқылмыс тек интернетте жасалады.",
        "    section: concepts/definition",
        "    explanation: Жергілікті желілерде де жасалады.",
        "    answer: false",
        "  - id: first-law",
        "    type: text",
        "    question: Компьютерлік қылмыс туралы алғашқы заң қай елде қабылданды?",
        "    section: foreign-law/history",
        "    explanation: 1973 жылы Швецияда.",
        "    answers: [Швеция, Швецияда]",
        "  - id: code-articles",
        "    type: matching",
        "    question: Сәйкестендіріңіз.",
        "    section: foreign-law/international-law",
        "    explanation: Кодтар ұсынымға сәйкес.",
        "    pairs:",
        "      - { left: QA, right: Рұқсатсыз кіру }",
        "      - { left: QDV, right: Компьютерлік вирус }",
        "      - { left: QF, right: Компьютерлік алаяқтық }",
        "  - id: investigation-steps",
        "    type: ordering",
        "    question: Тергеу кезеңдерін ретімен қойыңыз.",
        "    section: prevention/investigation",
        "    explanation: Алдымен із сақталады.",
        "    items: [бірінші, екінші, үшінші]");
}
