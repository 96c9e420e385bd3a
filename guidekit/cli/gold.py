"""Placeholder until the gold command lands."""

import click


@click.command("gold")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")
