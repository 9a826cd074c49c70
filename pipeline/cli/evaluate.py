"""``cijfercheck evaluate``: score the pipeline on a folder with gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import console, fail, progress_bar


def evaluate(
    corpus: Annotated[Path, typer.Argument(help="Folder with articles and their NAME.gold.json files.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="List every miss.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Score money, companies and claims against gold annotations (gold-format.md)."""
    from pipeline.evaluate import evaluate_corpus, find_gold

    if not corpus.is_dir():
        fail(f"{corpus} is not a folder", code=2)
    if not find_gold(corpus):
        fail(f"no *.gold.json files under {corpus}", code=1)
    with progress_bar("evaluate", quiet=quiet or as_json) as on_progress:
        scores = evaluate_corpus(corpus, on_progress=on_progress)
    if as_json:
        payload = scores.as_dict()
        if verbose:
            payload["misses"] = scores.misses
        typer.echo(json.dumps(payload, ensure_ascii=False, default=str))
        return
    _print_table(scores)
    if verbose:
        out = console(stderr=False)
        for miss in scores.misses:
            out.print(f"[dim]{miss['doc']}[/dim] {miss['kind']} {miss['error']}: "
                      f"{ {k: v for k, v in miss.items() if k not in ('doc', 'kind', 'error')} }")


def score_table(scores) -> str:
    """The scores as a Markdown table: readable in a terminal, pasteable into
    the README."""
    data = scores.as_dict()
    money, claims = data["money"], data["claims"]
    rows = [
        ("money", money, f"qualifier {money['qualifier_accuracy']:.3f}, per {money['per_accuracy']:.3f}, "
                         f"range {money['range_accuracy']:.3f}"),
        ("company mentions", data["companies"]["mention"], ""),
        ("companies per article (set)", data["companies"]["article_set"], ""),
        ("claims", claims, f"period {claims['period_accuracy']:.3f}"),
    ]
    lines = [f"{data['articles']} articles",
             "",
             "| task | P | R | F1 | tp | fp | fn | accuracy on matched pairs |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for name, counts, extra in rows:
        lines.append(f"| {name} | {counts['precision']:.3f} | {counts['recall']:.3f} | {counts['f1']:.3f} | "
                     f"{counts['tp']} | {counts['fp']} | {counts['fn']} | {extra} |")
    return "\n".join(lines)


def _print_table(scores) -> None:
    typer.echo(score_table(scores))
