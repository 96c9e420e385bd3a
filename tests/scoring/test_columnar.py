"""The columnar reader gives the row reader's report, file for file.

Each case is scored twice, once with pyarrow's columnar read and once
row by row, and the two JSON reports must be equal (or both fail with
the same message). Tiny blocks make every case cross block boundaries.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from guidekit.errors import InputError
from guidekit.scoring import blockcut, columnar, read, score
from guidekit.scoring.columns import Columns
from guidekit.scoring.fmt_json import format_json
from guidekit.spec.loader import LoadedSpec

HEADER = "annotator,item,label\n"
#: One character past the csv module's field size limit.
LONG = csv.field_size_limit() + 1
PLAIN = "".join(f"a{n % 8},g{1 + n % 5},{'pos' if n % 3 else 'neg'}\n"
                for n in range(40))
CASES = {
    "plain": HEADER + PLAIN,
    "crlf and bom": "\ufeff" + (HEADER + PLAIN).replace("\n", "\r\n"),
    "semicolons": (HEADER + PLAIN).replace(",", ";"),
    "aliases, spaces and NFC": HEADER + "a1, g1 ,1\na2,g2,Positive \n"
                               "a3,e\u03011,cafe\u0301\na3,g3,0\n" + PLAIN,
    "unknown labels": HEADER + "".join(f"a{n % 3},g{1 + n % 5},x{n}\n"
                                       for n in range(30)) + PLAIN,
    "repeats": HEADER + PLAIN + PLAIN.replace("pos", "neg"),
    "not gold": HEADER + "a1,zz,pos\na2,yy,neg\n" + PLAIN,
    "blank line at the end": HEADER + PLAIN + "\n",
    "blank line inside": HEADER + PLAIN + "\n" + PLAIN,
    "empty value": HEADER + PLAIN + "a1,,pos\n" + PLAIN,
    "quoted": HEADER + PLAIN + '"a1",g2,pos\n',
    "quoted mid-file": HEADER + PLAIN + '"a1",g2,pos\n' + PLAIN,
    "quoted comma and newline": HEADER + PLAIN + '"a1","g2,x",pos\na2,"g\n3",neg\n'
                                + PLAIN,
    "quote in the header": '"annotator",item,label\n' + PLAIN,
    "every value quoted": "".join(",".join(f'"{v}"' for v in line.split(",")) + "\n"
                                  for line in (HEADER + PLAIN).splitlines()),
    "quoted line ends, CRLF": (HEADER + PLAIN).replace("\n", "\r\n") + PLAIN.replace(
        "pos\n", '"p\r\nos"\r\n').replace("neg\n", '"neg"\r\n'),
    "quoted semicolons": (HEADER + PLAIN).replace(",", ";")
                         + 'a1;"g2;x";pos\n"a;2";g3;"neg"\n' + PLAIN.replace(",", ";"),
    "doubled quotes": HEADER + PLAIN + 'a1,"g""2",pos\n"a""",g3,""""\n' + PLAIN,
    "a quote inside a value": HEADER + PLAIN + 'a1,g2 "x,pos\na2,5",neg\n' + PLAIN,
    "text after a closing quote": HEADER + PLAIN + 'a1,"g2"x,pos\n' + PLAIN,
    "an open quote": HEADER + PLAIN + 'a1,"g2,pos\n' + PLAIN,
    "a quoted empty value": HEADER + PLAIN + '"a1","",pos\n' + PLAIN,
    "spellings that change across blocks": HEADER + PLAIN + "a1,g1, pos\n"
                                           + PLAIN + " a1 ,g1 ,Positive\n"
                                           "a3,\u00e91,cafe\u0301\na3,e\u03011,caf\u00e9\n",
    "items known only later": HEADER + "a1,n1,zz\na2,n2,yy\n" + PLAIN
                              + "a3,n2,pos\na1,n1,neg\n",
    "extra field": HEADER + PLAIN + "a1,g2,pos,more\n" + PLAIN,
    "short row": HEADER + PLAIN + "a1,g2\n",
    "provenance": "annotator,item,label,source\n" + "a1,g1,pos,model\n",
    "extra column": "annotator,note,item,label\n" + "a1,x,g1,pos\na1,,g2,neg\n",
    "no final newline": HEADER + PLAIN.rstrip("\n"),
    "header only": HEADER,
    "byte-order mark on the first row": HEADER + "\ufeffa1,g1,pos\n" + PLAIN,
    "byte-order mark on every row": HEADER + "".join(
        "\ufeff" + line for line in PLAIN.splitlines(keepends=True)),
    "a long field in a column not mapped": "annotator,note,item,label\n"
                                           f"a1,{'x' * LONG},g1,pos\n"
                                           "a2,y,g2,neg\n",
    "a long field in the header": f"annotator,item,label,{'x' * LONG}\n" + PLAIN,
}


def report_of(spec: LoadedSpec, paths: list[Path], *,
              lenient: bool = False) -> dict[str, object] | str:
    try:
        found = json.loads(format_json(score(spec, paths, lenient=lenient)))
    except InputError as error:
        return f"InputError: {error}"
    found.pop("files", None)
    return dict(found)


def both_ways(spec: LoadedSpec, paths: list[Path], monkeypatch: pytest.MonkeyPatch,
              *, lenient: bool = False) -> tuple[object, object]:
    monkeypatch.setattr(columnar, "BLOCK", 96)
    fast = report_of(spec, paths, lenient=lenient)
    with monkeypatch.context() as patched:
        patched.setattr(columnar, "available", lambda: False)
        rows = report_of(spec, paths, lenient=lenient)
    return fast, rows


@pytest.mark.parametrize("lenient", [False, True])
@pytest.mark.parametrize("case", sorted(CASES))
def test_same_report_as_the_row_reader(case: str, lenient: bool, spec: LoadedSpec,
                                       tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    path.write_bytes(CASES[case].encode("utf-8"))
    fast, rows = both_ways(spec, [path], monkeypatch, lenient=lenient)
    assert fast == rows


def test_tsv_and_repeats_across_files(spec: LoadedSpec, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a.tsv", tmp_path / "b.csv"
    first.write_text((HEADER + PLAIN).replace(",", "\t"), encoding="utf-8")
    second.write_text(HEADER + PLAIN.replace("pos", "neg"), encoding="utf-8")
    fast, rows = both_ways(spec, [first, second], monkeypatch)
    assert fast == rows
    assert isinstance(fast, dict)
    assert fast["totals"]["duplicates"] == 40  # type: ignore[index]


def test_bad_utf8_is_reported_the_same_way(spec: LoadedSpec, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    path.write_bytes((HEADER + PLAIN).encode("utf-8") + b"a1,g2,p\xffos\n")
    fast, rows = both_ways(spec, [path], monkeypatch)
    assert fast == rows
    assert "is not UTF-8" in str(fast) and ":42:" in str(fast)


def test_the_plain_file_is_read_without_the_row_reader(
        spec: LoadedSpec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(HEADER + PLAIN, encoding="utf-8")

    def refuse(path: Path, columns: Columns) -> None:
        raise AssertionError("the row reader was used")

    monkeypatch.setattr("guidekit.scoring.counting.read_rows", refuse)
    found = score(spec, [path])
    assert found.totals.rows == 40
    assert read.read_rows is not refuse


@pytest.mark.parametrize("size", [100_000, 200_000])
def test_a_runaway_label_cell_is_cut_short_or_refused(
        size: int, spec: LoadedSpec, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(HEADER + "a1,g1," + "x" * size + "\n" + PLAIN, encoding="utf-8")
    fast, rows = both_ways(spec, [path], monkeypatch)
    assert fast == rows
    text = json.dumps(fast)
    if size > blockcut.FIELD_LIMIT:  # the csv module's limit, 131072
        assert "answers.csv:2: cannot read row: field larger than" in text
    else:
        assert len(text) < 20_000 and f"... ({size} characters)" in text


def test_a_byte_order_mark_inside_the_file_is_no_new_annotator(
        spec: LoadedSpec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "joined.csv"
    path.write_text(HEADER + "a1,g1,pos\n\ufeffa1,g2,neg\n", encoding="utf-8")
    for report in both_ways(spec, [path], monkeypatch):
        assert isinstance(report, dict)
        assert [a["annotator"] for a in report["annotators"]] == ["a1"]
        assert report["annotators"][0]["gold_answered"] == 2
