"""The columnar read equals the row reader on seeded random, messy files.

Values come in several spellings that normalise alike (outer spaces,
NFC and NFD, label aliases), labels may be unknown, pairs repeat, and
blocks are tiny, so a raw value met in one block comes back in others.
The memo of coded values (rawcodes.py) is also made to forget at once.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from guidekit.scoring import blockparse, columnar, rawcodes
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


@pytest.mark.parametrize("size", [1, 7, 64, 1 << 20])
def test_blocks_are_whole_lines_and_cover_the_file(size: int, tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    text = messy(7, 200).encode("utf-8") + b"a1,g1,pos"
    path.write_bytes(text)
    cut = []
    with open(path, "rb") as handle:
        handle.readline()
        while (block := blockparse._next_block(handle, size)) != blockparse.END:
            cut.append(block[0][:block[1]])
    assert b"".join(cut) == text[text.index(b"\n") + 1:]
    assert all(part.endswith(b"\n") for part in cut[:-1])
    assert all(len(part) <= size or part.count(b"\n") <= 1 for part in cut)
