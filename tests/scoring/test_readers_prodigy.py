"""Prodigy JSONL: accept is a label, reject and ignore are notes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guidekit.errors import InputError
from guidekit.scoring import score
from guidekit.scoring.columns import Columns
from guidekit.scoring.read import read_rows
from guidekit.scoring.rows import BadRow, Note, Row
from guidekit.spec.loader import LoadedSpec

Writer = Callable[[str, str], Path]
OPTIONS = [{"id": "pos", "text": "Positive"}, {"id": "neg", "text": "Negative"}]


def line(answer: str = "accept", **extra: Any) -> dict[str, Any]:
    return {"text": "x", "meta": {"id": "g1"}, "_input_hash": 11, "_task_hash": 22,
            "_annotator_id": "set-ann", "_session_id": "set-ann", "answer": answer,
            **extra}


def stream(write: Writer, *lines: dict[str, Any]) -> Path:
    return write("db.jsonl", "".join(json.dumps(x) + "\n" for x in lines))


def records(path: Path, **columns: str) -> list[Row | BadRow | Note]:
    return list(read_rows(path, Columns(**columns)))


def test_binary_and_choice_tasks(write: Writer) -> None:
    path = stream(write, line(label="pos"),
                  line(options=OPTIONS, accept=["neg"], meta={"id": "g2"}))
    assert records(path) == [Row(str(path), 1, "set-ann", "g1", "pos"),
                             Row(str(path), 2, "set-ann", "g2", "neg")]


def test_reject_and_ignore_are_notes_not_rows(write: Writer) -> None:
    path = stream(write, line("reject", label="pos"), line("ignore"))
    assert records(path) == [
        Note(str(path), 1, "reject", "answer 'reject' by 'set-ann'; left out"),
        Note(str(path), 2, "ignore", "answer 'ignore' by 'set-ann'; left out")]


def test_session_fallback_and_options(write: Writer) -> None:
    no_annotator = line(label="pos", meta={"doc": "g3"})
    del no_annotator["_annotator_id"]
    path = stream(write, no_annotator)
    assert records(path, item="meta.doc") == [Row(str(path), 1, "set-ann", "g3",
                                                  "pos")]
    assert records(path, item="_input_hash")[0] == Row(str(path), 1, "set-ann",
                                                       "11", "pos")


@pytest.mark.parametrize("record,reason", [
    (line("maybe", label="pos"),
     'answer is "maybe"; expected accept, reject or ignore'),
    (line(options=OPTIONS, accept=["pos", "neg"]),
     "2 option(s) accepted; a single-label task takes one"),
    (line(options=OPTIONS, accept=[]),
     "0 option(s) accepted; a single-label task takes one"),
    (line(label="pos", meta={}),
     "no item id 'meta.id'; name the item key with --item-col"),
    (line(), "line 1: empty label"),
])
def test_bad_lines(write: Writer, record: dict[str, Any], reason: str) -> None:
    path = stream(write, record)
    assert records(path) == [BadRow(str(path), 1, reason)]


def test_strict_names_the_line_lenient_lists_it(write: Writer,
                                                spec: LoadedSpec) -> None:
    path = write("db.jsonl", json.dumps(line(label="pos")) + "\n{broken\n")
    with pytest.raises(InputError) as caught:
        score(spec, [path])
    assert (caught.value.path, caught.value.row) == (str(path), 2)
    assert caught.value.message.startswith("not valid JSON")
    report = score(spec, [path], lenient=True)
    assert [r.row for r in report.skipped] == [2]
    assert report.totals.gold == 1
