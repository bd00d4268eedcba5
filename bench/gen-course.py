#!/usr/bin/env python3
"""Write a synthetic bilingual course of N pages in two forms: our input format and a Hugo site.

    python3 bench/gen-course.py N OUT [--seed FILE]

OUT/course/   course.yml, kk/ and ru/ as docs/authoring.md describes (our generator's input)
OUT/hugo/     the same pages as a multilingual Hugo site with minimal layouts (bench/hugo-layouts/)

N counts Markdown pages: N/2 per language. Each language has a home page and chapters of 20 pages
(an overview plus 19 section pages). Pages carry 1,000-1,500 words of the seed text, three
headings, a bullet list, a table and a link to a sibling page, so both tools do the same
Markdown work. The ru pages take their text from a different point of the seed than the kk pages,
so no page is a byte copy of another (the seed is Kazakh: there is no Russian source text).
"""
import argparse
import hashlib
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_NAME = os.path.join("shared", "seeds", "000_5896b11f6f0aeb5c.txt")


def find_seed(start):
    """The shared seed next to the repository or next to any folder above it (a git worktree sits deeper)."""
    folder = os.path.abspath(os.path.join(start, ".."))
    first = os.path.join(os.path.dirname(folder), SEED_NAME)
    while os.path.dirname(folder) != folder:
        candidate = os.path.join(os.path.dirname(folder), SEED_NAME)
        if os.path.isfile(candidate):
            return candidate
        folder = os.path.dirname(folder)
    return first  # not found: the error names where it was expected


DEFAULT_SEED = find_seed(HERE)
PAGES_PER_CHAPTER = 20
LANGS = ("kk", "ru")
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский"}
COURSE_TITLES = {"kk": "Синтетикалық курс", "ru": "Синтетический курс"}


def paragraphs(seed_path):
    """Paragraphs at blank lines, reflowed, with Markdown-active characters made inert."""
    raw = open(seed_path, encoding="utf-8").read()
    result = []
    for block in re.split(r"\n\s*\n", raw):
        text = re.sub(r"\s+", " ", block).strip()
        text = re.sub(r"^[\s\-–—•*+#>\d.)]+", "", text)  # no list, heading or quote starts
        for active, inert in (("|", "/"), ("<", "«"), (">", "»"), ("*", ""), ("_", " "),
                              ("`", "'"), ("[", "("), ("]", ")"), ("\\", "/"), ("#", "№"),
                              ("{", "("), ("}", ")"), ("&", "және"), ("~", "-"), ("$", "")):
            text = text.replace(active, inert)
        if len(text.split()) >= 4:
            result.append(text)
    return result


class Text:
    """Rotates through the seed paragraphs from a starting point."""

    def __init__(self, paras, start):
        self.paras, self.cursor = paras, start

    def next(self):
        p = self.paras[self.cursor % len(self.paras)]
        self.cursor += 1
        return p

    @staticmethod
    def words(p, k):
        return " ".join(p.split()[:k]).rstrip(".,:;!?")


def yaml_quote(s):
    return '"' + s.replace("\\", "/").replace('"', "'") + '"'


def body(text, rnd, link):
    """1,000-1,500 words with ## / ### / ## headings, a 5-item list, a 3-column table and a link."""
    target, paras, count = rnd.randint(1000, 1500), [], 0
    while count < target:
        p = text.next()
        paras.append(p)
        count += len(p.split())
    n, parts = len(paras), []
    for j, p in enumerate(paras):
        if j == n // 4:
            parts.append("## " + Text.words(p, 5))
        if j == n // 2:
            parts.append("### " + Text.words(p, 4))
        if j == (3 * n) // 4:
            parts.append("## " + Text.words(p, 5))
        if j == 1 and link:
            p = p + f" ([{Text.words(p, 2)}]({link}))"
        parts.append(p)
        if j == n // 3:
            parts.append("\n".join("- " + Text.words(text.next(), 10) for _ in range(5)))
        if j == (2 * n) // 3:
            rows = ["| № | Термин | Сипаттама |", "|---|---|---|"]
            rows += [f"| {r + 1} | {Text.words(text.next(), 2)} | {Text.words(text.next(), 8)} |"
                     for r in range(5)]
            parts.append("\n".join(rows))
    return "\n\n".join(parts) + "\n"


