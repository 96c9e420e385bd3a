"""Shared fixtures for the guide tests: specs on disk and an HTML scanner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from guidekit import LoadedSpec, load_spec

FIXTURES = Path(__file__).parent / "fixtures"
VOID = {"meta", "link", "img", "br", "hr", "input", "source", "wbr", "area"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    parents: tuple[Element, ...]
    text: str = ""


class Page(HTMLParser):
    """Every element of a page with its attributes and all text inside it."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[Element] = []
        self._open: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs), tuple(self._open))
        self.elements.append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open.pop().tag != tag:
            pass

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data

    def find(self, tag: str, **attrs: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag
                and all(e.attrs.get(k) == v for k, v in attrs.items())]

    def inside(self, outer: Element, tag: str) -> list[Element]:
        return [e for e in self.elements
                if e.tag == tag and any(p is outer for p in e.parents)]

    def by_class(self, name: str) -> list[Element]:
        return [e for e in self.elements
                if name in (e.attrs.get("class") or "").split()]


def scan_html(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


@pytest.fixture
def scan() -> Callable[[str], Page]:
    return scan_html


@pytest.fixture
def claims() -> LoadedSpec:
    return load_spec(FIXTURES / "claims.yaml")


@pytest.fixture
def write_spec(tmp_path: Path) -> Callable[[dict[str, Any]], LoadedSpec]:
    def write(data: dict[str, Any]) -> LoadedSpec:
        path = tmp_path / "spec.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        return load_spec(path)
    return write
