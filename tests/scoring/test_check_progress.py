"""The reading progress bar: a hook in the library, a bar on terminals only."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from guidekit.cli import main
from guidekit.cli.score_progress import line_count, on_terminal, reading_bar
from guidekit.scoring import progress as progress_module
from guidekit.scoring import score
from guidekit.spec.loader import LoadedSpec

WriteCsv = Callable[..., Path]
ROWS = tuple(f"a{n},g{1 + n % 4},pos" for n in range(9))


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.usefixtures("row_reader")
def test_library_reports_the_last_line_of_each_file(
        spec: LoadedSpec, write_csv: WriteCsv,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_module, "EVERY", 4)
    first, second = write_csv("a.csv", *ROWS), write_csv("b.csv", *ROWS[:2])
    calls: list[tuple[str, int]] = []
    score(spec, [first, second], progress=lambda p, n: calls.append((p, n)))
    # rows are lines 2..10 of a.csv: every 4th record, then the last line
    assert calls == [(str(first), 5), (str(first), 9), (str(first), 10),
                     (str(second), 3)]


def test_columnar_read_reports_each_block_and_the_last_line(
        spec: LoadedSpec, write_csv: WriteCsv,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from guidekit.scoring import columnar
    monkeypatch.setattr(columnar, "BLOCK", 64)
    first, second = write_csv("a.csv", *ROWS), write_csv("b.csv", *ROWS[:2])
    calls: list[tuple[str, int]] = []
    score(spec, [first, second], progress=lambda p, n: calls.append((p, n)))
    lines = [n for p, n in calls if p == str(first)]
    assert len(lines) > 1 and lines == sorted(lines) and lines[-1] == 10
    assert calls[-1] == (str(second), 3)


def test_non_terminal_output_has_no_progress_text(spec: LoadedSpec,
                                                  write_csv: WriteCsv) -> None:
    result = CliRunner().invoke(main, ["score", str(spec.path),
                                       str(write_csv("a.csv", *ROWS))])
    assert (result.exit_code, result.stderr) == (0, "")
    assert "reading" not in result.stdout and "\r" not in result.stdout
    assert "[#" not in result.stdout and "\x1b" not in result.stdout


def test_bar_is_drawn_on_a_terminal(write_csv: WriteCsv,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    path = str(write_csv("a.csv", *ROWS))
    stream = Terminal()
    with reading_bar([path], stream) as update:
        assert update is not None
        update(path, 5)
    assert "reading" in stream.getvalue() and "100%" in stream.getvalue()


@pytest.mark.parametrize("env", [{"CI": "true"}, {"TERM": "dumb"}])
def test_no_bar_in_ci_or_on_a_dumb_terminal(env: dict[str, str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    stream = Terminal()
    assert not on_terminal(stream)
    with reading_bar(["x.csv"], stream) as update:
        assert update is None
    assert stream.getvalue() == ""


def test_line_count(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"h\n1\n2")
    (tmp_path / "b").write_bytes(b"h\n1\n")
    assert [line_count(str(tmp_path / n)) for n in "ab"] == [3, 2]
    assert line_count(str(tmp_path / "missing")) == 0
