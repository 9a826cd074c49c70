"""``cijfercheck extract``: articles in, claims.csv / companies.csv out."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli.common import console, fail, progress_bar
from pipeline.ingest import DEFAULT_MAX_BYTES


def extract(
    articles: Annotated[list[Path], typer.Argument(help="Article files or folders (walked recursively).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The claims table to write.")] = Path("claims.csv"),
    companies: Annotated[Optional[Path], typer.Option("--companies", help="Also write company mentions here.")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write failed files here (doc_id, stage, reason).")] = None,
    table_format: Annotated[Optional[str], typer.Option("--format", help="csv, jsonl or parquet (default: from the file suffix, else csv).")] = None,
    dump_text: Annotated[Optional[Path], typer.Option("--dump-text", help="Write each article's cleaned text (what offsets refer to) into this folder.")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Skip (and report) files larger than this.")] = DEFAULT_MAX_BYTES,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes (identical output).")] = 1,
    resume: Annotated[bool, typer.Option("--resume", help="Skip articles already in the output; append the rest.")] = False,
    partition_size: Annotated[Optional[int], typer.Option("--partition-size", min=1, help="Write -o and --companies as folders of part files of this many articles each.")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local, or dask for a Dask cluster.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (default: a LocalCluster).")] = None,
    spacy_model: Annotated[Optional[str], typer.Option("--spacy-model", help="Name or path of a spaCy pipeline whose NER/parser is merged with the rules.")] = None,
    hf_ner: Annotated[Optional[str], typer.Option("--hf-ner", help="Path or name of a Hugging Face token-classification model (needs the transformers extra).")] = None,
    device: Annotated[str, typer.Option("--device", help="cpu, cuda or cuda:N for --hf-ner.")] = "cpu",
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON on stdout.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary table.")] = False,
) -> None:
    """Extract monetary amounts, companies and claims from Dutch articles."""
    from pipeline.batch import Outputs, run_batch
    from pipeline.extract import PipelineOptions
    from pipeline.io import FORMATS

    if table_format is not None and table_format not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {table_format!r}", code=2)
    if engine not in ("local", "dask"):
        fail(f"--engine must be local or dask, not {engine!r}", code=2)
    if spacy_model is None and hf_ner is None and device != "cpu":
        fail("--device only applies to --hf-ner", code=2)
    if partition_size and resume:
        fail("--resume cannot continue a partitioned output (--partition-size)", code=2)
    outputs = Outputs(claims=output, companies=companies, errors=errors, fmt=table_format,
                      dump_text=dump_text, partition_size=partition_size)
    options = PipelineOptions(spacy_model=spacy_model, hf_ner=hf_ner, device=device)
    try:
        with progress_bar("extract", quiet=quiet or as_json) as on_progress:
            summary = run_batch(articles, outputs, options=options, workers=workers, resume=resume,
                                max_bytes=max_bytes, on_progress=on_progress, engine=engine,
                                scheduler=scheduler)
    except (OSError, ImportError, ValueError) as error:
        # a model path that does not exist, a missing extra, an unwritable output
        fail(str(error), code=1)
    except KeyboardInterrupt:
        fail(f"interrupted; {output} was not replaced. Run the same command with --resume to continue.",
             code=130)
    if as_json:
        typer.echo(json.dumps({**summary.as_dict(), "errors": [asdict(e) for e in summary.errors]},
                              ensure_ascii=False))
    elif not quiet:
        _print_summary(summary, output)
    raise typer.Exit(1 if summary.failures else 0)


def _print_summary(summary, output: Path) -> None:
    from rich.table import Table

    out = console()
    table = Table(title="cijfercheck extract", show_header=True)
    for column in ("articles", "amounts", "companies", "claims", "failures", "skipped", "seconds"):
        table.add_column(column, justify="right")
    values = summary.as_dict()
    table.add_row(*(str(values[c]) for c in ("articles", "amounts", "companies", "claims", "failures", "skipped", "seconds")))
    out.print(table)
    for error in summary.errors:
        out.print(f"[yellow]{error.stage}[/yellow] {error.doc_id}: {error.reason}")
    out.print(f"claims written to {output}")
