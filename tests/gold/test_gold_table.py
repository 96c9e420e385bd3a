"""Reading CSV, TSV and JSONL tables: cells, line numbers and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from guidekit.errors import InputError
from guidekit.gold import read_table


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def test_csv_with_bom_quoted_commas_and_multiline_cells(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", '\ufeffid,text\n1,"a, b"\n2,"two\nlines"\n'
                 '3,"say ""hi"""\n')
    table = read_table(path)
    assert table.columns == ["id", "text"]
    assert [row.cells["text"] for row in table.rows] == ["a, b", "two\nlines",
                                                         'say "hi"']
    assert [row.line for row in table.rows] == [2, 3, 5]


def test_tsv_keeps_quotes_as_text(tmp_path: Path) -> None:
    path = write(tmp_path, "t.tsv", 'id\ttext\n7\t"quoted" start\n8\ta "b\n')
    table = read_table(path)
    assert [row.cells["text"] for row in table.rows] == ['"quoted" start', 'a "b']


def test_tsv_last_line_without_newline_and_crlf(tmp_path: Path) -> None:
    path = write(tmp_path, "t.tsv", "id\tv\r\n1\tx\r\n\r\n2\ty")
    table = read_table(path)
    assert [(r.line, r.cells["v"]) for r in table.rows] == [(2, "x"), (4, "y")]


def test_jsonl_rows_and_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "t.jsonl", '{"id": 1, "t": "é"}\n\n{"id": "2", "t": "b"}\n')
    table = read_table(path)
    assert [(r.line, r.cells["id"]) for r in table.rows] == [(1, 1), (3, "2")]
    assert table.columns == ["id", "t"]


@pytest.mark.parametrize(("name", "text", "row", "words"), [
    ("t.txt", "a\n", None, "unknown table kind '.txt'"),
    ("t.csv", "", None, "file is empty"),
    ("t.csv", "id,id\n1,2\n", 1, "column 'id' appears twice"),
    ("t.csv", "id,v\n1,2\n3\n", 3, "row has 1 field(s), the header has 2"),
    ("t.csv", 'id,v\n1,"open\n', 2, "unreadable row"),
    ("t.jsonl", '{"id": 1}\n[1]\n', 2, "expected a JSON object"),
    ("t.jsonl", '{"id": 1}\n{"id": \n', 2, "invalid JSON"),
    ("t.csv", b"id,v\n1,caf\xe9\n", 2, "is not UTF-8"),
])
def test_bad_tables_name_file_and_row(tmp_path: Path, name: str, text: str | bytes,
                                      row: int | None, words: str) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(InputError) as caught:
        read_table(path)
    assert caught.value.path == str(path)
    assert caught.value.row == row
    assert words in caught.value.message


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read file"):
        read_table(tmp_path / "absent.csv")
