"""Names from the OS that are not UTF-8: refused before anything is read.

Python hands over each byte of a file name or an argument that is not
UTF-8 as a lone surrogate; a report naming the file could not be
written, so `score` says so up front, in every report format.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from guidekit.cli import main
from guidekit.scoring import FORMATS
from guidekit.spec.loader import LoadedSpec

ROWS = "annotator,item,label\nw,g1,pos\nw,g3,neg\n"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["score", *map(str, args)])


def latin1_named(folder: Path, text: str) -> Path:
    """A file named "caf\\xe9.csv" in bytes, as a Latin-1 system would save it."""
    name = os.fsdecode(os.fsencode(folder) + b"/caf\xe9.csv")
    try:
        Path(name).write_text(text, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    return Path(name)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_file_name_that_is_not_utf8_is_a_usage_error(
        spec: LoadedSpec, tmp_path: Path, fmt: str) -> None:
    path = latin1_named(tmp_path, ROWS)
    result = run(spec.path, path, "--format", fmt)
    assert result.exit_code == 2, result.output
    shown = os.fsencode(path).decode("utf-8", "backslashreplace")
    assert shown.endswith("caf\\xe9.csv")
    assert (f"file name '{shown}' is not valid UTF-8, so no report can name it; "
            "rename the file") in result.stderr


def test_an_option_that_is_not_utf8_is_a_usage_error(spec: LoadedSpec,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text("[]", encoding="utf-8")
    name = os.fsdecode(b"caf\xe9")
    result = run(spec.path, path, "--item-col", name, "--lenient", "--format",
                 "json")
    assert result.exit_code == 2, result.output
    assert "--item-col 'caf\\xe9' is not valid UTF-8" in result.stderr


def test_the_same_file_under_a_utf8_name_is_scored(spec: LoadedSpec,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "caf\u00e9.csv"
    path.write_text(ROWS, encoding="utf-8")
    result = run(spec.path, path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"files": ["' + str(path) + '"]' in result.stdout
