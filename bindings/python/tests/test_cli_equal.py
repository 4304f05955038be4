"""`bayan.analyze` returns what `bayan analyze` writes, parsed."""

import json

import bayan
import pytest
from support import SAMPLE, cli_json


def test_sample_equals_cli(cli):
    text = SAMPLE.read_text(encoding="utf-8")
    result = bayan.analyze(text)
    assert result == cli_json(cli, text)
    assert list(result) == ["tokens", "sentences", "entities", "statements"]
    assert result["entities"] and result["statements"]


def test_un_documents_equal_cli(cli, un_docs):
    # Twenty documents spread over the corpus, then all of them as one text
    # (several of the core's sections: what crosses a section edge too).
    picked = un_docs[:: max(1, len(un_docs) // 20)][:20]
    for doc_id, text in picked:
        assert bayan.analyze(text) == cli_json(cli, text), doc_id
    whole = "\n\n".join(text for _, text in un_docs)
    assert len(whole.encode()) > (1 << 20)
    assert bayan.analyze(whole) == cli_json(cli, whole)


@pytest.mark.parametrize("offsets,flag", [("utf16", "utf16"), ("byte", "byte"), ("codepoint", "char")])
def test_offset_units_equal_cli(cli, offsets, flag):
    text = "😀 " + SAMPLE.read_text(encoding="utf-8") + " 🇸🇦 انتهى."
    assert bayan.analyze(text, offsets=offsets) == cli_json(cli, text, flag)


def test_fields_equal_cli_jsonl(cli, un_docs):
    docs = un_docs[:30]
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in docs)
    out = cli("analyze", "--jsonl", "--fields", "entities,statements", input=lines.encode())
    lines = out.decode().splitlines()
    assert len(lines) == len(docs)
    for (doc_id, text), line in zip(docs, lines):
        expected = json.loads(line)
        assert expected.pop("id") == doc_id
        assert bayan.analyze(text, fields=["entities", "statements"]) == expected


def test_tokenize_is_analyze_tokens():
    text = SAMPLE.read_text(encoding="utf-8")
    assert bayan.tokenize(text) == bayan.analyze(text)["tokens"]
    assert bayan.Analyzer().tokenize(text) == bayan.tokenize(text)


def test_normalize_equals_cli(cli):
    text = SAMPLE.read_text(encoding="utf-8")
    for preset in ["display", "light", "search", "strict"]:
        expected = cli("normalize", "--preset", preset, input=text.encode()).decode()
        assert bayan.normalize(text, preset) == expected, preset
    assert bayan.normalize("إِنَّ الأمْنَ") == "ان الامن"
