"""`guidekit schema`: stdout, -o, and a path it cannot write."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from guidekit.cli import main
from guidekit.spec.schema import spec_schema_text


def test_prints_the_schema() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == "guidekit spec (guidekit/v1)"


def test_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    assert CliRunner().invoke(main, ["schema", "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8") == spec_schema_text()


def test_an_unwritable_path_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "d").write_text("a file, not a folder", encoding="utf-8")
    result = CliRunner().invoke(main, ["schema", "-o", str(tmp_path / "d" / "s.json")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"guidekit: error: cannot write "
                                    f"'{tmp_path / 'd' / 's.json'}'")
