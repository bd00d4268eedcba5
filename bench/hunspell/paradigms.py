#!/usr/bin/env python3
"""Paradigm test of our Kazakh stemmer on the course's nouns, using Hunspell's kk_KZ word list.

Run from the repository root (needs node and `apt-get install hunspell-kk`):

    python3 bench/hunspell/paradigms.py [input/kk] [more folders or text files]

The nouns are the course's words that /usr/share/hunspell/kk_KZ.dic lists with its plural flag A and
that are no generated form of another such word.
Each gets 25 forms built by the textbook rules (plural, six cases, the 3rd-person possessive and
their combinations, with vowel harmony, consonant assimilation and п/к/қ voicing). Pairwise recall
is the share of same-noun form pairs given one stem. The word list also flags verbs, adjectives and
inflected forms with A, and the generator knows no exceptions (vowel drop, loanword habits), so the
figures understate the stemmer; they serve to compare versions of it, not as an absolute score.
"""
import itertools
import pathlib
import sys

from compare import course_words, our_stems

DIC = pathlib.Path("/usr/share/hunspell/kk_KZ.dic")
VOWELS = set("аәеёоөұүыіэюя")
BACK = set("аоұыяё")
FRONT = set("әеөүіэи")
VOICELESS = set("птқксшщфхһцчбвгғд")


def is_back(word):
    for ch in reversed(word):
        if ch in BACK or (ch == "у" and word.index(ch) > 0):
            return True
        if ch in FRONT:
            return False
    return True


def pick(back, pair):
    return pair[0] if back else pair[1]


def after(word, vowel, nasal, sonorant, voiced, voiceless):
    """The suffix variant the last sound of word calls for."""
    last = word[-1]
    if last in VOWELS:
        return vowel
    if last in "мнң":
        return nasal
    if last in "рйу":
        return sonorant
    if last in VOICELESS:
        return voiceless
    return voiced


def voice(word):
    """п, к, қ before a vowel-initial suffix."""
    return word[:-1] + {"п": "б", "к": "г", "қ": "ғ"}.get(word[-1], word[-1])


def cases(stem, back):
    b = lambda pair: pick(back, pair)
    return [
        stem + after(stem, b(("ның", "нің")), b(("ның", "нің")), b(("дың", "дің")), b(("дың", "дің")), b(("тың", "тің"))),
        stem + after(stem, b(("ны", "ні")), b(("ды", "ді")), b(("ды", "ді")), b(("ды", "ді")), b(("ты", "ті"))),
        stem + after(stem, b(("ға", "ге")), b(("ға", "ге")), b(("ға", "ге")), b(("ға", "ге")), b(("қа", "ке"))),
        stem + after(stem, b(("да", "де")), b(("да", "де")), b(("да", "де")), b(("да", "де")), b(("та", "те"))),
        stem + after(stem, b(("дан", "ден")), b(("нан", "нен")), b(("дан", "ден")), b(("дан", "ден")), b(("тан", "тен"))),
        stem + after(stem, "мен", "мен", "мен", "бен", "пен"),
    ]


def possessed(stem, back):
    b = lambda pair: pick(back, pair)
    base = stem + b(("сы", "сі")) if stem[-1] in VOWELS else voice(stem) + b(("ы", "і"))
    return [base, base + b(("ның", "нің")), base + "н", base + b(("на", "не")), base + b(("нда", "нде")),
            base + b(("нан", "нен")), base + "мен"]


def paradigm(noun):
    back = is_back(noun)
    plural = noun + after(noun, *[pick(back, p) for p in
                                  (("лар", "лер"), ("дар", "дер"), ("лар", "лер"), ("дар", "дер"), ("тар", "тер"))])
    return [noun, plural, *cases(noun, back), *cases(plural, back), *possessed(noun, back), *possessed(plural, back)[:4]]


def main(argv):
    flagged = set()
    for line in DIC.read_text(encoding="utf-8").splitlines()[1:]:
        word, _, flags = line.partition("/")
        if "A" in flags:
            flagged.add(word.lower())
    candidates = [w for w in course_words(argv or ["input/kk"]) if w in flagged and len(w) > 2]
    # The word list also holds inflected forms (адамның); keep only words that are no form of another.
    inflected = {form for noun in candidates for form in paradigm(noun)[1:]}
    nouns = [w for w in candidates if w not in inflected]
    forms = {noun: paradigm(noun) for noun in nouns}
    stems = our_stems(sorted({f for fs in forms.values() for f in fs}))

    same = same_stem = consistent = 0
    split = []
    for noun, fs in forms.items():
        pairs = list(itertools.combinations(fs, 2))
        same += len(pairs)
        same_stem += sum(stems[a] == stems[b] for a, b in pairs)
        if len({stems[f] for f in fs}) == 1:
            consistent += 1
        else:
            split.append(noun)
    print(f"nouns: {len(nouns)}, forms: {sum(len(v) for v in forms.values())}")
    print(f"whole paradigm on one stem: {consistent / len(nouns):.4f}, pairwise recall: {same_stem / same:.4f}")
    print("split, e.g.: " + "; ".join(
        f"{n}: " + " ".join(sorted({stems[f] for f in forms[n]})) for n in split[:: max(1, len(split) // 12)][:12]))


if __name__ == "__main__":
    main(sys.argv[1:])
