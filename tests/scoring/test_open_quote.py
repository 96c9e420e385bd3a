"""A quote left open is named as such, at the line where its value starts.

`open_quote` is checked against a reference that follows csv.reader's
states a character at a time (strict, `"` quoting), and the reference
against the csv module itself, on seeded random rows with a small field
limit. The messages are then checked on whole files, read both ways.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from guidekit.errors import InputError
from guidekit.scoring import columnar
from guidekit.scoring.columns import Columns
from guidekit.scoring.counting import count_tables
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.open_quote import open_quote
from guidekit.spec.loader import LoadedSpec

PIECES = ["a", "b", ",", '"', '"', "\n", "\r\n", "\r", " "]
#: Whole fields: plain, quoted (line ends and doubled quotes inside), broken.
FIELDS = ["", "a", "bb", '"a"', '"a\nb"', '"\r\n"', '"a""b"', '"a,b"', '"open',
          '"a"b', 'a"b', "a\n"]
LIMIT = 8


def reference(lines: list[str], limit: int) -> tuple[str, int | None]:
    """How csv.reader ends its first row of `lines`, a character at a time.

    ("row", None) when the row ends; ("limit" or "eof", line of the open
    quoted value or None); ("strict", None) for a quote followed by text.
    """
    state, size, opened = "start", 0, None
    for number, text in enumerate(lines):
        for char in text:
            state, size, end = _step(state, size, char)
            if state == "quoted" and end == "open":
                opened = number
            if end in ("row", "strict"):
                return end, None
            if size > limit:
                return "limit", opened if state == "quoted" else None
        if state != "quoted":
            return "row", None  # a line's end ends the row outside a quote
    return ("eof", opened) if state == "quoted" else ("row", None)


def _step(state: str, size: int, char: str) -> tuple[str, int, str | None]:
    """The state after `char`, the value's length, and what happened."""
    if state == "start":
        if char == '"':
            return "quoted", 0, "open"
        if char in "\r\n":
            return "start", 0, "row"
        return ("start", 0, None) if char == "," else ("field", 1, None)
    if state == "field":
        if char in "\r\n":
            return "start", 0, "row"
        return ("start", 0, None) if char == "," else ("field", size + 1, None)
    if state == "quoted":
        return ("quote", size, None) if char == '"' else ("quoted", size + 1, None)
    if char == '"':
        return "quoted", size + 1, None
    if char == ",":
        return "start", 0, None
    return ("start", 0, "row") if char in "\r\n" else ("start", 0, "strict")


def rows(seed: int) -> Iterator[list[str]]:
    """Lines as csv.reader is given them: characters at random, or fields."""
    rng = random.Random(seed)
    for _ in range(3000):
        if rng.random() < 0.5:
            text = "".join(rng.choices(PIECES, k=rng.randrange(1, 24)))
        else:
            text = ",".join(rng.choices(FIELDS, k=rng.randrange(1, 8)))
        yield list(io.StringIO(text, newline=""))


def csv_ending(lines: list[str]) -> str:
    """How the csv module ends the first row, with the field limit at LIMIT."""
    old = csv.field_size_limit(LIMIT)
    try:
        next(csv.reader(iter(lines), strict=True), None)
    except csv.Error as error:
        reason = str(error)
        return ("eof" if reason == "unexpected end of data" else
                "limit" if reason.startswith("field larger") else "strict")
    finally:
        csv.field_size_limit(old)
    return "row"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_reference_ends_rows_as_the_csv_module_does(seed: int) -> None:
    endings = [(reference(lines, LIMIT)[0], csv_ending(lines))
               for lines in rows(seed)]
    assert all(ours == theirs for ours, theirs in endings)
    assert {ours for ours, _ in endings} == {"row", "eof", "limit", "strict"}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_open_quote_finds_the_reference_line(seed: int) -> None:
    found = [(open_quote(lines, ",", LIMIT), reference(lines, LIMIT)[1])
             for lines in rows(seed)]
    assert all(ours == theirs for ours, theirs in found)
    assert sum(line is not None and line > 0 for _, line in found) > 20


HEADER = "annotator,note,item,label\n"
ROWS = ["".join(f"a{n % 8},n,g{1 + n % 5},pos\n" for n in range(count))
        for count in (100, 40_000)]
NOT_CLOSED = ("quoted value not closed: the '\"' that opens it on this line has "
              "no closing '\"' before {}; add the closing quote, or write a "
              "'\"' inside a value as '\"\"'")
FIELD_LIMIT = csv.field_size_limit()


def both_ways(spec: LoadedSpec, path: Path, monkeypatch: pytest.MonkeyPatch,
              block: int) -> list[str]:
    """The error each way of reading gives: columnar (with `block`), rows."""
    key, found = GoldKey.from_spec(spec.spec), []
    monkeypatch.setattr(columnar, "BLOCK", block)
    for fast in (True, False):
        with pytest.raises(InputError) as caught:
            count_tables([path], key, Columns(), fast=fast)
        found.append(str(caught.value))
    return found


@pytest.mark.parametrize("block", [512, 1 << 22])
@pytest.mark.parametrize(("after", "where"), [
    (0, "the end of the file"),
    (1, f"the csv field size limit ({FIELD_LIMIT} characters)")])
def test_an_open_quote_late_in_a_big_file_is_named_both_ways(
        after: int, where: str, block: int, spec: LoadedSpec, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(HEADER + ROWS[1] + 'a1,"n,g2,pos\n' + ROWS[after],
                    encoding="utf-8")
    expected = f"{path}:40002: " + NOT_CLOSED.format(where)
    assert both_ways(spec, path, monkeypatch, block) == [expected, expected]


def test_the_line_named_is_the_quote_s_not_the_row_s(
        spec: LoadedSpec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(HEADER + ROWS[0] + 'a1,"two\nlines",g2,"pos\n' + ROWS[0],
                    encoding="utf-8")
    expected = f"{path}:103: " + NOT_CLOSED.format("the end of the file")
    assert both_ways(spec, path, monkeypatch, 256) == [expected, expected]


def test_a_long_value_without_quotes_keeps_the_csv_module_s_reason(
        spec: LoadedSpec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.tsv"
    long = "x" * (FIELD_LIMIT + 1)
    path.write_text((HEADER + ROWS[0]).replace(",", "\t")
                    + f'a1\t"{long}\tg1\tpos\n', encoding="utf-8")
    expected = (f"{path}:102: cannot read row: field larger than field limit "
                f"({FIELD_LIMIT})")
    assert both_ways(spec, path, monkeypatch, 256) == [expected, expected]
