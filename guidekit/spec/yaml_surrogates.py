"""Surrogate escapes in YAML text, which PyYAML's pure parser lets through.

A double-quoted "\\ud800" is half of a UTF-16 pair, not a character, and
text holding one cannot be written as UTF-8: it would fail later, in the
gold fingerprint or a page. libyaml refuses such an escape; the pure
parser keeps it, and keeps even a whole pair ("\\ud83d\\ude00") as two
halves. Only a text with such an escape is walked (guidekit.surrogates).
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from guidekit.surrogates import may_hold_one, surrogate_in


def surrogate_scalar(text: str, root: Node) -> tuple[ScalarNode, str] | None:
    """The first scalar under `root` holding a surrogate, and it as `\\udXXX`."""
    if not may_hold_one(text):
        return None
    todo = [root]
    while todo:
        node = todo.pop()
        if isinstance(node, MappingNode):
            todo.extend(part for pair in reversed(node.value) for part in pair[::-1])
        elif isinstance(node, SequenceNode):
            todo.extend(reversed(node.value))
        elif isinstance(node, ScalarNode) and (escape := surrogate_in(node.value)):
            return node, escape
    return None
