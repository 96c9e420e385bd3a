"""`quiz build` options for sets of quizzes: forms, annotators, exposure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import click

from guidekit.quiz.forms import BuiltQuiz, build_quiz
from guidekit.quiz.keyfile import read_quiz_key
from guidekit.quiz.layout import check_folders
from guidekit.quiz.parallel import build_for_annotator, build_forms
from guidekit.quiz.seen import Seen, read_ids, read_seen
from guidekit.quiz.seenmap import SeenMap
from guidekit.spec.loader import LoadedSpec


@dataclass(frozen=True)
class SetOptions:
    """What to build: one quiz, K forms, or one quiz per annotator."""

    forms: int | None = None
    annotator: str | None = None
    annotators_file: str | None = None
    seen_files: Sequence[str] = ()
    seen_keys: Sequence[str] = ()

    def check(self) -> None:
        """Usage errors (exit 2) for options that do not go together."""
        if self.seen_keys and not self.seen_files:
            raise click.UsageError("--seen-key maps the ids of --exclude-seen "
                                   "files; give those files too")
        if self.annotator is not None and self.annotators_file is not None:
            raise click.UsageError("give --annotator or --annotators, not both")
        if self.forms is not None and self.per_annotator:
            raise click.UsageError("--forms makes forms for everyone; it does not go "
                                   "with --annotator or --annotators")
        if self.annotator is not None and not self.annotator.strip():
            raise click.UsageError("--annotator cannot be empty")

    @property
    def per_annotator(self) -> bool:
        return self.annotator is not None or self.annotators_file is not None

    @property
    def single(self) -> bool:
        """True when one quiz is written straight into OUT."""
        return self.forms is None and self.annotators_file is None


def make_quizzes(loaded: LoadedSpec, options: SetOptions, *, questions: int | None,
                 seed: int | None, practice: bool) -> list[BuiltQuiz]:
    """Build what `options` asks for (nothing written)."""
    seen = _read_seen(loaded, options)
    if options.per_annotator:
        ids = ([str(options.annotator).strip()] if options.annotator is not None
               else _annotators(str(options.annotators_file)))
        return [build_for_annotator(loaded, who, questions=questions, seed=seed,
                                    practice=practice, exclude=_seen(seen, who))
                for who in ids]
    if options.forms is None and seen is None:
        return [build_quiz(loaded, questions=questions, seed=seed, practice=practice)]
    return build_forms(loaded, options.forms or 1, questions=questions, seed=seed,
                       practice=practice, exclude=_seen(seen, None))


def _read_seen(loaded: LoadedSpec, options: SetOptions) -> Seen | None:
    """Items seen in the --exclude-seen files, as gold ids (`SeenMap`)."""
    if not options.seen_files:
        return None
    keys = [read_quiz_key(path) for path in dict.fromkeys(options.seen_keys)]
    spec = loaded.spec
    ids = SeenMap.of(spec.id, [g.id for g in spec.gold], keys)
    return read_seen(dict.fromkeys(options.seen_files), ids)


def _annotators(path: str) -> list[str]:
    ids = read_ids(path)
    check_folders(ids, path)
    return ids


def _seen(seen: Seen | None, annotator: str | None) -> frozenset[str]:
    return frozenset() if seen is None else seen.items(annotator)


def describe(quiz: BuiltQuiz) -> str:
    """What a quiz of a set is, before its summary: form, annotator, exposure."""
    parts = []
    if quiz.form is not None:
        parts.append(f"form {quiz.form}")
    if quiz.annotator is not None:
        parts.append(f"annotator {quiz.annotator}")
    if quiz.excluded:
        parts.append(f"left out {quiz.excluded} item(s) seen before")
    return "; ".join(parts)
