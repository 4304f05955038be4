"""Type hints for `bayan` (the extension module `bayan._bayan`)."""

import os
from typing import List, Literal, Optional, Sequence, TypedDict, Union

Offsets = Literal["codepoint", "utf16", "byte"]
Field = Literal["tokens", "sentences", "entities", "statements"]
Preset = Literal["display", "light", "search", "strict"]

class Segment(TypedDict):
    start: int
    end: int
    text: str
    kind: str
    restored: str

class Token(TypedDict):
    start: int
    end: int
    text: str
    kind: str
    norm: str
    segments: List[Segment]

class Sentence(TypedDict):
    start: int
    end: int

Entity = TypedDict(
    "Entity",
    {
        "start": int,
        "end": int,
        "text": str,
        "type": str,
        "id": Optional[str],
        "gloss": Optional[str],
        "inner": List["Entity"],
    },
)

class SpanText(TypedDict):
    start: int
    end: int
    text: str

class Speaker(TypedDict):
    start: int
    end: int
    text: str
    implicit: bool
    entities: List[int]

class Rules(TypedDict):
    lexicon: str
    speaker: str

Statement = TypedDict(
    "Statement",
    {
        "start": int,
        "end": int,
        "class": str,
        "act": SpanText,
        "speaker": Optional[Speaker],
        "object": Optional[SpanText],
        "targets": List[int],
        "negated": bool,
        "rules": Rules,
    },
)

class Analysis(TypedDict, total=False):
    """The lists asked for with `fields` (all four by default)."""

    tokens: List[Token]
    sentences: List[Sentence]
    entities: List[Entity]
    statements: List[Statement]

class Analyzer:
    """The pipeline with its gazetteer; `Analyzer()` is the built-in one."""

    def __init__(self) -> None: ...
    def analyze(
        self, text: str, *, offsets: Offsets = "codepoint", fields: Optional[Sequence[Field]] = None
    ) -> Analysis:
        """Tokens, sentences, entities and statements, as `bayan analyze` writes them."""
    def tokenize(self, text: str, *, offsets: Offsets = "codepoint") -> List[Token]:
        """The tokens alone (the first stage), as in `analyze`."""
    @property
    def names(self) -> int:
        """How many names the gazetteer holds, the built-in ones included."""

def analyze(text: str, *, offsets: Offsets = "codepoint", fields: Optional[Sequence[Field]] = None) -> Analysis:
    """Tokens, sentences, entities and statements of `text` with the built-in
    analyzer, as `bayan analyze` writes them; offsets in code points."""

def tokenize(text: str, *, offsets: Offsets = "codepoint") -> List[Token]:
    """The tokens of `text`, as in `analyze`."""

def normalize(text: str, preset: Preset = "search") -> str:
    """`text` normalized with a preset (as `bayan normalize --preset`)."""

def load_gazetteer(
    path: Union[str, "os.PathLike[str]", None] = None,
    *,
    text: Optional[str] = None,
    terms: Optional[Sequence[Sequence[str]]] = None,
    replace: bool = False,
) -> Analyzer:
    """An analyzer with the user's names (TSV or CSV file, string, or rows of
    surface, type, id, gloss); they win over the built-in lists, which stay
    unless `replace`. Raises ValueError naming the line that cannot be read."""

__all__ = ["Analyzer", "analyze", "load_gazetteer", "normalize", "tokenize"]
