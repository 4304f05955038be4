"""The core runs without the GIL: another Python thread keeps running
while a long text is analysed."""

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
