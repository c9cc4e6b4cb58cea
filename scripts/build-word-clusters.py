#!/usr/bin/env python3
"""Builds word clusters from unlabelled news text, for the attribution tagger's features.

Words that occur in the same contexts ("criticized", "praised", "denounced"; "argued",
"insisted", "claimed") fall into one cluster, so the tagger can treat a cue word it never saw
in training like the ones it did.  The clusters are distributional: a word-by-context matrix of
positive pointwise mutual information (contexts are the 8,000 most frequent words at each of
the positions -2, -1, +1, +2; context counts smoothed to the power 0.75), reduced by truncated
SVD to 200 dimensions (each dimension scaled by the square root of its singular value), then
k-means on the unit vectors at two granularities, 256 ("coarse") and 1,024 ("fine") clusters.

Input is only text: JSON Lines files whose records have a "text" field, and folders of .txt
files (read recursively).  Only the words and their cluster numbers are written, never text.
The shipped `quotes.model` embeds clusters built from the training parts of the annotated
data (`wirewatch train quotes --clusters FILE` reads this script's output):

    pip install numpy==2.4.6 scipy==1.17.1 scikit-learn==1.9.1
    python3 scripts/build-word-clusters.py --out /tmp/word-clusters.tsv \\
        ../shared/data/quotes/polnear/train.jsonl ../shared/data/ner/conll2003/train.jsonl \\
        ../shared/data/ner/gmb/all.jsonl ../shared/data/corpus/bbc

The output is deterministic for the same inputs and package versions (fixed seeds, sorted
output).  It is UTF-8, tab-separated, one word per line after a '#' header line naming the
columns: the word (ASCII letters lower-cased, apostrophes as U+0027), its coarse cluster and
its fine cluster.  Words seen fewer than --min-count times are left out.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys

# Tokens as Wirewatch's tokenizer cuts them, near enough for counting contexts: clitics split
# off ("did" "n't", "Putin" "'s"), dotted abbreviations and hyphenated or punctuated numbers
# and words kept whole, any other non-space character alone.
LETTER = r"[^\W\d_]"
TOKEN = re.compile(
    rf"{LETTER}+(?=n['’]t\b)|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|"
    rf"(?:{LETTER}\.){{2,}}|[^\W_]+(?:[-.,'’][^\W_]+)*|\S",
    re.IGNORECASE,
)
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ’", "abcdefghijklmnopqrstuvwxyz'")


def texts(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".txt"):
                        with open(os.path.join(root, name), encoding="utf-8", errors="replace") as handle:
                            yield handle.read()
        else:
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        yield json.loads(line)["text"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="the TSV file to write")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--contexts", type=int, default=8000)
    parser.add_argument("--dimensions", type=int, default=200)
    parser.add_argument("inputs", nargs="+", help="JSON Lines files with a text field, or folders of .txt files")
    arguments = parser.parse_args()

    import numpy as np
    from scipy import sparse
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD

    lines = []
    for text in texts(arguments.inputs):
        for paragraph in text.split("\n"):
            words = [token.translate(ASCII_LOWER) for token in TOKEN.findall(paragraph)]
            if words:
                lines.append(words)
    frequency = collections.Counter(word for line in lines for word in line)
    vocabulary = sorted(word for word, count in frequency.items() if count >= arguments.min_count)
    word_index = {word: index for index, word in enumerate(vocabulary)}
    # Most frequent first; ties by the word, so the order does not depend on reading order.
    contexts = [word for word, _ in sorted(frequency.items(), key=lambda item: (-item[1], item[0]))[: arguments.contexts]]
    context_index = {word: index for index, word in enumerate(contexts)}
    window = 2
    rows, columns = [], []
    for line in lines:
        ids = [word_index.get(word, -1) for word in line]
        context_ids = [context_index.get(word, -1) for word in line]
        for position, row in enumerate(ids):
            if row < 0:
                continue
            for offset in range(-window, window + 1):
                other = position + offset
                if offset == 0 or other < 0 or other >= len(line) or context_ids[other] < 0:
                    continue
                rows.append(row)
                columns.append(context_ids[other] * (2 * window + 1) + offset + window)
    shape = (len(vocabulary), len(contexts) * (2 * window + 1))
    counts = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, columns)), shape=shape).tocsr()
    counts.sum_duplicates()
    total = counts.sum()
    word_totals = np.asarray(counts.sum(axis=1)).ravel()
    context_totals = np.asarray(counts.sum(axis=0)).ravel() ** 0.75
    context_totals /= context_totals.sum()
    counts = counts.tocoo()
    pmi = np.log(counts.data / total / (word_totals[counts.row] / total) / context_totals[counts.col])
    positive = pmi > 0
    ppmi = sparse.csr_matrix((pmi[positive], (counts.row[positive], counts.col[positive])), shape=shape)
    svd = TruncatedSVD(arguments.dimensions, random_state=0).fit(ppmi)
    vectors = svd.transform(ppmi) / np.sqrt(svd.singular_values_)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    labels = {}
    for k in (256, 1024):
        labels[k] = KMeans(k, random_state=0, n_init=1, max_iter=25).fit(vectors).labels_
    with open(arguments.out, "w", encoding="utf-8") as out:
        out.write("# word\tcoarse\tfine\n")
        for index, word in enumerate(vocabulary):
            out.write(f"{word}\t{labels[256][index]}\t{labels[1024][index]}\n")
    print(
        f"{sum(frequency.values())} tokens, {len(vocabulary)} words (seen >= {arguments.min_count} times) "
        f"-> {arguments.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
