"""The guide in Chromium: search as you type, scripts off, phone and
desktop widths, and print media. The page's CSP allows only its own
inline script by hash: a blocked script or style is a console error,
which fails the test (see conftest)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

CLAIMS = Path(__file__).resolve().parents[1] / "render" / "fixtures" / "claims.yaml"
CARDS = ["label-backed", "label-not-backed", "label-can-t-tell-garbled"]


def render(kit: Any, tmp_path: Path, spec: Path = CLAIMS, *options: str) -> Path:
    kit.cli("render", spec, "-o", tmp_path / "guide", *options)
    return tmp_path / "guide" / "guide.html"


def shown(page: Any, ids: list[str]) -> list[str]:
    return [i for i in ids if page.locator(f"#{i}").is_visible()]


def test_search_filters_cards_and_rules_as_you_type(open_page: Any, kit: Any,
                                                    tmp_path: Path) -> None:
    page = open_page(render(kit, tmp_path))
    assert page.locator("#search-box").is_visible()  # the script ran

    page.locator("#search-box").press_sequentially("paraphrase")
    assert shown(page, CARDS) == ["label-backed"]
    assert shown(page, ["rule-b1", "rule-b2", "rule-b3"]) == ["rule-b1"]
    assert "hit" in (page.get_attribute("#rule-b1", "class") or "")
    assert shown(page, ["pair-backed-not-backed",
                        "pair-not-backed-can-t-tell-garbled"]) == \
        ["pair-backed-not-backed"]
    assert not page.locator("#example-ex-2").is_visible()
    assert page.inner_text("#search-status") == "2 of 9 cards match."

    page.fill("#search-box", "backed")  # in a title: the whole card shows
    assert shown(page, ["rule-b1", "rule-b2", "rule-b3"]) == \
        ["rule-b1", "rule-b2", "rule-b3"]

    page.fill("#search-box", "no-such-word-anywhere")
    assert page.inner_text("#search-status") == "Nothing matches."
    assert not page.locator("#labels").is_visible()
    page.locator("#search-box").press("Escape")
    assert shown(page, CARDS) == CARDS and page.locator("#labels").is_visible()
    assert page.inner_text("#search-status") == ""


def test_words_match_in_any_order_across_rule_ids(open_page: Any, kit: Any,
                                                  tmp_path: Path) -> None:
    page = open_page(render(kit, tmp_path))
    page.fill("#search-box", "SOURCE n1")
    assert shown(page, CARDS) == ["label-not-backed"]
    assert shown(page, ["rule-n1", "rule-not-backed-not-1"]) == ["rule-n1"]


def test_with_scripts_off_everything_shows_and_the_box_stays_hidden(
        browser: Any, kit: Any, tmp_path: Path) -> None:
    path = render(kit, tmp_path)
    context = browser.new_context(java_script_enabled=False,
                                  viewport=kit.phone)
    try:
        page = context.new_page()
        page.goto(path.resolve().as_uri())
        assert not page.locator("#search").is_visible()
        assert shown(page, CARDS) == CARDS
        assert page.locator("#example-ex-1").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth"
                             " - window.innerWidth") <= 0
    finally:
        context.close()


def long_spec(tmp_path: Path) -> Path:
    """The claims spec with long words, ids and links: the worst for a phone."""
    data = yaml.safe_load(CLAIMS.read_text(encoding="utf-8"))
    word = "Unbreakablewordwithoutanyspaces" * 4
    data["labels"][0]["rules"][1]["id"] = "RULE-" + "X" * 40
    data["labels"][0]["definition"] += f" {word} [a link](https://example.org/" \
        f"{'very-long-path/' * 8})"
    data["examples"][0]["item"]["claim"] = word
    data["sections"][0]["body"] += f"\n\n    {word} {word}\n"
    path = tmp_path / "long.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_guide_fits_phone_and_desktop(width: str, open_page: Any, kit: Any,
                                      tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    data = yaml.safe_load(CLAIMS.read_text(encoding="utf-8"))
    data["labels"][0]["rules"][0]["text"] = "An older wording of the rule."
    old.write_text(yaml.safe_dump(data), encoding="utf-8")
    path = render(kit, tmp_path, long_spec(tmp_path), "--since", str(old))
    viewport = kit.phone if width == "phone" else kit.desktop
    page = open_page(path, viewport)

    assert page.locator("#since").is_visible()
    for state in ("all", "filtered"):
        if state == "filtered":
            page.fill("#search-box", "numbers")
        shot = tmp_path / f"guide-{width}-{state}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 1000
        assert kit.overflow(page) <= 0, f"guide overflows at {width} ({state})"


def test_print_hides_search_keeps_cards_whole_and_shows_links(
        open_page: Any, kit: Any, tmp_path: Path) -> None:
    page = open_page(render(kit, tmp_path, long_spec(tmp_path)))
    page.emulate_media(media="print")

    assert not page.locator("#search").is_visible()
    style = "(s, p) => getComputedStyle(document.querySelector(s), p)"
    assert page.evaluate(f"({style})('#label-backed', null).breakInside") == "avoid"
    assert page.evaluate(f"({style})('.pair-card', null).breakInside") == "avoid"
    after = page.evaluate(f"({style})('#label-backed a[href^=\"http\"]',"
                          " '::after').content")
    assert "https://example.org/very-long-path/" in after
    assert page.pdf()[:4] == b"%PDF"
    page.emulate_media(media="screen")
    assert page.locator("#search").is_visible()


def test_hostile_text_runs_nothing_and_is_searchable(open_page: Any, kit: Any,
                                                    tmp_path: Path) -> None:
    bad = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> {{ 7*7 }}"
    data = yaml.safe_load(CLAIMS.read_text(encoding="utf-8"))
    data["labels"][0]["title"] = f"Backed {bad}"
    data["labels"][0]["rules"][1]["text"] = f"Numbers {bad} [x](javascript:alert(3))"
    spec = tmp_path / "hostile.yaml"
    spec.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    page = open_page(render(kit, tmp_path, spec))
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    page.fill("#search-box", "onerror=alert(2)")
    assert shown(page, CARDS) == ["label-backed"]
    assert bad in page.inner_text("#label-backed h3")
    assert page.locator("img").count() == 0 and dialogs == []
    assert page.locator("a[href^='javascript']").count() == 0
