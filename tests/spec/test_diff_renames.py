"""The rename rule: declared by an alias first, then the same title or a
definition at least 90% alike."""

from __future__ import annotations

from guidekit.spec.models import Label
from guidekit.spec.renames import match_labels


def lb(value: str, title: str | None = None, definition: str | None = None,
       aliases: tuple[str, ...] = ()) -> Label:
    return Label(value=value, title=title, definition=definition,
                 aliases=list(aliases))


def test_kept_labels_map_to_themselves() -> None:
    mapping, renames = match_labels([lb("a"), lb("b")], [lb("b"), lb("a")])
    assert (mapping, renames) == ({"a": "a", "b": "b"}, [])


def test_declared_by_alias() -> None:
    mapping, renames = match_labels([lb("a")], [lb("z", aliases=("x", "a"))])
    assert mapping == {"a": "z"}
    assert renames[0].reason == "its old value is an alias"


def test_a_merge_pairs_the_first_alias_only() -> None:
    mapping, _ = match_labels([lb("a"), lb("b")], [lb("z", aliases=("b", "a"))])
    assert mapping == {"b": "z"}


def test_declared_beats_a_title_match() -> None:
    old = [lb("a", "Same")]
    new = [lb("t", "Same"), lb("d", "Other", aliases=("a",))]
    assert match_labels(old, new)[0] == {"a": "d"}


def test_title_match_ignores_case_and_space() -> None:
    assert match_labels([lb("a", "How  To")], [lb("b", " how to")])[0] == {"a": "b"}


def test_no_title_is_no_match() -> None:
    assert match_labels([lb("a")], [lb("b")])[0] == {}


def test_definition_ratio_threshold() -> None:
    # SequenceMatcher ratio is 2*M/T: 9 of 10 characters alike is 2*9/20 = 0.9.
    alike = match_labels([lb("a", definition="abcdefghij")],
                         [lb("b", definition="ABCDEFGHIx")])
    assert alike[0] == {"a": "b"}
    assert alike[1][0].reason == "definition 90% alike"
    # 8 of 10 is 0.8: below the threshold, so a removal and an addition.
    apart = match_labels([lb("a", definition="abcdefghij")],
                         [lb("b", definition="abcdefghxy")])
    assert apart[0] == {}


def test_best_candidate_wins_and_ties_go_to_new_order() -> None:
    old = [lb("a", definition="abcdefghij")]
    new = [lb("p", definition="abcdefghix"), lb("q", definition="abcdefghij ")]
    assert match_labels(old, new)[0] == {"a": "q"}
    tie = [lb("p", "T"), lb("q", "T")]
    assert match_labels([lb("a", "T")], tie)[0] == {"a": "p"}


def test_each_new_label_pairs_once() -> None:
    mapping, _ = match_labels([lb("a", "T"), lb("b", "T")], [lb("c", "T")])
    assert mapping == {"a": "c"}
