"""Build data straight from libyaml's events, skipping the node graph.

The fast path for the usual spec: libyaml present and no tab in the
text. It gives exactly what `yamlbuild.Builder` gives from the nodes (the
tests compare the two), about a third faster on a large gold set.
Anything else (a syntax error, several documents, an alias, a merge key,
a problem that stops reading) raises NotStreamable, and the caller reads
the text the node way, which reports it. An anchor with no alias changes
nothing, so it streams.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

from guidekit.spec.yamlbuild import MERGE_TAG, Builder, Path_
from guidekit.spec.yamlparse import FAST, MAX_DEPTH, STR_TAG, YamlProblem, plain_tag


class NotStreamable(Exception):
    """This text is for the node path (`yamlparse.compose`)."""


def streamable(text: str) -> bool:
    # libyaml accepts some tabs PyYAML refuses; yamlparse.compose says which
    return FAST is not None and "\t" not in text


class EventBuilder(Builder):
    def stream(self, text: str) -> Any:
        """The data of the one document in `text`; places go into `where`."""
        loader = FAST(text)
        self._next: Callable[[], Any] = loader.get_event
        try:
            data = self._document()
        except (yaml.YAMLError, YamlProblem) as exc:
            raise NotStreamable from exc
        finally:
            loader.dispose()
        self.where.put_all(self._values, self._keys)
        return data

    def _document(self) -> Any:
        self._expect(StreamStartEvent)
        self._expect(DocumentStartEvent)
        data = self._node(self._next(), ())
        self._expect(DocumentEndEvent)
        self._expect(StreamEndEvent)
        return data

    def _expect(self, kind: type) -> None:
        if type(self._next()) is not kind:
            raise NotStreamable

    def _node(self, event: Any, path: Path_) -> Any:
        mark = event.start_mark
        self._values[path] = (self.path, mark.line + 1, mark.column + 1)
        kind = type(event)
        if kind is ScalarEvent:
            if event.style and event.tag is None:  # quoted or block, untagged
                return event.value
            return self.scalar(event.value, event.style, _tag(event), mark, path)
        if len(path) >= MAX_DEPTH:
            raise NotStreamable
        if kind is MappingStartEvent:
            return self._mapping_events(path)
        if kind is SequenceStartEvent:
            return self._sequence_events(path)
        raise NotStreamable  # an alias, or an event out of place

    def _sequence_events(self, path: Path_) -> list[Any]:
        out: list[Any] = []
        while type(event := self._next()) is not SequenceEndEvent:
            out.append(self._node(event, (*path, len(out))))
        return out

    def _mapping_events(self, path: Path_) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        next_event, keys, file = self._next, self._keys, self.path
        while (kind := type(event := next_event())) is not MappingEndEvent:
            if kind is not ScalarEvent or _merge_key(event):
                raise NotStreamable
            key, mark = event.value, event.start_mark
            if key in first_line:
                self.duplicate(mark, key, first_line[key])
                self._skip(next_event())
                continue
            first_line[key] = line = mark.line + 1
            inner = (*path, key)
            keys[inner] = (file, line, mark.column + 1)
            out[key] = self._node(next_event(), inner)
        return out

    def _skip(self, event: Any) -> None:
        depth = 0 if type(event) is ScalarEvent else 1
        while depth:
            kind = type(self._next())
            if kind is MappingStartEvent or kind is SequenceStartEvent:
                depth += 1
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                depth -= 1


def _merge_key(event: Any) -> bool:
    return (event.value == "<<" or event.tag is not None) and _tag(event) == MERGE_TAG


def _tag(event: Any) -> str:
    tag: str | None = event.tag
    if tag is None or tag == "!":
        return plain_tag(event.value) if event.implicit[0] else STR_TAG
    return tag
