"""The `guidekit` command: a thin layer over the library.

Exit codes: 0 clean, 1 problems found, 2 usage error. Subcommands are
imported only when run, so `guidekit validate` does not pay for Jinja2 or
the scoring code.
"""

from __future__ import annotations

import importlib

import click

from guidekit import __version__

COMMANDS = {
    "validate": "guidekit.cli.validate",
    "render": "guidekit.cli.render",
    "quiz": "guidekit.cli.quiz",
    "score": "guidekit.cli.score",
    "gold": "guidekit.cli.gold",
    "schema": "guidekit.cli.schema",
    "init": "guidekit.cli.init",
    "diff": "guidekit.cli.diff",
    "checks": "guidekit.cli.checks",
    "export": "guidekit.cli.export",
}


class LazyGroup(click.Group):
    """A group whose subcommands live in modules named in COMMANDS."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMANDS.get(cmd_name)
        if module is None:
            return None
        command: click.Command = importlib.import_module(module).command
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="guidekit")
def main() -> None:
    """Labeling guidelines as code: validate, render, quiz and score.

    A guideline is one versioned YAML spec: labels, rules, examples and a
    hidden gold set. Start with `guidekit validate SPEC`.
    """
