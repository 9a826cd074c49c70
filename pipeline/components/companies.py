"""spaCy component ``cijfercheck_companies``: company mentions.

A thin wrapper around :func:`pipeline.companies.find_companies`: the rules
run on ``doc.text``; entities of the optional statistical backends are merged
in (``doc.ents`` of a user's spaCy pipeline with NER, ``doc.spans["hf_ner"]``
of :mod:`pipeline.components.hf_ner`).  Sets

* ``doc._.companies``: list of :class:`~pipeline.records.CompanyMention`,
  exact character offsets, the source of truth;
* ``doc.spans["companies"]``: one span per mention (the smallest token span
  covering it), each with ``span._.company`` set to its record.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.companies import find_companies, load_lexicon, merge_entities
from pipeline.components.extensions import COMPANIES_KEY, doc_text, ensure_extensions, span_for

#: span group written by pipeline.components.hf_ner
HF_NER_KEY = "hf_ner"
#: label of the spans in doc.spans["companies"]
COMPANY_LABEL = "ORG"


class CompanyFinder:
    """Find company mentions with rules, merged with model entities."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        use_ents: bool = True,
        use_hf_ner: bool = True,
        org_labels: tuple[str, ...] = ("ORG",),
        include_media: bool = False,
    ) -> None:
        ensure_extensions()
        load_lexicon()  # read the lists now, not while the first article waits
        self.name = name
        self.use_ents = use_ents
        self.use_hf_ner = use_hf_ner
        self.org_labels = frozenset(label.upper() for label in org_labels)
        self.include_media = include_media

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        mentions = find_companies(text, include_media=self.include_media)
        if self.use_ents and doc.has_annotation("ENT_IOB"):
            entities = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
            if entities:
                mentions = merge_entities(
                    text, mentions, entities, source="spacy", labels=self.org_labels
                )
        if self.use_hf_ner and HF_NER_KEY in doc.spans:
            entities = [
                (span.start_char, span.end_char, span.label_) for span in doc.spans[HF_NER_KEY]
            ]
            if entities:
                mentions = merge_entities(
                    text, mentions, entities, source="hf", labels=self.org_labels
                )
        doc._.companies = mentions
        spans = []
        for mention in mentions:
            span = span_for(doc, mention.start, mention.end, COMPANY_LABEL)
            if span is None:
                continue
            span._.company = mention
            spans.append(span)
        doc.spans[COMPANIES_KEY] = spans
        return doc


@Language.factory(
    "cijfercheck_companies",
    default_config={
        "use_ents": True,
        "use_hf_ner": True,
        "org_labels": ["ORG"],
        "include_media": False,
    },
    assigns=["doc._.companies", "doc.spans", "span._.company"],
)
def make_company_finder(
    nlp: Language,
    name: str,
    use_ents: bool,
    use_hf_ner: bool,
    org_labels: list[str],
    include_media: bool,
) -> CompanyFinder:
    """Factory: ``nlp.add_pipe("cijfercheck_companies")``.

    Parameters
    ----------
    use_ents:
        Merge ``doc.ents`` labelled as in ``org_labels`` (a spaCy pipeline
        with NER, e.g. ``nl_core_news_lg``).
    use_hf_ner:
        Merge ``doc.spans["hf_ner"]`` (the ``cijfercheck_hf_ner`` component).
    org_labels:
        Entity labels that may be companies.
    include_media:
        Also report news outlets cited as sources (optional in the gold).
    """
    return CompanyFinder(
        nlp,
        name,
        use_ents=use_ents,
        use_hf_ner=use_hf_ner,
        org_labels=tuple(org_labels),
        include_media=include_media,
    )
