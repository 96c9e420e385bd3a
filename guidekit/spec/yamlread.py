"""Read YAML into plain data, remembering where every value stood.

PyYAML parses (safe: no Python tags; libyaml when it is installed) and
we build the data ourselves, so that unquoted scalars stay the strings
the author wrote: from libyaml's events when we can (`yamlevents`), else
from the node graph (`yamlparse`, `yamlbuild`); all ways give the same
data, places and problems. The spec models turn "20" into 20 where they
want a number, but `no`, `1.10` and `2024-01-03` are never turned into a
boolean, a float or a date behind the author's back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from guidekit.problems import Problem
from guidekit.spec.collector import collector_paused
from guidekit.spec.where import Where
from guidekit.spec.yamlbuild import Builder, check_size
from guidekit.spec.yamlevents import EventBuilder, NotStreamable, streamable
from guidekit.spec.yamlparse import YamlProblem, compose
from guidekit.spec.yamlparse import fatal as _fatal

MAX_BYTES = 32 * 1024 * 1024
__all__ = ["MAX_BYTES", "YamlDoc", "YamlProblem", "read_yaml_text"]


@dataclass
class YamlDoc:
    """Plain data (dicts, lists, str, None) with the place of every node.

    `where` also notes the plain scalars that YAML 1.1 tools would read as
    something other than a string.
    """

    data: Any
    where: Where
    problems: list[Problem] = field(default_factory=list)


def read_yaml_text(path: str, raw: bytes) -> YamlDoc:
    """Parse one YAML document; raise YamlProblem on the first fatal one.

    >>> doc = read_yaml_text("s.yaml", b"value: no\\nversion: 1.10\\n")
    >>> doc.data, doc.where.at(("version",)).line
    ({'value': 'no', 'version': '1.10'}, 2)
    """
    problems: list[Problem] = []
    text = _decode(path, raw, problems)
    with collector_paused():
        data, builder = _build(path, text)
    return YamlDoc(data, builder.where, problems + builder.problems)


def _build(path: str, text: str) -> tuple[Any, Builder]:
    """The data from libyaml's events when it can, else from the node graph.

    The graph is freed on return, before the collector runs again.
    """
    if streamable(text):
        events = EventBuilder(path)
        try:
            return events.stream(text), events
        except NotStreamable:
            pass  # read again the node way, which reports what stopped it
    builder = Builder(path)
    root = compose(path, text)
    if "&" in text:  # no anchor, no alias: the graph is a tree
        check_size(path, root)
    return builder.document(root), builder

def _decode(path: str, raw: bytes, problems: list[Problem]) -> str:
    if len(raw) > MAX_BYTES:
        raise _fatal(path, 1, 1, "file-too-large",
                     f"file is too large ({len(raw)} bytes, at most {MAX_BYTES})",
                     "move gold items into included side files")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fatal(path, 1, 1, "not-utf8", "file is UTF-16, expected UTF-8",
                     "save the file as UTF-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        problems.append(Problem(path, 1, 1, "warning", "byte-order-mark",
                                "file starts with a UTF-8 byte-order mark",
                                "save the file as UTF-8 without a BOM"))
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, col = _line_col(raw, nul)
        raise _fatal(path, line, col, "binary-file",
                     "file holds a NUL byte: it is binary, not YAML text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw, exc.start)
        raise _fatal(path, line, col, "not-utf8",
                     f"byte {raw[exc.start]:#04x} is not valid UTF-8",
                     "save the file as UTF-8") from None


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col
