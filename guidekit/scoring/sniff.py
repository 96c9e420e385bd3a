"""Which reader an "auto" input format picks, by suffix and first line.

`.json` is a Label Studio export. A `.csv` file whose header has
`WorkerId` and an `Answer.*` column is an MTurk batch results file; a
`.jsonl`/`.ndjson` file whose first object has `answer` and one of
Prodigy's own keys (`_input_hash`, `_task_hash`, `_annotator_id`,
`_session_id`) is a Prodigy stream. Anything else is long format. Only
the first line is looked at; pass `--input-format` to say outright.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

PRODIGY_KEYS = ("_input_hash", "_task_hash", "_annotator_id", "_session_id")


def sniff_format(path: Path) -> str:
    """"labelstudio", "mturk", "prodigy" or "long" for an existing file."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "labelstudio"
    line = _first_line(path)
    if suffix == ".csv" and _is_mturk(line):
        return "mturk"
    if suffix in (".jsonl", ".ndjson") and _is_prodigy(line):
        return "prodigy"
    return "long"


def _first_line(path: Path) -> str:
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        for line in handle:
            if line.strip():
                return line
    return ""


def _is_mturk(line: str) -> bool:
    try:
        header = [name.strip() for name in next(csv.reader([line]), [])]
    except csv.Error:  # a field past the size limit: the long reader says so
        return False
    return "WorkerId" in header and any(n.startswith("Answer.") for n in header)


def _is_prodigy(line: str) -> bool:
    try:
        record = json.loads(line)
    except ValueError:  # broken JSON, or a number past Python's digit limit
        return False
    return (isinstance(record, dict) and "answer" in record
            and any(key in record for key in PRODIGY_KEYS))
