"""Bayan (بيان): Arabic tokens, clitics, entities and statements.

The same core as the ``bayan`` command-line tool: ``analyze(text)`` returns
what ``bayan analyze`` writes as JSON, as plain Python objects, with offsets
in code points (``text[start:end]`` is the token, the mention, the act).
"""

from ._bayan import Analyzer, analyze, load_gazetteer, normalize, tokenize

__all__ = ["Analyzer", "analyze", "load_gazetteer", "normalize", "tokenize"]
