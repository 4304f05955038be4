#!/usr/bin/env python3
"""Generates src/data/clitics-stems.tsv: Arabic stems and how often they occur.

    python3 scripts/clitic-lexicon.py [--newsfane-half even|odd] [DATA_DIR [OUT]]
    # default: ../shared/data, src/data/clitics-stems.tsv; --newsfane-half counts
    # only those NewsFANE sentences (for `bayan eval-seg --format newsfane`)

The segmenter (src/clitics/) splits a word only where the remaining stem is a
word people actually write on its own, so the evidence is how often each stem
occurs in real text as a free word (alone or behind the article ال):

* NewsFANE Gold (CC BY-SA 3.0): ANERcorp news re-tokenized with و ف and the
  pronoun suffixes split off, so its tokens are already stems for those.
* The UN Parallel Corpus v1.0 Arabic dev/test sample (United Nations; Ziemski,
  Junczys-Dowmunt & Pouliquen, LREC 2016): official register, unsplit. A type
  is dropped when it is evidently a news stem plus و/ف or a pronoun, so the
  prefixed form does not pose as a stem of its own; one that is و/ف before
  a word the two sources attest counts for that word, and one that is an
  attested stem plus a pronoun (after proclitics or not) is dropped too.

The key is the `search` fold (diacritics, tatweel and controls removed, أ إ آ ٱ
→ ا, ى → ي; ة kept), the same fold the segmenter computes. Forms with the
article are counted for the bare stem, except words whose initial ا is a
hamza in the UN text (ألف, ألمانيا, إلغاء): those are stems that begin with ال.
The count is stored as a log2 bucket (1 + floor(log2 n), at most 15): the
segmenter compares orders of magnitude, and buckets keep the file small.

The file is compiled into the page's wasm, so the stems are front coded
(sorted stems share long prefixes: 23 KB brotli instead of 31 KB as one
`stem<TAB>bucket` line each). In code-point order, each stem is written as
one digit 1-9, how many leading letters it shares with the stem before it
(capped at 9), then its remaining letters, then its bucket as one letter
a-o (1-15). A stem that shares nothing with the one before starts a new line
and has no digit, so each line holds the stems of one initial letter, the
first of them whole. The bucket letter is upper case (A-O) for a stem the
sources write with a final ى at least 3 times in 4 (the fold makes it ي):
the segmenter does not read a word ending in a written ي as a proclitic plus
such a stem (فعلي is not ف + على). The stems seen fewer than 16 times
(buckets 1-4) come last, after a comment line of their own: the page's wasm
module embeds only the ones before it and fetches the rare ones after its
first highlight (build.rs, src/data.rs). Output is deterministic.
"""

import collections
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "data", "clitics-stems.tsv")
# Letters, marks and tatweel of the Arabic block: one word of running text.
WORD = re.compile("[\u0621-\u063a\u0640-\u065f\u0670-\u06d3]+")
ENCLITICS = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ي", "ك"]
MIN_COUNT = 2
# How often NewsFANE must write two letters for و/ف before them to be a clitic.
SHORT_REST_MIN = 4
MAX_BUCKET = 15
# Stems below this bucket (seen fewer than 16 times) are the rare ones: the
# file lists them last, after RARE_MARKER, and the page's wasm module is
# built without them and loads them after its first highlight (src/data.rs).
RARE_BELOW = 5
RARE_MARKER = "# rare stems (buckets a-d): the page loads these after its first highlight"


def fold(s):
    """The `search` normalization of src/normalize.rs, for Arabic words."""
    out = []
    for c in s:
        cp = ord(c)
        if (
            0x610 <= cp <= 0x61A
            or 0x64B <= cp <= 0x65F
            or cp == 0x670
            or (0x6D6 <= cp <= 0x6ED and cp not in (0x6E5, 0x6E6))
            or cp == 0x640
            or c in "\u061c\ufeff"
            or 0x200B <= cp <= 0x200F
            or 0x202A <= cp <= 0x202E
            or 0x2060 <= cp <= 0x2069
        ):
            continue
        out.append("ا" if c in "أإآٱ" else "ي" if c == "ى" else c)
    return "".join(out)


def written_maqsura(raw):
    """Whether a word is written with a final ى (which the fold makes ي)."""
    letters = [c for c in raw if fold(c)]
    return letters[-1:] == ["ى"]


def has_article(word, counts):
    """Whether `word` is ال + a stem: و before it is a tokenizer's miss."""
    return word.startswith("ال") and counts[word[2:]] + counts[word] > 0 and len(word) >= 4


