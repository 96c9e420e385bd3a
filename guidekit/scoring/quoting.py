"""Where a block of a CSV file has quoted values, as the csv module reads them.

The csv module (strict, `"` quoting, quotes doubled) opens a quoted value
only with a `"` at the start of a field; one further into an unquoted
field is text, as is every later one in that field. Inside a quoted
value `""` is a quote and a lone `"` closes it; a closing quote must be
followed by the delimiter or a line end, or the csv module refuses the
row. Outside quoted values a line end ends the record. Where the csv
module accepts the text, pyarrow reads quoted values the same way
(blockparse.py), so the quoted values tell where records end and where
the csv module would fail (recordcut.py, blockrecords.py).

The quotes are paired with numpy as if each opened or closed a value in
turn. The first that does not fit is either text (not at a field start:
pairing starts again after its field) or one the csv module refuses, so
a Python loop runs once per quote that is text, not once per quote. A
quote with text on both sides (`5" screen`) is set aside first: it is
text, or refused when it falls inside a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Codes = NDArray[np.int64]
Flags = NDArray[np.bool_]
QUOTE, LF, CR = 34, 10, 13
_NONE = np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class Quoted:
    """The quoted values of a block: where each opens and closes, in bytes.

    A `""` inside a value may close one and open the next. A value still
    open at the block's end closes at the end. `refused` is the first
    quote the csv module refuses (text after a closing quote), -1 if
    none; the quotes after it are not paired.
    """

    opens: Codes
    closes: Codes
    refused: int

    def inside(self, at: Codes) -> Flags:
        """Whether each byte position of `at` lies inside a quoted value."""
        if not len(self.opens):
            return np.zeros(len(at), dtype=np.bool_)
        k = np.searchsorted(self.opens, at) - 1
        inside: Flags = (k >= 0) & (at < self.closes[np.maximum(k, 0)])
        return inside

    def open_at(self, end: int) -> int:
        """Where the value left open at `end` opens; -1 if none is."""
        left_open = len(self.closes) and self.closes[-1] >= end
        return int(self.opens[-1]) if left_open else -1

    def before(self, end: int) -> Quoted:
        """The values of the block's first `end` bytes, `end` a record's end."""
        kept = int(np.searchsorted(self.opens, end))
        return Quoted(self.opens[:kept], self.closes[:kept],
                      self.refused if self.refused < end else -1)


def quoted(data: bytes, end: int, delimiter: str) -> Quoted:
    """The quoted values of data[:end], a block that starts a record."""
    codes = np.frombuffer(data, dtype=np.uint8, count=end)
    at = np.flatnonzero(codes == QUOTE)
    if not len(at):
        return Quoted(_NONE, _NONE, -1)
    ends_field = np.zeros(256, dtype=np.bool_)
    ends_field[[ord(delimiter), LF, CR, QUOTE]] = True
    opens = ends_field[codes[np.maximum(at - 1, 0)]] | (at == 0)
    closes = ends_field[codes[np.minimum(at + 1, end - 1)]] | (at == end - 1)
    # a quote with text on both sides is text, or refused inside a value
    paired = opens | closes
    values = _paired(data, end, at[paired], [opens[paired], closes[paired]],
                     _field_end(delimiter))
    return values if paired.all() else _refused_within(values, at[~paired])


def _paired(data: bytes, end: int, at: Codes, fits: list[Flags],
            field_end: re.Pattern[bytes]) -> Quoted:
    runs, first, refused = [], 0, -1
    unfit: dict[int, Codes] = {}
    while first < len(at):
        wrong = unfit.get(first & 1)
        if wrong is None:
            wrong = unfit[first & 1] = _unfit(fits, first & 1)
        k = int(np.searchsorted(wrong, first))
        stop = int(wrong[k]) if k < len(wrong) else len(at)
        if stop < len(at) and (stop - first) & 1:
            refused, stop = int(at[stop]), stop + 1
        runs.append(at[first:stop])
        if stop == len(at) or refused >= 0:
            break
        found = field_end.search(data, int(at[stop]), end)  # a quote that is text
        first = int(np.searchsorted(at, found.start() if found else end))
    quotes = np.concatenate(runs) if runs else _NONE
    closes = np.append(quotes[1::2], np.full(len(quotes) & 1, end, dtype=np.int64))
    return Quoted(quotes[0::2], closes, refused)


def _refused_within(values: Quoted, alone: Codes) -> Quoted:
    """`values`, refused at the first of `alone` inside one, if before `refused`."""
    within = alone[values.inside(alone)]
    if not len(within) or 0 <= values.refused < within[0]:
        return values
    k = int(np.searchsorted(values.opens, within[0]))
    closes = values.closes[:k].copy()
    closes[-1] = within[0]
    return Quoted(values.opens[:k], closes, int(within[0]))


def _unfit(fits: list[Flags], parity: int) -> Codes:
    """The quotes that do not fit when those of `parity` open values."""
    opens, closes = fits
    wrong = np.empty(len(opens), dtype=np.bool_)
    wrong[parity::2] = ~opens[parity::2]
    wrong[1 - parity::2] = ~closes[1 - parity::2]
    return np.flatnonzero(wrong)


def _field_end(delimiter: str) -> re.Pattern[bytes]:
    return re.compile(b"[" + re.escape(delimiter.encode()) + b"\r\n]")
