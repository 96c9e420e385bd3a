"""Reading a label cell as a multi_label, span or rating answer."""

from __future__ import annotations

import pytest

from guidekit.scoring.kinds.answers import (
    CellError,
    Unknown,
    read_labels,
    read_rating,
    read_spans,
)

SPELL = {"billing": "billing", "bill": "billing", "urgent": "urgent", "bug": "bug"}
SPANS = {"PER": "PER", "person": "PER", "ORG": "ORG"}
TEXT = "Ada met Bob"


@pytest.mark.parametrize(("cell", "expected"), [
    ("billing|urgent", {"billing", "urgent"}),
    (" bill | urgent |", {"billing", "urgent"}),
    ("urgent||urgent", {"urgent"}),
    ('["bill", "bug"]', {"billing", "bug"}),
    ("[]", set()),
    ("Bill\u0020", set()),
])
def test_label_sets(cell: str, expected: set[str]) -> None:
    found = read_labels(cell, SPELL)
    if cell.startswith("Bill"):
        # case-sensitive, as every spelling: 'Bill' is no label
        assert found == Unknown(("Bill",))
    else:
        assert found == frozenset(expected)


def test_label_set_unknown_values_are_named_once() -> None:
    assert read_labels("zz|bug|zz|yy", SPELL) == Unknown(("zz", "yy"))


@pytest.mark.parametrize(("cell", "message"), [
    ('["bill", ', "is not valid JSON"),
    ('["bill", 3]', "is not a JSON list of label values"),
])
def test_label_set_bad_cells(cell: str, message: str) -> None:
    with pytest.raises(CellError, match=message):
        read_labels(cell, SPELL)


def test_spans_are_read_and_labels_matched() -> None:
    cell = ('[{"start": 0, "end": 3, "label": "person", "text": "Ada"},'
            ' {"start": 8, "end": 11, "label": "PER"},'
            ' {"start": 0, "end": 3, "label": "PER"}]')
    assert read_spans(cell, SPANS, TEXT) == frozenset({(0, 3, "PER"), (8, 11, "PER")})
    assert read_spans("[]", SPANS, TEXT) == frozenset()


def test_span_with_an_unknown_label() -> None:
    cell = '[{"start": 0, "end": 3, "label": "GPE"}]'
    assert read_spans(cell, SPANS, TEXT) == Unknown(("GPE",))


@pytest.mark.parametrize(("cell", "message"), [
    ('[{"start": 0, "end": 3, "label": "PER"', "is not valid JSON"),
    ('{"start": 0, "end": 3, "label": "PER"}', "is a JSON object, not a list"),
    ('["PER"]', "span 1 is a JSON string, not an object"),
    ('[{"start": 0, "end": 3, "label": "PER", "type": "x"}]', "unknown key 'type'"),
    ('[{"start": 0, "end": 3.5, "label": "PER"}]', "whole-number start and end"),
    ('[{"start": true, "end": 3, "label": "PER"}]', "whole-number start and end"),
    ('[{"start": 0, "end": 3}]', "needs a label"),
    ('[{"start": 4, "end": 2, "label": "PER"}]', "runs from 4 to 2"),
    ('[{"start": 2, "end": 2, "label": "PER"}]', "runs from 2 to 2"),
    ('[{"start": -1, "end": 2, "label": "PER"}]', "runs from -1 to 2"),
    ('[{"start": 8, "end": 12, "label": "PER"}]', r"past the end .*\(11 char"),
    ('[{"start": 0, "end": 3, "label": "PER", "text": "Bob"}]', 'quotes text "Bob"'),
])
def test_bad_span_cells(cell: str, message: str) -> None:
    with pytest.raises(CellError, match=message):
        read_spans(cell, SPANS, TEXT)


def test_span_bounds_need_the_text() -> None:
    # an item that is not gold: its text is unknown, only 0 <= start < end holds
    cell = '[{"start": 50, "end": 60, "label": "ORG"}]'
    assert read_spans(cell, SPANS, None) == frozenset({(50, 60, "ORG")})


@pytest.mark.parametrize(("cell", "expected"), [
    ("4", 4), (" +2 ", 2), ("1", 1), ("5", 5),
    ("0", Unknown(("0",))), ("6", Unknown(("6",))), ("4.0", Unknown(("4.0",))),
    ("good", Unknown(("good",))), ("\u0664", Unknown(("\u0664",))),
])
def test_ratings(cell: str, expected: int | Unknown) -> None:
    assert read_rating(cell, range(1, 6)) == expected
