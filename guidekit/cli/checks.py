"""`guidekit checks`: list every problem code with its level and doc."""

from __future__ import annotations

import click

from guidekit.fileio import write_text_atomic
from guidekit.spec.checks.reference import FORMATS, entries


@click.command("checks")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)),
              default="text", show_default=True,
              help="text: one line per code; markdown: the reference page.")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write to this file instead of stdout.")
def command(fmt: str, output: str | None) -> None:
    """List every problem code: meaning checks, then loader and schema codes.

    A spec's `lint:` table can set a meaning check to error, warning or off.
    `guidekit checks --format markdown -o docs/checks.md` writes the
    reference page.
    """
    text = FORMATS[fmt](entries())
    if output:
        write_text_atomic(output, text)
    else:
        click.echo(text, nl=False)
