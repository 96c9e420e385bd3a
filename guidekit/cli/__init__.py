"""The `guidekit` command: a thin layer over the library.

Exit codes: 0 clean, 1 problems found, 2 usage error.
"""

from __future__ import annotations

import click

from guidekit import __version__
from guidekit.cli import gold, quiz, render, schema, score, validate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="guidekit")
def main() -> None:
    """Labeling guidelines as code: validate, render, quiz and score.

    A guideline is one versioned YAML spec: labels, rules, examples and a
    hidden gold set. Start with `guidekit validate SPEC`.
    """


for command in (validate.command, render.command, quiz.command, score.command,
                schema.command, gold.command):
    main.add_command(command)
