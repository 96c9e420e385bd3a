"""The columnar read equals the row reader on seeded random, messy files.

Values come in several spellings that normalise alike (outer spaces,
NFC and NFD, label aliases), labels may be unknown, pairs repeat, and
blocks are tiny, so a raw value met in one block comes back in others.
The memo of coded values (rawcodes.py) is also made to forget at once.
Rough files add what hands a file to the row reader part-way (quotes,
empty values, bad UTF-8 in a column not read) and every kind of line
end, so the hand-over (resume.py) is met at every place in a block.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from guidekit.errors import InputError
from guidekit.scoring import blockcut, columnar, rawcodes
from guidekit.scoring.columns import Columns
from guidekit.scoring.counting import count_tables
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.tables import CountTables
from guidekit.spec.loader import LoadedSpec

NAMES = ["a1", " a1", "a1 ", "b\u00e9", "be\u0301", "c", "d"]
ITEMS = ["g1", "g1 ", "g2", "g3", "g4", "g5", "\u00e91", "e\u03011", "n1", " n2"]
LABELS = ["pos", " pos", "Positive", "1", "neg", "0", "caf\u00e9", "cafe\u0301",
          "nope", "x y"]


def messy(seed: int, rows: int) -> str:
    rng = random.Random(seed)
    lines = [f"{rng.choice(NAMES)},{rng.choice(ITEMS)},{rng.choice(LABELS)}\n"
             for _ in range(rows)]
    return "annotator,item,label\n" + "".join(lines)


#: Notes the csv module reads: quoted, a delimiter or line end inside.
NOTES = ['"q"', '"a,b"', '"two\nlines"', '"say ""hi"""', 'mid "quote']
#: At most one per file: a byte that is not UTF-8 (a surrogate escape), an
#: open quote; "" is none.
FAULTS = ["", "", "\udcff", '"open']
ENDS = ["\n", "\r\n", "\r"]


