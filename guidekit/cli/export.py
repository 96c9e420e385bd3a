"""`guidekit export`: a spec as a Label Studio project or an MTurk test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from guidekit.cli.common import fail
from guidekit.errors import GuidekitError
from guidekit.fileio import write_files_atomic
from guidekit.spec.loader import load_spec


@click.group("export")
def command() -> None:
    """Export a spec to a labeling tool: Label Studio or Mechanical Turk."""


@command.command("labelstudio")
@click.argument("spec_path", metavar="SPEC", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              help="Folder to write the project files into.")
@click.option("--templates", type=click.Path(file_okay=False),
              help="Your own guide templates folder (as for `render`).")
def labelstudio_command(spec_path: str, output: str, templates: str | None) -> None:
    """Write a Label Studio project: config.xml, instructions.html,
    project.json and gold tasks with ground truth (tasks-POOL.json).

    The tasks files hold the gold answers: import them as a lead, never
    hand them to annotators.
    """
    from guidekit.export.labelstudio import labelstudio_project

    _write(output, lambda: labelstudio_project(load_spec(spec_path),
                                               template_dir=templates))


@command.command("mturk")
@click.argument("spec_path", metavar="SPEC", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              help="Folder to write the test files into.")
@click.option("--questions", type=int, help="How many exam items to ask "
              "[default: the spec's quiz.questions].")
@click.option("--seed", type=int, help="Seed of the draw [default: quiz.seed].")
def mturk_command(spec_path: str, output: str, questions: int | None,
                  seed: int | None) -> None:
    """Write an MTurk qualification test: questionform.xml, answerkey.xml
    and questions.json (question id -> gold id).

    The answer key and questions.json are private: upload the key to
    MTurk with the qualification type, and publish neither.
    """
    from guidekit.export.mturk import mturk_files

    _write(output, lambda: mturk_files(load_spec(spec_path).spec,
                                       questions=questions, seed=seed))


def _write(output: str, make: Callable[[], dict[str, str]]) -> None:
    try:
        files = make()
        written = write_files_atomic(output, files)
    except GuidekitError as exc:
        fail(exc)
    except OSError as exc:
        fail(f"cannot write {output}: {(exc.strerror or str(exc)).lower()}")
    for path in written:
        click.echo(f"wrote {Path(path)}")
