"""Headless Chromium driven by Playwright for Python, for the quiz and guide.

The browser is the system's Debian `chromium` (/usr/bin/chromium), never
one Playwright downloads; `.ci/run` installs it. Tests are skipped, saying
why, only when that binary or the playwright package is absent.

Every page a test opens is watched: a console error, an uncaught script
error or a failed request fails the test when it ends.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from guidekit.cli import main

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "quiz" / "fixtures" / "small.yaml"
CASES = ROOT / "tests" / "spec" / "cases"

if not CHROMIUM.exists():
    pytest.skip(f"no {CHROMIUM}: install Debian's chromium (apt-get install "
                "chromium) to run the browser tests", allow_module_level=True)
if importlib.util.find_spec("playwright") is None:
    pytest.skip("the playwright package is not installed: pip install -e "
                "'.[test]' to run the browser tests", allow_module_level=True)

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402


def cli(*args: str | Path) -> str:
    """stdout of `guidekit ARGS` in process; fails the test unless exit 0."""
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def build(spec: Path, out: Path, *options: str) -> dict[str, Any]:
    """Build a quiz into `out`; return its key (key.json)."""
    cli("quiz", "build", spec, "-o", out, *options)
    key: dict[str, Any] = json.loads((out / "key.json").read_text(encoding="utf-8"))
    return key


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    # launch() starts Chromium on a new, empty user-data dir every time
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with the problems seen on it: console errors, script errors,
    failed requests."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.problems: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"error: {error}"))
        page.on("requestfailed", lambda request: self.problems.append(
            f"request failed: {request.url} {request.failure}"))

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text}")


OpenPage = Callable[..., Page]


@pytest.fixture
def open_page(browser: Browser) -> Iterator[OpenPage]:
    """Open a file in a fresh context (own storage); check it stayed clean."""
    watched: list[Watched] = []

    def opener(path: Path, viewport: dict[str, int] | None = None) -> Page:
        context = browser.new_context(viewport=viewport or DESKTOP,
                                      accept_downloads=True)
        page = context.new_page()
        page.set_default_timeout(5000)
        watched.append(Watched(page))
        page.goto(path.resolve().as_uri())
        return page

    yield opener
    problems = [p for w in watched for p in w.problems]
    for w in watched:
        w.page.context.close()
    assert problems == []


class Kit:
    """Helpers the browser tests share (a fixture, as tests are no package)."""

    phone = PHONE
    desktop = DESKTOP
    small = SMALL
    cases = CASES

    @staticmethod
    def cli(*args: str | Path) -> str:
        return cli(*args)

    @staticmethod
    def build(spec: Path, out: Path, *options: str) -> dict[str, Any]:
        return build(spec, out, *options)

    @staticmethod
    def span_spec(folder: Path, spec_id: str, text: str, start: int,
                  end: int) -> Path:
        """A two-item span spec: `text` with one LOC span, and an empty item."""
        data = {
            "spec": "guidekit/v1", "id": spec_id, "title": "Names",
            "version": "1.0.0",
            "task": {"kind": "span", "fields": [{"name": "text"}],
                     "text_field": "text"},
            "labels": [{"value": "LANG", "definition": "A language."},
                       {"value": "LOC", "definition": "A place."}],
            "gold": [{"id": "g1", "item": {"text": text},
                      "spans": [{"start": start, "end": end, "label": "LOC"}]},
                     {"id": "g2", "item": {"text": "Nothing here."}, "spans": []}],
            "quiz": {"stratify": []},
            "lint": {"gold-coverage": "off", "rule-untested": "off"},
            "changelog": [{"version": "1.0.0", "changes": ["First."]}],
        }
        path = folder / "spans.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        return path

    @staticmethod
    def overflow(page: Page) -> int:
        """How far the page is wider than the window, in CSS pixels."""
        wide: int = page.evaluate(
            "document.documentElement.scrollWidth - window.innerWidth")
        return wide

    @staticmethod
    def save_answers(page: Page, folder: Path) -> Path:
        """Press Save answers; return where the downloaded file was put."""
        with page.expect_download() as caught:
            page.click("#save")
        download = caught.value
        target = folder / download.suggested_filename
        download.save_as(target)
        return target

    @staticmethod
    def read_rows(path: Path) -> list[dict[str, Any]]:
        text = path.read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    @staticmethod
    def score_json(spec: Path, answers: Path, key: Path) -> dict[str, Any]:
        """`guidekit score --quiz-key KEY` of a saved answers file, as JSON."""
        report: dict[str, Any] = json.loads(
            cli("score", spec, answers, "--format", "json", "--quiz-key", key))
        return report


@pytest.fixture
def kit() -> Kit:
    return Kit()