def rough(seed: int, rows: int) -> bytes:
    """A file with a note column, mostly plain, its line ends mixed."""
    rng = random.Random(seed)
    ends = ENDS if rng.random() < 0.5 else ENDS[:1]
    quoted, empty = rng.random() < 0.5, rng.random() < 0.5
    # late: past the first 8 KiB, which the columnar reader decodes as text
    fault, at = rng.choice(FAULTS), rng.randrange(rows // 2, rows)
    lines = ["annotator,note,item,label" + rng.choice(ENDS)]
    for row in range(rows):
        note = rng.choice(NOTES) if quoted and rng.random() < 0.01 else "n"
        note = fault if row == at and fault else note
        item = "" if empty and rng.random() < 0.003 else rng.choice(ITEMS)
        lines.append(f"{rng.choice(NAMES)},{note},{item},{rng.choice(LABELS)}"
                     + rng.choice(ends))
    return "".join(lines).encode("utf-8", "surrogateescape")


def outcome(path: Path, key: GoldKey, *, fast: bool) -> object:
    """What count_tables makes of `path`: the tables, or the error's text."""
    try:
        return view(count_tables([path], key, Columns(), fast=fast, lenient=True))
    except InputError as error:
        return str(error)


def view(tables: CountTables) -> dict[str, object]:
    """Everything the tables hold, in plain values, order included."""
    answers = [tuple(map(tuple, (a.tolist(), i.tolist(), y.tolist())))
               for a, i, y in tables.first.chunks()]
    fields = ("rows", "non_gold", "unknown", "duplicates", "duplicates_differing",
              "unknown_values", "unknown_examples", "duplicate_examples",
              "skipped")
    return {"annotators": tables.first.annotators, "items": tables.first.items,
            "answers": answers, "cube": tables.cube.tolist(),
            **{name: getattr(tables, name) for name in fields}}


def both(spec: LoadedSpec, path: Path,
         monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    """The tables read columnar (all of the file) and row by row."""
    key = GoldKey.from_spec(spec.spec)
    rows = view(count_tables([path], key, Columns(), fast=False))
    monkeypatch.setattr("guidekit.scoring.counting.read_rows", None)
    fast = view(count_tables([path], key, Columns()))
    return fast, rows


@pytest.mark.parametrize("block", [1, 40, 500, 1 << 22])
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_messy_files_count_the_same_both_ways(
        seed: int, block: int, spec: LoadedSpec, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(messy(seed, 400), encoding="utf-8")
    monkeypatch.setattr(columnar, "BLOCK", block)
    fast, rows = both(spec, path, monkeypatch)
    assert fast == rows
    assert isinstance(fast, dict) and fast["duplicates"] and fast["unknown"]


@pytest.mark.parametrize("block", [1, 40, 500, 1 << 22])
@pytest.mark.parametrize("seed", range(10, 26))
def test_rough_files_count_the_same_both_ways(
        seed: int, block: int, spec: LoadedSpec, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    path.write_bytes(rough(seed, 1200))
    monkeypatch.setattr(columnar, "BLOCK", block)
    key = GoldKey.from_spec(spec.spec)
    assert outcome(path, key, fast=True) == outcome(path, key, fast=False)


#: Values as spreadsheets and people quote them ({d} the delimiter, {e} a
#: line end); a quote inside an unquoted value, or after a space, is text.
SHAPES = ['"{v}"', '"{v}{d}x"', '"say ""{v}"""', '"{v}{e}more"', '"{v}"""',
          '{v} "x', '5" {v}', ' "{v}"']
#: For the note column only: these empty or split a value read.
NOTE_SHAPES = ['""', '"{d}"', '"{e}"', '"a{d}""{e}"""']
#: At most one per file: an open quote, text after a closing quote, a
#: blank line; "" is none.
QUOTE_FAULTS = ["", "", "", "", '"open', '"a"b', "blank"]
#: The last, a line end in a quoted name, is for the row reader alone.
HEADERS = ["annotator,note,item,label"] * 3 + [
    '"annotator","note","item","label"'] * 3 + ['annotator,"no{e}te",item,label']


def quoting(seed: int, rows: int) -> tuple[bytes, bool]:
    """A file with quoted values of every kind, and whether it has a fault."""
    rng = random.Random(seed)
    d, ends = rng.choice(",;"), rng.choice([ENDS, ["\r\n"], ["\n"]])
    share = rng.choice([0.02, 0.3, 1.0])  # of the values quoted
    fault, at = rng.choice(QUOTE_FAULTS), rng.randrange(rows // 2, rows)
    header = rng.choice(HEADERS)
    lines = [header.replace(",", d).format(e=rng.choice(ends)) + rng.choice(ends)]
    for row in range(rows):
        values = [rng.choice(NAMES), "n", rng.choice(ITEMS), rng.choice(LABELS)]
        fields = [_shaped(rng, value, d, rng.choice(ends), column == 1)
                  if rng.random() < share else value
                  for column, value in enumerate(values)]
        if row == at and fault:
            fields[1] = "" if fault == "blank" else fault
            fields = [] if fault == "blank" else fields
        lines.append(d.join(fields) + rng.choice(ends))
    return "".join(lines).encode(), bool(fault) or "{e}" in header


def _shaped(rng: random.Random, value: str, d: str, end: str, note: bool) -> str:
    shape = rng.choice(SHAPES + NOTE_SHAPES if note else SHAPES)
    return shape.format(v=value, d=d, e=end)


@pytest.mark.parametrize("block", [1, 40, 500, 1 << 22])
@pytest.mark.parametrize("seed", range(30, 54))
def test_quoted_files_count_the_same_both_ways(
        seed: int, block: int, spec: LoadedSpec, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    data, fault = quoting(seed, 600)
    path.write_bytes(data)
    for module in ("buckets", "batch", "tables"):  # every example, by line
        monkeypatch.setattr(f"guidekit.scoring.{module}.EXAMPLES", 10**6)
    monkeypatch.setattr(columnar, "BLOCK", block)
    key = GoldKey.from_spec(spec.spec)
    rows = outcome(path, key, fast=False)
    if not fault:  # then the row reader is not needed
        monkeypatch.setattr("guidekit.scoring.counting.read_rows", None)
    assert outcome(path, key, fast=True) == rows
    assert fault or len(rows["unknown_examples"]) > 50  # type: ignore[index]


@pytest.mark.parametrize("cap", [1, 3])
def test_a_memo_that_forgets_changes_nothing(
        cap: int, spec: LoadedSpec, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(messy(5, 300), encoding="utf-8")
    monkeypatch.setattr(columnar, "BLOCK", 64)
    monkeypatch.setattr(rawcodes, "CAP_VALUES", cap)
    fast, rows = both(spec, path, monkeypatch)
    assert fast == rows


def test_codes_are_remembered_by_exact_text() -> None:
    pa = pytest.importorskip("pyarrow")
    memo = rawcodes.RawCodes()
    block = pa.array(["x", " y", "z", "x"], type=pa.string())
    assert memo.find(block).tolist() == [rawcodes.NEW] * 4
    memo.remember(rawcodes.take(block, np.array([0, 2])), np.array([7, -1]))
    assert memo.find(block).tolist() == [7, rawcodes.NEW, -1, 7]
    memo.remember(rawcodes.take(block, np.array([1])), np.array([0]))
    assert memo.find(pa.array(["y", " y"], type=pa.string())).tolist() \
        == [rawcodes.NEW, 0]


def test_the_read_does_not_import_pandas(spec: LoadedSpec, tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(messy(6, 300), encoding="utf-8")
    script = (
        "import sys\n"
        "from guidekit.scoring.columns import Columns\n"
        "from guidekit.scoring.counting import count_tables\n"
        "from guidekit.scoring.gold import GoldKey\n"
        "from guidekit.spec.loader import load_spec\n"
        f"key = GoldKey.from_spec(load_spec({str(spec.path)!r}).spec)\n"
        f"tables = count_tables([{str(path)!r}], key, Columns())\n"
        "print(tables.rows, 'pandas' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == ["300", "False"]


def line_ends(data: bytes) -> int:
    """How many lines end in `data`: at `\\n`, `\\r\\n` or a lone `\\r`."""
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("size", [1, 7, 64, 1 << 20])
def test_blocks_are_whole_lines_and_cover_the_file(size: int, end: str,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    header, body = messy(7, 200).split("\n", 1)
    text = f"{header}\n{body.replace(chr(10), end)}a1,g1,pos".encode()
    path.write_bytes(text)
    cut = []
    with open(path, "rb") as handle:
        handle.readline()
        while (block := blockcut.next_block(handle, size)) != blockcut.END:
            cut.append(block[0][:block[1]])
    assert b"".join(cut) == text[text.index(b"\n") + 1:]
    assert all(part.endswith(end.encode()) for part in cut[:-1])
    assert all(len(part) <= size or line_ends(part) <= 1 for part in cut)
    assert len(cut) >= min(201, len(text) // size)
