"""The HTML report's calibration plots, provenance tables and readable parts,
parsed with html.parser; on the mini spec (tests/scoring/conftest.py).

Mini gold: g1 pos, g2 pos, g3 neg, g4 neg, g5 neg (also pos), é1 café.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from guidekit.scoring import score
from guidekit.scoring.fmt_html import format_html
from guidekit.scoring.svg_calibration import LEFT, SIDE, TOP
from guidekit.spec.loader import LoadedSpec

WriteCsv = Callable[..., Path]
HOSTILE = "<script>alert(1)</script>"
HEADER = "annotator,item,label,source,agent,confidence,reviewer"
INTERVAL = re.compile(r"\[\d\.\d{3}, \d\.\d{3}\]")


class Tree(HTMLParser):
    """Start tags with attributes, the svg each sits in, and text per open tag."""

    VOID = frozenset({"rect", "path", "circle", "meta", "br"})

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str], int]] = []
        self.svgs = 0
        self.text: dict[str, list[str]] = {}
        self._open: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        self.svgs += tag == "svg" and "calibration" in found.get("class", "")
        self.tags.append((tag, found, self.svgs))
        if tag not in self.VOID:
            self._open.append(found.get("class", "").split(" ")[0] or tag)

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag not in self.VOID:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for name in self._open:
            self.text.setdefault(name, []).append(data)

    def classed(self, tag: str, cls: str) -> list[tuple[dict[str, str], int]]:
        return [(a, n) for t, a, n in self.tags
                if t == tag and cls in a.get("class", "").split()]


def page(spec: LoadedSpec, write_csv: WriteCsv, *rows: str) -> str:
    return format_html(score(spec, [write_csv("a.csv", *rows, header=HEADER)]))


def test_pooled_plot_has_one_point_per_non_empty_bin(spec: LoadedSpec,
                                                     write_csv: WriteCsv) -> None:
    # bins by hand: 0.3 wrong -> bin 3 (acc 0); 0.85 right -> bin 8 (acc 1);
    # 0.9 right and 0.95 wrong -> bin 9 (mean 0.925, acc 0.5); x1 is not gold
    tree = Tree(page(spec, write_csv, "m,g1,pos,model,c,0.9,", "m,g2,neg,model,c,0.95,",
                     "m,g3,neg,model,c,0.85,", "m,g4,pos,model,c,0.3,",
                     "m,x1,pos,model,c,0.5,"))
    (svg,) = tree.classed("svg", "calibration")  # one group: pooled only
    points = tree.classed("circle", "point")
    assert len(points) == 3
    spots = sorted((float(a["cx"]), float(a["cy"])) for a, _ in points)
    want = sorted((LEFT + c * SIDE, TOP + (1 - acc) * SIDE)
                  for c, acc in ((0.3, 0.0), (0.85, 1.0), (0.925, 0.5)))
    assert spots == [(pytest.approx(x, abs=0.06), pytest.approx(y, abs=0.06))
                     for x, y in want]
    assert sorted(map(int, tree.text["bin-n"])) == [1, 1, 2]
    assert len(tree.classed("path", "diagonal")) == 1
    assert len(tree.classed("rect", "rel")) == 3


def test_a_plot_per_group_when_several(spec: LoadedSpec, write_csv: WriteCsv) -> None:
    tree = Tree(page(spec, write_csv, "a,g1,pos,model,clf,0.9,",
                     "a,g3,pos,model,clf,0.15,", "b,g1,pos,llm,gpt,0.55,",
                     "h,g2,pos,human,,,"))
    assert len(tree.classed("svg", "calibration")) == 3
    per_svg = [n for _, n in tree.classed("circle", "point")]
    # pooled: 3 bins; then by (source, agent) name: llm/gpt 1 bin, model/clf 2
    assert per_svg == [1, 1, 1, 2, 3, 3]
    captions = "".join(tree.text["who"])
    assert "model \u00b7 clf" in captions and "llm \u00b7 gpt" in captions


def test_no_plot_without_confidence(spec: LoadedSpec, write_csv: WriteCsv) -> None:
    text = page(spec, write_csv, "a,g1,pos,model,clf,,", "b,g1,neg,human,,,")
    assert 'class="calibration"' not in text
    assert "Accuracy per source, against gold" in text


def test_hostile_names_appear_only_escaped(spec: LoadedSpec,
                                          write_csv: WriteCsv) -> None:
    h = f'"{HOSTILE}"'
    text = page(spec, write_csv, f"{h},g1,pos,{h},{h},0.9,{h}",
                f"{h},g3,pos,{h},{h},0.2,{h}", f"b,g1,pos,llm,x,0.7,{h}")
    assert HOSTILE not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    tree = Tree(text)
    assert not [t for t, _, _ in tree.tags if t in {"script", "img", "iframe"}]
    titles = [a.get("title") for a, _ in tree.classed("span", "who")]
    assert HOSTILE in titles  # the full name kept, as data, in a title
    for tag, attrs, _ in tree.tags:
        assert not [k for k in attrs if k.startswith("on")], tag


def test_nothing_external(spec: LoadedSpec, write_csv: WriteCsv) -> None:
    text = page(spec, write_csv, "a,g1,pos,model,clf,0.9,r", "b,g1,neg,human,,,r",
                "b,g2,pos,human,,,", "a,g2,pos,model,clf,0.8,")
    tree = Tree(text)
    for _, attrs, _ in tree.tags:
        for key in ("src", "href", "xlink:href"):
            value = attrs.get(key, "")
            assert not value, (key, value)
    assert "http:" not in text and "https:" not in text
    assert not [v for _, a, _ in tree.tags for v in a.values() if "//" in v]


def test_agreement_and_diagnostics_read_as_tables(spec: LoadedSpec,
                                                  write_csv: WriteCsv) -> None:
    rows = [f"{w},{item},{label},,,," for w in ("a", "b", "c")
            for item, label in (("g1", "pos"), ("g2", "pos"), ("g3", "neg"),
                                ("g4", "pos"), ("x1", "neg"))]
    text = page(spec, write_csv, *rows)
    tree = Tree(text)
    heads = tree.text["h2"]
    assert "Agreement among annotators" in heads and "Diagnostics" in heads
    assert len(tree.classed("table", "figures")) == 1
    assert "<dl" not in text  # no more generic name/value dumps
    figures = dict(re.findall(r'<tr><th scope="row">([^<]*)</th><td>([^<]*)</td>',
                              text))
    # majority vote: g1 g2 g3 right, g4 wrong (all three said pos): 3 of 4
    vote = figures["majority vote vs gold"]
    assert vote.startswith("0.750 [") and INTERVAL.search(vote)
    assert "3 of 4 decided gold items" in vote
    assert figures["alpha nominal"].startswith("1.000")  # all three agree
    h3 = tree.text["h3"]
    assert "Accuracy per rule, all answers pooled, worst first" not in h3  # no rules
    assert any(h.startswith("Most confused labels") for h in h3)


def text_of(tree: Tree, name: str) -> str:
    return "\n".join(t for t in tree.text.get(name, []) if t.strip())


def test_long_annotator_name_is_cut_by_css_with_a_title(
        spec: LoadedSpec, write_csv: WriteCsv) -> None:
    name = "annotator-" + "x" * 200
    tree = Tree(page(spec, write_csv, f"{name},g1,pos,,,,", f"{name},g3,neg,,,,"))
    titles = [a["title"] for a, _ in tree.classed("span", "who")]
    assert name in titles
    style = "".join(tree.text.get("style", []))
    rule = re.search(r"\.who \{([^}]*)\}", style)
    assert rule is not None
    assert "text-overflow: ellipsis" in rule.group(1)
    assert "max-width" in rule.group(1) and "overflow: hidden" in rule.group(1)


def test_provenance_tables_in_html(spec: LoadedSpec, write_csv: WriteCsv) -> None:
    text = page(spec, write_csv, "a,g1,pos,model,clf,0.9,r1",
                "a,g3,pos,model,clf,0.6,r1", "h,g1,pos,human,,,")
    tree = Tree(text)
    heads = tree.text["h3"]
    for want in ("Accuracy per source, against gold",
                 "Accuracy per agent, against gold",
                 "Reviewers, the reviewed label against gold, lowest accuracy first"):
        assert want in heads
    assert "expected calibration error (10 bins, 2 gold answers" in text
    assert INTERVAL.search(text_of(tree, "part-table"))
