"""`guidekit score`: annotators against the spec's gold, as a report."""

from __future__ import annotations

import click

from guidekit.cli.common import fail
from guidekit.errors import GuidekitError, SpecError
from guidekit.fileio import write_text_atomic
from guidekit.problem_formats import format_text
from guidekit.scoring import FORMATS, Columns, score
from guidekit.spec.loader import load_spec


@click.command("score")
@click.argument("spec", type=click.Path(dir_okay=False))
@click.argument("submissions", nargs=-1, required=True,
                type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="table",
              show_default=True, help="How to write the report.")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the report to this file instead of stdout.")
@click.option("--annotator-col", default="annotator", show_default=True,
              metavar="NAME", help="Column (or JSONL key) naming the annotator.")
@click.option("--item-col", default="item", show_default=True, metavar="NAME",
              help="Column (or JSONL key) holding the gold item id.")
@click.option("--label-col", default="label", show_default=True, metavar="NAME",
              help="Column (or JSONL key) holding the given label.")
@click.option("--lenient", is_flag=True,
              help="Skip bad rows (empty fields, broken JSON) and list each one.")
def command(spec: str, submissions: tuple[str, ...], fmt: str, output: str | None,
            annotator_col: str, item_col: str, label_col: str, lenient: bool) -> None:
    """Score annotators in SUBMISSIONS against the gold set of SPEC.

    SUBMISSIONS are CSV, TSV or JSONL files, one row per annotator per
    item, such as the answer files the quiz page saves. Labels match a
    label's value or one of its aliases. Per annotator: gold answered,
    accuracy with a Wilson 95% interval, Cohen's kappa, macro-F1, a
    verdict and flags; overall: per-label precision, recall, F1 and the
    confusion matrix. Unknown labels, items that are not gold and
    repeated rows are counted and reported.
    """
    columns = _columns(annotator_col, item_col, label_col)
    try:
        report = score(load_spec(spec), submissions, columns=columns,
                       lenient=lenient)
    except SpecError as exc:
        click.echo(format_text(exc.problems), err=True, nl=False)
        raise SystemExit(1) from None
    except GuidekitError as exc:  # a bad submission, or a task kind not scored yet
        fail(exc)
    text = FORMATS[fmt](report)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_text_atomic(output, text)
    except OSError as exc:
        fail(f"cannot write {output}: {(exc.strerror or str(exc)).lower()}")


def _columns(annotator: str, item: str, label: str) -> Columns:
    try:
        return Columns(annotator, item, label)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
