"""``cijfercheck_money``: monetary amounts as ``doc.spans["money"]``.

The finding and parsing is :func:`pipeline.amounts.find_amounts`, a pure
function over the text; this component only attaches its results to the Doc:
``doc._.money`` holds the :class:`~pipeline.records.MoneyMention` records
(exact offsets), ``doc.spans["money"]`` the token spans with ``span._.amount``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.amounts import find_amounts, grammar
from pipeline.components.extensions import MONEY_KEY, attach_spans, doc_text, ensure_extensions


class MoneyFinder:
    def __init__(self, nlp: Language, name: str, *, spans_key: str = MONEY_KEY) -> None:
        ensure_extensions()
        grammar()  # compile the grammar once, at pipeline build time
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_amounts(doc_text(doc))
        doc._.money = mentions
        attach_spans(doc, self.spans_key, mentions, "MONEY", "amount", lambda m: m.amount)
        return doc


@Language.factory(
    "cijfercheck_money",
    default_config={"spans_key": MONEY_KEY},
    assigns=["doc.spans", "doc._.money"],
)
def make_money(nlp: Language, name: str, spans_key: str) -> MoneyFinder:
    return MoneyFinder(nlp, name, spans_key=spans_key)
