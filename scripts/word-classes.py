#!/usr/bin/env python3
"""Word classes for the entity tagger's features.

Reads the unlabelled Arabic text of the shared data (the UN documents given,
ANERcorp's training text, WikiNewsMax and Wild2Max's shared words: every
source's licence in src/data/README.md), splits it into words with Bayan
itself (`bayan analyze`, so the keys are the tagger's own: the
clitic-stripped stem under the search preset), and clusters the words seen
at least three times by their neighbours: the exchange algorithm (Kneser &
Ney 1993; Martin, Liermann & Ney 1998) sorts them into 64 classes of a class
bigram model, then Brown et al.'s (1992) agglomeration merges the classes
two by two, each time the pair that loses the least mutual information
between neighbouring classes, into a binary tree. Each word's class is its
class's path in that tree, as bits: prefixes are coarser classes, and the
tagger uses prefixes of several lengths as features. (Brown's clustering of
every word, one at a time, was too slow in numpy for this machine.)

Usage (from the repository root, after `cargo build --release --bin bayan`):

    python3 scripts/word-classes.py ../shared/data > src/data/word-classes.tsv

Deterministic: the same data and options give the same table. Needs numpy;
about ten minutes.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

BAYAN = os.environ.get("BAYAN", "target/release/bayan")


def texts(data):
    """The unlabelled texts, one string per sentence or line."""
    with open(os.path.join(data, "un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt"), encoding="utf-8") as f:
        yield from (line.strip() for line in f if line.strip() and not line.startswith("#"))
    sentence = []
    with open(os.path.join(data, "anercorp/ANERcorp_camelstyle_train.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if parts:
                sentence.append(parts[0])
            elif sentence:
                yield " ".join(sentence)
                sentence = []
    if sentence:
        yield " ".join(sentence)
    words = []
    with open(os.path.join(data, "wikinewsmax/WikiNewsMax_80pct.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            word = line.split("\t")[0].strip()
            if word and word != "#":
                words.append(word)
            elif words:
                yield " ".join(words)
                words = []
    if words:
        yield " ".join(words)
    seen = set()
    with open(os.path.join(data, "wild2max/Wild2Max_dev.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 4:
                continue
            # genre, context_after, word, context_before: one sentence per row,
            # shared by the rows of its other words.
            text = " ".join(p for p in (fields[3], fields[2], fields[1]) if p)
            if text not in seen:
                seen.add(text)
                yield text


def run(args, text):
    return subprocess.run([BAYAN, *args], input=text, capture_output=True, text=True, check=True).stdout


def tokens(sentences):
    """Per sentence, its tokens as the tagger keys them: a word's search-form
    stem, a number as <num>, anything else its normalized spelling."""
    # One run over all of it, a sentence a line (no token spans a line).
    text = "\n".join(s.replace("\n", " ") for s in sentences)
    analysis = json.loads(run(["analyze"], text))
    line_starts, at = [], 0
    for s in sentences:
        line_starts.append(at)
        at += len(s) + 1
    out, stems, line = [[] for _ in sentences], {}, 0
    for t in analysis["tokens"]:
        while line + 1 < len(line_starts) and line_starts[line + 1] <= t["start"]:
            line += 1
        if t["kind"] == "number":
            out[line].append(("<num>", None))
        elif t["kind"] == "word":
            stem = next((s["restored"] for s in t["segments"] if s["kind"] == "stem"), None)
            out[line].append((t["norm"], stem))
            if stem is not None:
                stems[stem] = None
        else:
            out[line].append((t["norm"], None))
    # The search preset, as the tagger's lexicon applies it, one stem a line.
    keys = list(stems)
    normalized = run(["normalize", "--preset", "search"], "\n".join(keys) + "\n").split("\n")
    if len(normalized) < len(keys):
        sys.exit("normalize returned fewer lines than stems")
    stems = dict(zip(keys, normalized))
    return [[stems[s] if s is not None else w for w, s in row] for row in out]


def q(p, left, right):
    """p·log(p / (left·right)), 0 where p is 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        v = p * np.log(p / (left * right))
    return np.where(p > 0, v, 0.0)


