"""Where each value of a loaded spec came from: file, line and column."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Path_ = tuple[Any, ...]


@dataclass(frozen=True)
class Pos:
    path: str
    line: int
    col: int


Place = tuple[str, int, int]
"""(file, line, col) as the YAML reader stores it in bulk; read back as a Pos."""


class Where:
    """Maps a data path such as ('gold', 3, 'label') to its position.

    A path not recorded falls back to its nearest recorded parent, so every
    problem gets a place even for a key that is missing.

    >>> w = Where()
    >>> w.put(("gold",), Pos("s.yaml", 4, 1))
    >>> w.at(("gold", 7, "label")).line
    4
    """

    def __init__(self) -> None:
        self._values: dict[Path_, Pos | Place] = {}
        self._keys: dict[Path_, Pos | Place] = {}
        self._notes: dict[Path_, tuple[str, str]] = {}

    def put(self, path: Path_, pos: Pos) -> None:
        self._values[path] = pos

    def put_key(self, path: Path_, pos: Pos) -> None:
        self._keys[path] = pos

    def put_all(self, values: dict[Path_, Place], keys: dict[Path_, Place]) -> None:
        """Record many places at once, as plain tuples made into Pos on lookup."""
        self._values.update(values)
        self._keys.update(keys)

    def note(self, path: Path_, raw: str, reading: str) -> None:
        """Remember an unquoted scalar YAML 1.1 would read as `reading`."""
        self._notes[path] = (raw, reading)

    def notes(self) -> dict[Path_, tuple[str, str]]:
        return dict(self._notes)

    def take(self, other: Where, prefix: Path_,
             new_prefix: Path_ | None = None) -> None:
        """Copy `other`'s places under `prefix`, re-rooted at `new_prefix`."""
        root = prefix if new_prefix is None else new_prefix
        n = len(prefix)
        pairs: list[tuple[dict[Path_, Any], dict[Path_, Any]]] = [
            (other._values, self._values),
            (other._keys, self._keys),
            (other._notes, self._notes),
        ]
        for theirs, mine in pairs:
            for path, value in theirs.items():
                if path[:n] == prefix:
                    mine[root + path[n:]] = value

    def renumber(self, prefix: Path_, index_map: dict[int, int]) -> None:
        """Move places under prefix+(i,) to prefix+(index_map[i],); drop the rest.

        One pass over every table, however many items move; places that
        keep their index are left where they are.
        """
        n = len(prefix)
        tables: list[dict[Path_, Any]] = [self._values, self._keys, self._notes]
        for table in tables:
            moved: dict[Path_, Any] = {}
            for path in [p for p in table if len(p) > n and p[:n] == prefix
                         and index_map.get(p[n]) != p[n]]:
                value = table.pop(path)
                new = index_map.get(path[n])
                if new is not None:
                    moved[(*prefix, new, *path[n + 1:])] = value
            table.update(moved)

    def graft(self, rows: Where, prefix: Path_, first: int) -> None:
        """Take a side file's places, keyed (row, ...), as prefix+(first+row, ...)."""
        pairs: list[tuple[dict[Path_, Any], dict[Path_, Any]]] = [
            (rows._values, self._values), (rows._keys, self._keys),
            (rows._notes, self._notes)]
        for theirs, mine in pairs:
            for path, value in theirs.items():
                if path:
                    mine[(*prefix, first + path[0], *path[1:])] = value

    def at(self, path: Path_) -> Pos:
        """Position of the value at `path`, or of its nearest parent."""
        for end in range(len(path), -1, -1):
            found = self._values.get(path[:end])
            if found is not None:
                return _pos(found)
        return Pos("", 1, 1)

    def key_at(self, path: Path_) -> Pos:
        """Position of the key that holds `path`, else of the value."""
        found = self._keys.get(path)
        return self.at(path) if found is None else _pos(found)


def _pos(found: Pos | Place) -> Pos:
    return found if isinstance(found, Pos) else Pos(*found)


def json_path(path: Path_) -> str:
    """'$.gold[3].label' for ('gold', 3, 'label')."""
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out
