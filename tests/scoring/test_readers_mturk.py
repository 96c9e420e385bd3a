"""MTurk batch results, `;` CSV from Excel, and how "auto" picks a reader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from guidekit.errors import InputError
from guidekit.scoring import score
from guidekit.scoring.columns import Columns
from guidekit.scoring.read import read_rows
from guidekit.scoring.rows import BadRow, Note, Row
from guidekit.scoring.sniff import sniff_format
from guidekit.spec.loader import LoadedSpec

Writer = Callable[[str, str], Path]
HEADER = '"HITId","WorkerId","AssignmentStatus","Input.id","Input.item","Answer.label"'


def batch(write: Writer, *rows: str, header: str = HEADER) -> Path:
    return write("Batch_1_results.csv", "".join(f"{r}\r\n" for r in (header, *rows)))


def records(path: Path, **columns: str) -> list[Row | BadRow | Note]:
    return list(read_rows(path, Columns(**columns)))


def test_rows_rejected_assignments_and_item_default(write: Writer) -> None:
    path = batch(write, '"H1","W1","Approved","7","g1","pos"',
                 '"H1","W2","Rejected","7","g1","neg"',
                 '"H2","W1","Submitted","8","g2",""')
    assert records(path) == [
        Row(str(path), 2, "W1", "g1", "pos"),
        Note(str(path), 3, "rejected assignment",
             "assignment of 'W2' was rejected; left out"),
        BadRow(str(path), 4, "assignment of 'W1': empty label")]


def test_item_and_label_options_read_input_and_answer_columns(
        write: Writer) -> None:
    header = '"WorkerId","Input.id","Input.uid","Answer.sentiment.label"'
    path = batch(write, '"W1","7","g3","neg"', header=header)
    found = records(path, item="uid", label="Answer.sentiment.label")
    assert found == [Row(str(path), 2, "W1", "g3", "neg")]
    assert records(path, label="sentiment.label")[0] == Row(str(path), 2, "W1", "7",
                                                           "neg")


def test_a_missing_answer_column_names_the_answer_columns(write: Writer) -> None:
    path = batch(write, '"W1","7","neg"', header='"WorkerId","Input.id","Answer.x"')
    with pytest.raises(InputError) as caught:
        records(path)
    assert (caught.value.path, caught.value.row) == (str(path), 1)
    assert caught.value.message == (
        "no column 'Answer.label' for the label (columns: 'Answer.x'); name the "
        "label column with --label-col")


def test_semicolon_excel_csv_reads(write: Writer, spec: LoadedSpec) -> None:
    path = write("excel.csv", '\ufeffannotator;item;label\r\nann;g1;"pos"\r\n'
                 'ann;g3;"neg\r\n"\r\nann;g2;0\r\n')
    assert records(path) == [Row(str(path), 2, "ann", "g1", "pos"),
                             Row(str(path), 3, "ann", "g3", "neg\r\n"),
                             Row(str(path), 5, "ann", "g2", "0")]
    report = score(spec, [path])
    assert (report.totals.gold, report.annotators[0].correct) == (3, 2)


def test_auto_picks_by_suffix_and_first_line(write: Writer) -> None:
    assert sniff_format(write("a.json", "[]")) == "labelstudio"
    assert sniff_format(write("b.csv", '"WorkerId","Answer.x"\n')) == "mturk"
    assert sniff_format(write("c.csv", "annotator,WorkerId\n")) == "long"
    assert sniff_format(write("d.jsonl", '\n{"answer": "accept", "_task_hash": 1}\n'
                              )) == "prodigy"
    assert sniff_format(write("e.jsonl", '{"answer": "x", "annotator": "a"}\n')
                        ) == "long"


def test_input_format_overrides_the_suffix(write: Writer) -> None:
    path = write("export.txt", '{"answer": "accept", "_annotator_id": "a", '
                 '"meta": {"id": "g1"}, "label": "pos"}\n')
    assert records(path, input_format="prodigy") == [Row(str(path), 1, "a", "g1",
                                                         "pos")]
    with pytest.raises(InputError, match="or pass --input-format"):
        records(path)
    with pytest.raises(InputError, match="--input-format long reads .csv, .jsonl"):
        records(path, input_format="long")
    jsonl = write("p.jsonl", path.read_text(encoding="utf-8"))
    with pytest.raises(InputError, match="no key 'annotator'"):
        records(jsonl, input_format="long")


def test_an_unknown_input_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown input format 'excel'"):
        Columns(input_format="excel")


def test_a_bad_assignment_names_its_line_once(write: Writer,
                                              spec: LoadedSpec) -> None:
    path = batch(write, '"H1","W1","Approved","7","g1","pos"',
                 '"H2","W2","Submitted","8","g2",""')
    with pytest.raises(InputError) as caught:
        score(spec, [path])
    message = str(caught.value)
    assert message.startswith(f"{path}:3: assignment of 'W2': empty label")
    assert "line 3" not in message and message.count(":3:") == 1


def test_an_open_quote_is_named_where_it_opens(write: Writer) -> None:
    path = batch(write, '"H1","W1","Approved","7","g1","pos"',
                 '"H1","W2","Approved","7","g1","neg', "H2,W1,Approved,8,g2,pos")
    with pytest.raises(InputError) as caught:
        records(path)
    assert (caught.value.path, caught.value.row) == (str(path), 3)
    assert caught.value.message == (
        "quoted value not closed: the '\"' that opens it on this line has no "
        "closing '\"' before the end of the file; add the closing quote, or "
        "write a '\"' inside a value as '\"\"'")


def test_text_after_a_closing_quote_keeps_the_csv_module_s_words(
        write: Writer) -> None:
    path = batch(write, '"H1","W1","Approved","7","g1","pos"x')
    with pytest.raises(InputError) as caught:
        records(path)
    assert (caught.value.row, caught.value.message) == (
        2, "cannot read row: ',' expected after '\"'")
