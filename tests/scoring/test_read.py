"""Reading submission files: formats, row numbers and error messages."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from guidekit.errors import InputError
from guidekit.scoring.columns import Columns
from guidekit.scoring.read import read_rows
from guidekit.scoring.rows import BadRow, Row

Writer = Callable[[str, str], Path]
WriteCsv = Callable[..., Path]


def rows(path: Path, columns: Columns | None = None) -> list[Row | BadRow]:
    return list(read_rows(path, columns or Columns()))


def error(path: Path, columns: Columns | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        rows(path, columns)
    return caught.value


def test_csv_with_bom_and_crlf(write: Writer) -> None:
    path = write("a.csv", "\ufeffannotator,item,label\r\nann,g1,pos\r\nbob,g2,neg\r\n")
    assert rows(path) == [Row(str(path), 2, "ann", "g1", "pos"),
                          Row(str(path), 3, "bob", "g2", "neg")]


def test_rows_are_numbered_by_the_line_they_start_on(write_csv: WriteCsv) -> None:
    path = write_csv("q.csv", 'ann,g1,"pos"', 'ann,"g2\nsecond line",neg', "",
                     "bob,g3,neg")
    found = rows(path)
    assert [r.row for r in found] == [2, 3, 6]
    assert found[1] == Row(str(path), 3, "ann", "g2\nsecond line", "neg")


def test_tsv_and_tab_read_tabs_and_ignore_extra_columns(write: Writer) -> None:
    text = "id\tannotator\titem\tlabel\tnote\n7\tann\tg1\tpos\tx\n"
    for name in ("a.tsv", "b.TAB"):
        path = write(name, text)
        assert rows(path) == [Row(str(path), 2, "ann", "g1", "pos")]


def test_mapped_columns_and_spaces_in_header(write: Writer) -> None:
    path = write("raw.tsv", " who \tthing\tsaid\nann\tg1\t1\n")
    found = rows(path, Columns(annotator="who", item="thing", label="said"))
    assert found == [Row(str(path), 2, "ann", "g1", "1")]


def test_missing_column_names_file_column_columns_and_option(
        write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", "ann,g1,pos", header="worker,item,label")
    err = error(path)
    assert (err.path, err.row) == (str(path), 1)
    assert err.message == ("no column 'annotator' for the annotator (columns: "
                           "'worker', 'item', 'label'); name the annotator column "
                           "with --annotator-col")


def test_missing_column_in_a_tab_file_named_csv_says_so(write: Writer) -> None:
    path = write("a.csv", "annotator\titem\tlabel\nann\tg1\tpos\n")
    assert "the file looks tab-separated (.tsv); name it so" in error(path).message


def test_column_named_twice_is_an_error(write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", "a,b,c,d", header="annotator,item,label,label")
    assert error(path).message == ("column 'label' appears 2 times in the header; "
                                   "rename all but one")


def test_empty_file_and_unknown_suffix(write: Writer) -> None:
    assert "file is empty" in error(write("e.csv", "")).message
    err = error(write("a.txt", "x"))
    assert err.row is None
    assert err.message.startswith("unknown kind of file '.txt'; name it with one of")


def test_empty_field_and_short_row_are_bad_rows(write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", "ann,g1,", " ,g2,pos", "ann,g3")
    assert rows(path) == [
        BadRow(str(path), 2, "empty label (column 'label')"),
        BadRow(str(path), 3, "empty annotator (column 'annotator')"),
        BadRow(str(path), 4, "row has 2 field(s) but the header has 3"),
    ]


def test_rows_of_only_delimiters_are_passed_over(write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", "ann,g1,pos", ",,", "bob,g2,neg")
    assert [r.row for r in rows(path)] == [2, 4]


def test_values_are_stripped_and_nfc_normalised(write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", " ann , e\u03011 , pos ")
    assert rows(path) == [Row(str(path), 2, "ann", "\u00e91", " pos ")]


def test_bad_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"annotator,item,label\nann,g1,pos\nann,g2,\xff\n")
    err = error(path)
    assert (err.row, err.message) == (3, "byte 0xff is not UTF-8; save the file "
                                         "as UTF-8")


def test_unreadable_file(tmp_path: Path) -> None:
    err = error(tmp_path / "missing.csv")
    assert err.message == "cannot read file: no such file or directory"


def test_quiz_answer_file_reads_with_defaults(write: Writer) -> None:
    lines = [{"annotator": "ann", "item": "g1", "label": "pos", "quiz": "q-1",
              "submitted_at": "2026-01-02T03:04:05Z"},
             {"annotator": "ann", "item": "g2", "label": "neg", "quiz": "q-1",
              "submitted_at": "2026-01-02T03:04:09Z"}]
    path = write("answers.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    assert rows(path) == [Row(str(path), 1, "ann", "g1", "pos"),
                          Row(str(path), 2, "ann", "g2", "neg")]


def test_jsonl_bad_lines_are_bad_rows(write: Writer) -> None:
    text = ('{"annotator": "a", "item": "g1", "label": "pos"}\n'
            "\n"
            '{"annotator": "a", "item": "g2", "label": \n'
            "[1, 2]\n"
            '{"annotator": "a", "item": "g3"}\n'
            '{"annotator": "a", "item": "g4", "label": null}\n'
            '{"annotator": "a", "item": "g5", "label": ["pos"]}\n'
            '{"annotator": "a", "item": "g6", "label": "pos", "label": "neg"}\n'
            '{"annotator": "a", "item": "g7", "label": {"x": 1}}\n'
            '{"annotator": ["a"], "item": "g8", "label": "pos"}\n')
    path = write("a.jsonl", text)
    found = rows(path)
    assert found[0] == Row(str(path), 1, "a", "g1", "pos")
    # a list or object label (multi_label, span) passes as compact JSON text
    assert [(r.row, r.label) for r in found if isinstance(r, Row)][1:] == [
        (7, '["pos"]'), (9, '{"x":1}')]
    assert [(r.row, r.reason) for r in found[1:] if isinstance(r, BadRow)] == [
        (3, "not valid JSON: expecting value (column 43)"),
        (4, "line holds a JSON array, not an object"),
        (5, "no key 'label' for the label"),
        (6, "empty label (column 'label')"),
        (8, "key 'label' appears twice in the object"),
        (10, "annotator (key 'annotator') is a JSON array; expected a string"),
    ]


def test_jsonl_numbers_and_booleans_keep_their_json_spelling(write: Writer) -> None:
    path = write("a.jsonl", '{"annotator": 7, "item": 25, "label": 1}\n'
                            '{"annotator": "b", "item": "g1", "label": true}\n')
    assert [(r.annotator, r.item, r.label) for r in rows(path)
            if isinstance(r, Row)] == [("7", "25", "1"), ("b", "g1", "true")]


def test_jsonl_without_a_mapped_key_in_the_first_object(write: Writer) -> None:
    path = write("a.jsonl", '{"worker": "a", "item": "g1", "label": "pos"}\n')
    err = error(path)
    assert (err.row, err.message) == (1, "no key 'annotator' for the annotator "
                                         "(keys: 'worker', 'item', 'label'); name "
                                         "the annotator key with --annotator-col")


def test_columns_reject_empty_and_shared_names() -> None:
    with pytest.raises(ValueError, match="empty"):
        Columns(label=" ")
    with pytest.raises(ValueError, match="two roles"):
        Columns(item="x", label="x")


def test_an_open_quote_is_an_error_not_the_rest_of_the_file(
        write_csv: WriteCsv) -> None:
    path = write_csv("q.csv", "ann,g1,pos", 'ann,g2,"neg', "ann,g3,pos",
                     "ann,g4,neg")
    err = error(path)
    assert (err.path, err.row) == (str(path), 3)
    assert err.message.startswith("quoted value not closed: ")
    assert "before the end of the file; add the closing quote" in err.message


def test_tsv_quotes_are_text(write: Writer) -> None:
    path = write("q.tsv", 'annotator\titem\tlabel\tnote\nann\tg1\tpos\t"he said\n'
                 "ann\tg2\tneg\tok\n")
    assert [r.item for r in rows(path) if isinstance(r, Row)] == ["g1", "g2"]


def test_a_row_with_more_fields_than_the_header_is_bad(write_csv: WriteCsv) -> None:
    path = write_csv("x.csv", "ann,g1,pos,neg", "ann,g2,neg")
    found = rows(path)
    assert found[0] == BadRow(str(path), 2, "row has 4 field(s) but the header "
                              "has 3")
    assert isinstance(found[1], Row)
