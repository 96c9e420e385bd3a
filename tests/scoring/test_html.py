"""The HTML report: self-contained, escaped, and drawn from the report's figures."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from guidekit.scoring import FORMATS, ScoreReport, score
from guidekit.scoring.figures import Figure
from guidekit.scoring.fmt_html import format_html
from guidekit.scoring.html_sections import optional_parts
from guidekit.scoring.svg_accuracy import MAX_ROWS, NAME_CHARS, shorten
from guidekit.spec.loader import LoadedSpec, load_spec

WriteCsv = Callable[..., Path]
Writer = Callable[[str, str], Path]
HOSTILE = "<script>alert(1)</script>"
HOSTILE_LABEL = 'x"><img onerror=alert(2) src=y>&amp;'

HOSTILE_SPEC = """\
spec: guidekit/v1
id: hostile
title: "T <b>bold</b>"
version: "1.0.0"
task:
  fields: [{name: text}]
labels:
  - {value: 'x"><img onerror=alert(2) src=y>&amp;'}
  - {value: "</text></svg><script>alert(3)</script>"}
gold:
  - {id: g1, item: {text: a}, label: 'x"><img onerror=alert(2) src=y>&amp;'}
  - {id: g2, item: {text: b}, label: "</text></svg><script>alert(3)</script>"}
  - {id: g3, item: {text: c}, label: "</text></svg><script>alert(3)</script>"}
scoring:
  pass: {accuracy: 0.8}
  min_gold: 1
"""


class Page(HTMLParser):
    """Every start tag with its attributes, and the text inside each class."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, list[str]] = {}
        self.styles: list[str] = []
        self._open: list[tuple[str, str]] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if tag not in {"rect", "path", "meta", "br"}:
            self._open.append((tag, found.get("class") or ""))

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if not self._open:
            return
        if self._open[-1][0] == "style":
            self.styles.append(data)
        for name in {n for _, cls in self._open for n in cls.split()}:
            self.texts.setdefault(name, []).append(data)

    def with_class(self, tag: str, cls: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags
                if t == tag and cls in (a.get("class") or "").split()]


@pytest.fixture
def report(spec: LoadedSpec, write_csv: WriteCsv) -> ScoreReport:
    rows = ("ann,g1,pos", "ann,g2,neg", "ann,g3,neg", "ann,g4,neg", "ann,é1,café",
            f'"{HOSTILE}",g1,neg', f'"{HOSTILE}",g2,neg', f'"{HOSTILE}",g3,pos',
            "ann,g5,what<i>")
    return score(spec, [write_csv("a.csv", *rows)])


def test_registered_as_html(report: ScoreReport) -> None:
    assert FORMATS["html"](report) == format_html(report)


def test_page_loads_nothing_and_runs_nothing(report: ScoreReport) -> None:
    text = format_html(report)
    page = Page(text)
    assert [t for t, _ in page.tags][:1] == ["html"]
    assert not [t for t, _ in page.tags if t in {"script", "link", "img", "iframe"}]
    attrs = [(k, v or "") for _, a in page.tags for k, v in a.items()]
    assert not [k for k, _ in attrs if k in {"src", "href"} or k.startswith("on")]
    assert "http:" not in text and "https:" not in text
    assert "url(" not in "".join(page.styles) and "@import" not in text


def test_hostile_annotator_is_escaped_everywhere(report: ScoreReport) -> None:
    text = format_html(report)
    page = Page(text)
    assert HOSTILE not in text
    assert not [t for t, _ in page.tags if t == "script"]
    assert shorten(HOSTILE, NAME_CHARS) in page.texts["name"]  # chart text
    assert HOSTILE in "".join(page.texts["row"])  # the row's tooltip
    table = "".join(page.texts.get("all", []))
    assert HOSTILE in table
    assert "what<i>" not in text and "what&lt;i&gt;" in text


def test_hostile_labels_are_escaped_in_svg_and_tables(write: Writer,
                                                      write_csv: WriteCsv) -> None:
    loaded = load_spec(write("spec.yaml", HOSTILE_SPEC))
    labels = loaded.spec.label_values()
    rows = [f'ann,g1,"{labels[0].replace(chr(34), chr(34) * 2)}"',
            f"ann,g2,{labels[1]}", f"ann,g3,{labels[0].replace(chr(34), chr(34) * 2)}"]
    text = format_html(score(loaded, [write_csv("a.csv", *rows)]))
    page = Page(text)
    assert not [t for t, _ in page.tags if t in {"script", "img"}]
    assert "<b>bold</b>" not in text and "T &lt;b&gt;bold&lt;/b&gt;" in text
    assert "</text></svg><script>" not in text
    axis = page.texts["row-label"] + page.texts["col-label"]
    shown = "".join(axis)
    assert 'x"><img' in shown and "</text></svg>" in shown
    assert len(page.with_class("svg", "heatmap")) == 1


