"""What an earlier build left in OUT that the new one would leave behind.

Two things would mislead: a key.json beside a new quiz.html whose key
went elsewhere (`--key FILE`: the old key holds answers annotators must
not see), and ``form-N`` folders beyond a new build's K forms. A key.json
is removed only when it is a guidekit quiz key (its "format" is
``guidekit.quiz-key/v1``); a form folder only when it holds nothing but
guidekit quiz files (quiz.json, quiz.html, key.json, each checked), else
`foreign` names what stops it and the caller refuses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from pathlib import Path

from guidekit.quiz.forms import FORM_FORMAT
from guidekit.quiz.keyfile import is_quiz_key

FORM_FOLDER = re.compile(r"form-([1-9][0-9]*)")


def stale_keys(files: Iterable[Path], keeping: Collection[Path]) -> list[Path]:
    """The guidekit quiz keys among `files` that are not in `keeping`."""
    kept = {path.resolve() for path in keeping}
    return [key for key in files
            if key.is_file() and key.resolve() not in kept and is_quiz_key(key)]


def extra_forms(out_dir: Path, forms: int) -> list[Path]:
    """The ``form-N`` folders of `out_dir` with N above `forms`, by N."""
    if not out_dir.is_dir():
        return []
    found = [(int(m[1]), path) for path in out_dir.iterdir()
             if path.is_dir() and (m := FORM_FOLDER.fullmatch(path.name))]
    return [path for number, path in sorted(found) if number > forms]


def foreign(folder: Path) -> list[str]:
    """Names in `folder` that are not guidekit quiz files (sorted)."""
    return sorted(path.name for path in folder.iterdir() if not _ours(path))


def remove_quiz_folder(folder: Path) -> None:
    """Delete a folder that `foreign` found empty of anything else."""
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


def _ours(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    if path.name == "key.json":
        return is_quiz_key(path)
    if path.name == "quiz.json":
        return _format(path) == FORM_FORMAT
    if path.name == "quiz.html":
        return f'"format": "{FORM_FORMAT}"' in _text(path)
    return False


def _format(path: Path) -> object:
    try:
        data = json.loads(_text(path))
    except ValueError:
        return None
    return data.get("format") if isinstance(data, dict) else None


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
