"""Read submission files of any supported kind, one row at a time.

Supported: `.csv` (comma-separated), `.tsv` and `.tab` (tab-separated),
`.jsonl` and `.ndjson` (one JSON object per line); the suffix decides.
Tool exports too: Label Studio JSON (`.json`), Prodigy JSONL and MTurk
batch results CSV, picked by `Columns.input_format` or, when that is
"auto", by suffix and first line (sniff.py). Tool readers also yield
Notes: records the tool marks (cancelled, rejected), counted apart.
Nothing is kept: rows are yielded as they are read, so memory stays flat
however large the files are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from guidekit.errors import InputError
from guidekit.scoring.columns import Columns
from guidekit.scoring.delimited import read_delimited
from guidekit.scoring.jsonl import read_jsonl
from guidekit.scoring.labelstudio import read_labelstudio
from guidekit.scoring.mturk import read_mturk
from guidekit.scoring.prodigy import read_prodigy
from guidekit.scoring.resume import WHOLE, Start
from guidekit.scoring.rows import BadRow, Note, Row
from guidekit.scoring.sniff import sniff_format

Record = Row | BadRow | Note
Reader = Callable[[Path, str, Columns], Iterator[Record]]


def _delimited(path: Path, shown: str, columns: Columns, *, delimiter: str,
               start: Start = WHOLE) -> Iterator[Record]:
    return read_delimited(path, shown, columns, delimiter, start)


#: The long-format delimited files, by suffix, and their delimiter.
DELIMITERS = {".csv": ",", ".tsv": "\t", ".tab": "\t"}

READERS: dict[str, Reader] = {
    **{suffix: partial(_delimited, delimiter=delimiter)
       for suffix, delimiter in DELIMITERS.items()},
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}

#: A byte that is not UTF-8, as errors="surrogateescape" decodes it.
ESCAPED = re.compile("[\udc80-\udcff]")

TOOL_READERS: dict[str, Reader] = {
    "labelstudio": read_labelstudio,
    "prodigy": read_prodigy,
    "mturk": read_mturk,
}


def reader_for(path: str | Path, input_format: str = "auto") -> Reader:
    """The reader for `input_format`, else for `path`'s suffix; InputError if none."""
    if Path(path).is_dir():
        raise InputError(str(path), None, "is a folder, expected a submissions "
                         "file; name the files in it instead")
    if input_format in TOOL_READERS:
        return TOOL_READERS[input_format]
    suffix = Path(path).suffix.lower()
    if input_format == "auto" and suffix == ".json":
        return read_labelstudio
    reader = READERS.get(suffix)
    if reader is None:
        raise InputError(str(path), None, _unknown_kind(suffix, input_format))
    return _sniffing(reader) if input_format == "auto" else reader


def _unknown_kind(suffix: str, input_format: str) -> str:
    what = f"'{suffix}'" if suffix else "without a suffix"
    if input_format == "auto":
        kinds = ", ".join(sorted([*READERS, ".json"]))
        return (f"unknown kind of file {what}; name it with one of {kinds}, "
                "or pass --input-format")
    kinds = ", ".join(sorted(READERS))
    return (f"--input-format {input_format} reads {kinds} files, not a file "
            f"{what}; rename it, or pass the --input-format that fits")


def _sniffing(long: Reader) -> Reader:
    """A reader that looks at the file's first line, then reads it."""
    def read(path: Path, shown: str, columns: Columns) -> Iterator[Record]:
        kind = sniff_format(path)
        yield from (long if kind == "long" else TOOL_READERS[kind])(path, shown,
                                                                     columns)
    return read


def read_rows(path: str | Path, columns: Columns, *,
              start: Start = WHOLE) -> Iterator[Record]:
    """Every data row of one file, as Row, BadRow or Note; InputError for the file.

    A long-format CSV or TSV file is read from `start` on when given: the
    columnar reader's hand-over (resume.py).

    >>> rows = read_rows("answers.csv", Columns())  # doctest: +SKIP
    """
    shown = str(path)
    reader = reader_for(path, columns.input_format)
    path = Path(path)
    if start != WHOLE:
        reader = partial(_delimited, delimiter=DELIMITERS[path.suffix.lower()],
                         start=start)
    try:
        yield from reader(path, shown, columns)
    except UnicodeDecodeError:
        line, byte = _bad_utf8(path)
        raise InputError(shown, line, f"byte {byte:#04x} is not UTF-8; "
                         "save the file as UTF-8") from None
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise InputError(shown, None, f"cannot read file: {reason}") from None


def _bad_utf8(path: Path) -> tuple[int | None, int]:
    """Line number and value of the first byte that is not UTF-8.

    Lines are split as the csv module is given them (at `\\n`, `\\r\\n`
    and a lone `\\r`), so the number is the one a row reader gives, and
    only a line at a time is held. Each byte that is not UTF-8 decodes to
    a surrogate escape, which no UTF-8 text can hold.
    """
    with open(path, encoding="utf-8", errors="surrogateescape",
              newline="") as handle:
        for number, line in enumerate(handle, start=1):
            found = ESCAPED.search(line)
            if found:
                return number, ord(found.group()) - 0xDC00
    return None, 0