def plan(n_total):
    """[(chapter slug or None for home, file name, order)] for one language."""
    per_lang = n_total // 2
    pages = [(None, "index.md", 0)]
    remaining, chapter = per_lang - 1, 0
    while remaining > 0:
        chapter += 1
        slug = f"chapter-{chapter:03d}"
        size = min(PAGES_PER_CHAPTER, remaining)
        pages.append((slug, "index.md", 0))
        pages += [(slug, f"section-{i:02d}.md", i) for i in range(1, size)]
        remaining -= size
    return pages


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(n_total, out, seed):
    paras = paragraphs(seed)
    shutil.rmtree(out, ignore_errors=True)
    course, hugo = os.path.join(out, "course"), os.path.join(out, "hugo")
    pages = plan(n_total)
    chapters = sorted({c for c, _, _ in pages if c})
    words, sources = 0, {}
    for li, lang in enumerate(LANGS):
        rnd = random.Random(42 + li)
        text = Text(paras, li * len(paras) // 2)
        for weight, (chapter, name, order) in enumerate(pages, start=1):
            title = f"{order or ''}{'. ' if order else ''}{Text.words(text.next(), 6)}"
            description = Text.words(text.next(), 14) + "."
            link = f"section-{order - 1:02d}.md" if order >= 2 else None
            md = body(text, rnd, link)
            words += len(md.split())
            ours = [f"title: {yaml_quote(title)}", f"description: {yaml_quote(description)}"]
            theirs = list(ours) + [f"weight: {weight}"]
            if order:
                ours.append(f"order: {order}")
            if chapter and name == "index.md":
                objectives = [Text.words(text.next(), 9) for _ in range(3)]
                block = "objectives:\n" + "\n".join("  - " + yaml_quote(o) for o in objectives)
                ours.append(block)
                theirs.append(block)
            rel = os.path.join(chapter, name) if chapter else name
            if li == 0:
                sources[rel] = None
            else:  # a current translation: it records the hash of its source page (docs/authoring.md)
                ours.append(f"sourceHash: {hashlib.sha256(sources[rel].encode('utf-8')).hexdigest()[:12]}")
            page = "---\n" + "\n".join(ours) + "\n---\n\n" + md
            if li == 0:
                sources[rel] = page
            write(os.path.join(course, lang, rel), page)
            hugo_rel = rel[:-len("index.md")] + "_index.md" if name == "index.md" else rel
            write(os.path.join(hugo, "content", lang, hugo_rel),
                  "---\n" + "\n".join(theirs) + "\n---\n\n" + md)

    nav = ", ".join(chapters)
    write(os.path.join(course, "course.yml"),
          "title:\n" + "".join(f"  {lang}: {COURSE_TITLES[lang]}\n" for lang in LANGS)
          + f"languages: [{', '.join(LANGS)}]\ndefaultLanguage: kk\n"
          + "baseUrl: https://example.org/course/\n" + f"nav: [{nav}]\n")

    shutil.copytree(os.path.join(HERE, "hugo-layouts"), os.path.join(hugo, "layouts"))
    config = ['baseURL = "https://example.org/"', 'title = "Course"',
              'defaultContentLanguage = "kk"', "defaultContentLanguageInSubdir = true",
              "relativeURLs = true", 'disableKinds = ["taxonomy", "term", "RSS"]']
    for weight, lang in enumerate(LANGS, start=1):
        config += [f"[languages.{lang}]", f'title = "{COURSE_TITLES[lang]}"',
                   f'languageName = "{LANGUAGE_NAMES[lang]}"', f"weight = {weight}",
                   f'contentDir = "content/{lang}"']
    write(os.path.join(hugo, "config.toml"), "\n".join(config) + "\n")
    return len(pages) * len(LANGS), words


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", type=int, help="total Markdown pages, both languages (even, >= 4)")
    parser.add_argument("out", help="output folder (replaced)")
    parser.add_argument("--seed", default=DEFAULT_SEED, help="source text (default: the shared Kazakh seed)")
    args = parser.parse_args()
    if args.pages < 4 or args.pages % 2:
        parser.error("pages must be an even number >= 4")
    count, words = generate(args.pages, args.out, args.seed)
    print(f"{args.out}: {count} pages, {words} words")


if __name__ == "__main__":
    main()
