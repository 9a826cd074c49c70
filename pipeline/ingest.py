"""Find article files, read their formats, decode them, and date them.

Formats: ``.txt``; ``.md``/``.markdown`` (YAML front matter allowed);
``.html``/``.htm`` (main text through trafilatura, boilerplate dropped);
``.json`` (an object or a list of objects); ``.jsonl``/``.ndjson`` (an
article a line).  Anything else in a folder (``*.gold.json``, images,
archives, …) is skipped, never parsed.

A file that cannot be read (binary, empty, undecodable, too large, malformed)
yields an :class:`~pipeline.records.ErrorRecord` instead of an article, and
the caller goes on with the next file.
"""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pipeline.records import Article, ErrorRecord

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
#: files beside articles that are never articles themselves
NOT_ARTICLE_PATTERNS = (re.compile(r"\.gold\.json$", re.IGNORECASE),)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

TEXT_FIELDS = ("text", "body", "content", "article", "articleBody", "full_text", "tekst")
ID_FIELDS = ("id", "doc_id", "uuid", "slug", "url")
TITLE_FIELDS = ("title", "headline", "titel", "kop")
DATE_FIELDS = ("published", "date", "published_at", "publication_date", "datePublished",
               "pubdate", "datum", "created_at", "timestamp")

_FILENAME_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)


_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


class IngestError(Exception):
    """A file that cannot be turned into articles; the message is for people."""


@dataclass(frozen=True)
class Source:
    """A file to read and the doc_id prefix it gets."""

    path: Path
    doc_id: str


def is_article_file(path: Path) -> bool:
    name = path.name
    if name.startswith("."):
        return False
    if any(p.search(name) for p in NOT_ARTICLE_PATTERNS):
        return False
    return path.suffix.lower() in ARTICLE_SUFFIXES


