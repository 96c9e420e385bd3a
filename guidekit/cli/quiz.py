"""`guidekit quiz`: build qualification quizzes from a spec's gold set."""

from __future__ import annotations

from typing import NoReturn

import click

from guidekit.cli.common import fail
from guidekit.errors import GuidekitError, SpecError
from guidekit.problem_formats import format_text
from guidekit.quiz import BuiltQuiz, build_quiz, write_quiz
from guidekit.spec.loader import LoadedSpec, load_spec
from guidekit.spec.models import Spec


@click.group("quiz")
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
def build(spec: str, out_dir: str, questions: int | None, seed: int | None,
          practice: bool, key_path: str | None) -> None:
    """Draw a seeded quiz, stratified as the spec says, from its exam gold.

    Writes quiz.html (a self-contained page that works offline and saves
    the annotator's answers as a file `guidekit score` reads), quiz.json
    (the same form for other tools) and key.json (the answers, for the
    lead only: hand annotators quiz.html, never key.json). A qualification
    form holds no answers, rationales or hashes of them. The same spec and
    seed give byte-identical files.
    """
    loaded = _load(spec)
    try:
        quiz = build_quiz(loaded, questions=questions, seed=seed, practice=practice)
        paths = write_quiz(quiz, out_dir, key_path)
    except GuidekitError as exc:
        _give_up(exc)
    except OSError as exc:
        _give_up(f"cannot write the quiz to '{out_dir}': {exc.strerror or exc}")
    for path in paths:
        click.echo(f"wrote {path}")
    click.echo(summary(quiz, loaded.spec))


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
    return (f"quiz {quiz.quiz_id}: {len(sel.items)} of {sel.pool_size} {pool} "
            f"question(s){note}, seed {sel.seed}{per_label}")
