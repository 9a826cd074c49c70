"""Run the per-article function on a Dask distributed cluster.

The same :func:`pipeline.extract.analyse_article` the local runner calls is
submitted per article; each worker builds the pipeline once (cached per
process).  Results are gathered back in input order with a bounded number
of articles in flight, so the client streams rows to its writers exactly as
the local runner does and memory stays flat.  Without a scheduler address a
``LocalCluster`` on 127.0.0.1 is started and closed again.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from pipeline.extract import PipelineOptions, analyse_article, get_nlp
from pipeline.records import Article, ArticleResult, ErrorRecord


def _analyse_on_worker(article: Article, options: PipelineOptions) -> ArticleResult | ErrorRecord:
    return analyse_article(article, get_nlp(options))


def dask_results(items: Iterator[Article | ErrorRecord], options: PipelineOptions, *,
                 scheduler: str | None = None, workers: int = 1,
                 in_flight_per_worker: int = 16) -> Iterator[ArticleResult | ErrorRecord]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:  # the [dask] extra is optional
        raise ImportError("--engine dask needs the dask extra: pip install 'cijfercheck[dask]'") from error

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        limit = in_flight_per_worker * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: deque = deque()
        for item in items:
            if isinstance(item, ErrorRecord):
                pending.append(item)
            else:
                pending.append(client.submit(_analyse_on_worker, item, options, pure=False))
            while len(pending) >= limit:
                yield _resolve(pending.popleft())
        while pending:
            yield _resolve(pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _resolve(entry):
    if isinstance(entry, ErrorRecord):
        return entry
    return entry.result()
