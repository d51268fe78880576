#!/usr/bin/env python3
"""Scores quotecheck's quotes and speakers against annotated articles.

Each set is a folder of articles (NN.txt, NN.md or NN.html) with a gold file beside each
(NN.gold.tsv), one line per quotation of the article's body, in order:

    PREFIX<TAB>SPEAKER<TAB>KIND

PREFIX is the quotation's first words as a reader sees them; SPEAKER the fullest name the
article gives, `~descriptor` when it gives none ("~a spokesperson for the council"), `A|B` when
either is right, `-` when nobody speaks (a term, a title, an unattributed quote); KIND is
direct, partial or scare. A gold quote is found when a quote of the JSON report starts with its
prefix (or, for a paragraph of a quote over several paragraphs, holds it); its speaker is right
when the reported name is the gold one, with or without a title or first name (a body's
spokesperson counts as the body), or, for a descriptor, is made of its words.

usage: score.py BINARY SET [SET...] [--errors] [--layout L] [--min-recall R] [--min-speaker S]
Exits 1 when recall or speaker accuracy over all sets is below the floor given. --layout
scores the plain-text articles laid out another way (web page sets are left out): one-line,
every line and paragraph break replaced by a space, as archives and extraction tools that lose
them give an article; glued, the paragraphs run together with nothing between them, as text
scraped by joining a page's paragraphs gives it; wrapped, each paragraph hard-wrapped at 72
columns and the paragraphs separated by a line break only, as plain-text feeds and mail give it.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import unicodedata

ARTICLE_EXTENSIONS = (".txt", ".md", ".html", ".htm")


def norm(text):
    text = unicodedata.normalize("NFKC", text)
    for curly, plain in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                         ("\u2014", "-"), ("\u2013", "-"), ("\u00a0", " ")):
        text = text.replace(curly, plain)
    return re.sub(r"\s+", " ", text).strip().lower()


# A company's legal form, which a report may leave out: "Harbourline Developments Pty Ltd".
LEGAL_FORMS = {"ltd", "pty", "inc", "plc", "llc", "llp", "corp", "co", "limited", "gmbh", "ag"}


def name_words(text):
    words = (w.strip(".") for w in re.findall(r"[\w'.-]+", norm(text)))
    return [w for w in words if w and w not in ("the", "a", "an") and w not in LEGAL_FORMS]


# Words for one who speaks for a body: "spokesperson for the council" names the council.
SPOKES = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative"}


def for_body(words):
    """The body in "spokesperson for X" or "X spokesperson", or the words as they are."""
    if not SPOKES.intersection(words):
        return words
    rest = [w for w in words if w not in SPOKES]
    return rest[1:] if rest and rest[0] in ("for", "of") else rest


def speaker_right(reported, gold):
    if gold == "-":
        return reported is None
    if reported is None:
        return False
    got = name_words(reported)
    for choice in gold.split("|"):
        want = name_words(choice.lstrip("~"))
        if not want or not got:
            continue
        if want == got or (not choice.startswith("~") and want == for_body(got)):
            return True
        if choice.startswith("~"):
            # A descriptor: the reported one is made of its words ("sheep farmer" for "a sheep
            # farmer near Belmullet"), or holds its last word.
            if set(got) <= set(want) or want[-1] in got:
                return True
        elif want[-1] == got[-1] and (set(got) <= set(want) or set(want) <= set(got)):
            # A name: the same surname, and one has no word the other lacks ("Ms Justice
            # Róisín Fahy" for "Róisín Fahy", "Fahy" for "Róisín Fahy").
            return True
    return False


def report_of(binary, folder):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "report.json")
        subprocess.run([binary, "check", folder, "--format", "json", "-o", out, "--quiet",
                        "--fail-on", "none"], check=True)
        with open(out, encoding="utf-8") as f:
            return json.load(f)


def gold_lines(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) != 3:
                sys.exit(f"{path}:{number}: want PREFIX<TAB>SPEAKER<TAB>KIND, got {line!r}")
            yield fields[0], fields[1].strip(), fields[2].strip()


def find_quote(prefix, quotes, used):
    want = norm(prefix).strip("\"' ")
    for i, quote in enumerate(quotes):
        text = norm(quote["text"]).strip("\"' ")
        if i not in used and (text.startswith(want[:max(12, len(want) - 3)]) or
                              (len(want) > 15 and want[:20] in text)):
            return i
    # A paragraph of a quote over several paragraphs, which the report gives as one quote.
    for i, quote in enumerate(quotes):
        if len(want) > 15 and want[:20] in norm(quote["text"]):
            return i
    return None


def score_set(binary, folder, show):
    report = report_of(binary, folder)
    by_stem = {os.path.splitext(os.path.basename(a["path"]))[0]: a for a in report["articles"]}
    counts = {"gold": 0, "found": 0, "right": 0, "extra": 0, "scare": 0, "scare_right": 0}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".gold.tsv"):
            continue
        stem = name[:-len(".gold.tsv")]
        if not any(os.path.exists(os.path.join(folder, stem + e)) for e in ARTICLE_EXTENSIONS):
            sys.exit(f"{folder}/{name}: no article beside it")
        quotes = by_stem.get(stem, {}).get("quotes", [])
        used = set()
        for prefix, speaker, kind in gold_lines(os.path.join(folder, name)):
            counts["gold"] += 1
            hit = find_quote(prefix, quotes, used)
            if hit is None:
                if show:
                    print(f"  missed {folder}/{stem}: {prefix[:50]!r} (gold {speaker!r})")
                continue
            used.add(hit)
            counts["found"] += 1
            reported = quotes[hit].get("speaker")
            reported = (reported.get("name") or reported.get("mention")) if reported else None
            right = speaker_right(reported, speaker)
            counts["right"] += right
            if kind == "scare":
                counts["scare"] += 1
                counts["scare_right"] += right
            if not right and show:
                print(f"  wrong {folder}/{stem}: {prefix[:50]!r} gold {speaker!r}, got {reported!r}")
        counts["extra"] += len(quotes) - len(used)
        if show:
            for i, quote in enumerate(quotes):
                if i not in used:
                    print(f"  extra {folder}/{stem}: {quote['text'][:50]!r}")
    return counts


def laid_out(text, layout):
    """The article's text in another layout: "one-line", "glued" or "wrapped"."""
    if layout == "one-line":
        return re.sub(r"\s*\n\s*", " ", text.strip())
    if layout == "glued":
        return re.sub(r"\s*\n\s*", "", text.strip())
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n".join(textwrap.fill(re.sub(r"\s*\n\s*", " ", p), 72, break_on_hyphens=False,
                                   break_long_words=False) for p in paragraphs)