def newsfane_counts(path, half=None):
    """NewsFANE tokens, with the و/ف splits its tokenizer missed made good.

    Its tokenizer splits و and ف off mostly where the next letter carries a
    hamza (و أضاف) and misses the same word without it (واضاف). A token
    و+X or ف+X that NewsFANE itself writes split more often than whole is
    such a miss, and its count goes to X; real words keep theirs (واحد,
    فقط: almost never split there).

    Also returns the words NewsFANE writes whole at least three times and
    at least as often as split (وادي: the valley, and و أدى): direct
    evidence of the usual reading of that very surface, which raw counts
    cannot give, so `main` lets them count at least half as often as their
    stem: one bucket below it, where the whole word wins against و + stem
    (and clearly against ف) without becoming a strong stem for other clitics
    (فورد stays whole).
    """
    tokens, maqsura = [], collections.Counter()
    sentence = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            raw = line.split("\t")[0].replace("\u200e", "")
            if not raw.strip():
                sentence += 1
                continue
            # `--newsfane-half`: count only even or odd sentences, so that the
            # other half can check the segmenter (`bayan eval-seg --format newsfane`).
            if half is not None and sentence % 2 != half:
                continue
            token = fold(raw)
            if token and WORD.fullmatch(token):
                tokens.append(token)
                maqsura[token] += written_maqsura(raw)
    counts = collections.Counter(tokens)
    split = collections.Counter(a + b for a, b in zip(tokens, tokens[1:]) if a in ("و", "ف"))
    mostly_whole = set()
    for word, n in list(counts.items()):
        if len(word) >= 3 and split[word] > n:
            counts[word[1:]] += n
            maqsura[word[1:]] += maqsura.pop(word, 0)
            del counts[word]
        elif len(word) >= 3 and n >= 3 and split[word] > 0 and not has_article(word[1:], counts):
            mostly_whole.add(word)
    return counts, mostly_whole, maqsura


def unsplit_counts(lines, counts, hamza, maqsura):
    """Counts the words of running text that splits no clitic off."""
    for line in lines:
        if line.startswith("#"):
            continue
        for m in WORD.finditer(line):
            raw = m.group().replace("\u0640", "")
            # و or ف before a written hamza-alef is the conjunction (وأضاف):
            # hardly a word of four letters or more starts that way (وأد, فأر
            # and فأس, which do, are three).
            if raw[:1] in "وف" and raw[1:2] in "أإآ" and len(raw) >= 4:
                raw = raw[1:]
            key = fold(raw)
            counts[key] += 1
            maqsura[key] += written_maqsura(raw)
            # ألف, ألمانيا: an ال that is no article; سأعود: the future س.
            if (raw[:1] in "أإآ" and raw[1:2] == "ل") or (raw[:1] == "س" and raw[1:2] == "أ"):
                hamza[key] += 1


def plain_counts(data):
    """The UN sample: unsplit text."""
    counts, hamza, maqsura = collections.Counter(), collections.Counter(), collections.Counter()
    with open(os.path.join(data, "un_parallel_corpus_ar", "UNv1.0_ar_docs_80pct.txt"), encoding="utf-8") as f:
        unsplit_counts(f, counts, hamza, maqsura)
    return counts, hamza, maqsura


def known(counts, stem):
    return counts[stem] + counts["ال" + stem] > 0


def known_before_pronoun(counts, stem, enclitic):
    """Whether `stem`, as written before `enclitic`, is a known word: its ت
    was ة (موثوقيتها), its ئ or ؤ a final hamza (شركائها; not before ي,
    where ائي is the adjective's ending: فضائي, استثنائي), its ا a ى."""
    if len(stem) < 2:
        return False
    if stem[-1] == "ت" and known(counts, stem[:-1] + "ة"):
        return True
    if stem[-1] in "ئؤ" and enclitic != "ي" and known(counts, stem[:-1] + "ء"):
        return True
    # ا was ى (مستواها; not before نا: إعلانا is a noun's accusative).
    if stem[-1] == "ا" and enclitic != "نا" and known(counts, stem[:-1] + "ي"):
        return True
    return known(counts, stem)


def evidently_prefixed(word, news, un):
    """Whether a UN type is a news stem with و/ف before it or a pronoun after.

    Not a type the UN text also writes with the article (الفهم: فهم is a
    word), and not و/ف before two letters NewsFANE writes fewer than
    SHORT_REST_MIN times (وسع is not و + سع, وإذ is و + إذ): two letters
    are a stem after a clitic only when common, as in the segmenter.
    """
    if word in news or un["ال" + word] > 0:
        return False
    rest = word[1:]
    if word[:1] in "وف" and len(word) >= 3:
        # وزوجته: و before a word that is itself a stem plus a pronoun.
        short_and_rare = len(rest) == 2 and news[rest] + news["ال" + rest] < SHORT_REST_MIN
        if (known(news, rest) and not short_and_rare) or evidently_prefixed(rest, news, un):
            return True
    for e in ENCLITICS:
        stem = word[: -len(e)]
        if word.endswith(e) and len(stem) >= 2:
            if known_before_pronoun(news, stem, e):
                return True
    return False


