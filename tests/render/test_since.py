"""The guide's "what changed since" section: plain words, never the gold."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from guidekit import LoadedSpec
from guidekit.cli import main
from guidekit.render import render_guide
from guidekit.render.since import since_source

FIXTURES = Path(__file__).parent / "fixtures"


def spec_data(claims: LoadedSpec) -> dict[str, Any]:
    return claims.spec.model_dump(mode="json", by_alias=True, exclude_none=True)


def older(claims: LoadedSpec) -> dict[str, Any]:
    """Version 2.0.0 as a hand-made past of the claims fixture."""
    data = copy.deepcopy(spec_data(claims))
    data["version"] = "2.0.0"
    backed, not_backed, _ = data["labels"]
    backed["definition"] = "The source says the claim."
    backed["rules"][0]["text"] = "A close paraphrase counts."
    backed["rules"].append({"id": "X9", "text": "Quotes must be exact."})
    not_backed.update(value="unsupported", title="Unsupported")
    not_backed["aliases"] = ["0"]
    data["labels"] = [backed, not_backed]
    backed["confused_with"] = ["unsupported"]
    not_backed["confused_with"] = ["backed"]
    for ex in data["examples"]:
        ex["label"] = {"not backed": "unsupported"}.get(ex["label"], ex["label"])
    data["gold"] = [{"id": "gold-old-OKAPI", "label": "backed",
                     "item": {"source": "OKAPI-GOLD-SOURCE", "claim": "OKAPI-CLAIM"},
                     "rationale": "OKAPI-RATIONALE"}]
    return data


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def since_items(page: Any) -> list[str]:
    section = page.find("section", id="since")[0]
    return [" ".join(li.text.split()) for li in page.inside(section, "li")
            if "since" in (li.parents[-1].attrs.get("class") or "")]


def test_changes_since_an_older_file_are_said_in_plain_words(
        claims: LoadedSpec, tmp_path: Path, scan) -> None:
    old = write(tmp_path / "old.yaml", older(claims))
    page = scan(render_guide(claims, since=str(old))["guide.html"])
    heading = page.find("h2", id="since-title")[0].text

    assert heading == "What changed since version 2.0.0"
    firsts = [item.split(" Before")[0].split(" Now")[0] for item in since_items(page)]
    assert firsts == [
        "The label “Unsupported” is now “Not backed” (stored as “not backed”). "
        "See Not backed",
        "New label: “Can't tell”. See Can't tell",
        "The definition of “Backed” changed. See Backed",
        "The labels that “Not backed” is often confused with changed. See Not backed",
        "Rule X9 of “Backed” was removed.",
        "Rule B1 of “Backed” was reworded. See B1",
        "New rule C1 for “Can't tell”. See C1",
    ]
    assert any("Before A close paraphrase counts. Now A paraphrase of the source"
               in item for item in since_items(page))


def test_since_links_land_and_the_toc_points_at_it(claims: LoadedSpec,
                                                    tmp_path: Path, scan) -> None:
    old = write(tmp_path / "old.yaml", older(claims))
    page = scan(render_guide(claims, since=str(old))["guide.html"])
    ids = {e.attrs["id"] for e in page.elements if "id" in e.attrs}
    section = page.find("section", id="since")[0]

    hrefs = [a.attrs["href"] for a in page.inside(section, "a")]
    assert "#rule-b1" in hrefs and "#label-can-t-tell-garbled" in hrefs
    assert {h[1:] for h in hrefs} <= ids
    toc = page.inside(page.find("nav", id="contents")[0], "a")
    assert [a.text for a in toc if a.attrs["href"] == "#since"] == \
        ["Changed since 2.0.0"]


def test_since_never_shows_gold_even_when_only_gold_changed(
        claims: LoadedSpec, tmp_path: Path, scan) -> None:
    data = spec_data(claims)
    data["gold"][0]["label"] = "not backed"
    data["gold"][1]["item"]["claim"] = "WOMBAT-OLD-GOLD-CLAIM"
    data["gold"].append({"id": "gold-old-OKAPI", "label": "backed", "item": {
        "source": "OKAPI-GOLD-SOURCE", "claim": "OKAPI-CLAIM"}})
    data["quiz"] = {"questions": 2}
    old = write(tmp_path / "old.yaml", data)
    files = render_guide(claims, since=str(old))
    page = scan(files["guide.html"])

    section = page.find("section", id="since")[0].text
    assert "Nothing an annotator needs to re-read changed" in section
    for name, text in files.items():
        for secret in ("OKAPI", "WOMBAT", "gold-secret", "gold-old", "RATIONALE",
                       "ZEBRAFISH", "QUOKKA", "PANGOLIN"):
            assert secret not in text, f"{name} shows {secret}"


def test_markdown_has_the_since_section(claims: LoadedSpec, tmp_path: Path) -> None:
    old = write(tmp_path / "old.yaml", older(claims))
    md = render_guide(claims, since=str(old))["guide.md"]

    assert "\n## What changed since version 2.0.0\n" in md
    assert "- New label: “Can't tell”. [See Can't tell](#label-can-t-tell-garbled)" \
        in md.replace("\\'", "'")
    assert "OKAPI" not in md and "\n\n\n" not in md


@pytest.mark.parametrize(("since", "source"), [
    ("v2.0.0", "v2.0.0:specs/g.yaml"),
    ("HEAD~1:other/g.yaml", "HEAD~1:other/g.yaml"),
    ("old.yaml", "old.yaml"),
])
def test_since_source_reads_like_diff(since: str, source: str) -> None:
    assert since_source(since, "specs/g.yaml") == source


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e",
                        "HOME": str(cwd), "PATH": "/usr/bin:/bin"})


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_cli_since_a_git_revision_of_the_same_file(
        claims: LoadedSpec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        scan) -> None:
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    spec = write(repo / "specs" / "g.yaml", older(claims))
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "v2.0.0")
    git(repo, "tag", "v2.0.0")
    write(spec, spec_data(claims))
    monkeypatch.chdir(repo)

    result = CliRunner().invoke(main, ["render", "specs/g.yaml", "-o", "out",
                                       "--since", "v2.0.0"])
    assert result.exit_code == 0, result.output + result.stderr
    page = scan((repo / "out" / "guide.html").read_text(encoding="utf-8"))
    assert page.find("h2", id="since-title")[0].text == \
        "What changed since version 2.0.0"
    assert "New label: “Can't tell”." in page.find("section", id="since")[0].text

    bad = CliRunner().invoke(main, ["render", "specs/g.yaml", "-o", "out2",
                                    "--since", "no-such-rev"])
    assert bad.exit_code == 1 and "guidekit: error:" in bad.stderr
    assert "no-such-rev" in bad.stderr and "Traceback" not in bad.output
    assert not (repo / "out2").exists()


def test_cli_since_a_missing_file_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["render", str(FIXTURES / "claims.yaml"),
                                       "-o", str(tmp_path / "out"),
                                       "--since", str(tmp_path / "gone.yaml")])
    assert result.exit_code == 1 and "gone.yaml" in result.stderr


def test_since_another_guideline_is_refused_and_nothing_is_written(
        tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    other = root / "tests" / "spec" / "cases" / "kind-rating-clean.yaml"
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [
        "render", str(root / "specs" / "triage" / "guideline.yaml"), "-o", str(out),
        "--since", str(other)])
    assert result.exit_code == 1
    assert "is guideline 'kind-rating', not 'triage'" in result.stderr
    assert not out.exists()
