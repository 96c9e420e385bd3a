"""Placeholder until the quiz command lands."""

import click


@click.command("quiz")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")
