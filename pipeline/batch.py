"""Run the per-article function over many articles and stream the rows out.

One runner, three ways of calling :func:`pipeline.extract.analyse_article`:
in this process, in a pool of worker processes (``workers > 1``), or on a
Dask cluster (``engine="dask"``).  Rows are written as articles finish, in
input order, through atomic :class:`~pipeline.io.TableWriter` s; ``resume``
skips articles already in the output (same doc_id and content hash).
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.extract import PipelineOptions, Summary, analyse_article, content_hash, get_nlp
from pipeline.ingest import DEFAULT_MAX_BYTES, find_sources, read_source
from pipeline.io import PartitionedWriter, TableWriter, partial_path, truncate_partial
from pipeline.records import (
    CLAIM_COLUMNS, COMPANY_COLUMNS, ERROR_COLUMNS, Article, ArticleResult, ErrorRecord,
)

#: the manifest beside the claims table: one row per finished article, with
#: the sizes of the CSV/JSONL tables after it, so that --resume knows what
#: was done (articles without amounts included) and where to cut a table
#: that an interruption left mid-article
MANIFEST_COLUMNS = ["doc_id", "content_hash", "claims", "claims_bytes", "companies_bytes"]


def manifest_path(claims: Path) -> Path:
    return claims.with_name(claims.name + ".done.csv")


def _read_manifest(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    # a line cut off by a kill has no newline yet: it does not count
    complete = text[:text.rfind("\n") + 1] if "\n" in text else ""
    return list(csv.DictReader(complete.splitlines()))


def _recover(outputs: "Outputs") -> set[tuple[str, str]]:
    """What an earlier run finished, and the partial tables cut back to it.

    A run that was interrupted left ``claims.csv.part`` (and its manifest
    ``.part``): the articles in the manifest are done; rows written after the
    last manifest entry belong to an unfinished article and are cut off.  A
    run that finished left the final tables: all their articles are done.
    """
    manifest = manifest_path(outputs.claims)
    partial_manifest = partial_path(manifest)
    if partial_manifest.exists() and partial_path(outputs.claims).exists():
        rows = _read_manifest(partial_manifest)
        claims_size = int(rows[-1]["claims_bytes"]) if rows else None
        companies_size = int(rows[-1]["companies_bytes"]) if rows else None
        if rows and outputs.companies and not partial_path(outputs.companies).exists():
            companies_size = None
        if claims_size is None:
            # nothing finished: start over
            for path in (outputs.claims, outputs.companies, manifest):
                if path:
                    partial_path(path).unlink(missing_ok=True)
            return set()
        truncate_partial(outputs.claims, claims_size)
        if outputs.companies and companies_size is not None:
            truncate_partial(outputs.companies, companies_size)
        with open(partial_manifest, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=MANIFEST_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        return {(row["doc_id"], row["content_hash"]) for row in rows}
    if partial_manifest.exists() and outputs.claims.exists():
        # killed after the tables were renamed into place, before the
        # manifest was: the run had finished
        partial_manifest.replace(manifest)
    if manifest.exists() and outputs.claims.exists():
        return {(row["doc_id"], row["content_hash"]) for row in _read_manifest(manifest)}
    return set()


ProgressCallback = Callable[[int, int, str], None]
"""``on_progress(done, total, doc_id)``: called after every source file."""


@dataclass
class Outputs:
    """Where a run writes: claims (required), companies and errors tables,
    their format, and a folder for the cleaned texts."""

    claims: Path
    companies: Path | None = None
    errors: Path | None = None
    fmt: str | None = None
    dump_text: Path | None = None
    partition_size: int | None = None  # articles per part file; claims/companies are then folders


def _work(item: tuple[PipelineOptions, Article]) -> ArticleResult | ErrorRecord:
    options, article = item
    return analyse_article(article, get_nlp(options))


def iter_articles(paths: Iterable[Path | str], *, max_bytes: int,
                  on_source: Callable[[str], None] | None = None
                  ) -> tuple[int, Iterator[Article | ErrorRecord]]:
    """The number of source files, and their articles (errors interleaved)."""
    sources, missing = find_sources(paths)

    def generate():
        yield from missing
        for source in sources:
            yield from read_source(source, max_bytes=max_bytes)
            if on_source:
                on_source(source.doc_id)

    return len(sources), generate()


def run_batch(
    paths: Iterable[Path | str],
    outputs: Outputs,
    *,
    options: PipelineOptions = PipelineOptions(),
    workers: int = 1,
    resume: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_progress: ProgressCallback | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> Summary:
    """Extract claims from every article under ``paths`` into ``outputs``."""
    started = time.perf_counter()
    summary = Summary()
    done_sources = 0

    def source_finished(doc_id: str) -> None:
        nonlocal done_sources
        done_sources += 1
        if on_progress:
            on_progress(done_sources, total_sources, doc_id)

    total_sources, articles = iter_articles(paths, max_bytes=max_bytes, on_source=source_finished)
    already = _recover(outputs) if resume else set()
    done_ids = {doc_id for doc_id, _ in already}

    if outputs.partition_size:
        if resume:
            raise ValueError("--resume cannot continue a partitioned output; run without --partition-size")
        # -o and --companies name folders of part files
        claims_out = PartitionedWriter(outputs.claims, "claims", CLAIM_COLUMNS, fmt=outputs.fmt,
                                       articles_per_part=outputs.partition_size)
        companies_out = (PartitionedWriter(outputs.companies, "companies", COMPANY_COLUMNS, fmt=outputs.fmt,
                                           articles_per_part=outputs.partition_size)
                         if outputs.companies else None)
    else:
        claims_out = TableWriter(outputs.claims, CLAIM_COLUMNS, fmt=outputs.fmt, append=resume, keep_partial=True)
        companies_out = (TableWriter(outputs.companies, COMPANY_COLUMNS, fmt=outputs.fmt, append=resume,
                                     keep_partial=True)
                         if outputs.companies else None)
    manifest_out = TableWriter(manifest_path(outputs.claims), MANIFEST_COLUMNS, fmt="csv", append=resume,
                               keep_partial=True)
    errors_out = TableWriter(outputs.errors, ERROR_COLUMNS, fmt=outputs.fmt) if outputs.errors else None
    # the manifest closes last: a run killed between two renames leaves a
    # manifest that undercounts, never one that claims unwritten rows
    writers = [w for w in (claims_out, companies_out, errors_out, manifest_out) if w is not None]
    hashes: dict[str, str] = {}

    def pending() -> Iterator[Article | ErrorRecord]:
        for item in articles:
            if isinstance(item, Article):
                digest = content_hash(item.raw)
                hashes[item.doc_id] = digest
                if resume and (item.doc_id, digest) in already:
                    summary.skipped += 1
                    continue
                if resume and item.doc_id in done_ids:
                    # the article changed since the last run: its old rows stay
                    # (a table is only ever appended to) and it is reported
                    summary.errors.append(ErrorRecord(item.doc_id, "resume",
                                                      "article changed since the last run; re-run without --resume"))
                    continue
            yield item

    try:
        for outcome in _results(pending(), options, workers, engine, scheduler):
            if isinstance(outcome, ErrorRecord):
                summary.failures += 1
                summary.errors.append(outcome)
                if errors_out:
                    errors_out.write({"doc_id": outcome.doc_id, "stage": outcome.stage, "reason": outcome.reason})
                continue
            summary.add(outcome)
            digest = hashes.pop(outcome.doc_id, "")
            if outputs.partition_size:
                claims_out.start_article()
                if companies_out:
                    companies_out.start_article()
            claims_out.write_many(claim.to_row() for claim in outcome.claims)
            if companies_out:
                companies_out.write_many(outcome.companies)
            # the manifest row goes last and records where the tables end:
            # an article is done only once its rows are on disk
            manifest_out.write({"doc_id": outcome.doc_id, "content_hash": digest,
                                "claims": len(outcome.claims), "claims_bytes": claims_out.tell(),
                                "companies_bytes": companies_out.tell() if companies_out else 0})
            manifest_out.flush()
            if outputs.dump_text:
                _dump_text(outputs.dump_text, outcome)
        for error in summary.errors:
            if error.stage == "resume" and errors_out:
                errors_out.write({"doc_id": error.doc_id, "stage": error.stage, "reason": error.reason})
    except BaseException:
        for writer in writers:
            writer.abort()
        raise
    for writer in writers:
        writer.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _dump_text(folder: Path, result: ArticleResult) -> None:
    target = folder / (result.doc_id.replace("#", "__") + ".txt")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(result.text, encoding="utf-8")


def _results(items: Iterator[Article | ErrorRecord], options: PipelineOptions, workers: int,
             engine: str, scheduler: str | None) -> Iterator[ArticleResult | ErrorRecord]:
    """Outcomes in input order, whichever way the work is spread."""
    if engine == "dask":
        from pipeline.distributed import dask_results

        yield from dask_results(items, options, scheduler=scheduler, workers=workers)
        return
    if workers <= 1:
        nlp = get_nlp(options)
        for item in items:
            yield item if isinstance(item, ErrorRecord) else analyse_article(item, nlp)
        return
    import multiprocessing

    context = multiprocessing.get_context("spawn" if options.hf_ner else "fork")
    with context.Pool(workers) as pool:
        work = ((options, item) if isinstance(item, Article) else (None, item) for item in items)
        for outcome in pool.imap(_work_or_pass, work, chunksize=8):
            yield outcome


def _work_or_pass(item):
    options, payload = item
    if isinstance(payload, ErrorRecord):
        return payload
    return _work((options, payload))
