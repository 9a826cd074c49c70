"""The typer application: one module per command, wired together here."""

from __future__ import annotations

import typer

from pipeline.cli import check as check_command
from pipeline.cli import evaluate as evaluate_command
from pipeline.cli import extract as extract_command

app = typer.Typer(
    name="cijfercheck",
    help="Extract, map and check financial claims in Dutch articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(extract_command.extract)
app.command("check")(check_command.check)
app.command("evaluate")(evaluate_command.evaluate)


def main() -> None:
    app()
