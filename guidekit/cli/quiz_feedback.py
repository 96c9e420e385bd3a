"""`guidekit quiz feedback`: a note per annotator, what to re-read, no answers."""

from __future__ import annotations

from pathlib import Path

import click

from guidekit.cli.common import fail
from guidekit.cli.quiz_files import refuse_repeats
from guidekit.errors import GuidekitError, SpecError
from guidekit.fileio import write_files_atomic
from guidekit.quiz.advice import Advice, advise, read_answers, read_key
from guidekit.quiz.advice_notes import (
    Names,
    html_note,
    markdown_note,
    names_of,
    note_name,
)
from guidekit.spec.loader import load_spec


@click.command("feedback")
@click.argument("key_path", metavar="KEY", type=click.Path(dir_okay=False))
@click.argument("answers", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False),
              default=None, help="Folder for one feedback-<annotator>.md each "
              "[default: print the notes].")
@click.option("--spec", "spec_path", type=click.Path(dir_okay=False), default=None,
              help="The quiz's spec: adds each rule's text and the label names.")
@click.option("--html", "with_html", is_flag=True,
              help="With -o, also write feedback-<annotator>.html.")
def command(key_path: str, answers: tuple[str, ...], out_dir: str | None,
            spec_path: str | None, with_html: bool) -> None:
    """Tell each annotator in ANSWERS whether they passed the quiz of KEY.

    A note that did not pass names the rules and labels to re-read, the
    most-missed first; it never names an item, its text or an answer, so
    it can be sent as it is. Unanswered questions count as misses.
    """
    refuse_repeats("answers file", answers)
    try:
        key = read_key(key_path)
        names = _names(spec_path, key)
        found = read_answers(answers, str(key["quiz"]))
        notes = advise(key, found)
    except (GuidekitError, KeyError, TypeError) as exc:
        fail(exc if isinstance(exc, GuidekitError) else f"{key_path}: bad key ({exc})")
    if not notes:
        fail(f"no answers to quiz {key['quiz']} in {', '.join(answers)}")
    title = f"{key['spec'].get('title', 'Quiz')} quiz"
    if out_dir is None:
        click.echo("\n".join(markdown_note(a, names, title=title) for a in notes))
    else:
        _write(notes, names, title, Path(out_dir), with_html)
    _summary(notes, found.other_quiz, err=out_dir is None)


def _names(spec_path: str | None, key: dict[str, object]) -> Names:
    if spec_path is None:
        return Names(rating=key.get("kind") == "rating")
    try:
        spec = load_spec(spec_path).spec
    except SpecError as exc:
        fail(exc)
    head = key.get("spec")
    wanted = head.get("id") if isinstance(head, dict) else None
    if wanted != spec.id:
        fail(f"{spec_path}: spec '{spec.id}' is not the quiz's spec '{wanted}'")
    return names_of(spec)


def _write(notes: list[Advice], names: Names, title: str, out: Path,
           with_html: bool) -> None:
    files = {}
    for advice in notes:
        stem = note_name(advice.annotator)
        if f"{stem}.md" in files:
            fail(f"annotator ids that differ only in punctuation share '{stem}.md'")
        files[f"{stem}.md"] = markdown_note(advice, names, title=title)
        if with_html:
            files[f"{stem}.html"] = html_note(advice, names, title=title)
    try:
        for path in write_files_atomic(out, files):
            click.echo(f"wrote {path}")
    except OSError as exc:
        fail(f"cannot write to '{out}': {exc.strerror or exc}")


def _summary(notes: list[Advice], other: int, *, err: bool) -> None:
    passed = sum(a.passed for a in notes)
    skipped = f"; skipped {other} row(s) of other quizzes" if other else ""
    click.echo(f"{len(notes)} annotator(s): {passed} passed, "
               f"{len(notes) - passed} did not{skipped}", err=err)
