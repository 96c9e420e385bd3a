"""Where several quizzes go: one folder each, and one key each.

Forms go to ``OUT/form-1/`` ... ``OUT/form-K/``; per-annotator quizzes to
``OUT/<annotator>/`` with the id spelled as quiz.html spells it in file
names (characters other than letters, digits, ``.``, ``_`` and ``-``
become ``_``). Each folder gets quiz.json, quiz.html and key.json; with a
key path the keys go beside it instead, named ``<stem>-<folder><suffix>``
(``keys/key.json`` gives ``keys/key-form-1.json``), so OUT holds only
what annotators may see.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from guidekit.quiz.forms import BuiltQuiz, write_quiz
from guidekit.quiz.sample import QuizError


def folder_name(quiz: BuiltQuiz) -> str:
    """The folder of one quiz of a set: ``form-<k>`` or the annotator's id.

    >>> from guidekit.quiz.forms import BuiltQuiz
    >>> folder_name(BuiltQuiz("q", None, "", "", "", annotator="ann lee"))
    'ann_lee'
    """
    if quiz.annotator is not None:
        return re.sub(r"[^A-Za-z0-9._-]+", "_", quiz.annotator).strip(".") or "_"
    if quiz.form is not None:
        return f"form-{quiz.form}"
    raise ValueError("a quiz of a set has a form number or an annotator")


def write_set(quizzes: Sequence[BuiltQuiz], out_dir: str | Path,
              key_path: str | Path | None = None) -> list[Path]:
    """Write each quiz into its own folder of `out_dir`; return the paths.

    Raises QuizError, before writing anything, when two annotator ids
    would share a folder.
    """
    names = [folder_name(quiz) for quiz in quizzes]
    clash = sorted({name for name in names if names.count(name) > 1})
    if clash:
        raise QuizError(f"annotator ids that differ only in punctuation would share "
                        f"the folder '{clash[0]}'; make them differ in letters or "
                        "digits")
    written: list[Path] = []
    for name, quiz in zip(names, quizzes, strict=True):
        key = None
        if key_path is not None:
            base = Path(key_path)
            key = base.with_name(f"{base.stem}-{name}{base.suffix or '.json'}")
        written += write_quiz(quiz, Path(out_dir) / name, key)
    return written
