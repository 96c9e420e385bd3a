"""Placeholder until the score command lands."""

import click


@click.command("score")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")
