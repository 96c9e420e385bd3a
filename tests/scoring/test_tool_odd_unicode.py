"""Odd but valid Unicode in tool exports: every report format copes.

Names with markup, right-to-left text, emoji joined by zero-width
joiners and a bidi override; a label spelled decomposed (NFD); labels
that look like others but are not (a trailing zero-width joiner).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from guidekit.cli import main
from guidekit.scoring import FORMATS
from guidekit.spec.loader import LoadedSpec

Writer = Callable[[str, str], Path]
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
# name -> the columns it takes in the terminal table, worked by hand: the
# table shows a format character as its escape, an emoji as two columns
NAMES = {"<script>alert(1)</script>": 25, "\u0645\u0631\u062d\u0628\u0627": 5,
         FAMILY: 2 + 6 + 2 + 6 + 2, "x\u202eevil": 1 + 6 + 4, "a&b\"'<i>": 8}
SHOWN = {FAMILY: FAMILY.replace("\u200d", "\\u200d"),
         "x\u202eevil": "x\\u202eevil"}
# (item, label): right on g1, g3 and é1 (the item and "café" both in NFD),
# then two labels that match nothing
ANSWERS = [("g1", "pos"), ("g3", "neg"), ("e\u03011", "cafe\u0301"),
           ("g2", "pos\u200d"), ("g4", "<b>neg</b>")]


def label_studio(write: Writer) -> Path:
    tasks = [{"id": n, "data": {"id": item, "text": "\u05e9\u05dc\u05d5\u05dd"},
              "annotations": [{"completed_by": {"id": k, "email": name},
                               "result": [{"type": "choices", "from_name": "s<x>",
                                           "value": {"choices": [label]}}]}
                              for k, name in enumerate(NAMES)]}
             for n, (item, label) in enumerate(ANSWERS)]
    return write("export.json", json.dumps(tasks, ensure_ascii=False, indent=1))


def prodigy(write: Writer) -> Path:
    lines = [{"text": "t", "meta": {"id": item}, "label": label, "answer": "accept",
              "_input_hash": n, "_task_hash": n, "_annotator_id": name}
             for n, (item, label) in enumerate(ANSWERS) for name in NAMES]
    return write("db.jsonl", "".join(json.dumps(x, ensure_ascii=False) + "\n"
                                     for x in lines))


def long_rows(write: Writer) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["annotator", "item", "label"])
    writer.writerows([name, item, label] for item, label in ANSWERS
                     for name in NAMES)
    return write("long.csv", out.getvalue())


MAKERS = {"labelstudio": label_studio, "prodigy": prodigy, "long": long_rows}


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["score", *map(str, args)])


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.add(tag)


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("tool", list(MAKERS))
def test_every_format_writes_the_report(spec: LoadedSpec, write: Writer, tool: str,
                                        fmt: str) -> None:
    result = run(spec.path, MAKERS[tool](write), "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    if fmt != "provenance-csv":  # no per-annotator rows without provenance
        assert "\u0645\u0631\u062d\u0628\u0627" in result.stdout


@pytest.mark.parametrize("tool", list(MAKERS))
def test_html_escapes_names_and_labels(spec: LoadedSpec, write: Writer,
                                       tool: str) -> None:
    page = run(spec.path, MAKERS[tool](write), "--format", "html").stdout
    parser = Tags()
    parser.feed(page)
    assert not parser.tags & {"script", "i", "x"}
    assert "<script>alert" not in page and "<b>neg" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;neg&lt;/b&gt;" in page


@pytest.mark.parametrize("tool", list(MAKERS))
def test_nfd_matches_and_lookalikes_are_unknown(spec: LoadedSpec, write: Writer,
                                                tool: str) -> None:
    report = json.loads(run(spec.path, MAKERS[tool](write), "--format",
                            "json").stdout)
    people = {a["annotator"]: (a["gold_answered"], a["correct"])
              for a in report["annotators"]}
    assert people == dict.fromkeys(NAMES, (3, 3))
    unknown = {v["value"]: v["count"] for v in report["unknown_labels"]["values"]}
    assert unknown == {"pos\u200d": len(NAMES), "<b>neg</b>": len(NAMES)}


def test_the_three_readers_agree(spec: LoadedSpec, write: Writer) -> None:
    reports = [json.loads(run(spec.path, make(write), "--format", "json").stdout)
               for make in MAKERS.values()]
    shapes = [(r["totals"], r["annotators"], r["overall"]) for r in reports]
    assert shapes[0] == shapes[1] == shapes[2]


def test_the_terminal_table_lines_up(spec: LoadedSpec, write: Writer) -> None:
    text = run(spec.path, prodigy(write), "--format", "table").stdout
    width = max(NAMES.values())
    rows = {}
    for name, columns in NAMES.items():
        shown = SHOWN.get(name, name)
        (line,) = [x for x in text.splitlines() if x.startswith(shown + " ")]
        rows[name] = line.removeprefix(shown + " " * (width - columns))
    assert len(set(rows.values())) == 1  # the same figures, from the same column
    assert next(iter(rows.values())).startswith("     3        3     1.000")
