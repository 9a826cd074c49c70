"""``cijfercheck_periods``: reporting periods as ``doc.spans["periods"]``.

Relative expressions resolve against ``doc._.published`` (set by the caller
before the pipeline runs); see :mod:`pipeline.periods`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.extensions import PERIODS_KEY, attach_spans, doc_text, ensure_extensions
from pipeline.periods import find_periods


class PeriodFinder:
    def __init__(self, nlp: Language, name: str, *, spans_key: str = PERIODS_KEY) -> None:
        ensure_extensions()
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        amounts = [(m.start, m.end) for m in (doc._.money or [])]
        mentions = find_periods(doc_text(doc), doc._.published, exclude=amounts, sentences=doc._.sentence_spans)
        doc._.periods = mentions
        attach_spans(doc, self.spans_key, mentions, "PERIOD", "period")
        return doc


@Language.factory(
    "cijfercheck_periods",
    default_config={"spans_key": PERIODS_KEY},
    requires=["doc._.money"],
    assigns=["doc.spans", "doc._.periods"],
)
def make_periods(nlp: Language, name: str, spans_key: str) -> PeriodFinder:
    return PeriodFinder(nlp, name, spans_key=spans_key)
