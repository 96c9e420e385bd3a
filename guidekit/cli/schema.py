"""`guidekit schema`: print the JSON Schema of the spec file."""

from __future__ import annotations

import click

from guidekit.cli.common import fail
from guidekit.fileio import write_text_atomic
from guidekit.spec.schema import spec_schema_text


@click.command("schema")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write to this file instead of stdout.")
def command(output: str | None) -> None:
    """Print the JSON Schema of guidekit/v1 specs, for editors and tools.

    Point yaml-language-server at it with a first line such as
    `# yaml-language-server: $schema=guidekit.schema.json`.
    """
    text = spec_schema_text()
    if output:
        try:
            write_text_atomic(output, text)
        except OSError as exc:
            fail(f"cannot write '{output}': {exc.strerror or exc}")
    else:
        click.echo(text, nl=False)
