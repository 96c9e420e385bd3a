"""Read YAML into plain data, remembering where every value stood.

PyYAML composes the node graph (safe: no Python tags); we build the data
ourselves so that unquoted scalars stay the strings the author wrote. The
spec models turn "20" into 20 where they want a number, but `no`, `1.10`
and `2024-01-03` are never turned into a boolean, a float or a date behind
the author's back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from guidekit.problems import Problem
from guidekit.spec.where import Pos, Where

MAX_BYTES = 32 * 1024 * 1024
MAX_EXPANDED_NODES = 2_000_000
NULLS = frozenset({"", "~", "null", "Null", "NULL"})
YAML11_TAGS = {
    "tag:yaml.org,2002:bool": "a boolean",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:timestamp": "a date",
}
STD_TAG = "tag:yaml.org,2002:"
MERGE_TAG = "tag:yaml.org,2002:merge"


class YamlProblem(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


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
    root = _compose(path, text)
    builder = _Builder(path)
    builder.check_size(root)
    data = builder.build(root, ())
    return YamlDoc(data, builder.where, problems + builder.problems)


def _fatal(path: str, line: int, col: int, code: str, message: str,
           hint: str | None = None) -> YamlProblem:
    return YamlProblem(Problem(path, line, col, "error", code, message, hint))


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


def _compose(path: str, text: str) -> Node:
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_problem(path, exc) from None
    except yaml.YAMLError as exc:
        raise _fatal(path, 1, 1, "yaml-syntax", str(exc)) from None
    finally:
        loader.dispose()
    if root is None:
        raise _fatal(path, 1, 1, "empty-file", "file holds no YAML document",
                     "run `guidekit init` for a starter spec")
    return root


def _syntax_problem(path: str, exc: yaml.MarkedYAMLError) -> YamlProblem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = (exc.problem or exc.context or "invalid YAML").strip()
    if "\\t" in what or "\t" in what:
        return _fatal(path, line, col, "tab-indent",
                      "tab character where YAML wants spaces",
                      "indent with spaces only")
    if "expected a single document" in (exc.context or "") + what:
        return _fatal(path, line, col, "multiple-documents",
                      "file holds more than one YAML document",
                      "keep one guideline per file; remove the extra '---'")
    return _fatal(path, line, col, "yaml-syntax", what)


def _pos(path: str, node: Node) -> Pos:
    return Pos(path, node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    def __init__(self, path: str) -> None:
        self.path = path
        self.where = Where()
        self.problems: list[Problem] = []

    def check_size(self, root: Node) -> None:
        """Refuse alias bombs and recursive aliases before building anything."""
        size: dict[int, int] = {}
        open_ids = {id(root)}
        stack = [(root, iter(_children(root)))]
        while stack:
            node, pending = stack[-1]
            child = next(pending, None)
            if child is None:
                stack.pop()
                open_ids.discard(id(node))
                size[id(node)] = 1 + sum(size[id(c)] for c in _children(node))
                if size[id(node)] > MAX_EXPANDED_NODES:
                    raise self._bomb(node)
            elif id(child) in open_ids:
                pos = _pos(self.path, child)
                raise _fatal(self.path, pos.line, pos.col, "recursive-alias",
                             "this anchored node holds an alias to itself")
            elif id(child) not in size:
                open_ids.add(id(child))
                stack.append((child, iter(_children(child))))

    def _bomb(self, node: Node) -> YamlProblem:
        pos = _pos(self.path, node)
        return _fatal(self.path, pos.line, pos.col, "alias-bomb",
                      f"aliases expand to more than {MAX_EXPANDED_NODES} nodes",
                      "write the values out instead of nesting aliases")

    def build(self, node: Node, path: tuple[Any, ...]) -> Any:
        self.where.put(path, _pos(self.path, node))
        if isinstance(node, ScalarNode):
            return self._scalar(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(child, (*path, i)) for i, child in enumerate(node.value)]
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        pos = _pos(self.path, node)
        raise _fatal(self.path, pos.line, pos.col, "yaml-syntax", "unexpected node")

    def _scalar(self, node: ScalarNode, path: tuple[Any, ...]) -> str | None:
        text: str = node.value
        if node.style is not None:
            return text
        if text in NULLS:
            return None
        if node.tag in YAML11_TAGS:
            self.where.note(path, text, YAML11_TAGS[node.tag])
        elif not node.tag.startswith(STD_TAG):
            pos = _pos(self.path, node)
            self.problems.append(Problem(
                self.path, pos.line, pos.col, "warning", "yaml-tag",
                f"tag '{node.tag}' is ignored; the value is read as text"))
        return text

    def _mapping(self, node: MappingNode, path: tuple[Any, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        merges: list[Node] = []
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG:
                merges.append(value_node)
                continue
            key = self._key(key_node)
            key_pos = _pos(self.path, key_node)
            if key in first_line:
                self.problems.append(Problem(
                    self.path, key_pos.line, key_pos.col, "error", "duplicate-key",
                    f"duplicate key '{key}' (first at line {first_line[key]})",
                    "keep one of the two; YAML tools silently keep the last",
                ))
                continue
            first_line[key] = key_pos.line
            self.where.put_key((*path, key), key_pos)
            out[key] = self.build(value_node, (*path, key))
        for merged in merges:
            self._merge(merged, out, path)
        return out

    def _merge(self, node: Node, out: dict[str, Any], path: tuple[Any, ...]) -> None:
        sources = node.value if isinstance(node, SequenceNode) else [node]
        for source in sources:
            if not isinstance(source, MappingNode):
                pos = _pos(self.path, source)
                raise _fatal(self.path, pos.line, pos.col, "yaml-syntax",
                             "a merge key '<<' needs a mapping")
            side = _Builder(self.path)
            for key, value in side._mapping(source, path).items():
                if key not in out:
                    out[key] = value
                    self.where.take(side.where, (*path, key))

    def _key(self, node: Node) -> str:
        if not isinstance(node, ScalarNode):
            pos = _pos(self.path, node)
            raise _fatal(self.path, pos.line, pos.col, "yaml-syntax",
                         "a mapping key must be plain text, found a collection")
        return str(node.value)


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    return []
