"""Placeholder until the render command lands."""

import click


@click.command("render")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")
