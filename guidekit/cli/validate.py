"""`guidekit validate`: check specs and print problems."""

from __future__ import annotations

import sys
from functools import lru_cache

import click

from guidekit.problem_formats import FORMATTERS, format_text_with_source
from guidekit.problems import Problem, has_errors
from guidekit.spec.validate import validate_specs


@click.command("validate")
@click.argument("specs", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATTERS)),
              default="text", show_default=True, help="How to print problems.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def command(specs: tuple[str, ...], fmt: str, strict: bool) -> None:
    """Check guideline specs: YAML, schema and meaning.

    Prints every problem as `path:line:col: level: message (code)`.
    Exits 0 when clean, 1 when any error is found (or any warning, with
    --strict).
    """
    problems = validate_specs(specs)
    click.echo(_render(problems, fmt), nl=False)
    failing = has_errors(problems) or (strict and bool(problems))
    if fmt == "text" and sys.stderr.isatty():
        click.echo(_summary(problems, len(specs)), err=True)
    raise SystemExit(1 if failing else 0)


def _render(problems: list[Problem], fmt: str) -> str:
    if fmt == "text" and sys.stdout.isatty():
        return format_text_with_source(problems, _source_line)
    return FORMATTERS[fmt](problems)


def _summary(problems: list[Problem], files: int) -> str:
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    return f"{files} spec(s): {errors} error(s), {warnings} warning(s)"


@lru_cache(maxsize=64)
def _lines(path: str) -> tuple[str, ...]:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return tuple(handle.read().splitlines())
    except OSError:
        return ()


def _source_line(path: str, line: int) -> str | None:
    lines = _lines(path)
    return lines[line - 1] if 0 < line <= len(lines) else None
