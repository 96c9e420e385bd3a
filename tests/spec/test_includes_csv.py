"""CSV gold side files: columns, cell places, and problems at row and cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guidekit.problems import Problem
from guidekit.spec.gold_csv import read_csv
from guidekit.spec.loader import read_spec
from guidekit.spec.validate import validate_spec
from guidekit.spec.where import Where

SPEC = """\
spec: guidekit/v1
id: csv
title: CSV
version: "1.0.0"
task:
  fields:
    - {name: text}
    - {name: note}
labels:
  - value: "a"
    definition: A.
    rules:
      - {id: R1, text: One.}
      - {id: R2, text: Two.}
  - value: "b"
    definition: B.
lint: {gold-coverage: off}
gold:
  - include: gold.csv
"""


def read(text: str) -> tuple[list[Any], Where, list[Problem]]:
    problems: list[Problem] = []
    rows, where = read_csv(text.encode("utf-8"), "g.csv", problems, ["text"])
    return rows, where, problems


def places(problems: list[Problem]) -> list[tuple[int, int, str]]:
    return [(p.line, p.col, p.code) for p in problems]


def spec_with(tmp_path: Path, csv_text: str) -> Path:
    (tmp_path / "gold.csv").write_text(csv_text, encoding="utf-8", newline="")
    spec = tmp_path / "guideline.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    return spec


def test_every_kind_of_column_becomes_its_gold_key() -> None:
    rows, _, problems = read(
        "id,label,also,rules,tags,rationale,difficulty,pool,item.text,"
        "provenance.source,provenance.reviewed_by\n"
        "g1, a ,b, R1 | R2 ,x|y|,Because.,hard,practice,  as  written ,llm,ann\n")
    assert problems == []
    assert rows == [{"id": "g1", "label": "a", "also": ["b"], "rules": ["R1", "R2"],
                     "tags": ["x", "y"], "rationale": "Because.",
                     "difficulty": "hard", "pool": "practice",
                     "item": {"text": "  as  written "},
                     "provenance": {"source": "llm", "reviewed_by": "ann"}}]


def test_empty_cells_are_absent_keys() -> None:
    rows, _, _ = read("id,label,rules,rationale,item.text,item.note\ng1,a,,  ,t,\n")
    assert rows == [{"id": "g1", "label": "a", "item": {"text": "t"}}]


def test_cell_places_follow_quotes_and_line_breaks() -> None:
    text = ('id,item.text,label\r\n'
            'g1,"one, two",a\r\n'
            'g2,"three\r\n""four"", five",b\r\n'
            'g3,six,a\r\n')
    rows, where, problems = read(text)
    assert problems == []
    assert rows[1]["item"]["text"] == 'three\r\n"four", five'
    found = {path: (where.at(path).line, where.at(path).col) for path in [
        (0,), (0, "label"), (1,), (1, "item", "text"), (1, "label"), (2, "id"),
        (2, "label")]}
    assert found == {(0,): (2, 1), (0, "label"): (2, 15), (1,): (3, 1),
                     (1, "item", "text"): (3, 4), (1, "label"): (4, 17),
                     (2, "id"): (5, 1), (2, "label"): (5, 8)}
    assert where.key_at((0, "label")).col == 15


def test_list_items_have_their_own_columns_unless_the_cell_is_quoted() -> None:
    _, where, _ = read('id,rules,tags,item.text\ng1,R1| R22 |R3,"a|b",t\n')
    assert [where.at((0, "rules", i)).col for i in range(3)] == [4, 8, 13]
    assert [where.at((0, "tags", i)).col for i in range(2)] == [16, 16]


def test_blank_lines_are_skipped_and_rows_keep_their_lines() -> None:
    _, where, problems = read("id,label,item.text\n\ng1,a,x\n   \n\ng2,b,y\n")
    assert problems == []
    assert [where.at((i,)).line for i in range(2)] == [3, 6]


def test_a_byte_order_mark_is_dropped() -> None:
    problems: list[Problem] = []
    rows, _ = read_csv("\ufeffid,label,item.text\ng1,a,x\n".encode(), "g.csv",
                       problems, ["text"])
    assert (rows, problems) == ([{"id": "g1", "label": "a", "item": {"text": "x"}}],
                                [])


def test_unknown_columns_are_named_with_a_hint_and_no_row_is_read() -> None:
    rows, _, problems = read("id,text,lable,id,provenance.reviewd_by,,x\n"
                             "g1,t,a,g1,,,\n")
    assert rows == []
    assert places(problems) == [(1, 4, "csv-header"), (1, 9, "csv-header"),
                                (1, 15, "csv-header"), (1, 18, "csv-header"),
                                (1, 40, "csv-header"), (1, 41, "csv-header")]
    hints = [p.hint for p in problems]
    assert hints[:4] == ["did you mean 'item.text'?", "did you mean 'label'?",
                         "keep one of the two",
                         "did you mean 'provenance.reviewed_by'?"]
    assert problems[0].message == ("unknown column 'text', expected a gold item "
                                   "key, item.<field> or provenance.<key>")
    assert problems[4].message == "header has an empty column name"


def test_rows_with_the_wrong_cell_count_are_each_reported() -> None:
    rows, _, problems = read("id,label,item.text\ng1,a\ng2,a,x\ng3,a,x,y\n")
    assert [r["id"] for r in rows] == ["g2"]
    assert places(problems) == [(2, 1, "csv-row"), (4, 1, "csv-row")]
    assert problems[0].message == "row has 2 cell(s), the header has 3"


def test_an_unclosed_quote_stops_reading_at_its_row() -> None:
    rows, _, problems = read('id,label,item.text\ng1,a,x\ng2,a,"open\ng3,a,y\n')
    assert [r["id"] for r in rows] == ["g1"]
    assert places(problems) == [(3, 1, "csv-syntax")]


def test_empty_file_and_text_that_is_not_utf8() -> None:
    assert places(read("")[2]) == [(1, 1, "csv-header")]
    problems: list[Problem] = []
    read_csv(b"id,label\ng1,caf\xe9\n", "g.csv", problems, [])
    assert places(problems) == [(2, 1, "not-utf8")]
    rows, _, problems = read("id,label,item.text\n")
    assert (rows, problems) == ([], [])


def test_schema_problems_in_rows_point_at_the_cell(tmp_path: Path) -> None:
    spec = spec_with(tmp_path, "id,label,pool,item.text,item.note\n"
                               "g1,a,exam,x,n\n"
                               "g2,b,quiz,y,n\n"
                               ",a,exam,z,n\n")
    found = [(Path(p.path).name, p.line, p.col, p.code) for p in validate_spec(spec)]
    assert ("gold.csv", 3, 6, "bad-value") in found
    assert ("gold.csv", 4, 1, "missing-key") in found


def test_checks_on_csv_rows_point_at_the_cell(tmp_path: Path) -> None:
    spec = spec_with(tmp_path, "id,label,rules,item.text,item.note\n"
                               "g1,a,R1,x,n\n"
                               "g2,c,R2|R7,y,n\n")
    found = {(p.line, p.col, p.code) for p in validate_spec(spec)}
    assert {(3, 4, "unknown-label"), (3, 9, "unknown-rule")} <= found


def test_a_clean_csv_loads_as_gold(tmp_path: Path) -> None:
    spec = spec_with(tmp_path, "id,label,rules,item.text,item.note\n"
                               "g1,a,R1,x,n\n"
                               "g2,a,R2,y,n\n"
                               "g3,b,,z,n\n")
    loaded, problems = read_spec(spec)
    assert loaded is not None and problems == []
    assert [(g.id, g.label, g.rules) for g in loaded.spec.gold] == [
        ("g1", "a", ["R1"]), ("g2", "a", ["R2"]), ("g3", "b", [])]
    assert loaded.where.at(("gold", 2, "label")).line == 4
