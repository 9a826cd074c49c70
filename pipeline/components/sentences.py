"""``cijfercheck_sentences``: Dutch sentence boundaries on the Doc.

Runs :func:`pipeline.segment.sentence_spans` over ``doc.text`` and marks the
token that starts each sentence.  It runs first, so a parser added later by a
user's spaCy pipeline respects these boundaries.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.extensions import doc_text, ensure_extensions

from pipeline.segment import sentence_spans


class DutchSentenceSplitter:
    """Sets ``token.is_sent_start`` from the pure Dutch splitter."""

    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        spans = sentence_spans(doc_text(doc))
        doc._.sentence_spans = spans
        # one array write instead of a Python loop over tokens
        offsets = doc.to_array([IDX])
        flags = numpy.full(len(doc), -1, dtype="int32")
        positions = numpy.searchsorted(offsets, [start for start, _ in spans])
        flags[positions[positions < len(doc)]] = 1
        flags[0] = 1
        doc.from_array([SENT_START], flags.astype("uint64"))
        return doc


@Language.factory(
    "cijfercheck_sentences",
    assigns=["token.is_sent_start", "doc._.sentence_spans"],
)
def make_sentences(nlp: Language, name: str) -> DutchSentenceSplitter:
    return DutchSentenceSplitter(nlp, name)
