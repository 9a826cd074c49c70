"""Clean an article's text before analysis.

* odd spaces (no-break, thin, zero-width, soft hyphen) become plain spaces or
  disappear; ``\\r\\n`` becomes ``\\n``;
* markup debris is dropped: Markdown images, orphaned link/image tails such as
  ``.jpg)``, bare URLs on a line of their own, HTML tags and entities left in
  plain text; a Markdown link keeps its text;
* hard-wrapped lines inside a paragraph are joined: a line break is a wrap
  unless the line ends a sentence and the next starts a new one, or a blank
  line follows;
* runs of spaces collapse, paragraphs are separated by one blank line.

Every offset cijfercheck writes refers to the string :func:`clean_text`
returns.
"""

from __future__ import annotations

import html
import re

_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|#)[^)\n]*\)")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?/?>")
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
# what is left of an image or link whose opening part was cut away:
# ".jpg)", "foto.png)", "(afbeelding.webp)"
_DEBRIS_LINE = re.compile(
    r"^\s*[(\[]?[\w./%-]*\.(?:jpe?g|png|gif|webp|svg|avif|bmp)\)?[\])]?\s*$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")
_STARTS_NEW = re.compile(r"^[\"“‘(]?[A-Z0-9ÀÉÈÖÜ]")
_BULLET = re.compile(r"^\s*(?:[-*•]\s|\d+[.)]\s|#{1,6}\s)")
# "Onderwerp: …", "Datum: …", "Omzet: …": a header or fact-box field on its own line
_FIELD_LINE = re.compile(r"^[A-Z][a-z]{1,15}:\s")


def normalise_spaces(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    return _ODD_SPACES.sub(" ", text)


def drop_debris(text: str) -> str:
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    if "<" in text:
        text = _HTML_TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    lines = [
        "" if _DEBRIS_LINE.match(line) or _URL_LINE.match(line) else line
        for line in text.split("\n")
    ]
    return "\n".join(lines)


_INNER_SENTENCE_END = re.compile(r"[.!?]\s+\S")


def unwrap_lines(text: str) -> str:
    """Join hard-wrapped lines inside paragraphs."""
    paragraphs = []
    for number, block in enumerate(re.split(r"\n\s*\n", text)):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        out = lines[0]
        # a wrapped paragraph's lines run to nearly the wrap width; a much
        # shorter line without a full stop is a title or a heading
        width = sorted(len(line) for line in lines)[len(lines) // 2]
        for index, (previous, line) in enumerate(zip(lines, lines[1:])):
            # (a line with a sentence ending inside it is no heading: "Begin bij
            # de grootste. Ahold" before "Delhaize N.V., het moederbedrijf …")
            short = (len(previous) < 0.6 * width and len(lines) > 2 and line[:1].isupper()
                     and not _INNER_SENTENCE_END.search(previous))
            if number == 0 and index == 0 and len(lines) > 2 and line[:1].isupper():
                # the text's first line, somewhat short and not ending a
                # sentence, before a capital: a title ("Kerosine: de grootste
                # gok van elke luchtvaartmaatschappij" over "Vraag een …")
                short = short or len(previous) < 0.85 * width
            if _BULLET.match(line) or _FIELD_LINE.match(line):
                out += "\n" + line
            elif previous.endswith("-") and line[:1].islower():
                out += line  # a word broken at its hyphen: "AI-\nberekeningen"
            elif (_SENTENCE_END.search(previous) or short) and _STARTS_NEW.match(line):
                # a sentence ends at the line end: keep the break; in a text
                # without blank lines it is our only paragraph signal
                out += "\n" + line
            else:
                out += " " + line
        paragraphs.append(out)
    return "\n\n".join(paragraphs)


def clean_text(raw: str) -> str:
    """The text cijfercheck analyses; all output offsets refer to it."""
    text = normalise_spaces(raw)
    text = drop_debris(text)
    text = unwrap_lines(text)
    text = re.sub(r" {2,}", " ", text)
    return text.strip()
