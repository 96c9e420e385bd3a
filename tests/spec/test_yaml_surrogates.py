"""A surrogate escape in YAML is an error at its scalar, not a later crash."""

from __future__ import annotations

import pytest

from guidekit.spec.yamlparse import YamlProblem
from guidekit.spec.yamlread import read_yaml_text

HEAD = "spec: guidekit/v1\nid: s\n"


@pytest.mark.parametrize(("value", "escape", "col"), [
    ('"g\\ud800"', "\\ud800", 8),
    ('"x \\uDFFF y"', "\\udfff", 8),
    ('"\\ud83d\\ude00"', "\\ud83d", 8),  # a pair: the pure parser keeps two halves
])
def test_the_scalar_is_named(value: str, escape: str, col: int) -> None:
    text = HEAD + f"title: {value}\n"
    with pytest.raises(YamlProblem) as caught:
        read_yaml_text("s.yaml", text.encode("utf-8"))
    problem = caught.value.problem
    assert (problem.line, problem.col, problem.code) == (3, col, "yaml-syntax")
    assert f"'{escape}' is half of a UTF-16 surrogate pair" in problem.message


@pytest.mark.parametrize("value", ["'g\\ud800'", "g\\ud800", '"\\U0001F600"',
                                   '"\\u00e9"'])
def test_literal_backslashes_and_other_escapes_are_read(value: str) -> None:
    doc = read_yaml_text("s.yaml", (HEAD + f"title: {value}\n").encode("utf-8"))
    assert doc.data["title"] in {"g\\ud800", "\U0001f600", "\u00e9"}
