"""`load_gazetteer`: the user's names win over the built-in lists."""

import bayan

TEXT = "فاز حلب على الكرامة"


def first(analyzer):
    e = analyzer.analyze(TEXT)["entities"][0]
    return e["text"], e["type"], e["id"], e["gloss"]


def test_builtin_reads_a_place():
    assert first(bayan.Analyzer())[:2] == ("حلب", "LOC")


def test_user_names_from_text_terms_and_file(tmp_path):
    expected = ("حلب", "ORG", "aleppo-sc", "Aleppo SC")
    assert first(bayan.load_gazetteer(text="حلب\tORG\taleppo-sc\tAleppo SC\n")) == expected
    assert first(bayan.load_gazetteer(terms=[("حلب", "ORG", "aleppo-sc", "Aleppo SC")])) == expected
    path = tmp_path / "clubs.csv"
    path.write_text("surface,type,id,gloss\nحلب,ORG,aleppo-sc,Aleppo SC\n", encoding="utf-8")
    club = bayan.load_gazetteer(path)
    assert first(club) == expected
    assert club.names > 1000 and "with user names" in repr(club)
    # The module's analyzer is untouched.
    assert first(bayan.Analyzer())[:2] == ("حلب", "LOC")


def test_replace_keeps_only_the_users():
    only = bayan.load_gazetteer(terms=[("حلب", "ORG", "aleppo-sc")], replace=True)
    assert only.names == 1
    assert first(only)[:3] == ("حلب", "ORG", "aleppo-sc")
