"""`guidekit init`: write a commented starter spec that validates."""

from __future__ import annotations

import click

from guidekit.cli.common import fail
from guidekit.spec.init import DEFAULT_NAME, InitError, write_starter


@click.command("init")
@click.argument("path", default=DEFAULT_NAME, required=False,
                type=click.Path(file_okay=True, dir_okay=True))
@click.option("--id", "spec_id", metavar="ID",
              help="The guideline's slug [default: from the folder's name].")
@click.option("--title", metavar="TEXT",
              help="The guideline's title [default: from the id].")
@click.option("--force", is_flag=True, help="Replace files that already exist.")
def command(path: str, spec_id: str | None, title: str | None, force: bool) -> None:
    """Write a starter spec at PATH (default ./guideline.yaml).

    Also writes guidekit.schema.json beside it: the spec's first line
    points a YAML-aware editor at that file, so it checks and completes
    the spec as you type, offline. Refuses to replace existing files
    unless --force is given. Run `guidekit validate PATH` next.
    """
    try:
        written = write_starter(path, spec_id=spec_id, title=title, force=force)
    except InitError as exc:
        fail(exc)
        return
    except OSError as exc:
        fail(f"cannot write '{path}': {(exc.strerror or str(exc)).lower()}")
        return
    for target in written:
        click.echo(f"wrote {target}")
