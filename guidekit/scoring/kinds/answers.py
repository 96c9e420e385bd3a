"""Answers of each task kind, read from one label cell (Row.label).

The contract, the same in the README's answer table:

- multi_label: the set of labels that apply. In CSV and TSV the cell
  holds label values separated by `|` (`urgent|billing`), as gold CSV
  side files write lists; spaces around a value do not count and an
  empty part (`a||b`) is passed over. A cell that begins with `[` is
  read as a JSON list of strings instead, so `[]` is the empty set (an
  empty cell is a bad row, as in every kind: it may be a value left
  out). In JSONL the label is a JSON list (`["urgent", "billing"]`,
  `[]`) or a string read as in CSV. A value named twice counts once.
- span: a JSON list of objects `{"start": 0, "end": 3, "label": "PER"}`
  with an optional `"text"`; in JSONL the list itself, in CSV and TSV
  its JSON text in the cell; `[]` is no spans. Offsets count code
  points from 0 in the task's text_field, end exclusive, as in gold:
  0 <= start < end <= len(text), and `text`, when given, must equal
  text[start:end]. For an item that is not gold the text is unknown, so
  only 0 <= start < end is checked there. A span named twice counts once.
- rating: a point of the scale as a whole number (`4`, `-1`, `+2`), or
  a JSON number in JSONL; `4.0` or `four` is not a point.

Label values are matched with the one spelling rule (spec/spellings.py):
NFC and outer spaces trimmed, then values, then aliases. A value that
matches nothing, or a rating that is not a point of the scale, comes
back as Unknown: the row is counted and shown, never guessed. A cell
that cannot be read raises CellError with what is wrong and what to write.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, TypeGuard

from guidekit.spec.spellings import normal

SEPARATOR = "|"
SPAN_KEYS = frozenset({"start", "end", "label", "text"})
SPAN_EXAMPLE = '[{"start": 0, "end": 3, "label": "PER"}]'
WHOLE = re.compile(r"[+-]?[0-9]+")

Span = tuple[int, int, str]


class CellError(ValueError):
    """A label cell that cannot be read as an answer of the task's kind."""


@dataclass(frozen=True)
class Unknown:
    """Values in a cell that match no label (or no scale point)."""

    values: tuple[str, ...]


def read_labels(cell: str, spellings: dict[str, str]) -> frozenset[str] | Unknown:
    """A multi_label answer: the set of label values the cell names.

    >>> sorted(read_labels(" a | b|a", {"a": "a", "b": "b"}))
    ['a', 'b']
    >>> read_labels("a|zz", {"a": "a"})
    Unknown(values=('zz',))
    """
    text = normal(cell)
    if text.startswith("["):
        parts = _strings(_json(text, '["a", "b"]'))
    else:
        parts = [part for part in text.split(SEPARATOR) if part.strip()]
    return _matched(parts, spellings)


def read_spans(cell: str, spellings: dict[str, str],
               text: str | None) -> frozenset[Span] | Unknown:
    """A span answer: (start, end, label) triples; `text` is the item's, if known.

    >>> read_spans('[{"start": 0, "end": 3, "label": "P"}]', {"P": "P"}, "Ada")
    frozenset({(0, 3, 'P')})
    """
    value = _json(cell.strip(), SPAN_EXAMPLE)
    if not isinstance(value, list):
        raise CellError(f"is a JSON {_kind(value)}, not a list of spans; write "
                        f"e.g. {SPAN_EXAMPLE}, or [] for none")
    spans = [_span(i, one, text) for i, one in enumerate(value, start=1)]
    found = _matched([label for _, _, label in spans], spellings)
    if isinstance(found, Unknown):
        return found
    return frozenset((start, end, spellings[normal(label)])
                     for start, end, label in spans)


def read_rating(cell: str, points: range) -> int | Unknown:
    """A rating answer: a whole number that is a point of the scale.

    >>> read_rating(" +4 ", range(1, 6)), read_rating("7", range(1, 6))
    (4, Unknown(values=('7',)))
    """
    text = normal(cell)
    if WHOLE.fullmatch(text) is None or int(text) not in points:
        return Unknown((text,))
    return int(text)


def _matched(parts: list[str], spellings: dict[str, str]) -> frozenset[str] | Unknown:
    values = [spellings.get(normal(part)) for part in parts]
    missing = [normal(p) for p, v in zip(parts, values, strict=True) if v is None]
    if missing:
        return Unknown(tuple(dict.fromkeys(missing)))
    return frozenset(v for v in values if v is not None)


def _json(text: str, example: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        message = exc.msg[:1].lower() + exc.msg[1:]
        raise CellError(f"is not valid JSON ({message} at character {exc.pos + 1}); "
                        f"write e.g. {example}") from None


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CellError('is not a JSON list of label values; write e.g. '
                        '["a", "b"], or [] for none')
    return value


def _span(number: int, value: Any, text: str | None) -> Span:
    where = f"span {number}"
    if not isinstance(value, dict):
        raise CellError(f"{where} is a JSON {_kind(value)}, not an object; write "
                        f"e.g. {SPAN_EXAMPLE}")
    extra = sorted(set(value) - SPAN_KEYS)
    if extra:
        raise CellError(f"{where} has unknown key '{extra[0]}'; a span has start, "
                        "end, label and an optional text")
    start, end, label = value.get("start"), value.get("end"), value.get("label")
    if not (_whole(start) and _whole(end)):
        raise CellError(f"{where} needs whole-number start and end offsets; write "
                        f"e.g. {SPAN_EXAMPLE}")
    if not isinstance(label, str):
        raise CellError(f"{where} needs a label (a string)")
    _bounds(where, start, end, text, value.get("text"))
    return start, end, label


def _bounds(where: str, start: int, end: int, text: str | None,
            quoted: Any) -> None:
    if not 0 <= start < end:
        raise CellError(f"{where} runs from {start} to {end}; offsets need "
                        "0 <= start < end (end is exclusive)")
    if text is not None and end > len(text):
        raise CellError(f"{where} ends at {end}, past the end of the item's text "
                        f"({len(text)} characters); offsets count code points")
    if quoted is not None and text is not None and quoted != text[start:end]:
        raise CellError(f"{where} quotes text {json.dumps(quoted)}, but offsets "
                        f"{start}..{end} cover {json.dumps(text[start:end])}")


def _whole(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean",
             type(None): "null", int: "number", float: "number"}
    return names.get(type(value), type(value).__name__)
