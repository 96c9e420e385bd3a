"""Outputs are written whole or not at all, and through links."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from guidekit.fileio import write_files_atomic, write_text_atomic


def test_writes_all_files(tmp_path: Path) -> None:
    written = write_files_atomic(tmp_path / "out", {"a.txt": "A", "b.txt": "B"})
    assert [p.read_text(encoding="utf-8") for p in written] == ["A", "B"]
    assert oct((tmp_path / "out" / "a.txt").stat().st_mode & 0o777) == "0o644"


def test_a_folder_in_the_way_fails_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("old", encoding="utf-8")
    (tmp_path / "b.txt").mkdir()
    with pytest.raises(IsADirectoryError) as caught:
        write_files_atomic(tmp_path, {"a.txt": "new", "b.txt": "B"})
    assert caught.value.filename == str(tmp_path / "b.txt")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    with pytest.raises(UnicodeEncodeError):
        write_files_atomic(tmp_path, {"a.txt": "ok", "b.txt": "\udcff"})
    assert list(tmp_path.iterdir()) == []


def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("old", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    write_text_atomic(tmp_path / "link.txt", "new")
    assert (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "real.txt").read_text(encoding="utf-8") == "new"


def test_a_fifo_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_text_atomic(fifo, "through")
        assert os.read(reader, 100) == b"through"
    finally:
        os.close(reader)
    assert not fifo.is_file()
