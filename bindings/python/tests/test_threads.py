"""The core runs without the GIL: another Python thread keeps running
while a long text is analysed."""

import gc
import threading
import time

import bayan
from support import SAMPLE


def test_a_thread_ticks_while_another_analyses():
    text = SAMPLE.read_text(encoding="utf-8")
    text = "\n\n".join([text] * (4_000_000 // len(text.encode()) + 1))
    ticks, stop = [], threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.002)

    ticker = threading.Thread(target=tick)
    ticker.start()
    time.sleep(0.05)
    # Only the core's time counts: the conversion to Python objects holds
    # the GIL, so ask for the few entities rather than every token.
    start = time.perf_counter()
    result = bayan.analyze(text, fields=["entities"])
    end = time.perf_counter()
    stop.set()
    ticker.join()
    assert result["entities"]
    during = [t for t in ticks if start < t < end]
    # Holding the GIL, the call would never let the ticker in (it does not
    # run Python code that could be interrupted). Released, the ticker
    # ticks every 2 ms or so; one every 20 ms leaves room for a busy machine.
    assert end - start > 0.05
    assert len(during) >= max(10, (end - start) / 0.02), (len(during), end - start)


def test_collector_paused_once_for_overlapping_calls():
    # Two threads' calls overlap (each releases the GIL while the core
    # works): the collector stays paused until the last one ends, then runs
    # again; one the caller had disabled stays disabled. Resumed by the
    # first call to end, it would collect every 700 objects of the other's
    # result (hundreds of times per call); paused, it runs once or twice
    # when no call is building.
    text = SAMPLE.read_text(encoding="utf-8")
    text = "\n\n".join([text] * (300_000 // len(text.encode()) + 1))
    collections = []

    def count(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    def work():
        for _ in range(4):
            assert bayan.analyze(text)["tokens"]

    gc.callbacks.append(count)
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            collections.clear()
            threads = [threading.Thread(target=work) for _ in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert gc.isenabled() is enabled
            assert len(collections) < (40 if enabled else 1), (enabled, len(collections))
    finally:
        gc.callbacks.remove(count)
        gc.enable()
