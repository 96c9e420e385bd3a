"""A starter spec for `guidekit init`: commented, complete, and valid.

The starter is `templates/init/guideline.yaml` with the id, title and date
filled in. Its first line is a yaml-language-server modeline naming
`guidekit.schema.json`, which is written beside it, so an editor checks
the file against the schema offline (the path is relative to the spec).
Both files are written at once, atomically; an existing spec is only
replaced when asked. A spec that is a symbolic link is written through to
its target (the link stays), and the schema goes beside the link, where
the editor opens the spec.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from guidekit.errors import GuidekitError
from guidekit.fileio import write_files_atomic, write_text_atomic
from guidekit.spec.schema import spec_schema_text

SCHEMA_NAME = "guidekit.schema.json"
DEFAULT_NAME = "guideline.yaml"
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]*")
DEFAULT_ID = "my-guideline"


class InitError(GuidekitError):
    """The starter cannot be written: files in the way, or a bad id."""


def starter_text(*, spec_id: str, title: str, today: date) -> str:
    """The starter spec's YAML, for `spec_id` and `title`.

    >>> text = starter_text(spec_id="reviews", title="Reviews", today=date(2025, 1, 2))
    >>> text.splitlines()[0]
    '# yaml-language-server: $schema=guidekit.schema.json'
    >>> 'id: "reviews"' in text and 'date: "2025-01-02"' in text
    True
    """
    _check_id(spec_id)
    template = _template().read_text(encoding="utf-8")
    filled = {'"@ID@"': spec_id, '"@TITLE@"': title, '"@DATE@"': today.isoformat()}
    for marker, value in filled.items():
        template = template.replace(marker, json.dumps(value, ensure_ascii=False))
    return template


def write_starter(path: str | Path, *, spec_id: str | None = None,
                  title: str | None = None, force: bool = False,
                  today: date | None = None) -> list[Path]:
    """Write the starter spec at `path` (a folder: its guideline.yaml) and the
    schema beside it.

    Without `force`, raises InitError when the spec exists, or a schema
    file with other content does. Returns the files written.
    """
    path = _spec_path(path)
    spec_id = spec_id or default_id(path)
    text = starter_text(spec_id=spec_id, title=title or _title(spec_id),
                        today=today or date.today())
    files = {path.name: text, SCHEMA_NAME: spec_schema_text()}
    if not force:
        _refuse_overwrite(path.parent, files)
    if not path.is_symlink():
        return write_files_atomic(path.parent, files)
    written = write_files_atomic(path.parent, {SCHEMA_NAME: files[SCHEMA_NAME]})
    write_text_atomic(path, text)  # through the link, to its target
    return [path, *written]


def _spec_path(raw: str | Path) -> Path:
    path = Path(raw)
    if path.is_dir() or str(raw).endswith(("/", "\\")):
        path = path / DEFAULT_NAME
    if path.suffix not in (".yaml", ".yml"):
        raise InitError(f"'{path}' does not end in .yaml or .yml; name the spec "
                        f"such as {DEFAULT_NAME}")
    return path


def default_id(path: Path) -> str:
    """A slug from the spec's folder name, such as 'triage' for triage/x.yaml."""
    folder = path.resolve().parent.name
    slug = re.sub(r"[^a-z0-9]+", "-", folder.lower()).strip("-_")
    return slug if ID_PATTERN.fullmatch(slug) else DEFAULT_ID


def _title(spec_id: str) -> str:
    return re.sub(r"[-_]+", " ", spec_id).strip().capitalize()


def _check_id(spec_id: str) -> None:
    if not ID_PATTERN.fullmatch(spec_id):
        raise InitError(f"id '{spec_id}' is not a slug; use lower-case letters, "
                        "digits, '-' and '_', starting with a letter or digit")


def _refuse_overwrite(folder: Path, files: dict[str, str]) -> None:
    """The spec is never replaced unasked; the schema only when it differs."""
    taken = [name for name, text in files.items() if (folder / name).exists()
             and (name != SCHEMA_NAME or not _same(folder / name, text))]
    if len(taken) == 1:
        raise InitError(f"'{folder / taken[0]}' already exists; pass --force to "
                        "replace it, or give another path")
    if taken:
        raise InitError(f"'{folder / taken[0]}' and '{folder / taken[1]}' already "
                        "exist; pass --force to replace them, or give another path")


def _same(path: Path, text: str) -> bool:
    try:
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False


def _template() -> Path:
    # the templates folder lookup lives with the Jinja2 environment
    from guidekit.templating import templates_dir

    return templates_dir() / "init" / "guideline.yaml"
