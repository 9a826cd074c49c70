"""Console helpers shared by the commands: progress bars and messages.

The library reports progress through a callback; only this layer knows rich.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def console(*, stderr: bool = True) -> Console:
    return Console(stderr=stderr, highlight=False)


@contextmanager
def progress_bar(description: str, *, quiet: bool):
    """Yield ``on_progress(done, total, label)`` driving a rich bar on stderr."""
    if quiet:
        yield None
        return
    bar = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[label]}", style="dim"), TimeElapsedColumn(),
        console=console(), transient=not sys.stderr.isatty(),
    )
    task = bar.add_task(description, total=None, label="")
    with bar:
        def on_progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, label=label[-40:])

        yield on_progress


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error for a user's mistake and exit (no traceback)."""
    import typer

    console().print(f"[red]error:[/red] {message}", soft_wrap=True)
    raise typer.Exit(code)