def f(x):
    """x·log x, 0 at 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(x > 0, x * np.log(x), 0.0)


def exchange(sentences, classes, min_count, iterations):
    """Flat classes by the exchange algorithm (Kneser & Ney 1993; Martin,
    Liermann & Ney 1998): each word in turn moves to the class that most
    raises the likelihood of a class bigram model of the text, until few
    words move. Rare words and sentence ends are one fixed class of their
    own (the last), so they give context without being clustered."""
    counts = {}
    for s in sentences:
        for w in s:
            counts[w] = counts.get(w, 0) + 1
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    other = len(vocab)  # rare words and sentence ends
    bigrams = {}
    for s in sentences:
        ids = [other] + [index.get(w, other) for w in s] + [other]
        for a, b in zip(ids, ids[1:]):
            bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
    right = [([], []) for _ in range(other + 1)]
    left = [([], []) for _ in range(other + 1)]
    self_count = np.zeros(other + 1)
    for (a, b), c in sorted(bigrams.items()):
        if a == b:
            self_count[a] += c
        else:
            right[a][0].append(b)
            right[a][1].append(c)
            left[b][0].append(a)
            left[b][1].append(c)
    right = [(np.array(i, dtype=np.int64), np.array(c, dtype=float)) for i, c in right]
    left = [(np.array(i, dtype=np.int64), np.array(c, dtype=float)) for i, c in left]
    fixed = classes
    cls = np.array([i % classes for i in range(other)] + [fixed])
    size = classes + 1
    N = np.zeros((size, size))
    for (a, b), c in bigrams.items():
        N[cls[a], cls[b]] += c
    for it in range(iterations):
        moved = 0
        for w in range(other):
            a = cls[w]
            ri, rc = right[w]
            li, lc = left[w]
            r = np.bincount(cls[ri], weights=rc, minlength=size)
            l = np.bincount(cls[li], weights=lc, minlength=size)
            s = self_count[w]
            # Take w out of its class.
            N[a, :] -= r
            N[:, a] -= l
            N[a, a] -= s
            D, C = np.nonzero(r)[0], np.nonzero(l)[0]
            rows = N[:classes][:, D]
            gain = (f(rows + r[D]) - f(rows)).sum(1)
            cols = N[C][:, :classes]
            gain += (f(cols + l[C][:, None]) - f(cols)).sum(0)
            # The class's own cell was counted in both sums as if apart.
            diag = np.diag(N)[:classes]
            k = np.arange(classes)
            gain -= np.where(r[:classes] > 0, f(diag + r[:classes]) - f(diag), 0)
            gain -= np.where(l[:classes] > 0, f(diag + l[:classes]) - f(diag), 0)
            gain += f(diag + r[:classes] + l[:classes] + s) - f(diag)
            nl, nr = N[:classes].sum(1), N[:, :classes].sum(0)
            wl, wr = r.sum() + s, l.sum() + s
            gain -= f(nl + wl) - f(nl) + f(nr + wr) - f(nr)
            best = int(np.argmax(gain))
            if gain[best] <= gain[a] + 1e-9:
                best = a
            N[best, :] += r
            N[:, best] += l
            N[best, best] += s
            if best != a:
                cls[w] = best
                moved += 1
        print(f"iteration {it + 1}: {moved} of {other} words moved", file=sys.stderr)
        if moved <= other // 200:
            break
    return vocab, cls[:other], N[:classes, :classes] / N.sum()


def tree(P):
    """Brown's agglomeration over the classes: the two whose merge loses the
    least mutual information between neighbouring classes merge, until one
    is left. Returns each class's path, as bits."""
    n = len(P)
    P = P.copy()
    node_of = list(range(n))
    parent = {}
    next_node = n
    while n > 1:
        Pn = P[:n, :n]
        pl, pr = Pn.sum(1), Pn.sum(0)
        Q = q(Pn, pl[:, None], pr[None, :])
        rq, cq, dq = Q.sum(1), Q.sum(0), np.diag(Q)
        removed = rq[:, None] + rq[None, :] + cq[:, None] + cq[None, :]
        removed -= dq[:, None] + dq[None, :] + Q + Q.T
        L = pl[:, None] + pl[None, :]
        R = pr[:, None] + pr[None, :]
        rows = Pn[:, None, :] + Pn[None, :, :]  # [a, b, k]: merged class to k
        cols = Pn.T[:, None, :] + Pn.T[None, :, :]  # [a, b, k]: k to merged class
        added = q(rows, L[:, :, None], pr[None, None, :]).sum(2)
        added += q(cols, pl[None, None, :], R[:, :, None]).sum(2)
        # The terms with k = a or k = b were counted as if to another class:
        # take them out, then add the merged class to itself.
        ar = np.arange(n)
        for k in (np.broadcast_to(ar[:, None], (n, n)), np.broadcast_to(ar[None, :], (n, n))):
            added -= q(np.take_along_axis(rows, k[:, :, None], 2)[:, :, 0], L, pr[k])
            added -= q(np.take_along_axis(cols, k[:, :, None], 2)[:, :, 0], pl[k], R)
        dp = np.diag(Pn)
        added += q(dp[:, None] + dp[None, :] + Pn + Pn.T, L, R)
        loss = removed - added
        loss[np.tril_indices(n)] = np.inf
        a, b = divmod(int(np.argmin(loss)), n)
        parent[node_of[a]] = (next_node, "0")
        parent[node_of[b]] = (next_node, "1")
        node_of[a] = next_node
        next_node += 1
        # b joins a; the last class moves into b's place.
        P[a, :] += P[b, :]
        P[:, a] += P[:, b]
        last = n - 1
        P[b, :] = P[last, :]
        P[:, b] = P[:, last]
        P[last, :] = 0
        P[:, last] = 0
        node_of[b] = node_of[last]
        node_of.pop()
        n -= 1
    paths = []
    for k in range(len(P)):
        bits, node = [], k
        while node in parent:
            node, bit = parent[node]
            bits.append(bit)
        paths.append("".join(reversed(bits)))
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", help="the shared data folder (../shared/data)")
    parser.add_argument("--classes", type=int, default=64, help="how many classes")
    parser.add_argument("--iterations", type=int, default=15, help="exchange passes at most")
    parser.add_argument("--min-count", type=int, default=3, help="words seen fewer times get no class")
    parser.add_argument("--max-bits", type=int, default=16, help="path bits kept per word")
    args = parser.parse_args()
    sentences = tokens(list(texts(args.data)))
    vocab, cls, P = exchange(sentences, args.classes, args.min_count, args.iterations)
    paths = tree(P)
    print(f"{sum(map(len, sentences))} tokens, {len(vocab)} words clustered", file=sys.stderr)
    for w, c in sorted(zip(vocab, cls)):
        # Punctuation and <num> have features of their own.
        if any(ch.isalpha() for ch in w) and w != "<num>":
            print(f"{w}\t{paths[c][: args.max_bits]}")


if __name__ == "__main__":
    main()
