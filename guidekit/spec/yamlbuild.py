"""Build plain data from PyYAML's node graph, noting where each value stood.

Unquoted scalars stay the strings the author wrote; the ones YAML 1.1
tools would read as a boolean, a number or a date are noted. One pass,
one position per node and per key: the loader runs this on every spec.
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from guidekit.problems import Problem
from guidekit.spec.where import Place, Where
from guidekit.spec.yamlparse import MAX_DEPTH, STR_TAG, YamlProblem, fatal, too_deep

MAX_EXPANDED_NODES = 2_000_000
NULLS = frozenset({"", "~", "null", "Null", "NULL"})
YAML11_TAGS = {
    "tag:yaml.org,2002:bool": "a boolean",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:timestamp": "a date",
}
STD_TAG = "tag:yaml.org,2002:"
# explicit tags the spec's types make sense of; others (python/..., binary,
# custom) are named in a warning, never acted on
CORE = frozenset({"str", "int", "float", "bool", "null", "timestamp"})
MERGE_TAG = "tag:yaml.org,2002:merge"
Path_ = tuple[Any, ...]


class Builder:
    """Turns one document's nodes into data; `where` and `problems` fill up."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.where = Where()
        self.problems: list[Problem] = []
        self._values: dict[Path_, Place] = {}
        self._keys: dict[Path_, Place] = {}

    def document(self, root: Node) -> Any:
        """The data of the document `root`; its places go into `where`."""
        data = self.build(root, ())
        self.where.put_all(self._values, self._keys)
        return data

    def build(self, node: Node, path: Path_) -> Any:
        mark = node.start_mark
        self._values[path] = (self.path, mark.line + 1, mark.column + 1)
        kind = type(node)
        if kind is ScalarNode:
            leaf: Any = node  # a ScalarNode: it has a style
            return self.scalar(leaf.value, leaf.style, leaf.tag, mark, path)
        if len(path) >= MAX_DEPTH:
            raise too_deep(self.path, "", mark)
        if kind is MappingNode:
            return self._mapping(node, path)
        if kind is SequenceNode:
            build = self.build
            return [build(child, (*path, i)) for i, child in enumerate(node.value)]
        raise self.fatal(mark, "yaml-syntax", "unexpected node")

    def scalar(self, text: str, style: str | None, tag: str, mark: Any,
               path: Path_) -> str | None:
        """A scalar's value: its text, or None for a plain null."""
        if tag != STR_TAG and not (tag.startswith(STD_TAG)
                                   and tag[len(STD_TAG):] in CORE):
            self.warn(mark, "yaml-tag",
                      f"tag '{tag}' is ignored; the value is read as text")
        if style:  # quoted or block; plain is None (pure) or "" (libyaml)
            return text
        if text in NULLS:
            return None
        if tag in YAML11_TAGS:
            self.where.note(path, text, YAML11_TAGS[tag])
        return text

    def _mapping(self, node: Node, path: Path_) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        merges: list[Node] = []
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG:
                merges.append(value_node)
                continue
            key, mark = self._key(key_node), key_node.start_mark
            if key in first_line:
                self.duplicate(mark, key, first_line[key])
                continue
            first_line[key] = mark.line + 1
            inner = (*path, key)
            self._keys[inner] = (self.path, mark.line + 1, mark.column + 1)
            out[key] = self.build(value_node, inner)
        for merged in merges:
            self._merge(merged, out, path)
        return out

    def _merge(self, node: Node, out: dict[str, Any], path: Path_) -> None:
        sources = node.value if isinstance(node, SequenceNode) else [node]
        for source in sources:
            if not isinstance(source, MappingNode):
                raise self.fatal(source.start_mark, "yaml-syntax",
                                 "a merge key '<<' needs a mapping")
            side = Builder(self.path)
            merged = side._mapping(source, path)
            side.where.put_all(side._values, side._keys)
            for key, value in merged.items():
                if key not in out:
                    out[key] = value
                    self.where.take(side.where, (*path, key))

    def _key(self, node: Node) -> str:
        if type(node) is not ScalarNode:
            raise self.not_a_key(node.start_mark)
        return str(node.value)

    def not_a_key(self, mark: Any) -> YamlProblem:
        return self.fatal(mark, "yaml-syntax",
                          "a mapping key must be plain text, found a collection")

    def duplicate(self, mark: Any, key: str, first: int) -> None:
        self.problems.append(Problem(
            self.path, mark.line + 1, mark.column + 1, "error", "duplicate-key",
            f"duplicate key '{key}' (first at line {first})",
            "keep one of the two; YAML tools silently keep the last"))

    def warn(self, mark: Any, code: str, message: str) -> None:
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1,
                                     "warning", code, message))

    def fatal(self, mark: Any, code: str, message: str,
              hint: str | None = None) -> YamlProblem:
        return fatal(self.path, mark.line + 1, mark.column + 1, code, message, hint)


def check_size(path: str, root: Node) -> None:
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
                raise Builder(path).fatal(
                    node.start_mark, "alias-bomb",
                    f"aliases expand to more than {MAX_EXPANDED_NODES} nodes",
                    "write the values out instead of nesting aliases")
        elif id(child) in open_ids:
            raise Builder(path).fatal(child.start_mark, "recursive-alias",
                                      "this anchored node holds an alias to itself")
        elif id(child) not in size:
            open_ids.add(id(child))
            stack.append((child, iter(_children(child))))


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    return []
