"""Small helpers shared by the command modules."""

from __future__ import annotations

import os
import sys

import click

from guidekit.errors import GuidekitError


def use_colour(stream: object = None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set."""
    target = stream or sys.stdout
    return not os.environ.get("NO_COLOR") and bool(
        getattr(target, "isatty", lambda: False)()
    )


def fail(error: GuidekitError | str, code: int = 1) -> None:
    """Print a tool failure on stderr and exit with `code`."""
    click.echo(f"guidekit: error: {error}", err=True)
    raise SystemExit(code)