def conjunction_prefixed(words, maqsura, news):
    """Moves the count of a UN type that is و or ف plus a word the sources
    attest (ويكرر, والشراكة) to that word.

    `evidently_prefixed` knows only NewsFANE's words, so the UN register's
    own vocabulary kept its و-forms, which then posed as stems and made
    the whole word win (و + يكرر is a tie otherwise). A type that occurs
    with the article itself (الوباء: وباء is a word) keeps its count, and
    so does any type NewsFANE has (it splits و and ف, so what it writes
    whole is whole). Before the article, or ب and the article, the word
    needs no other attestation (والقرميد). One that is و + stem +
    pronoun (وشركائها) is dropped, as `evidently_prefixed` drops its like.
    """
    for word in sorted(words):
        rest = word[1:]
        if word[:1] not in "وف" or len(word) < 4 or word in news or words["ال" + word] > 0:
            continue
        after_article = rest[:2] == "ال" and len(rest) >= 5
        # وسنواصل: what follows و may carry the future س before an attested
        # imperfect. (Not ب: برهان and باطل are words.)
        inner = rest[1:] if rest[:1] == "س" and rest[1:2] in "يتن" else ""
        attested = known(words, rest) or (len(inner) >= 3 and known(words, inner))
        if not attested and not after_article and not article_after(rest, rest[3:]):
            continue
        n, m = words.pop(word), maqsura.pop(word, 0)
        # وشركائها: what is left carries a pronoun too, and is no stem.
        if not any(rest.endswith(e) and known_before_pronoun(words, rest[: -len(e)], e) for e in ENCLITICS):
            words[rest] += n
            maqsura[rest] += m


def pronoun_suffixed(words, maqsura, news):
    """Drops a UN type that is a word the sources attest plus a pronoun
    (أحرزته: أحرزت + ه), maybe after proclitics too (لاستهلاكه), like
    `evidently_prefixed` does for NewsFANE's words, so that it does not
    pose as a stem of its own.

    Only the third-person, كم and نا pronouns, after a stem of three letters
    or more, and not a type the UN writes with the article (a noun, whose
    ending is its own): ي and ك end too many words (تحدي, ملك), and two
    letters before هم or ه are as often a word (مهم, شبه).
    """
    for word in sorted(words):
        if word in news or words["ال" + word] > 0:
            continue
        for e in ("هما", "هم", "هن", "ها", "ه", "كم", "نا"):
            if not word.endswith(e):
                continue
            # The stem may follow و/ف and ب/ل/ك too (ومقاصده, لاستهلاكه).
            stems = [word[p : -len(e)] for p in proclitic_lengths(word)]
            if any(len(stem) >= 3 and known_before_pronoun(words, stem, e) for stem in stems):
                del words[word]
                maqsura.pop(word, None)
                break


def proclitic_lengths(word):
    """0, and how many leading letters of `word` can be و/ف then ب/ل/ك."""
    lengths, at = [0], 0
    if word[:1] in "وف":
        at = 1
        lengths.append(at)
    if word[at : at + 1] in ("ب", "ل", "ك"):
        lengths.append(at + 1)
    return lengths


def fixed_words():
    """Closed-class words listed by hand in src/data/clitics-fixed.tsv."""
    with open(os.path.join(HERE, "..", "src", "data", "clitics-fixed.tsv"), encoding="utf-8") as f:
        return {line.split("\t")[0] for line in f if line[:1] not in "#~\n"}


def article_after(word, bare):
    """Whether `word` is ب, the article and a stem of three letters or more
    (بالنفع, بالقرميد): the article after ب is a split even when the stem
    is seen nowhere else, as the segmenter also holds. Not after ك, where
    كال- begins many foreign names (كاليفورنيا, كالديرون), nor لل, where
    the stem may begin with the ل (للجنة is ل + لجنة); and two letters or
    fewer after بال are a word's (بالغ, باليه)."""
    return word[:3] == "بال" and len(bare) >= 3


