"""Ingest: formats, encodings, metadata, bad files."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest

from pipeline.ingest import decode_bytes, find_sources, IngestError, read_articles
from pipeline.records import Article, ErrorRecord


def _read(tmp_path, name, data: bytes | str, **kw):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return list(read_articles([path], **kw))


@pytest.mark.parametrize("data, expected", [
    ("Omzet € 5 miljoen".encode("utf-8"), "Omzet € 5 miljoen"),
    (b"\xef\xbb\xbf" + "Omzet € 5".encode("utf-8"), "Omzet € 5"),
    ("Omzet € 5 miljoen, geïnvesteerd in één café".encode("cp1252"), "Omzet € 5 miljoen, geïnvesteerd in één café"),
    ("Caf\u00e9 cr\u00e8me".encode("latin-1"), "Café crème"),
    ("Omzet â‚¬ 5 miljoen".encode("utf-8"), "Omzet € 5 miljoen"),  # mojibake repaired
    ("Omzet € 5".encode("utf-16"), "Omzet € 5"),
])
def test_decode(data, expected):
    assert decode_bytes(data) == expected


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b"   \n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_decode_rejects(data, reason):
    with pytest.raises(IngestError, match=reason):
        decode_bytes(data)


def test_txt_with_date_in_file_name(tmp_path):
    (article,) = _read(tmp_path, "2025-11-03_asml.txt", "ASML boekte 7 miljard euro omzet.")
    assert isinstance(article, Article)
    assert article.doc_id == "2025-11-03_asml.txt"
    assert article.published == date(2025, 11, 3)


def test_markdown_front_matter(tmp_path):
    text = "---\ntitle: Kwartaal\ndate: 2025-03-14\n---\n# Kop\n\nDe **omzet** steeg.\n"
    (article,) = _read(tmp_path, "stuk.md", text)
    assert article.published == date(2025, 3, 14)
    assert article.title == "Kwartaal"
    assert "title:" not in article.raw and "**" not in article.raw and "De omzet steeg." in article.raw


def test_html_main_text_and_date(tmp_path):
    page = """<html><head><title>Nieuws</title>
    <meta property="article:published_time" content="2025-08-01T09:00:00+02:00"></head>
    <body><nav><a href="/">Home</a> <a href="/markten">Markten</a></nav>
    <article><h1>Heineken zet door</h1>
    <p>Heineken boekte in het eerste halfjaar een omzet van 18,3 miljard euro, meldde de brouwer donderdag.</p>
    <p>De bierbrouwer verwacht voor heel 2025 een bescheiden groei van de winst en blijft investeren in zijn merken.</p>
    </article><footer>Cookies | Privacy | © Uitgever</footer></body></html>"""
    (article,) = _read(tmp_path, "heineken.html", page)
    assert "18,3 miljard euro" in article.raw
    assert "Cookies" not in article.raw and "Markten" not in article.raw
    assert article.published == date(2025, 8, 1)


def test_json_object_and_list(tmp_path):
    (single,) = _read(tmp_path, "een.json", json.dumps({"id": "x1", "body": "Tekst een.", "date": "2025-01-02"}))
    assert single.doc_id == "een.json" and single.published == date(2025, 1, 2)
    many = _read(tmp_path, "veel.json", json.dumps([
        {"id": "a", "text": "Tekst a."}, {"content": "Tekst b.", "published": "2024-05-06"}, {"title": "leeg"},
    ]))
    assert [type(m).__name__ for m in many] == ["Article", "Article", "ErrorRecord"]
    assert [m.doc_id for m in many] == ["veel.json#a", "veel.json#2", "veel.json#3"]
    assert many[1].published == date(2024, 5, 6)


def test_jsonl_lines_and_bad_line(tmp_path):
    lines = "\n".join([
        json.dumps({"id": "n1", "text": "Eerste artikel.", "published": "2025-06-03"}),
        "{kapot",
        json.dumps({"id": "n3", "body": "Derde artikel."}),
    ])
    items = _read(tmp_path, "dump.jsonl", lines)
    assert [i.doc_id for i in items] == ["dump.jsonl#n1", "dump.jsonl#2", "dump.jsonl#n3"]
    assert isinstance(items[1], ErrorRecord) and "malformed JSON" in items[1].reason


def test_folder_walk_skips_non_articles_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "twee.txt").write_text("Twee.", encoding="utf-8")
    (tmp_path / "een.txt").write_text("Een.", encoding="utf-8")
    (tmp_path / "een.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "archief.zip").write_bytes(b"PK\x03\x04")
    sources, errors = find_sources([tmp_path])
    assert [s.doc_id for s in sources] == ["b/twee.txt", "een.txt"]
    assert errors == []


def test_missing_and_oversized_files_are_errors(tmp_path):
    big = tmp_path / "groot.txt"
    big.write_text("x" * 2000, encoding="utf-8")
    items = list(read_articles([tmp_path / "bestaat-niet", big], max_bytes=1000))
    assert [i.reason.split(":")[0] for i in items] == ["no such file or folder", "file too large"]


def _ftfy_whole(text: str) -> str:
    import ftfy

    return ftfy.fix_text(text, uncurl_quotes=False, fix_latin_ligatures=True,
                         normalization="NFC", fix_line_breaks=True)


@pytest.mark.parametrize("text", [
    "Gewone regel.\nOmzet â‚¬ 5 miljoen\nNog een gewone regel.\n",
    "AT&amp;T kocht\nvoor &euro; 5 miljoen\n",
    "<p>Tekst</p>\nAT&amp;T &euro; 5\n",  # after a "<" ftfy stops unescaping entities
    "Regel een\r\nRegel twee\rRegel drie\n",
    "Caf\u00e9 cr\u00e8me\nplain\nKoninklijke \ufb01nanciën\n\x1b[31mrood\x1b[0m\n",
    "zonder afsluitende regeleinde â€™",
    "",
    "helemaal gewone tekst zonder iets bijzonders",
])
def test_repair_line_by_line_equals_ftfy_on_the_whole_text(text):
    # _repair skips plain ASCII lines; the outcome must be ftfy's own
    from pipeline.ingest import _repair

    assert _repair(text) == _ftfy_whole(text)


def test_repair_line_by_line_equals_ftfy_on_random_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from pipeline.ingest import _repair

    pieces = st.sampled_from(["abc ", "Ã©", "â‚¬", "€", "&amp;", "&euro;", "<p>", "<", "\n", "\r\n", "\r",
                              "\x1b[31m", "\x07", "ﬁ", "ｆ", "café", "’", "\t", "e\u0301", "\u00a0", "Â "])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=25).map("".join))
    def check(text):
        assert _repair(text) == _ftfy_whole(text)

    check()


def test_a_markdown_table_becomes_one_line_per_row_naming_its_columns():
    from pipeline.ingest import _markdown_body

    body, _ = _markdown_body("Tekst ervoor.\n\n"
                             "| argenx (in dollar) | 2025      | 2024      |\n"
                             "|--------------------|-----------|:---------:|\n"
                             "| Productomzet       | $ 3,8 mld | $ 2,2 mld |\n"
                             "| Nettowinst         | $ 1,1 mld |           |\n"
                             "\nTekst erna.\n")
    assert body == ("Tekst ervoor.\n\nargenx (in dollar).\nProductomzet: $ 3,8 mld (2025); $ 2,2 mld (2024).\n"
                    "Nettowinst: $ 1,1 mld (2025).\n\n\nTekst erna.\n")


def test_pipes_without_a_separator_row_are_no_table():
    from pipeline.ingest import _markdown_body

    text = "| ASML | 7,5 miljard euro |\n| Shell | 4 miljard dollar |\n"
    assert _markdown_body(text)[0] == text


def test_an_html_table_is_read_one_line_per_row(tmp_path):
    page = """<html><head><title>Argenx</title></head><body><article><h1>Argenx boekt winst</h1>
    <p>Argenx heeft 2025 afgesloten met een nettowinst van 1,1 miljard dollar, zo meldde het bedrijf donderdag.</p>
    <table><thead><tr><th>argenx</th><th>2025</th><th>2024</th></tr></thead>
    <tbody><tr><td>Productomzet</td><td>$ 3,8 mld</td><td>$ 2,2 mld</td></tr></tbody></table>
    <p>Voor dit jaar verwacht argenx hogere uitgaven voor onderzoek, zo liet het bedrijf weten aan beleggers.</p>
    </article></body></html>"""
    (article,) = _read(tmp_path, "argenx.html", page)
    assert "Productomzet: $ 3,8 mld (2025); $ 2,2 mld (2024)." in article.raw


def test_unreadable_entries_in_a_folder_are_reported(tmp_path):
    (tmp_path / "goed.txt").write_text("Goed.", encoding="utf-8")
    (tmp_path / "weg.txt").symlink_to(tmp_path / "bestaat-niet.txt")
    (tmp_path / "rond.md").symlink_to(tmp_path / "rond.md")
    os.mkfifo(tmp_path / "pijp.txt")
    (tmp_path / "plaatje.png").symlink_to(tmp_path / "ook-weg.png")  # not an article: not reported
    sources, errors = find_sources([tmp_path])
    assert [s.doc_id for s in sources] == ["goed.txt"]
    reasons = {e.doc_id: e.reason for e in errors}
    assert reasons == {
        "pijp.txt": "not a regular file",
        "rond.md": "symbolic link loop",
        "weg.txt": f"broken symbolic link (to {tmp_path / 'bestaat-niet.txt'})",
    }


def test_a_dangling_link_given_by_name_says_so(tmp_path):
    link = tmp_path / "weg.txt"
    link.symlink_to(tmp_path / "bestaat-niet.txt")
    sources, errors = find_sources([link])
    assert sources == []
    assert errors[0].reason.startswith("broken symbolic link")


@pytest.mark.parametrize("text, title, expected", [
    ("Lexwerk B.V. heeft 42 miljoen euro opgehaald.", "Lexwerk haalt 42 miljoen euro op",
     "Lexwerk haalt 42 miljoen euro op\nLexwerk B.V. heeft 42 miljoen euro opgehaald."),
    # the body already opens with it (a Markdown heading, a text's first line)
    ("# Signify sluit 2025 af\n\nDe omzet daalde.", "Signify sluit 2025 af", "# Signify sluit 2025 af\n\nDe omzet daalde."),
    ("Signify sluit 2025 af\nDe omzet daalde.", "Signify sluit 2025 af", "Signify sluit 2025 af\nDe omzet daalde."),
    ("De omzet daalde.", "", "De omzet daalde."),
    # paragraphs on single lines stay paragraphs of the same kind
    ("Sipef boekte winst.\nWDP trekt op.", "Live: cijferochtend", "Live: cijferochtend\nSipef boekte winst.\nWDP trekt op."),
])
def test_a_headline_kept_apart_opens_the_article(text, title, expected):
    from pipeline.extract import with_headline

    assert with_headline(text, title) == expected
