"""``cijfercheck check``: claims.csv + reported financials in, checked.csv out."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import console, fail


def check(
    claims: Annotated[Path, typer.Argument(
        help="The claims table (CSV, JSONL or Parquet) written by extract, or by hand.")],
    more_financials: Annotated[list[Path] | None, typer.Argument(
        help="More financials files, so that '--financials a.json b.csv' works as typed.",
        show_default=False)] = None,
    financials: Annotated[list[Path], typer.Option(
        "--financials", "-f",
        help="Reported financials: tidy CSV, SEC companyfacts JSON or xBRL-JSON, or a folder "
             "of them. Repeat for more.")] = ...,
    output: Annotated[Path, typer.Option(
        "-o", "--output", help="The checked table to write.")] = Path("checked.csv"),
    table_format: Annotated[str | None, typer.Option(
        "--format",
        help="csv, jsonl or parquet (default: from the file suffix, else csv).")] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the summary and every checked row as JSON on stdout.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary table.")] = False,
) -> None:
    """Hold every claim against reported figures: supported, contradicted or unverifiable."""
    from pipeline.check import (
        ClaimsError,
        check_claims,
        checked_row,
        claim_from_row,
        output_columns,
        read_claim_rows,
        summarise,
    )
    from pipeline.financials import FinancialsError, load_financials
    from pipeline.io import FORMATS, write_table

    if table_format is not None and table_format not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {table_format!r}", code=2)
    try:
        rows, columns = read_claim_rows(claims)
        parsed = [claim_from_row(row, where=f"{claims}, row {number}")
                  for number, row in enumerate(rows, 1)]
        figures = load_financials([*financials, *(more_financials or [])])
    except (ClaimsError, FinancialsError) as error:
        fail(str(error), code=1)

    verdicts = check_claims(parsed, figures)
    checked = [checked_row(row, verdict) for row, verdict in zip(rows, verdicts, strict=True)]
    table_columns = output_columns(columns)
    try:
        write_table(output, checked, table_columns, fmt=table_format)
    except OSError as error:
        fail(f"{output}: cannot write ({error.strerror or error})", code=1)

    summary = summarise(verdicts)
    if as_json:
        records = [{column: _json_value(row.get(column)) for column in table_columns}
                   for row in checked]
        typer.echo(json.dumps({"summary": summary, "output": str(output), "figures": len(figures),
                               "verdicts": records}, ensure_ascii=False))
    elif not quiet:
        _print_summary(summary, output=output, figures=len(figures))


def _json_value(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _print_summary(summary: dict[str, int], *, output: Path, figures: int) -> None:
    from rich.table import Table

    from pipeline.check import VERDICTS

    styles = {"supported": "green", "contradicted": "red", "unverifiable": "yellow"}
    total = summary["total"]
    table = Table(title="cijfercheck check")
    table.add_column("verdict")
    table.add_column("claims", justify="right")
    table.add_column("share", justify="right")
    for verdict in VERDICTS:
        count = summary[verdict]
        share = f"{count / total:.0%}" if total else "-"
        table.add_row(f"[{styles[verdict]}]{verdict}[/]", str(count), share,
                      end_section=verdict == VERDICTS[-1])
    table.add_row("[bold]total[/]", f"[bold]{total}[/]", "")
    out = console()
    out.print(table)
    out.print(f"{total} claims held against {figures} reported figures; written to {output}")
