"""Write gold items as a JSONL side file that a spec can include."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from guidekit.fileio import write_text_atomic
from guidekit.spec.models import GoldItem


def gold_line(item: GoldItem) -> str:
    """One item as one JSON line: sorted keys, UTF-8 text, no empty lists.

    >>> gold_line(GoldItem(id="g1", item={"text": "a"}, label="yes"))
    '{"id": "g1", "item": {"text": "a"}, "label": "yes", "pool": "exam"}'
    """
    data = item.model_dump(mode="json", by_alias=True, exclude_none=True)
    kept = {key: value for key, value in data.items() if value != []}
    return json.dumps(kept, sort_keys=True, ensure_ascii=False)


def gold_jsonl(items: Iterable[GoldItem]) -> str:
    """The whole side file: one line per item, in the given order."""
    return "".join(gold_line(item) + "\n" for item in items)


def write_gold(path: str | Path, items: Iterable[GoldItem]) -> None:
    """Write `items` to `path` atomically; the file appears whole or not at all."""
    write_text_atomic(path, gold_jsonl(items))
