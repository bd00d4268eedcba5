#!/usr/bin/env python3
"""Pairwise agreement between our Kazakh stemmer and Hunspell's kk_KZ dictionary on the course's words.

Run from the repository root (needs node, and `apt-get install hunspell hunspell-kk`):

    python3 bench/hunspell/compare.py                       # input/kk/**/*.md
    python3 bench/hunspell/compare.py input/kk seed.txt     # folders of .md and/or text files

Two words are "together" for Hunspell when `hunspell -d kk_KZ -s` gives them a common stem, and for
us when stemmer-kk.js gives them the same stem. Only words Hunspell recognises are compared. The
agreement rate is |pairs both put together| / |pairs at least one puts together|; the script also
prints our precision and recall taking Hunspell as the reference.
"""
import itertools
import pathlib
import re
import shutil
import subprocess
import sys

WORD = re.compile(r"[а-яёәіңғүұқөһ]+")
HERE = pathlib.Path(__file__).resolve().parent


def course_words(paths):
    words = set()
    for path in map(pathlib.Path, paths):
        files = sorted(path.rglob("*.md")) if path.is_dir() else [path]
        for file in files:
            words.update(WORD.findall(file.read_text(encoding="utf-8").lower()))
    return sorted(words)


def our_stems(words):
    out = subprocess.run(["node", str(HERE / "stem-kk.js")], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True).stdout
    return dict(line.split("\t") for line in out.splitlines())


def hunspell_stems(words):
    out = subprocess.run(["hunspell", "-d", "kk_KZ", "-s", "-i", "utf-8"], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True).stdout
    stems = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2:
            stems.setdefault(parts[0], set()).add(parts[1])
    return stems


def pairs_by_key(keys_of):
    """All unordered pairs of words that share at least one key."""
    groups = {}
    for word, keys in keys_of.items():
        for key in keys:
            groups.setdefault(key, []).append(word)
    pairs = set()
    for members in groups.values():
        pairs.update(itertools.combinations(sorted(members), 2))
    return pairs


def main(argv):
    for tool in ("node", "hunspell"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: apt-get install hunspell hunspell-kk nodejs")
    words = course_words(argv or ["input/kk"])
    if not words:
        sys.exit("No Kazakh words found; pass folders of Markdown or text files.")

    ours = our_stems(words)
    theirs = hunspell_stems(words)
    known = sorted(theirs)
    hunspell_pairs = pairs_by_key({w: theirs[w] for w in known})
    our_pairs = pairs_by_key({w: {ours[w]} for w in known})

    both = len(hunspell_pairs & our_pairs)
    union = len(hunspell_pairs | our_pairs)
    all_pairs = len(known) * (len(known) - 1) // 2
    print(f"words: {len(words)}, recognised by hunspell: {len(known)} ({len(known) / len(words):.1%})")
    print(f"pairs together: hunspell {len(hunspell_pairs)}, ours {len(our_pairs)}, both {both}")
    print(f"agreement rate (both / either): {both / union:.4f}")
    print(f"our precision vs hunspell: {both / len(our_pairs):.4f}, recall: {both / len(hunspell_pairs):.4f}")
    print(f"rand index over all {all_pairs} pairs: {(all_pairs - union + both) / all_pairs:.6f}")
    for title, diff in (("only hunspell", hunspell_pairs - our_pairs), ("only ours", our_pairs - hunspell_pairs)):
        sample = sorted(diff)[:15]
        print(f"{title} (first {len(sample)} of {len(diff)}): " + ", ".join(f"{a}~{b}" for a, b in sample))


if __name__ == "__main__":
    main(sys.argv[1:])
