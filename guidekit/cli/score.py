"""`guidekit score`: annotators against the spec's gold, as a report.

What only some runs need (--check, -o, the problems of a bad spec) is
imported when it is used.
"""

from __future__ import annotations

from pathlib import Path

import click

from guidekit.cli.common import fail
from guidekit.cli.paths import inputs_of, refuse_clobbering
from guidekit.cli.score_progress import reading_bar
from guidekit.errors import GuidekitError, SpecError
from guidekit.scoring import FORMATS, Columns, ScoreReport, score
from guidekit.scoring.columns import INPUT_FORMATS
from guidekit.spec.collector import collector_spared
from guidekit.spec.loader import LoadedSpec, load_spec
from guidekit.surrogates import os_text, surrogate_in


@click.command("score")
@click.argument("spec", type=click.Path(dir_okay=False))
@click.argument("submissions", nargs=-1, required=True,
                type=click.Path())
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
@click.option("--input-format", type=click.Choice(list(INPUT_FORMATS)),
              default="auto", show_default=True,
              help="What the submissions are: long rows, or a Label Studio JSON "
              "export, Prodigy JSONL or MTurk batch results CSV. auto: .json is "
              "Label Studio; a .csv header with WorkerId and Answer.* is MTurk; "
              "JSONL whose first line has answer and _input_hash (or another "
              "_ key Prodigy writes) is Prodigy; else long. For the tools, "
              "--item-col, --label-col and --annotator-col name the tool's "
              "fields (see `guidekit.scoring.labelstudio`, `.prodigy`, `.mturk`).")
@click.option("--lenient", is_flag=True,
              help="Skip bad rows (empty fields, broken JSON) and list each one.")
@click.option("--check", is_flag=True,
              help="Exit 1 when an annotator fails, the pooled accuracy or kappa "
              "misses the spec's pass threshold, or no annotator answered enough "
              "gold to be judged; the report is written all the same. Borderline "
              "and not-enough-gold annotators alone do not fail the check.")
@click.option("--honeypots", type=click.Path(dir_okay=False),
              metavar="MAPPING.json", help="Score a batch mixed by `guidekit "
              "gold mix`: answers to its honeypots are scored against their gold "
              "items, answers to its other rows count as not gold.")
@click.option("--quiz-key", "quiz_keys", multiple=True,
              type=click.Path(dir_okay=False), metavar="KEY.json",
              help="Score answers to a quiz: its key.json maps the quiz's "
              "question ids to gold items. Repeat for several quizzes (forms).")
def command(spec: str, submissions: tuple[str, ...], fmt: str, output: str | None,
            annotator_col: str, item_col: str, label_col: str, input_format: str,
            lenient: bool, check: bool,
            honeypots: str | None, quiz_keys: tuple[str, ...]) -> None:
    """Score annotators in SUBMISSIONS against the gold set of SPEC.

    SUBMISSIONS are CSV, TSV or JSONL files, one row per annotator per
    item, such as the answer files the quiz page saves, or a Label
    Studio JSON export, a Prodigy JSONL stream or an MTurk batch results
    CSV (see --input-format). Labels match a
    label's value or one of its aliases. Per annotator: gold answered,
    accuracy with a Wilson 95% interval, Cohen's kappa, macro-F1, a
    verdict and flags; overall: per-label precision, recall, F1 and the
    confusion matrix. Unknown labels, items that are not gold and
    repeated rows are counted and reported.
    """
    columns = _columns(annotator_col, item_col, label_col, input_format)
    _refuse_not_utf8([spec, *submissions, honeypots, *quiz_keys],
                     {"--annotator-col": annotator_col, "--item-col": item_col,
                      "--label-col": label_col})
    _refuse_repeats(submissions)
    refuse_clobbering({"-o": output}, {"the spec": spec, "the honeypot mapping":
                                       honeypots, **inputs_of("submission file",
                                                              submissions),
                                       **inputs_of("the quiz key", quiz_keys)})
    if honeypots is not None and quiz_keys:
        raise click.UsageError("give --honeypots or --quiz-key, not both")
    try:
        with reading_bar(submissions) as progress:
            loaded = _loaded(spec, honeypots, quiz_keys)
            with collector_spared():  # the read makes many objects; these wait
                report = score(loaded, submissions, columns=columns,
                               lenient=lenient, progress=progress)
    except SpecError as exc:
        from guidekit.problem_formats import format_text

        click.echo(format_text(exc.problems), err=True, nl=False)
        raise SystemExit(1) from None
    except GuidekitError as exc:  # a bad submission, or a task kind not scored yet
        fail(exc)
    _hint_quiz_key(report, keyed=bool(quiz_keys) or honeypots is not None)
    text = FORMATS[fmt](report)
    if output is None:
        click.echo(text, nl=False)
    else:
        _write(output, text)
    if check:
        _check(report)


