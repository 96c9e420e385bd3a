"""The row reader takes over where the columnar read stops, not from the top.

Each file is counted both ways (columnar with tiny blocks, and row by
row) and must give the same tables or the same error; a spy on the row
reader checks where it starts and that it reads only the rows from
there. Line numbers follow the csv module: a lone `\\r` ends a line.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from guidekit.errors import InputError
from guidekit.scoring import blockcodes, columnar, read
from guidekit.scoring.columns import Columns
from guidekit.scoring.counting import count_tables
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.read import Record
from guidekit.scoring.resume import WHOLE, Start, lines_from
from guidekit.spec.loader import LoadedSpec

pytest.importorskip("pyarrow")

HEADER = "annotator,item,label\n"
PLAIN = "".join(f"a{n % 8},g{1 + n % 5},{'pos' if n % 3 else 'neg'}\n"
                for n in range(300))


def outcome(path: Path, key: GoldKey, *, fast: bool) -> object:
    """The tables count_tables makes of `path`, as plain values, or the error."""
    try:
        tables = count_tables([path], key, Columns(), fast=fast, lenient=True)
    except InputError as error:
        return str(error)
    answers = [tuple(map(tuple, (a.tolist(), i.tolist(), y.tolist())))
               for a, i, y in tables.first.chunks()]
    return (tables.rows, tables.first.annotators, tables.first.items, answers,
            tables.cube.tolist(), tables.skipped, tables.unknown_values)


class Spy:
    """The row reader, noting where each read starts and how much it gives."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.starts: list[Start] = []
        self.records = 0
        real = read.read_rows

        def read_rows(path: Path, columns: Columns, *,
                      start: Start = WHOLE) -> Iterator[Record]:
            self.starts.append(start)
            for record in real(path, columns, start=start):
                self.records += 1
                yield record
        monkeypatch.setattr("guidekit.scoring.counting.read_rows", read_rows)


@pytest.fixture
def key(spec: LoadedSpec) -> GoldKey:
    return GoldKey.from_spec(spec.spec)


@pytest.mark.parametrize("block", [64, 1000, 1 << 22])
@pytest.mark.parametrize("at", [0, 1, 150, 299])
def test_quoted_values_are_read_without_the_row_reader(
        at: int, block: int, key: GoldKey, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    lines = PLAIN.splitlines(keepends=True)
    lines[at] = '"a1","g2",pos\n"a\n1",g3,"x,y"\n'
    path = tmp_path / "answers.csv"
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    rows = outcome(path, key, fast=False)
    monkeypatch.setattr(columnar, "BLOCK", block)
    spy = Spy(monkeypatch)
    assert outcome(path, key, fast=True) == rows
    assert spy.starts == [] and isinstance(rows, tuple) and rows[0] == 301


@pytest.mark.parametrize("block", [64, 1000, 1 << 22])
@pytest.mark.parametrize("at", [0, 1, 150, 299])
def test_the_row_reader_starts_at_the_record_of_a_refused_quote(
        at: int, block: int, key: GoldKey, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    lines = PLAIN.splitlines(keepends=True)
    lines[at] = '"a\n1",g2,pos\na1,"g2"x,pos\n'  # text after a closing quote
    text = HEADER + "".join(lines)
    path = tmp_path / "answers.csv"
    path.write_text(text, encoding="utf-8")
    rows = outcome(path, key, fast=False)
    monkeypatch.setattr(columnar, "BLOCK", block)
    spy = Spy(monkeypatch)
    assert outcome(path, key, fast=True) == rows
    assert rows == f"{path}:{at + 4}: cannot read row: ',' expected after '\"'"
    offset = text.index('a1,"g2"x')
    assert spy.starts == [Start(offset, at + 4)] and spy.records == 0


def test_an_empty_value_hands_over_its_whole_block(
        key: GoldKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = PLAIN.splitlines(keepends=True)
    lines[100] = "a1,,pos\n"
    path = tmp_path / "answers.csv"
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    rows = outcome(path, key, fast=False)
    monkeypatch.setattr(columnar, "BLOCK", 200)
    spy = Spy(monkeypatch)
    assert outcome(path, key, fast=True) == rows
    [start] = spy.starts
    assert 2 < start.line <= 102 and spy.records == 302 - start.line
    assert next(lines_from(path, start, start.line)) == lines[start.line - 2]


@pytest.mark.parametrize("header_end", ["\n", "\r"])
def test_a_bad_byte_in_a_file_of_lone_cr_line_ends_names_its_line(
        header_end: str, key: GoldKey, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    body = PLAIN.replace("\n", "\r").encode()
    path = tmp_path / "answers.csv"
    path.write_bytes(HEADER.replace("\n", header_end).encode() + body
                     + b"a1,g2,p\xffos\r" + body)
    monkeypatch.setattr(columnar, "BLOCK", 500)
    fast, rows = outcome(path, key, fast=True), outcome(path, key, fast=False)
    assert fast == rows == f"{path}:302: byte 0xff is not UTF-8; save the file as UTF-8"


def test_a_bad_byte_in_a_column_not_read_is_found_on_both_paths(
        key: GoldKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # pyarrow checks only the columns it converts; the row reader all of a row
    rows = "".join(f"a{n % 8},x,g{1 + n % 5},pos\n" for n in range(1000))
    path = tmp_path / "answers.csv"
    path.write_bytes(f"annotator,note,item,label\n{rows}".encode()
                     + b"a1,\xfe,g1,pos\n" + rows.encode())
    monkeypatch.setattr(columnar, "BLOCK", 4096)
    fast, rows_read = outcome(path, key, fast=True), outcome(path, key, fast=False)
    assert fast == rows_read == f"{path}:1002: byte 0xfe is not UTF-8; save the " \
        "file as UTF-8"


@pytest.mark.parametrize("header_end", ["\n", "\r"])
def test_lone_cr_line_ends_are_read_in_blocks(
        header_end: str, key: GoldKey, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    path.write_bytes((HEADER.replace("\n", header_end)
                      + PLAIN.replace("\n", "\r")).encode())
    rows = outcome(path, key, fast=False)
    monkeypatch.setattr(columnar, "BLOCK", 256)
    monkeypatch.setattr("guidekit.scoring.counting.read_rows", None)  # not used
    parsed: list[int] = []
    real = blockcodes.code_block

    def counted(block: dict[str, object], *args: object) -> object:
        parsed.append(len(block["item"]))  # type: ignore[arg-type]
        return real(block, *args)  # type: ignore[arg-type]
    monkeypatch.setattr("guidekit.scoring.columnar.code_block", counted)
    assert outcome(path, key, fast=True) == rows
    assert len(parsed) > 10 and max(parsed) < 40 and sum(parsed) == 300
