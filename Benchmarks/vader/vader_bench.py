"""Times VADER's polarity_scores over the same corpus as hotseat-bench, as the lexicon-based reference.

usage: python3 vader_bench.py corpus.jsonl   -> prints `VADER rps=<replies per second>`
Only the scoring loop is timed (the corpus is read and the analyser built first), in one process,
the way VADER is normally used.
"""
import json
import sys
import time

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer


def main(path):
    with open(path, encoding="utf-8") as f:
        replies = [json.loads(line)["reply"] for line in f if line.strip()]
    analyser = SentimentIntensityAnalyzer()
    start = time.perf_counter()
    total = 0.0
    for reply in replies:
        total += analyser.polarity_scores(reply)["compound"]
    seconds = time.perf_counter() - start
    print(f"VADER rps={len(replies) / seconds:.1f} replies={len(replies)} seconds={seconds:.2f} checksum={total:.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
