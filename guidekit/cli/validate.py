"""`guidekit validate`: check specs and print problems."""

from __future__ import annotations

import sys
from functools import lru_cache

import click

from guidekit.cli.common import fail
from guidekit.problem_formats import FORMATTERS, format_text_with_source
from guidekit.problems import Problem, has_errors
from guidekit.spec.discover import find_specs
from guidekit.spec.gitread import RevisionError
from guidekit.spec.validate import validate_specs
from guidekit.spec.version_check import validate_against


@click.command("validate")
@click.argument("specs", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--all", "folders", metavar="DIR", multiple=True,
              type=click.Path(exists=True, file_okay=False),
              help="Also check every guideline.yaml / guideline.yml under DIR "
              "(dot folders skipped); repeatable.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATTERS)),
              default="text", show_default=True, help="How to print problems.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--against", metavar="REV",
              help="Also check the version bump against each spec at git "
              "revision REV (such as HEAD~1 or main).")
def command(specs: tuple[str, ...], folders: tuple[str, ...], fmt: str,
            strict: bool, against: str | None) -> None:
    """Check guideline specs: YAML, schema and meaning.

    Prints every problem as `path:line:col: level: message (code)`.
    Exits 0 when clean, 1 when any error is found (or any warning, with
    --strict). With --against, the version must have moved as far as
    the changes since REV need (see `guidekit diff`).
    """
    specs = _with_found(specs, folders)
    try:
        problems = (validate_specs(specs) if against is None
                    else validate_against(specs, against))
    except RevisionError as exc:
        fail(exc)
        return
    click.echo(_render(problems, fmt), nl=False)
    failing = has_errors(problems) or (strict and bool(problems))
    if fmt == "text" and sys.stderr.isatty():
        click.echo(_summary(problems, len(specs)), err=True)
    raise SystemExit(1 if failing else 0)


def _with_found(specs: tuple[str, ...], folders: tuple[str, ...]) -> tuple[str, ...]:
    if not specs and not folders:
        raise click.UsageError("give at least one spec, or --all DIR")
    found = [str(p) for folder in folders for p in find_specs(folder)]
    return tuple(dict.fromkeys([*specs, *found]))


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
            # lines as editors count them: not at U+2028 and the like
            return tuple(handle.read().split("\n"))
    except OSError:
        return ()


def _source_line(path: str, line: int) -> str | None:
    lines = _lines(path)
    return lines[line - 1] if 0 < line <= len(lines) else None