def find_sources(paths: Iterable[Path | str]) -> tuple[list[Source], list[ErrorRecord]]:
    """Expand files and folders (recursively, in sorted order) into sources.

    A path that does not exist is an error record, not an exception: the
    rest of the batch still runs.
    """
    sources: list[Source] = []
    errors: list[ErrorRecord] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            entries = sorted(
                (p for p in path.rglob("*") if is_article_file(p) and not p.is_dir()),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            for file in entries:
                doc_id = file.relative_to(path).as_posix()
                if not file.is_file():
                    # an article by its name that cannot be read as a file
                    # (a dangling or looping link, a pipe) is reported, not
                    # passed over in silence
                    errors.append(ErrorRecord(doc_id, "ingest", _not_a_file_reason(file)))
                    continue
                if file.resolve() in seen:
                    continue
                seen.add(file.resolve())
                sources.append(Source(file, doc_id))
        elif path.is_file():
            # a shell glob hands us gold files and images too: skip them alike
            if is_article_file(path) and path.resolve() not in seen:
                seen.add(path.resolve())
                sources.append(Source(path, path.name))
        elif path.is_symlink() or path.exists():
            errors.append(ErrorRecord(str(given), "ingest", _not_a_file_reason(path)))
        else:
            errors.append(ErrorRecord(str(given), "ingest", "no such file or folder"))
    return sources, errors


def _not_a_file_reason(path: Path) -> str:
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:  # Python < 3.13 reports a loop so
            return "symbolic link loop"
        except OSError as error:
            if error.errno == errno.ELOOP:
                return "symbolic link loop"
            return f"broken symbolic link (to {os.readlink(path)})"
    return "not a regular file"


# ---------------------------------------------------------------------------
# decoding


def decode_bytes(data: bytes) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), else the detected
    single-byte encoding (cp1252/latin-1 …); mojibake repaired with ftfy.

    Raises :class:`IngestError` for binary content.
    """
    if not data.strip():
        raise IngestError("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _repair(data.decode("utf-16"))
        except UnicodeDecodeError as error:
            raise IngestError(f"undecodable UTF-16: {error.reason}") from None
    if b"\x00" in data[:8192]:
        raise IngestError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    control = len(_CONTROL_CHARACTERS.findall(text, 0, 8192))
    if control > max(8, len(text[:8192]) // 100):
        raise IngestError("binary file (control characters), not text")
    return _repair(text)


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman"]).best()
    if best is not None:
        return str(best)
    try:
        # cp1252 is what Dutch Windows-era files nearly always are
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise IngestError("undecodable text: neither UTF-8 nor a Western single-byte encoding") from None


# a line ftfy leaves as it is: printable ASCII and tabs, no "&" (an HTML
# entity), no carriage return, no control character
_NOT_PLAIN = re.compile(r"[^\t\x20-\x7e\n]|&")


def _repair(text: str) -> str:
    """Fix mojibake ("â‚¬" -> "€") but keep the text's own quotes and dashes.

    ftfy fixes a text line by line, each line on its own; a plain ASCII line
    comes back unchanged, so only the runs of other lines are handed to it
    (ftfy cost more than a third of reading an article).  The one thing a
    line passes on to the next is ftfy's "unescape HTML entities unless the
    text looks like HTML" switch, which turns off for good at the first "<".
    """
    if not _NOT_PLAIN.search(text):
        return text
    import ftfy

    out: list[str] = []
    unescape_html: str | bool = "auto"
    pending_from = None  # start of the run of lines ftfy has to see
    position = 0
    while position < len(text):
        line_end = text.find("\n", position) + 1 or len(text)
        plain = _NOT_PLAIN.search(text, position, line_end) is None
        if plain and pending_from is not None:
            chunk = text[pending_from:position]
            out.append(_ftfy(ftfy, chunk, unescape_html))
            if "<" in chunk:
                unescape_html = False
            pending_from = None
        if plain:
            out.append(text[position:line_end])
            if "<" in text[position:line_end]:
                unescape_html = False
        elif pending_from is None:
            pending_from = position
        position = line_end
    if pending_from is not None:
        out.append(_ftfy(ftfy, text[pending_from:], unescape_html))
    return "".join(out)


def _ftfy(ftfy, text: str, unescape_html) -> str:
    return ftfy.fix_text(text, uncurl_quotes=False, fix_latin_ligatures=True,
                         normalization="NFC", fix_line_breaks=True, unescape_html=unescape_html)


# ---------------------------------------------------------------------------
# dates


def parse_date(value) -> date | None:
    """A publication date from a metadata value: ISO strings, datetimes, epoch seconds."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and 10**8 < value < 10**10:
        return datetime.utcfromtimestamp(value).date()
    text = str(value).strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    match = re.match(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$", text)
    if match:  # Dutch day-month-year
        try:
            return date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return None
    try:
        from dateutil import parser as date_parser

        return date_parser.parse(text, dayfirst=True).date()
    except (ValueError, OverflowError, ImportError):
        return None


def date_from_filename(name: str) -> date | None:
    match = _FILENAME_DATE.search(name)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# formats


def _first(record: dict, fields: tuple[str, ...]):
    for name in fields:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def _article_from_record(record, doc_id: str, path: Path, fallback_date: date | None) -> Article:
    if not isinstance(record, dict):
        raise IngestError(f"expected a JSON object, found {type(record).__name__}")
    text = _first(record, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        raise IngestError(f"no article text (looked for fields {', '.join(TEXT_FIELDS)})")
    title = _first(record, TITLE_FIELDS) or ""
    published = parse_date(_first(record, DATE_FIELDS)) or fallback_date
    if text.lstrip().startswith("<") and re.search(r"<(p|div|article|br)\b", text[:2000], re.I):
        text = _html_main_text(text)[0]
    return Article(doc_id=doc_id, raw=_repair(text), published=published, title=str(title), path=str(path))


def _record_id(record, position: int) -> str:
    if isinstance(record, dict):
        value = _first(record, ID_FIELDS)
        if value is not None:
            return str(value)
    return str(position)


def _html_main_text(markup: str) -> tuple[str, date | None, str]:
    import trafilatura

    document = trafilatura.bare_extraction(
        markup, include_comments=False, include_tables=True, include_images=False,
        include_links=False, favor_precision=True, with_metadata=True,
    )
    if document is None:
        return "", None, ""
    as_dict = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    # tables come out as pipe tables: one line per row, as in Markdown
    text = _MARKDOWN_TABLE.sub(_table_as_sentences, as_dict.get("text") or "")
    return text, parse_date(as_dict.get("date")), as_dict.get("title") or ""


# a pipe table: a header row, a |---|:--:| row, body rows
_MARKDOWN_TABLE = re.compile(
    r"^[ \t]*\|.*\|[ \t]*\n[ \t]*\|[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|[ \t]*\n"
    r"(?:[ \t]*\|.*\|[ \t]*(?:\n|$))*", re.MULTILINE)


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _table_as_sentences(match: re.Match) -> str:
    """A pipe table as one line per row that names its columns: "| Nettowinst
    | $ 1,1 mld | $ 0,8 mld |" under "| | 2025 | 2024 |" becomes "Nettowinst:
    $ 1,1 mld (2025); $ 0,8 mld (2024)." — so a row's label and its column's
    period stand next to each figure, as they would in a sentence (the
    column after the figure: "2025 $ 1,1 mld" would read as two amounts)."""
    rows = [line for line in match.group(0).split("\n") if line.strip()]
    header, body = _cells(rows[0]), [_cells(row) for row in rows[2:]]
    lines = [header[0] + "."] if header and header[0] else []
    for cells in body:
        label, values = cells[0], cells[1:]
        parts = [f"{value} ({column})" if column else value for column, value in zip(header[1:], values) if value]
        if parts:
            lines.append(f"{label}: " + "; ".join(parts) + "." if label else "; ".join(parts) + ".")
    # one paragraph: the rows share the table's company and columns
    return "\n".join(lines) + "\n\n"


def _markdown_body(text: str) -> tuple[str, dict]:
    meta: dict = {}
    match = _FRONT_MATTER.match(text)
    if match:
        import yaml

        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            meta = loaded
        text = text[match.end():]
    text = _MARKDOWN_TABLE.sub(_table_as_sentences, text)
    # emphasis markers and heading marks are markup, not text
    text = re.sub(r"^#{1,6}\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    return text, meta


def read_source(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ErrorRecord]:
    """Yield the articles of one file, or error records for what fails."""
    path = source.path
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ErrorRecord(source.doc_id, "ingest",
                              f"file too large: {size:,} bytes (limit {max_bytes:,}; see --max-bytes)")
            return
        data = path.read_bytes()
    except OSError as error:
        yield ErrorRecord(source.doc_id, "ingest", f"unreadable: {error.strerror or error}")
        return
    suffix = path.suffix.lower()
    name_date = date_from_filename(path.name)
    try:
        text = decode_bytes(data)
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(text, source, name_date)
            return
        if suffix in JSON_SUFFIXES:
            yield from _read_json(text, source, name_date)
            return
        if suffix in HTML_SUFFIXES:
            body, published, title = _html_main_text(text)
            if not body.strip():
                raise IngestError("no article text found in the HTML page")
            yield Article(source.doc_id, body, published or name_date, title, str(path))
            return
        if suffix in MARKDOWN_SUFFIXES:
            body, meta = _markdown_body(text)
            published = parse_date(_first(meta, DATE_FIELDS)) or name_date
            if not body.strip():
                raise IngestError("empty article (front matter only)")
            yield Article(source.doc_id, body, published, str(meta.get("title") or ""), str(path))
            return
        yield Article(source.doc_id, text, name_date, "", str(path))
    except IngestError as error:
        yield ErrorRecord(source.doc_id, "ingest", str(error))


def _read_json(text: str, source: Source, name_date: date | None) -> Iterator[Article | ErrorRecord]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise IngestError(f"malformed JSON: {error.msg} at line {error.lineno}") from None
    if isinstance(data, dict) and not _first(data, TEXT_FIELDS):
        # {"articles": [...]} and similar wrappers
        lists = [v for v in data.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(lists) == 1:
            data = lists[0]
    if isinstance(data, dict):
        yield _article_from_record(data, source.doc_id, source.path, name_date)
        return
    if not isinstance(data, list):
        raise IngestError("JSON holds neither an article object nor a list of them")
    if not data:
        raise IngestError("empty JSON list")
    for position, record in enumerate(data, start=1):
        doc_id = f"{source.doc_id}#{_record_id(record, position)}"
        try:
            yield _article_from_record(record, doc_id, source.path, name_date)
        except IngestError as error:
            yield ErrorRecord(doc_id, "ingest", str(error))


def _read_jsonl(text: str, source: Source, name_date: date | None) -> Iterator[Article | ErrorRecord]:
    position = 0
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        position += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ErrorRecord(f"{source.doc_id}#{position}", "ingest",
                              f"malformed JSON on line {line_number}: {error.msg}")
            continue
        doc_id = f"{source.doc_id}#{_record_id(record, position)}"
        try:
            yield _article_from_record(record, doc_id, source.path, name_date)
        except IngestError as error:
            yield ErrorRecord(doc_id, "ingest", str(error))
    if position == 0:
        raise IngestError("empty JSONL file")


def read_articles(paths: Iterable[Path | str], *, max_bytes: int = DEFAULT_MAX_BYTES
                  ) -> Iterator[Article | ErrorRecord]:
    """Every article under ``paths`` (files or folders), errors interleaved."""
    sources, errors = find_sources(paths)
    yield from errors
    for source in sources:
        yield from read_source(source, max_bytes=max_bytes)