def laid_out_copy(folder, into, layout):
    """The set's plain-text articles laid out so, and their gold files, in `into`."""
    os.makedirs(into)
    copied = False
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith((".txt", ".md")):
            with open(path, encoding="utf-8") as f:
                text = laid_out(f.read(), layout)
            with open(os.path.join(into, name), "w", encoding="utf-8") as f:
                f.write(text + "\n")
            copied = True
    for name in sorted(os.listdir(folder)):
        stem = name[:-len(".gold.tsv")] if name.endswith(".gold.tsv") else None
        if stem and any(os.path.exists(os.path.join(into, stem + e)) for e in (".txt", ".md")):
            with open(os.path.join(folder, name), encoding="utf-8") as src, \
                    open(os.path.join(into, name), "w", encoding="utf-8") as dst:
                dst.write(src.read())
    return copied


def line(label, c):
    gold = max(c["gold"], 1)
    return (f"{label}: {c['gold']} quotes, recall {c['found'] / gold:.3f}, speaker right "
            f"{c['right'] / gold:.3f} ({c['right']}), extra {c['extra']}, terms with no speaker "
            f"{c['scare_right']}/{c['scare']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary")
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--errors", action="store_true", help="list every miss and wrong speaker")
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--min-speaker", type=float, default=0.0)
    parser.add_argument("--layout", choices=("as-is", "one-line", "glued", "wrapped"), default="as-is",
                        help="score the plain-text articles laid out another way")
    args = parser.parse_args()
    total = {}
    scratch = tempfile.TemporaryDirectory()
    for folder in args.sets:
        folder = folder.rstrip("/")
        scored = folder
        if args.layout != "as-is":
            scored = os.path.join(scratch.name, os.path.basename(folder))
            if not laid_out_copy(folder, scored, args.layout):
                continue
        counts = score_set(args.binary, scored, args.errors)
        print(line(folder + ("" if args.layout == "as-is" else f" ({args.layout})"), counts))
        for key, value in counts.items():
            total[key] = total.get(key, 0) + value
    print(line("all", total))
    gold = max(total["gold"], 1)
    recall, speaker = total["found"] / gold, total["right"] / gold
    if recall < args.min_recall or speaker < args.min_speaker:
        print(f"below the floor: recall {recall:.3f} (floor {args.min_recall}), speaker right "
              f"{speaker:.3f} (floor {args.min_speaker})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
