"""`bayan.analyze` against `bayan analyze` on the same text: wall and CPU
seconds, medians of RUNS runs (default 5), runs of the two alternating so
a change in the machine's load falls on both.

    scripts/python.sh && scripts/bench-cli.sh 10   # builds the CLI and target/bench-cli/10mb.txt
    .venv-python/bin/python bindings/python/bench/analyze.py target/bench-cli/10mb.txt

The Python figure is `bayan.analyze(text)` on the text already read, every
token, sentence, entity and statement built as Python objects (and, on a
line of its own, with `fields=["entities", "statements"]`); the CLI's is
the whole process, reading the file and writing its JSON to /dev/null.
CPU time is the process's, all threads, user and system (the system
time is almost all page faults: the first touch of fresh memory, about
750 MB of new objects for 10 MB of text with every token). The
collector's pass after a call (Python's cycle collector is paused while a
result is built) is timed on its own and not counted in the call. The
calling thread's own CPU time is given too: on a long text it builds the
objects while a thread of the package analyses the next section, so on
two free cores the call's wall time is about the longer of the two.

BASELINE=path/to/_bayan.abi3.so adds a row for another build of the
extension (from an unpacked wheel of an earlier commit), loaded beside
this one and timed in the same runs, to compare two builds in one go.
"""

import gc
import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import bayan

ROOT = Path(__file__).resolve().parents[3]


def usage(who):
    """(user, system) seconds and minor page faults so far."""
    r = resource.getrusage(who)
    return r.ru_utime, r.ru_stime, r.ru_minflt


def spent(before, after):
    """cpu, user, system seconds and page faults between two `usage`s."""
    user, system, faults = (b - a for a, b in zip(before, after))
    return user + system, user, system, faults


def cli_run(cli, path):
    before = usage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([str(cli), "analyze", str(path)], stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    return (wall, *spent(before, usage(resource.RUSAGE_CHILDREN)))


def python_run(text, fields=None, module=bayan):
    before = usage(resource.RUSAGE_SELF)
    start, own = time.perf_counter(), time.thread_time()
    result = module.analyze(text, fields=fields)
    wall, own = time.perf_counter() - start, time.thread_time() - own
    # getrusage's result is a new container: with the collector on, making
    # it would run the collector's pass counted below.
    gc.disable()
    cpu = spent(before, usage(resource.RUSAGE_SELF))
    gc.enable()
    assert result
    # The collector was paused while the result was built; its next pass,
    # at the caller's next allocation, walks the new containers once.
    start = time.perf_counter()
    gc_pass = [[]]
    gc_wall = time.perf_counter() - start
    del result, gc_pass
    return wall, *cpu, gc_wall, own


def extension(path):
    """Another build's extension module, loaded under its own name."""
    spec = importlib.util.spec_from_file_location("_bayan", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.analyze("تهيئة")  # its built-in analyzer, made once
    return module


def main():
    path = Path(sys.argv[1])
    runs = int(os.environ.get("RUNS", "5"))
    cli = Path(os.environ.get("BAYAN_CLI", ROOT / "target" / "release" / "bayan"))
    text = path.read_text(encoding="utf-8")
    load_at_start = os.getloadavg()[0]
    mb = len(text.encode()) / (1 << 20)
    baseline = os.environ.get("BASELINE")
    baseline = extension(baseline) if baseline else None
    bayan.analyze("تهيئة")
    times = {"cli": [], "python": [], "python entities+statements": []}
    if baseline:
        times["python (BASELINE)"] = []
    for i in range(runs):
        times["cli"].append(cli_run(cli, path))
        # The two builds in turns, each first every other run.
        builds = [("python", bayan), ("python (BASELINE)", baseline)][: 2 if baseline else 1]
        for name, module in builds[:: 1 if i % 2 == 0 else -1]:
            times[name].append(python_run(text, module=module))
        times["python entities+statements"].append(python_run(text, ["entities", "statements"]))
    medians = {k: [statistics.median(run[i] for run in v) for i in range(len(v[0]))] for k, v in times.items()}
    for k, (wall, cpu, user, system, faults, *python) in medians.items():
        after = ""
        if python:
            gc_wall, own = python
            after = f"; the calling thread {own:.2f} s of it, then the collector's pass {gc_wall:.2f} s"
        print(
            f"{k:26} {mb:.1f} MB: wall {wall:.2f} s ({mb / wall:.2f} MB/s), cpu {cpu:.2f} s ({mb / cpu:.2f} MB/s;"
            f" user {user:.2f}, system {system:.2f}, {faults / 1000:.0f}k page faults{after})"
        )
    (cw, cc, cu, *_) = medians["cli"]
    for name in [k for k in medians if k.startswith("python") and "entities" not in k]:
        pw, pc, pu, *_ = medians[name]
        print(f"{name}/cli speed: wall {cw / pw:.0%}, cpu {cc / pc:.0%}, user cpu {cu / pu:.0%}")
    print(f"{runs} runs, load {load_at_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