def stem_of(word, words, hamza, un, fixed):
    """The free stem an occurrence of `word` attests.

    NewsFANE leaves ب ل ك and the future س attached (بشأن, لتحقيق, سيكون),
    and the UN text splits nothing, so a type that is such a proclitic plus
    an attested stem credits that stem: unless it also occurs with the
    article (البلد shows بلد is a stem) or the stem is over 16 times rarer than the
    whole (لبنان: بنان), or the word is a listed closed-class word. After ب,
    the article is evidence enough (see `article_after`).
    """
    if word not in fixed and len(word) >= 3 and word[0] in "بلكس" and words["ال" + word] == 0:
        rest = "ال" + word[2:] if word.startswith("لل") else word[1:]
        # The future س only before an imperfect's ي ت ن, and not before a
        # bare ا after it, or before أ where the UN text writes the hamza
        # (سأعود), as in the segmenter: ساهم is no س + أهم, ستار no س + تار.
        imperfect = rest[0] in "يتن" and rest[1:2] != "ا"
        if word[0] != "س" or imperfect or (rest[0] == "ا" and hamza[word] * 2 > un[word]):
            bare = rest[2:] if rest.startswith("ال") else rest
            if (words[bare] + words["ال" + bare]) * 16 >= words[word] or article_after(word, bare):
                word = rest
    if word.startswith("ال") and len(word) >= 4 and hamza[word] * 2 < un[word] + 1:
        return word[2:]
    return word


def front_coded(buckets, maqsura_final):
    """The lines of the front-coded stem list (see the module docs)."""
    lines, previous = [], ""
    for stem in sorted(buckets):
        shared = 0
        while shared < min(len(stem), len(previous), 9) and stem[shared] == previous[shared]:
            shared += 1
        record = stem[shared:] + chr(ord("A" if stem in maqsura_final else "a") + buckets[stem] - 1)
        if shared == 0:
            lines.append(record)
        else:
            lines[-1] += str(shared) + record
        previous = stem
    return lines


def main():
    args, half = sys.argv[1:], None
    if args[:1] == ["--newsfane-half"]:
        half, args = {"even": 0, "odd": 1}[args[1]], args[2:]
    data = args[0] if args else os.path.join(HERE, "..", "..", "shared", "data")
    out = args[1] if len(args) > 1 else OUT
    news, mostly_whole, news_maqsura = newsfane_counts(
        os.path.join(data, "newsfane_gold", "NewsFANE_Gold_2014_train.txt"), half
    )
    un, hamza, un_maqsura = plain_counts(data)
    kept = {w for w in un if not evidently_prefixed(w, news, un)}
    words = news + collections.Counter({w: n for w, n in un.items() if w in kept})
    maqsura = news_maqsura + collections.Counter({w: n for w, n in un_maqsura.items() if w in kept})
    conjunction_prefixed(words, maqsura, news)
    pronoun_suffixed(words, maqsura, news)
    fixed = fixed_words()
    stems, stems_maqsura = collections.Counter(), collections.Counter()
    for word, n in words.items():
        stem = stem_of(word, words, hamza, un, fixed)
        stems[stem] += n
        stems_maqsura[stem] += maqsura[word]
    for word in mostly_whole:
        stems[word] = max(stems[word], stems[word[1:]] // 2)
    lines = [
        "# Bayan clitic lexicon: stems as free words, with a log2 frequency bucket",
        "# generated by scripts/clitic-lexicon.py - do not edit by hand",
        "# key: search-folded stem (article forms counted for the bare stem); bucket: 1 + floor(log2(count))",
        "# front coded, stems in code-point order (the common ones, then the rare ones after the line",
        "#   that says so): each stem is a digit 1-9 (leading letters shared",
        "#   with the stem before, capped at 9), its remaining letters, and its bucket as a letter",
        "#   a-o (1-15); a stem sharing nothing starts a new line, whole, without the digit",
        "# upper-case bucket (A-O): the stem is written with a final ى at least 3 times in 4",
        "# sources: NewsFANE Gold 2014 train (Alotaibi & Lee 2014), licence CC BY-SA 3.0 Unported;",
        "#   UN Parallel Corpus v1.0 Arabic dev/test sample (source: United Nations; Ziemski,",
        "#   Junczys-Dowmunt & Pouliquen, LREC 2016), UNPC v1.0 terms.",
        "# this file, derived from NewsFANE Gold, is licensed CC BY-SA 3.0 Unported",
    ]
    buckets = {s: min(MAX_BUCKET, 1 + int(math.log2(n))) for s, n in stems.items() if n >= MIN_COUNT and len(s) >= 2}
    # Stems written with a final ى at least 3 times in 4 (على, مستوى): a word
    # that ends in a written ي is not one of them plus a proclitic (فعلي is
    # not ف + على). Not تلقي, a verbal noun as often as the verb تلقى.
    maqsura_final = {s for s in buckets if stems_maqsura[s] * 4 > stems[s] * 3}
    lines.extend(front_coded({s: b for s, b in buckets.items() if b >= RARE_BELOW}, maqsura_final))
    lines.append(RARE_MARKER)
    lines.extend(front_coded({s: b for s, b in buckets.items() if b < RARE_BELOW}, maqsura_final))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{out}: {len(buckets)} stems", file=sys.stderr)


if __name__ == "__main__":
    main()
