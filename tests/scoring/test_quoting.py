"""Quoted values found with numpy end records where the csv module ends them.

Seeded random text, made of the pieces quoting turns on, is read by
csv.reader (strict) and by quoting.quoted: each record must take the
same lines (its line ends inside quoted values, then one outside), and
the csv module must fail in the record where quoted() finds a refused
or open quote, with that reason. pyarrow, given the same records with
quoting on, must read the same values.
"""

from __future__ import annotations

import csv
import io
import random

import numpy as np
import pytest

from guidekit.scoring.quoting import Quoted, quoted
from guidekit.scoring.recordcut import RecordCut, record_start

PIECES = ["a", "b", " ", '"', '"', '""', "\n", "\r\n", "\r", ",", ";"]


def texts(seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [("".join(rng.choices(PIECES, k=rng.randrange(1, 30))), rng.choice(",;"))
            for _ in range(4000)]


def csv_records(text: str, delimiter: str) -> tuple[list[int], str]:
    """Lines of each record csv.reader reads, and why it stops ("" at the end)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                        strict=True)
    taken, before = [], 0
    try:
        for _ in reader:
            taken.append(reader.line_num - before)
            before = reader.line_num
    except csv.Error as error:
        return taken, str(error)
    return taken, ""


def our_records(text: str, delimiter: str) -> tuple[list[int], str]:
    """The same from quoted(): lines per record up to a refused or open quote."""
    data = text.encode()
    values = quoted(data, len(data), delimiter)
    stop = min([at for at in (values.refused, values.open_at(len(data))) if at >= 0],
               default=len(data))
    ends = np.array([at for at, byte in enumerate(data) if byte == 10 or (
        byte == 13 and data[at + 1:at + 2] != b"\n")], dtype=np.int64)
    taken, lines = [], 0
    for at, inside in zip(ends.tolist(), values.inside(ends).tolist(), strict=True):
        if at > stop:
            break
        lines += 1
        if not inside:
            taken.append(lines)
            lines = 0
    if stop < len(data):
        why = "unexpected end of data" if stop != values.refused else \
            f"'{delimiter}' expected after '\"'"
        return taken, why
    return taken + ([lines + 1] if data and data[-1:] not in b"\r\n" else []), ""


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_records_end_where_the_csv_module_ends_them(seed: int) -> None:
    found = [(our_records(text, d), csv_records(text, d)) for text, d in texts(seed)]
    assert all(ours == theirs for ours, theirs in found)
    reasons = {why for (_, why), _ in found}
    assert reasons == {"", "unexpected end of data", "',' expected after '\"'",
                       "';' expected after '\"'"}
    assert sum(max(lines, default=1) > 1 for (lines, _), _ in found) > 200


def arrow_rows(text: str, delimiter: str, width: int) -> list[list[str]]:
    pa = pytest.importorskip("pyarrow")
    pa_csv = pytest.importorskip("pyarrow.csv")
    names = [f"c{j}" for j in range(width)]
    table = pa_csv.read_csv(
        pa.py_buffer(text.encode()), pa_csv.ReadOptions(column_names=names),
        pa_csv.ParseOptions(delimiter=delimiter, quote_char='"',
                            newlines_in_values=True),
        pa_csv.ConvertOptions(column_types=dict.fromkeys(names, pa.string()),
                              strings_can_be_null=False))
    return [[row[name] for name in names] for row in table.to_pylist()]


@pytest.mark.parametrize("seed", [5, 6])
def test_pyarrow_reads_what_the_csv_module_accepts_alike(seed: int) -> None:
    compared = 0
    for text, delimiter in texts(seed):
        records, why = csv_records(text, delimiter)
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        widths = {len(row) for row in rows}
        if why or len(widths) != 1 or widths == {0}:
            continue  # refused, or rows pyarrow would not split alike
        assert arrow_rows(text, delimiter, widths.pop()) == rows
        compared += 1
    assert compared > 500


def test_a_quote_inside_an_unquoted_field_is_text() -> None:
    data = b'a,5" x,"b\nc"\nd,"e",f\n'
    values = quoted(data, len(data), ",")
    assert values.opens.tolist() == [7, 15] and values.refused == -1
    assert values.inside(np.array([9, 12])).tolist() == [True, False]


def test_a_cut_never_ends_a_block_inside_a_quoted_value() -> None:
    data = b'a,"x\ny",b\nc,"p\nq\n'
    cut = RecordCut(",")
    assert cut(data, len(data)) == 10
    found = cut.values_of(data, 10)
    assert isinstance(found, Quoted) and found.opens.tolist() == [2]
    assert record_start(data, 12, found) == 10
    assert cut.values_of(b"other", 3) is None
