"""`guidekit quiz take`: the quiz in a terminal, resumable, saved atomically."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import click

from guidekit.cli.common import fail
from guidekit.errors import GuidekitError
from guidekit.quiz.progress import Progress, load_progress, save_progress, state_path
from guidekit.quiz.show import printable, question_lines
from guidekit.quiz.take import (
    HELP,
    answer_rows,
    answers_name,
    apply,
    write_answers,
)
from guidekit.quiz.takeform import TakeForm, load_form


@click.command("take")
@click.argument("quiz_json", type=click.Path(dir_okay=False))
@click.option("-o", "--out", "out_path", type=click.Path(dir_okay=False),
              default=None, help="Answers file to write [default: "
              "answers-<annotator>-<quiz>.jsonl here, the name quiz.html uses].")
@click.option("--annotator", default=None,
              help="Your annotator id (asked if not given).")
def command(quiz_json: str, out_path: str | None, annotator: str | None) -> None:
    """Take the quiz in QUIZ_JSON (a quiz build's quiz.json) in the terminal.

    Shows each question's fields and takes an answer by number or value.
    Progress is kept after every answer in <answers>.progress.json, so the
    same command resumes a stopped quiz. The answers file has the rows
    quiz.html saves, for `guidekit score`; it is written when the last
    question is answered or on /quit. Type /help at any question.
    """
    try:
        form = load_form(quiz_json)
        out, progress = _start(form, out_path, annotator)
        _run(form, out, progress)
    except GuidekitError as exc:
        fail(exc)
    except OSError as exc:
        fail(f"cannot write '{exc.filename}': {exc.strerror or exc}")


def _start(form: TakeForm, out_path: str | None,
           annotator: str | None) -> tuple[Path, Progress]:
    if out_path is not None and (found := load_progress(state_path(out_path), form)):
        return Path(out_path), _resumed(found, form, annotator)
    who = (annotator or "").strip() or _ask_id(form)
    out = Path(out_path or answers_name(who, form.quiz_id))
    found = load_progress(state_path(out), form)
    if found is not None:
        return out, _resumed(found, form, annotator)
    if out.exists():
        fail(f"'{out}' already exists and no progress of it is kept; "
             "write elsewhere with -o or remove it to take the quiz again")
    click.echo(f"quiz {form.quiz_id}: {len(form.questions)} question(s); {HELP}")
    return out, Progress(form.quiz_id, who)


def _ask_id(form: TakeForm) -> str:
    default = form.annotator or None
    while not (who := str(click.prompt("Annotator id", default=default)).strip()):
        click.echo("the annotator id cannot be empty")
    return who


def _resumed(progress: Progress, form: TakeForm, annotator: str | None) -> Progress:
    if annotator is not None and annotator.strip() != progress.annotator:
        fail(f"the progress kept here is {printable(progress.annotator)}'s, not "
             f"{printable(annotator.strip())}'s; write elsewhere with -o")
    done = len(form.questions) - len(progress.unanswered(form))
    click.echo(f"resuming as {printable(progress.annotator)}: {done} of "
               f"{len(form.questions)} answered; {HELP}")
    return progress


def _run(form: TakeForm, out: Path, progress: Progress) -> None:
    state = state_path(out)
    while True:
        question = form.questions[progress.current]
        click.echo("")
        click.echo("\n".join(question_lines(form, question)))
        line = _ask(form, progress, question)
        step = apply(form, progress, line)
        for said in step.lines:
            click.echo(said)
        save_progress(state, progress)
        if step.action in ("done", "quit"):
            break
    _finish(form, out, progress, finished=step.action == "done")


def _ask(form: TakeForm, progress: Progress, question: dict[str, object]) -> str:
    if question["id"] in progress.answers:
        click.echo("(answered; type a new answer to change it, Enter to keep)")
    try:
        return str(click.prompt("Answer", default="", show_default=False))
    except click.Abort:
        done = len(form.questions) - len(progress.unanswered(form))
        click.echo(f"\nstopped: {done} answer(s) kept; run the same command "
                   "to resume", err=True)
        raise SystemExit(1) from None


def _finish(form: TakeForm, out: Path, progress: Progress, *, finished: bool) -> None:
    rows = answer_rows(form, progress, datetime.now(timezone.utc))
    if rows:
        write_answers(out, rows)
        click.echo(f"wrote {out}: {len(rows)} of {len(form.questions)} answered")
    if finished:
        state_path(out).unlink(missing_ok=True)
    else:
        click.echo(f"progress kept in {state_path(out)}; run the same command "
                   "to go on")
