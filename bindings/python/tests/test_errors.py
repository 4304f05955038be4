"""Bad input raises a clear error; nothing is half done."""

import bayan
import pytest


def test_unknown_preset():
    with pytest.raises(ValueError, match=r'unknown preset "loud": expected one of display, light, search, strict'):
        bayan.normalize("نص", preset="loud")


def test_unknown_offsets_and_fields():
    with pytest.raises(ValueError, match="unknown offsets \"chars\": expected 'codepoint', 'utf16' or 'byte'"):
        bayan.analyze("نص", offsets="chars")
    with pytest.raises(ValueError, match='unknown field "mentions"'):
        bayan.analyze("نص", fields=["entities", "mentions"])


def test_not_a_string():
    with pytest.raises(TypeError):
        bayan.analyze(b"\xd9\x86\xd8\xb5")


def test_bad_gazetteer_line_names_it():
    with pytest.raises(ValueError, match=r"gazetteer text:2: .*WHAT"):
        bayan.load_gazetteer(text="حلب\tLOC\nجدة\tWHAT\n")
    with pytest.raises(ValueError, match=r"gazetteer terms:1: "):
        bayan.load_gazetteer(terms=[["حلب"]])


def test_gazetteer_file_errors(tmp_path):
    missing = tmp_path / "none.tsv"
    with pytest.raises(FileNotFoundError, match="none.tsv"):
        bayan.load_gazetteer(missing)
    latin1 = tmp_path / "latin1.tsv"
    latin1.write_bytes("café\tLOC\n".encode("latin-1"))
    with pytest.raises(ValueError, match="latin1.tsv: the file is not UTF-8 text"):
        bayan.load_gazetteer(latin1)
    bad = tmp_path / "bad.tsv"
    bad.write_text("حلب\tORG\tx\nجدة\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.tsv:2: "):
        bayan.load_gazetteer(bad)


def test_gazetteer_needs_exactly_one_source():
    with pytest.raises(ValueError, match="give one of path, text= or terms="):
        bayan.load_gazetteer()
    with pytest.raises(ValueError, match="give one of path, text= or terms="):
        bayan.load_gazetteer(text="حلب\tORG\n", terms=[["حلب", "ORG"]])
