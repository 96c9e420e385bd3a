"""Compose a YAML text into PyYAML's node graph, fast, with exact problems.

libyaml (PyYAML's C parser) composes the nodes when it is installed; it
keeps every node's line and column. When it reports an error, the text is
parsed again with the pure-Python parser, so a problem's code, line and
column never depend on which parser the machine has. Tags are resolved
only where the reader looks at them: plain scalars that may be a null, a
boolean, a number, a date or a merge key. Nesting deeper than MAX_DEPTH
collections is refused (PyYAML's composer would exhaust the stack).
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.events import CollectionEndEvent, CollectionStartEvent
from yaml.nodes import Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver, Resolver

from guidekit.problems import Problem
from guidekit.spec.yaml_surrogates import surrogate_scalar

STR_TAG = BaseResolver.DEFAULT_SCALAR_TAG
SEQ_TAG = BaseResolver.DEFAULT_SEQUENCE_TAG
MAP_TAG = BaseResolver.DEFAULT_MAPPING_TAG
IMPLICIT: dict[str, list[tuple[str, Any]]] = dict(Resolver.yaml_implicit_resolvers)
MAX_DEPTH = 100


class YamlProblem(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def fatal(path: str, line: int, col: int, code: str, message: str,
          hint: str | None = None) -> YamlProblem:
    return YamlProblem(Problem(path, line, col, "error", code, message, hint))


def plain_tag(value: str) -> str:
    """The tag PyYAML's safe resolver gives a plain (unquoted) scalar."""
    if value[:1] in IMPLICIT:
        for tag, pattern in IMPLICIT[value[:1]]:
            if pattern.match(value):
                return tag
    return STR_TAG


class _Quick:
    """Resolve tags with `plain_tag`: scalars only, without path resolvers."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is ScalarNode:
            return plain_tag(value) if implicit[0] else STR_TAG
        return SEQ_TAG if kind is SequenceNode else MAP_TAG


class _PureLoader(_Quick, yaml.SafeLoader):
    pass


FAST: Any = None
"""The libyaml loader class, or None where PyYAML was built without it."""
if getattr(yaml, "__with_libyaml__", False):
    class _FastLoader(_Quick, yaml.CSafeLoader):
        pass

    FAST = _FastLoader


def compose(path: str, text: str) -> Node:
    """The one document of `text`; raise YamlProblem when there is none.

    A text with a tab goes to the pure parser: libyaml accepts tabs after
    a key's colon that PyYAML refuses, and one text must get one reading.
    """
    if FAST is not None and "\t" not in text:
        try:
            return _present(path, _single(FAST, text))
        except yaml.YAMLError:
            pass  # parsed again below, for the problem PyYAML itself reports
    try:
        root = _present(path, _single(_PureLoader, text))
    except yaml.reader.ReaderError as exc:
        raise _reader_problem(path, text, exc) from None
    except yaml.MarkedYAMLError as exc:
        raise _syntax_problem(path, exc) from None
    except yaml.YAMLError as exc:
        raise fatal(path, 1, 1, "yaml-syntax", str(exc)) from None
    except RecursionError:
        raise too_deep(path, text) from None
    if found := surrogate_scalar(text, root):
        node, escape = found
        raise fatal(path, node.start_mark.line + 1, node.start_mark.column + 1,
                    "yaml-syntax", f"'{escape}' is half of a UTF-16 surrogate "
                    "pair, not a character",
                    "write the character itself, or an 8-digit escape "
                    "such as \\U0001F600")
    return root


def _single(loader_class: Any, text: str) -> Node | None:
    loader = loader_class(text)
    try:
        root: Node | None = loader.get_single_node()
        return root
    finally:
        loader.dispose()


def _present(path: str, root: Node | None) -> Node:
    if root is None:
        raise fatal(path, 1, 1, "empty-file", "file holds no YAML document",
                    "run `guidekit init` for a starter spec")
    return root


def too_deep(path: str, text: str, mark: Any = None) -> YamlProblem:
    """The problem for values nested more than MAX_DEPTH collections deep."""
    if mark is None:
        mark = _deep_mark(text)
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return fatal(path, line, col, "too-deep",
                 f"values nest more than {MAX_DEPTH} levels deep",
                 "flatten the structure; a spec needs a few levels at most")


def _deep_mark(text: str) -> Any:
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):  # the parser is flat
        if isinstance(event, CollectionStartEvent):
            if depth == MAX_DEPTH:
                return event.start_mark
            depth += 1
        elif isinstance(event, CollectionEndEvent):
            depth -= 1
    return None


def _reader_problem(path: str, text: str, exc: yaml.reader.ReaderError) -> YamlProblem:
    before = text[: exc.position]
    line = before.count("\n") + 1
    col = exc.position - (before.rfind("\n") + 1) + 1
    return fatal(path, line, col, "yaml-syntax",
                 f"character #x{exc.character:04x} is not allowed in YAML",
                 "remove it, or write it as an escape in a double-quoted string")


def _syntax_problem(path: str, exc: yaml.MarkedYAMLError) -> YamlProblem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = (exc.problem or exc.context or "invalid YAML").strip()
    if "\\t" in what or "\t" in what:
        return fatal(path, line, col, "tab-indent",
                     "tab character where YAML wants spaces",
                     "indent with spaces only")
    if "expected a single document" in (exc.context or "") + what:
        return fatal(path, line, col, "multiple-documents",
                     "file holds more than one YAML document",
                     "keep one guideline per file; remove the extra '---'")
    opened = exc.context_mark
    if "end of stream" in what and opened is not None and exc.context:
        # an unclosed quote or bracket: point where it opened, not at the end
        return fatal(path, opened.line + 1, opened.column + 1, "yaml-syntax",
                     f"{exc.context.strip().removeprefix('while scanning ')} "
                     "opens here and never closes",
                     "close the quote or bracket that starts here")
    return fatal(path, line, col, "yaml-syntax", what)
