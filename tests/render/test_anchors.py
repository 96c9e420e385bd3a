"""Anchor ids: safe characters only, and never the same twice."""

from __future__ import annotations

import re

import pytest

from guidekit.render.anchors import Anchors, slugify


@pytest.mark.parametrize(("text", "slug"), [
    ("Not entailed", "not-entailed"),
    ("can't tell / garbled", "can-t-tell-garbled"),
    ('"><img src=x onerror=alert(1)>', "img-src-x-onerror-alert-1"),
    ("snake_case  and--dashes", "snake-case-and-dashes"),
    ("Größe", "grösse"),
    ("<>&'\"", ""),
])
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug
    assert re.fullmatch(r"[\w-]*", slug) and "_" not in slug


def test_clashing_and_empty_slugs_get_distinct_ids() -> None:
    anchors = Anchors()
    made = [anchors.make("label", t) for t in ("a b", "a/b", "A-B", "<>", "!!")]

    assert made == ["label-a-b", "label-a-b-2", "label-a-b-3", "label-4", "label-5"]
    assert anchors.make("rule", "a b") == "rule-a-b"
