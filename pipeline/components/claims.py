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


_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}


def parsed_subjects(doc: Doc, money, companies) -> dict[int, object]:
    """With a dependency parse (a user's spaCy pipeline): for each amount,
    the company that is the subject of the verb the amount depends on.

    Walks from the amount's head token up to the nearest verb, takes that
    verb's subject, and keeps it when a company mention covers it.
    """
    by_token = {}
    for company in companies:
        span = doc.char_span(company.start, company.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                by_token[token.i] = company
    subjects = {}
    for index, mention in enumerate(money):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        token = span.root
        for _ in range(8):  # a bounded climb: parses can be odd
            if token.pos_ in ("VERB", "AUX") or token.head is token:
                break
            token = token.head
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS:
                company = next((by_token[t.i] for t in child.subtree if t.i in by_token), None)
                if company is not None:
                    subjects[index] = company
                    break
    return subjects


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
        companies = doc._.companies or []
        money = doc._.money or []
        subjects = parsed_subjects(doc, money, companies) if doc.has_annotation("DEP") else None
        doc._.claims = link_claims(
            doc_text(doc),
            sentences=sentences,
            money=money,
            companies=companies,
            periods=doc._.periods or [],
            doc_id=doc._.doc_id or "",
            published=doc._.published,
            parsed_subjects=subjects,
        )
        return doc


@Language.factory(
    "cijfercheck_claims",
    requires=["doc._.money", "doc._.companies", "doc._.periods", "token.is_sent_start"],
    assigns=["doc._.claims"],
)
def make_claims(nlp: Language, name: str) -> ClaimLinker:
    return ClaimLinker(nlp, name)