def test_one_bar_per_annotator_in_report_order(report: ScoreReport) -> None:
    page = Page(format_html(report))
    bars = page.with_class("rect", "bar")
    assert len(bars) == len(report.annotators) == 2
    assert page.texts["name"] == [shorten(a.annotator, NAME_CHARS)
                                  for a in report.annotators]


def test_bar_and_whisker_positions_follow_the_figures(report: ScoreReport) -> None:
    from guidekit.scoring.svg_accuracy import PLOT_W, PLOT_X, accuracy_chart
    chart = accuracy_chart(report)
    for bar, a in zip(chart.bars, report.annotators, strict=True):
        assert a.accuracy.value is not None and a.interval.low is not None
        assert bar.length == pytest.approx(a.accuracy.value * PLOT_W, abs=0.06)
        assert bar.low == pytest.approx(PLOT_X + a.interval.low * PLOT_W, abs=0.06)
    assert chart.threshold == pytest.approx(PLOT_X + 0.8 * PLOT_W, abs=0.06)


def test_heat_map_counts_equal_the_confusion_matrix(report: ScoreReport) -> None:
    page = Page(format_html(report))
    counts = [int(c) for c in page.texts["count"]]
    expected = [n for row in report.overall.confusion for n in row]
    assert counts == expected
    assert sum(expected) == report.totals.gold  # the matrix is the pooled gold
    # each axis label: its tooltip (the full label), then the label shown
    both = [text for label in report.labels for text in (label, label)]
    assert page.texts["row-label"] == page.texts["col-label"] == both


def test_heat_map_shades_by_row_share(report: ScoreReport) -> None:
    page = Page(format_html(report))
    shades = [float(a["fill-opacity"] or 0) for a in page.with_class("rect", "shade")]
    matrix = report.overall.confusion
    k = len(report.labels)
    for i, row in enumerate(matrix):
        total = sum(row)
        for j, count in enumerate(row):
            want = 0.0 if not count else 0.08 + 0.92 * count / total
            assert shades[i * k + j] == pytest.approx(want, abs=0.006)


def test_many_annotators_are_capped_with_a_count(spec: LoadedSpec,
                                                 write_csv: WriteCsv) -> None:
    rows = [f"a{n:03d},g{1 + n % 4},pos" for n in range(MAX_ROWS + 17)]
    report = score(spec, [write_csv("many.csv", *rows)])
    page = Page(format_html(report))
    assert len(page.with_class("rect", "bar")) == MAX_ROWS
    assert "17 more annotator(s)" in "".join(page.texts["note"])
    assert len(page.texts["name"]) == MAX_ROWS
    # the full table still lists every annotator
    table = format_html(report).split('class="all"')[1]
    assert table.count('<tr><td><span class="who" title="a0') == MAX_ROWS + 17


def test_header_names_spec_version_and_fingerprint(report: ScoreReport) -> None:
    text = format_html(report)
    assert "<code>mini</code>" in text and "<code>2.1.0</code>" in text
    assert report.spec.gold_fingerprint in text


def test_totals_and_per_label_table(report: ScoreReport) -> None:
    text = format_html(report)
    t = report.totals
    assert f"rows: {t.rows} read = {t.gold} gold" in text
    pos = report.overall.per_label[0]
    assert f"<td class=\"num\">{pos.precision.text()}</td>" in text


def test_optional_parts_absent_or_none_show_nothing(report: ScoreReport) -> None:
    assert optional_parts(object()) == []
    assert optional_parts(SimpleNamespace(agreement=None, diagnostics=None)) == []
    names = {f.name for f in dataclasses.fields(report)}
    parts = ("agreement", "diagnostics")
    cleared: dict[str, Any] = {n: None for n in parts if n in names}
    text = format_html(dataclasses.replace(report, **cleared))
    assert "Agreement among annotators" not in text and "<h2>Diagnostics" not in text


@dataclasses.dataclass(frozen=True)
class _Pair:
    first: str
    kappa: Figure


@dataclasses.dataclass(frozen=True)
class _Agreement:
    alpha: Figure
    items: int
    pairs: tuple[_Pair, ...]


def test_optional_part_is_shown_generically() -> None:
    pairs = tuple(_Pair(f"<p{n}>", Figure.of(n / 100)) for n in range(30))
    part, = optional_parts(SimpleNamespace(
        agreement=_Agreement(Figure.missing("no pairs"), 12, pairs)))
    assert part.title == "Agreement among annotators"
    assert part.lines == (("alpha", "n/a"), ("items", "12"))
    table, = part.tables
    assert table.head == ("first", "kappa")
    assert table.rows[1] == ("<p1>", "0.010")
    assert len(table.rows) == 25 and table.hidden == 5
