"""``cijfercheck_claims``: claim records in ``doc._.claims``.

Reads the money, company and period mentions the earlier components left on
the Doc, and the sentence boundaries, and calls the pure linker
:func:`pipeline.claims.link_claims`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.claims import link_claims
from pipeline.components.extensions import doc_text, ensure_extensions


class ClaimLinker:
    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # the splitter's own character spans; doc.sents when another
        # component (a user's parser) set the boundaries
        sentences = doc._.sentence_spans
        if sentences is None:
            sentences = [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []
        doc._.claims = link_claims(
            doc_text(doc),
            sentences=sentences,
            money=doc._.money or [],
            companies=doc._.companies or [],
            periods=doc._.periods or [],
            doc_id=doc._.doc_id or "",
            published=doc._.published,
        )
        return doc


@Language.factory(
    "cijfercheck_claims",
    requires=["doc._.money", "doc._.companies", "doc._.periods", "token.is_sent_start"],
    assigns=["doc._.claims"],
)
def make_claims(nlp: Language, name: str) -> ClaimLinker:
    return ClaimLinker(nlp, name)
