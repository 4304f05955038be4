"""Two Python threads calling `bayan.analyze` on different texts at once,
against one thread analysing the same texts one after the other: the wall
time of each, medians of RUNS runs (default 5), alternating.

    scripts/python.sh && scripts/bench-cli.sh 10   # makes target/bench-cli/10mb.txt
    .venv-python/bin/python bindings/python/bench/threads.py target/bench-cli/10mb.txt

The texts are consecutive slices of the file, PIECES of them (default 8) of
MB megabytes each (default 0.5: under the package's 1 MiB section, so one
call keeps to its own thread). The core runs without the GIL; building the
Python objects holds it, so with every token asked for, the two threads
take turns for that part. CPU time is the process's, all threads: when it
is the same for both ways and the wall time is not shorter, the machine
had no second core to give.
"""

import os
import statistics
import sys
import threading
import time
from pathlib import Path

import bayan


def pieces(path, count, size):
    """`count` texts of about `size` bytes, cut at line ends."""
    data = Path(path).read_bytes()
    out, at = [], 0
    for _ in range(count):
        end = data.index(b"\n", at + size) + 1
        out.append(data[at:end].decode("utf-8"))
        at = end
    return out


def analyze_all(texts, fields):
    for t in texts:
        bayan.analyze(t, fields=fields)  # each result dropped before the next


def one_thread(texts, fields):
    start, cpu = time.perf_counter(), time.process_time()
    analyze_all(texts, fields)
    return time.perf_counter() - start, time.process_time() - cpu


def two_threads(texts, fields):
    halves = [texts[0::2], texts[1::2]]
    threads = [threading.Thread(target=analyze_all, args=(h, fields)) for h in halves]
    start, cpu = time.perf_counter(), time.process_time()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return time.perf_counter() - start, time.process_time() - cpu


def main():
    runs = int(os.environ.get("RUNS", "5"))
    count = int(os.environ.get("PIECES", "8"))
    size = int(float(os.environ.get("MB", "0.5")) * (1 << 20))
    texts = pieces(sys.argv[1], count, size)
    mb = sum(len(t.encode()) for t in texts) / (1 << 20)
    bayan.analyze("تهيئة")  # the built-in analyzer, made once
    print(f"{count} texts, {mb:.1f} MB in all, {runs} runs, load {os.getloadavg()[0]:.1f}")
    for label, fields in (("every field", None), ("entities, statements", ["entities", "statements"])):
        one, two = [], []
        for _ in range(runs):
            one.append(one_thread(texts, fields))
            two.append(two_threads(texts, fields))
        (a, ac), (b, bc) = ([statistics.median(r[i] for r in runs_) for i in (0, 1)] for runs_ in (one, two))
        print(f"{label:22} one thread {a:.2f} s (cpu {ac:.2f}), two threads {b:.2f} s (cpu {bc:.2f}): {a / b:.2f}x")
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
