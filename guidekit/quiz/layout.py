"""Where a build's quizzes go: one folder each, and one key each.

One quiz goes straight into OUT. Forms go to ``OUT/form-1/`` ...
``OUT/form-K/``; per-annotator quizzes to ``OUT/<annotator>/`` with the
id spelled as quiz.html spells it in file names (characters other than
letters, digits, ``.``, ``_`` and ``-`` become ``_``). Each folder gets
quiz.json, quiz.html and key.json; with a key path the keys go there
instead (for a set, beside it as ``<stem>-<folder><suffix>``:
``keys/key.json`` gives ``keys/key-form-1.json``), so OUT holds only
what annotators may see. `place` says where everything goes before
anything is written, so the caller can refuse a key path that would
land on an annotator's file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from guidekit.errors import InputError
from guidekit.fileio import write_files_atomic
from guidekit.quiz.forms import BuiltQuiz
from guidekit.quiz.sample import QuizError


@dataclass(frozen=True)
class Placed:
    """One quiz and where its files go."""

    quiz: BuiltQuiz
    folder: Path
    key: Path

    def form_paths(self) -> list[Path]:
        """The files annotators may see: quiz.json and quiz.html."""
        return [self.folder / name for name in self.quiz.form_files()]


def folder_of(annotator: str) -> str:
    """The folder name of an annotator's quiz.

    >>> folder_of("ann lee")
    'ann_lee'
    """
    return re.sub(r"[^A-Za-z0-9._-]+", "_", annotator).strip(".") or "_"


def folder_name(quiz: BuiltQuiz) -> str:
    """The folder of one quiz of a set: ``form-<k>`` or the annotator's id.

    >>> from guidekit.quiz.forms import BuiltQuiz
    >>> folder_name(BuiltQuiz("q", None, "", "", "", annotator="ann lee"))
    'ann_lee'
    """
    if quiz.annotator is not None:
        return folder_of(quiz.annotator)
    if quiz.form is not None:
        return f"form-{quiz.form}"
    raise ValueError("a quiz of a set has a form number or an annotator")


def check_folders(annotators: Iterable[str], source: str) -> None:
    """InputError naming `source` and the ids when two ids share a folder."""
    by_folder: dict[str, list[str]] = {}
    for who in annotators:
        by_folder.setdefault(folder_of(who), []).append(who)
    for folder, ids in by_folder.items():
        if len(ids) > 1:
            shown = " and ".join(f"'{who}'" for who in ids)
            raise InputError(source, None, f"annotator ids {shown} would share the "
                             f"folder '{folder}'; make them differ in letters or "
                             "digits")


def place(quizzes: Sequence[BuiltQuiz], out_dir: str | Path,
          key_path: str | Path | None = None, *, single: bool = False) -> list[Placed]:
    """Where each quiz and key goes; nothing is written.

    With `single` the one quiz goes straight into `out_dir`. Raises
    QuizError when two quizzes of a set would share a folder.
    """
    out = Path(out_dir)
    if single:
        return [Placed(quizzes[0], out, Path(key_path or out / "key.json"))]
    names = [folder_name(quiz) for quiz in quizzes]
    clash = sorted({name for name in names if names.count(name) > 1})
    if clash:
        raise QuizError(f"quizzes of a set would share the folder '{clash[0]}'; "
                        "make the annotator ids differ in letters or digits")
    return [Placed(quiz, out / name, _key(out / name, name, key_path))
            for name, quiz in zip(names, quizzes, strict=True)]


def _key(folder: Path, name: str, key_path: str | Path | None) -> Path:
    if key_path is None:
        return folder / "key.json"
    base = Path(key_path)
    return base.with_name(f"{base.stem}-{name}{base.suffix or '.json'}")


def write_placed(placed: Sequence[Placed]) -> list[Path]:
    """Write every quiz's form files and key, atomically; return the paths."""
    written: list[Path] = []
    for spot in placed:
        if spot.key.resolve() in {path.resolve() for path in spot.form_paths()}:
            raise QuizError(f"the key '{spot.key}' would replace a file for "
                            "annotators; write it elsewhere")
        key = {spot.key.name: spot.quiz.key_json}
        if spot.key.parent == spot.folder:  # one atomic step for all three
            written += write_files_atomic(spot.folder, spot.quiz.form_files() | key)
            continue
        written += write_files_atomic(spot.folder, spot.quiz.form_files())
        written += write_files_atomic(spot.key.parent, key)
    return written


def write_set(quizzes: Sequence[BuiltQuiz], out_dir: str | Path,
              key_path: str | Path | None = None) -> list[Path]:
    """Write each quiz into its own folder of `out_dir`; return the paths."""
    return write_placed(place(quizzes, out_dir, key_path))
