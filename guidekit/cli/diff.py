"""`guidekit diff`: what changed between two versions of a spec."""

from __future__ import annotations

import click

from guidekit.cli.common import fail
from guidekit.errors import GuidekitError, SpecError
from guidekit.problem_formats import format_text
from guidekit.spec.diff import diff_sources
from guidekit.spec.diff_formats import FORMATTERS


@click.command("diff")
@click.argument("old")
@click.argument("new")
@click.option("--format", "fmt", type=click.Choice(list(FORMATTERS)),
              default="text", show_default=True,
              help="text for a terminal, markdown for a pull-request comment, json.")
def command(old: str, new: str, fmt: str) -> None:
    """Show what changed from OLD to NEW and the version bump it needs.

    Each side is a spec file or REV:path, the file as it was at a git
    revision, such as HEAD~1:specs/triage/guideline.yaml (the path is
    relative to the current folder; side files come from the same
    revision). Each change is classed major, minor or patch. Exits 0
    whatever changed, 1 when a side cannot be read.
    """
    try:
        result = diff_sources(old, new)
    except SpecError as exc:
        click.echo(format_text(exc.problems), err=True, nl=False)
        raise SystemExit(1) from None
    except GuidekitError as exc:
        fail(exc)
    click.echo(FORMATTERS[fmt](result), nl=False)
