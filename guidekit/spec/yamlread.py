"""Read YAML into plain data, remembering where every value stood.

PyYAML parses (safe: no Python tags; libyaml when it is installed) and
we build the data ourselves, so that unquoted scalars stay the strings
the author wrote: from libyaml's events when we can (`yamlevents`), else
from the node graph (`yamlparse`, `yamlbuild`); all ways give the same
data, places and problems. The spec models turn "20" into 20 where they
want a number, but `no`, `1.10` and `2024-01-03` are never turned into a
boolean, a float or a date behind the author's back.

U+0085, U+2028 and U+2029 are line breaks to YAML 1.1 (PyYAML, libyaml)
but not to YAML 1.2, editors or GitHub, so each one would shift every
later line number. They are warned about, and each is parsed as a private
use character absent from the text (one ordinary character, so lines and
columns are the editor's), then put back in the data: the value is the
text between the quotes as the author sees it, the break kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
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
    stand_ins = _unicode_breaks(path, text, problems)
    if stand_ins:
        return _read_swapped(path, text, stand_ins, problems)
    with collector_paused():
        data, builder = _build(path, text)
    return YamlDoc(data, builder.where, problems + builder.problems)


def _read_swapped(path: str, text: str, stand_ins: dict[str, str],
                  problems: list[Problem]) -> YamlDoc:
    """Read with each Unicode break as its stand-in, then put them back."""
    for old, new in stand_ins.items():
        text = text.replace(old, new)
    back = {new: old for old, new in stand_ins.items()}
    try:
        with collector_paused():
            data, builder = _build(path, text)
    except YamlProblem as exc:
        raise YamlProblem(_restore_problem(exc.problem, back)) from None
    found = [_restore_problem(p, back) for p in problems + builder.problems]
    return YamlDoc(_restore(data, back), builder.where, found)


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


UNICODE_BREAKS = {"\x85": "U+0085 (next line)", "\u2028": "U+2028 (line separator)",
                  "\u2029": "U+2029 (paragraph separator)"}
_BREAK_AT = re.compile("[\x85\u2028\u2029]")
_EDITOR_LINE = re.compile("\r\n|\r|\n")


def _unicode_breaks(path: str, text: str, problems: list[Problem]) -> dict[str, str]:
    """Warn at each Unicode line break; map each one found to a stand-in."""
    if not _BREAK_AT.search(text):
        return {}
    starts = [0] + [m.end() for m in _EDITOR_LINE.finditer(text)]
    for hit in _BREAK_AT.finditer(text):
        line = bisect_right(starts, hit.start())
        problems.append(Problem(
            path, line, hit.start() - starts[line - 1] + 1, "warning",
            "unicode-line-break",
            f"found {UNICODE_BREAKS[hit.group()]}, which YAML 1.1 tools count "
            "as a line break and editors do not",
            "replace it with a newline or a space, or write it as \\N, \\L "
            "or \\P in a double-quoted string"))
    free = (chr(c) for c in range(0xE000, 0xF900) if chr(c) not in text)
    return {old: next(free) for old in sorted(set(_BREAK_AT.findall(text)))}


def _restore(data: Any, back: dict[str, str]) -> Any:
    """`data` with every stand-in in its strings (keys too) put back."""
    if isinstance(data, str):
        return _put_back(data, back)
    if isinstance(data, list):
        return [_restore(v, back) for v in data]
    if isinstance(data, dict):
        return {_put_back(k, back): _restore(v, back) for k, v in data.items()}
    return data


def _put_back(text: str, back: dict[str, str]) -> str:
    for new, old in back.items():
        text = text.replace(new, old)
    return text


def _restore_problem(problem: Problem, back: dict[str, str]) -> Problem:
    hint = problem.hint and _put_back(problem.hint, back)
    return replace(problem, message=_put_back(problem.message, back), hint=hint)


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
