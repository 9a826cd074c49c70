"""Custom attributes the cijfercheck components set on spaCy objects.

Registered on demand by each factory (never at import time), so importing
``pipeline`` leaves spaCy's global ``Doc``/``Span`` untouched.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: span group keys
MONEY_KEY = "money"
COMPANIES_KEY = "companies"
PERIODS_KEY = "periods"


def ensure_extensions() -> None:
    """Register the custom attributes once per process (idempotent)."""
    for name, default in (
        ("amount", None),       # pipeline.records.Amount on doc.spans["money"]
        ("company", None),      # pipeline.records.CompanyMention on doc.spans["companies"]
        ("period", None),       # pipeline.records.PeriodMention on doc.spans["periods"]
    ):
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name in ("money", "companies", "periods", "claims"):
        # the records with exact character offsets; spans may be wider when a
        # mention sits inside a token (``Nvidia`` in ``Nvidia-chips``)
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ("doc_id", "published", "sentence_spans"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def span_for(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """The smallest token span covering characters ``start:end``."""
    return doc.char_span(start, end, label=label, alignment_mode="expand")


_TEXT_KEY = "cijfercheck.text"


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from (``nlp.make_doc(text)`` keeps it
    verbatim), so no component has to rebuild it from the tokens."""
    doc.user_data[_TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text on each
    access, and five components read it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def attach_spans(doc: Doc, key: str, mentions, label: str, attribute: str, value=lambda m: m) -> None:
    """Put ``mentions`` (records with exact offsets) into ``doc.spans[key]``
    as token spans carrying ``span._.<attribute>``."""
    spans = []
    for mention in mentions:
        span = span_for(doc, mention.start, mention.end, label)
        if span is not None:
            span._.set(attribute, value(mention))
            spans.append(span)
    doc.spans[key] = spans
