"""`guidekit quiz`: build qualification quizzes from a spec's gold set.

`build` lives here; the other subcommands live in the modules named in
SUBCOMMANDS and are imported only when run.
"""

from __future__ import annotations

import importlib
from typing import NoReturn

import click

from guidekit.cli.common import fail
from guidekit.cli.quiz_files import build_inputs, write_build
from guidekit.cli.quiz_sets import SetOptions, describe, make_quizzes
from guidekit.errors import GuidekitError, SpecError
from guidekit.problem_formats import format_text
from guidekit.quiz import BuiltQuiz
from guidekit.quiz.layout import place
from guidekit.spec.loader import LoadedSpec, load_spec
from guidekit.spec.models import Spec

SUBCOMMANDS = {
    "take": "guidekit.cli.quiz_take",
    "feedback": "guidekit.cli.quiz_feedback",
}


class QuizGroup(click.Group):
    """`quiz build` plus subcommands from the modules in SUBCOMMANDS."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *SUBCOMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = SUBCOMMANDS.get(cmd_name)
        if module is None:
            return super().get_command(ctx, cmd_name)
        found: click.Command = importlib.import_module(module).command
        return found


@click.group("quiz", cls=QuizGroup)
def command() -> None:
    """Qualification quizzes drawn from a spec's hidden gold set."""


@command.command("build")
@click.argument("spec", type=click.Path(dir_okay=False))
@click.option("-o", "--out", "out_dir", required=True,
              type=click.Path(file_okay=False), help="Folder to write the quiz to.")
@click.option("--questions", type=click.IntRange(min=1), default=None,
              help="How many questions [default: the spec's quiz.questions].")
@click.option("--seed", type=int, default=None,
              help="Seed of the draw [default: the spec's quiz.seed].")
@click.option("--practice", is_flag=True,
              help="A practice quiz from the practice pool: the page shows after "
              "each answer whether it was right, the rationale and the rules.")
@click.option("--key", "key_path", type=click.Path(dir_okay=False), default=None,
              help="Write the answer key to this file instead of OUT/key.json, "
              "so OUT holds only what annotators may see.")
@click.option("--forms", type=click.IntRange(min=2), default=None,
              help="Write K parallel forms with no item in common, balanced by "
              "label, difficulty and rule, into OUT/form-1 ... OUT/form-K.")
@click.option("--annotator", default=None,
              help="A quiz for this annotator: its own seeded order, and with "
              "--exclude-seen none of the items this annotator saw before.")
@click.option("--annotators", "annotators_file", type=click.Path(dir_okay=False),
              default=None, help="A file of annotator ids, one a line: one quiz "
              "each, in OUT/<id>/, as --annotator makes it.")
@click.option("--exclude-seen", "seen_files", multiple=True,
              type=click.Path(dir_okay=False), help="An earlier answers file (JSONL "
              "or CSV/TSV with annotator and item); leave out items seen in it "
              "(by the annotator, or by anyone). Items are that quiz's question "
              "ids, mapped with --seen-key, or gold ids. Repeat for several files.")
@click.option("--seen-key", "seen_keys", multiple=True,
              type=click.Path(dir_okay=False), metavar="KEY.json",
              help="The key.json of an earlier quiz: maps the question ids in its "
              "answers (--exclude-seen) back to gold items. Repeat for several.")
def build(spec: str, out_dir: str, questions: int | None, seed: int | None,
          practice: bool, key_path: str | None, forms: int | None,
          annotator: str | None, annotators_file: str | None,
          seen_files: tuple[str, ...], seen_keys: tuple[str, ...]) -> None:
    """Draw a seeded quiz, stratified as the spec says, from its exam gold.

    Writes quiz.html (a self-contained page that works offline and saves
    the annotator's answers as a file `guidekit score --quiz-key key.json`
    reads), quiz.json (the same form for other tools) and key.json (the
    answers, for the lead only: hand annotators quiz.html, never key.json).
    A qualification form holds no answers, rationales or hashes of them,
    and names questions by opaque ids that only the key maps to gold
    items. The same spec and seed give byte-identical files.
    """
    options = SetOptions(forms, annotator, annotators_file, seen_files, seen_keys)
    options.check()
    loaded = _load(spec)
    inputs = build_inputs(spec, seen_files, seen_keys, annotators_file)
    try:
        quizzes = make_quizzes(loaded, options, questions=questions, seed=seed,
                               practice=practice)
        placed = place(quizzes, out_dir, key_path, single=options.single)
        paths = write_build(placed, inputs, out_dir=out_dir, forms=forms,
                            key_path=key_path)
    except GuidekitError as exc:
        _give_up(exc)
    except OSError as exc:
        _give_up(f"cannot write the quiz to '{out_dir}': {exc.strerror or exc}")
    for path in paths:
        click.echo(f"wrote {path}")
    for quiz in quizzes:
        head = describe(quiz)
        click.echo(f"{head}: {summary(quiz, loaded.spec)}" if head
                   else summary(quiz, loaded.spec))


def _load(spec: str) -> LoadedSpec:
    try:
        return load_spec(spec)
    except SpecError as exc:
        _give_up(exc)


def _give_up(error: GuidekitError | str) -> NoReturn:
    """Problems of a spec as lines on stderr; any other failure as one line."""
    if isinstance(error, SpecError):
        click.echo(format_text(error.problems), err=True, nl=False)
        raise SystemExit(1)
    fail(error)
    raise SystemExit(1)  # not reached: fail exits, but is not typed NoReturn


def summary(quiz: BuiltQuiz, spec: Spec) -> str:
    """One line: the quiz id, its size and the questions per label."""
    sel = quiz.selection
    pool = "practice" if quiz.practice else "exam"
    counts = sel.per_label()
    labels = ", ".join(f"{value} {counts[value]}" for value in spec.label_values())
    per_label = f"; per label: {labels}" if spec.task.kind == "single_label" else ""
    note = (f" (asked for {sel.requested}; took the whole {pool} pool)"
            if sel.requested > sel.pool_size else "")
    if quiz.form is not None and len(sel.items) < sel.requested:
        note = f" (asked for {sel.requested}; the {pool} pool shared among the forms)"
    return (f"quiz {quiz.quiz_id}: {len(sel.items)} of {sel.pool_size} {pool} "
            f"question(s){note}, seed {sel.seed}{per_label}")
