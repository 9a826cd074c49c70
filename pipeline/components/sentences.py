"""``cijfercheck_sentences``: Dutch sentence boundaries on the Doc.

Runs :func:`pipeline.segment.sentence_spans` over ``doc.text`` and marks the
token that starts each sentence.  It runs first, so a parser added later by a
user's spaCy pipeline respects these boundaries.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.segment import sentence_spans


class DutchSentenceSplitter:
    """Sets ``token.is_sent_start`` from the pure Dutch splitter."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        starts = {start for start, _ in sentence_spans(doc.text)}
        for token in doc:
            token.is_sent_start = token.i == 0 or token.idx in starts
        return doc


@Language.factory(
    "cijfercheck_sentences",
    assigns=["token.is_sent_start"],
)
def make_sentences(nlp: Language, name: str) -> DutchSentenceSplitter:
    return DutchSentenceSplitter(nlp, name)
