"""Side files: paths confined to the spec's folder; JSONL reports every bad line."""

from __future__ import annotations

from pathlib import Path

import pytest

from guidekit.problems import Problem
from guidekit.spec.gold_jsonl import read_jsonl
from guidekit.spec.includes import IncludeProblem, confined_path, expand_gold
from guidekit.spec.where import Pos, Where

AT = Pos("spec.yaml", 7, 14)


def refusal(raw: object, folder: Path) -> Problem:
    with pytest.raises(IncludeProblem) as caught:
        confined_path(raw, folder, AT)
    return caught.value.problem


@pytest.mark.parametrize(("raw", "message"), [
    ("/etc/passwd.jsonl", "include path '/etc/passwd.jsonl' leaves the spec's folder"),
    ("gold/../../x.csv", "include path 'gold/../../x.csv' leaves the spec's folder"),
    ("gold/rows.txt", "include 'gold/rows.txt' has an unknown kind"),
    ("", "include needs a file path"),
    (None, "include needs a file path"),
])
def test_paths_that_leave_or_are_not_side_files(tmp_path: Path, raw: object,
                                                 message: str) -> None:
    problem = refusal(raw, tmp_path)
    assert (problem.line, problem.col, problem.code) == (7, 14, "include-path")
    assert problem.message == message


def test_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.jsonl"
    outside.write_text("{}\n", encoding="utf-8")
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "gold.jsonl").symlink_to(outside)
    (tmp_path / "spec" / "inner.jsonl").symlink_to(tmp_path / "spec" / "gold.jsonl")
    for name in ("gold.jsonl", "inner.jsonl"):
        problem = refusal(name, tmp_path / "spec")
        assert problem.message == f"include '{name}' links outside the spec's folder"


def test_a_link_inside_the_folder_and_any_suffix_case_are_fine(tmp_path: Path) -> None:
    (tmp_path / "real.CSV").write_text("id\n", encoding="utf-8")
    (tmp_path / "alias.csv").symlink_to(tmp_path / "real.CSV")
    assert confined_path("alias.csv", tmp_path, AT) == (tmp_path / "real.CSV").resolve()
    assert confined_path("real.CSV", tmp_path, AT).name == "real.CSV"


def test_a_folder_is_refused_whatever_its_name(tmp_path: Path) -> None:
    (tmp_path / "gold.jsonl").mkdir()
    assert refusal("gold.jsonl", tmp_path).message == (
        "include 'gold.jsonl' is a folder, expected a file")


def test_every_bad_jsonl_line_is_reported_and_the_rest_read() -> None:
    raw = ('{"id": "g1"}\n'
           '{"id": "g2",}\n'
           '\n'
           '{"id": "g3", "id": "g4"}\n'
           'not json\n'
           '{"id": "g5", "label": "caf\u00e9 \u2028 x"}\r\n').encode("utf-8")
    problems: list[Problem] = []
    rows, where = read_jsonl(raw, "g.jsonl", problems)
    assert [row["id"] for row in rows] == ["g1", "g5"]
    assert rows[1]["label"] == "caf\u00e9 \u2028 x"
    assert [(p.line, p.col, p.code) for p in problems] == [
        (2, 13, "json-syntax"), (4, 1, "duplicate-key"), (5, 1, "json-syntax")]
    assert problems[1].message == "duplicate key 'id'"
    assert [where.at((i, "id")).line for i in range(2)] == [1, 6]


def test_jsonl_that_is_not_utf8_is_one_problem() -> None:
    problems: list[Problem] = []
    rows, _ = read_jsonl(b'{"id": "g1"}\n{"id": "\xff"}\n', "g.jsonl", problems)
    assert rows == []
    assert [(p.line, p.code) for p in problems] == [(2, "not-utf8")]


def test_no_include_leaves_gold_and_places_alone(tmp_path: Path) -> None:
    where = Where()
    for i in range(3):
        where.put(("gold", i), Pos("s.yaml", 10 + i, 3))
    data = {"gold": [{"id": "a"}, {"id": "b"}, {"id": "c"}]}
    expand_gold(data, where, tmp_path / "s.yaml", [])
    assert data == {"gold": [{"id": "a"}, {"id": "b"}, {"id": "c"}]}
    assert [where.at(("gold", i)).line for i in range(3)] == [10, 11, 12]


def test_include_rows_take_the_include_entry_place_in_order(tmp_path: Path) -> None:
    (tmp_path / "side.jsonl").write_text('{"id": "s1"}\n{"id": "s2"}\n',
                                         encoding="utf-8")
    where = Where()
    for i, line in enumerate((10, 11, 12)):
        where.put(("gold", i), Pos("s.yaml", line, 3))
        where.put(("gold", i, "id"), Pos("s.yaml", line, 9))
    where.put(("gold", 1, "include"), Pos("s.yaml", 11, 14))
    data = {"gold": [{"id": "a"}, {"include": "side.jsonl"}, {"id": "c"}]}
    expand_gold(data, where, tmp_path / "s.yaml", [])
    assert [g["id"] for g in data["gold"]] == ["a", "s1", "s2", "c"]
    found = [(Path(where.at(("gold", i, "id")).path).name,
              where.at(("gold", i, "id")).line) for i in range(4)]
    assert found == [("s.yaml", 10), ("side.jsonl", 1), ("side.jsonl", 2),
                     ("s.yaml", 12)]