def _hint_quiz_key(report: ScoreReport, *, keyed: bool) -> None:
    """A quiz answers file names the quiz's own ids: say so when none is gold."""
    totals = report.totals
    if totals.gold == 0 and totals.non_gold > 0 and not keyed:
        click.echo("guidekit: warning: no row answers a gold item; a quiz's "
                   "answers file names the quiz's own question ids, so score it "
                   "with --quiz-key KEY", err=True)


def _write(output: str, text: str) -> None:
    from guidekit.fileio import write_text_atomic

    try:
        write_text_atomic(output, text)
    except OSError as exc:
        fail(f"cannot write {output}: {(exc.strerror or str(exc)).lower()}")


def _check(report: ScoreReport) -> None:
    from guidekit.scoring.check import check_problems

    problems = check_problems(report)
    for problem in problems:
        click.echo(f"guidekit: check failed: {problem}", err=True)
    if problems:
        raise SystemExit(1)


def _refuse_repeats(submissions: tuple[str, ...]) -> None:
    """A usage error (exit 2) when one file is named twice: its rows would count
    twice, as duplicates of themselves."""
    seen: dict[Path, str] = {}
    for name in submissions:
        where = Path(name).resolve()
        if where in seen:
            also = f" (also as '{seen[where]}')" if seen[where] != name else ""
            raise click.UsageError(
                f"submission file '{name}' is given more than once{also}; name "
                "each file once, or its rows count twice")
        seen[where] = name


def _refuse_not_utf8(files: list[str | None], options: dict[str, str]) -> None:
    """A usage error for a name with bytes that are not UTF-8: no report can
    show it (Python holds each such byte as a lone surrogate)."""
    for name in (name for name in files if name is not None):
        if surrogate_in(name):
            raise click.UsageError(f"file name '{os_text(name)}' is not valid "
                                   "UTF-8, so no report can name it; rename the file")
    for option, value in options.items():
        if surrogate_in(value):
            raise click.UsageError(f"{option} '{os_text(value)}' is not valid "
                                   "UTF-8; give the name as the file spells it")


def _columns(annotator: str, item: str, label: str, input_format: str) -> Columns:
    try:
        return Columns(annotator, item, label, input_format)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def _loaded(spec: str, honeypots: str | None,
            quiz_keys: tuple[str, ...] = ()) -> LoadedSpec:
    """The spec; with --honeypots, its gold as the mixed batch's planted rows;
    with --quiz-key, as the quizzes' questions under their quiz ids."""
    loaded = load_spec(spec)
    if quiz_keys:
        from guidekit.quiz.keyfile import read_quiz_key
        from guidekit.quiz.keyspec import quiz_key_spec

        keyed, notes = quiz_key_spec(loaded, [read_quiz_key(k) for k in quiz_keys])
        for note in notes:
            click.echo(f"guidekit: warning: {note}", err=True)
        return keyed
    if honeypots is None:
        return loaded
    from guidekit.gold.honeypots import honeypot_spec, read_honeypots

    mixed, warnings = honeypot_spec(loaded, read_honeypots(honeypots))
    for warning in warnings:
        click.echo(f"guidekit: warning: {warning}", err=True)
    return mixed
