"""From articles to rows: the per-article function every runner calls.

:func:`analyse_article` turns one :class:`~pipeline.records.Article` into an
:class:`~pipeline.records.ArticleResult` (claims rows, company rows, the
cleaned text).  :func:`pipeline.batch.run_batch` calls it in one process, in
a pool of workers or on a Dask cluster.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from pipeline.clean import clean_text
from pipeline.components.extensions import remember_text
from pipeline.records import Article, ArticleResult, ErrorRecord


@dataclass(frozen=True)
class PipelineOptions:
    """What :func:`pipeline.nlp.build_nlp` needs; picklable for workers."""

    spacy_model: str | None = None
    hf_ner: str | None = None
    device: str = "cpu"


_NLP_CACHE: dict[PipelineOptions, object] = {}


def get_nlp(options: PipelineOptions):
    """The pipeline for ``options``, built once per process."""
    nlp = _NLP_CACHE.get(options)
    if nlp is None:
        from pipeline.nlp import build_nlp

        nlp = build_nlp(spacy_model=options.spacy_model, hf_ner=options.hf_ner, device=options.device)
        _NLP_CACHE[options] = nlp
    return nlp


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def count_words(doc) -> int:
    """Tokens that are neither space nor punctuation (array ops, no Python loop)."""
    from spacy.attrs import IS_PUNCT, IS_SPACE

    if not len(doc):
        return 0
    flags = doc.to_array([IS_SPACE, IS_PUNCT])
    return int(len(doc) - (flags.max(axis=1) > 0).sum())


def with_headline(text: str, title: str) -> str:
    """The article as a reader sees it: a headline kept apart from the body
    (an HTML page's <h1>, a JSON record's "title") opens it as its own
    paragraph, unless the body already starts with it.  Headlines state
    figures too ("Lexwerk haalt 42 miljoen euro op"); offsets in the output
    refer to this text."""
    headline = clean_text(title) if title else ""
    if not headline or not text:
        return text
    if text[:len(headline) + 10].lstrip("#* \n").casefold().startswith(headline.casefold()):
        return text
    # the body's own paragraph break: a blank line only where the body has
    # them (a single newline elsewhere would make the body one paragraph)
    separator = "\n\n" if "\n\n" in text else "\n"
    return f"{headline}{separator}{text}"


def analyse_article(article: Article, nlp) -> ArticleResult | ErrorRecord:
    """Clean, run the pipeline, and collect the rows of one article."""
    text = with_headline(clean_text(article.raw), article.title)
    if not text:
        return ErrorRecord(article.doc_id, "clean", "no text left after cleaning")
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    doc._.doc_id = article.doc_id
    doc._.published = article.published
    try:
        for _, component in nlp.pipeline:
            doc = component(doc)
    except Exception as error:  # one article's failure must not stop the batch
        return ErrorRecord(article.doc_id, "extract", f"{type(error).__name__}: {error}")
    published = article.published.isoformat() if article.published else ""
    companies = [
        {"doc_id": article.doc_id, "start": m.start, "end": m.end, "text": m.text,
         "name": m.name, "id": m.id, "source": m.source}
        for m in (doc._.companies or [])
    ]
    return ArticleResult(
        doc_id=article.doc_id,
        claims=list(doc._.claims or []),
        companies=companies,
        money=list(doc._.money or []),
        text=text,
        words=count_words(doc),
        published=published,
    )


@dataclass
class Summary:
    """What a run did, for the closing summary and ``--json``."""

    articles: int = 0
    amounts: int = 0
    companies: int = 0
    claims: int = 0
    failures: int = 0
    skipped: int = 0
    words: int = 0
    seconds: float = 0.0
    errors: list[ErrorRecord] = field(default_factory=list)

    def add(self, result: ArticleResult) -> None:
        self.articles += 1
        self.amounts += len(result.money)
        self.companies += len(result.companies)
        self.claims += len(result.claims)
        self.words += result.words

    def as_dict(self) -> dict:
        return {
            "articles": self.articles, "amounts": self.amounts, "companies": self.companies,
            "claims": self.claims, "failures": self.failures, "skipped": self.skipped,
            "words": self.words, "seconds": round(self.seconds, 3),
        }
