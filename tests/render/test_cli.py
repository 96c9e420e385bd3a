"""`guidekit render` in process: files written, messages and exit codes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from guidekit.cli import main

CLAIMS = str(Path(__file__).parent / "fixtures" / "claims.yaml")


def run(*args: str):
    return CliRunner().invoke(main, ["render", *args])


def test_render_writes_and_lists_both_files(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = run(CLAIMS, "-o", str(out))

    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [str(out / "guide.html"),
                                          str(out / "guide.md")]
    assert "Does the source back the claim?" in (out / "guide.md").read_text(
        encoding="utf-8")


def test_bad_spec_prints_problems_and_exits_1(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    text = Path(CLAIMS).read_text(encoding="utf-8")
    text = text.replace("title: Backed", "titel: Backed")
    spec.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    line = next(i for i, s in enumerate(lines, 1) if "titel:" in s)
    col = lines[line - 1].index("titel") + 1
    result = run(str(spec), "-o", str(tmp_path / "out"))

    assert result.exit_code == 1
    assert result.stderr == (
        f"{spec}:{line}:{col}: error: unknown key 'titel' (unknown-key)\n")
    assert not (tmp_path / "out").exists()


def test_example_that_is_gold_exits_1(tmp_path: Path) -> None:
    spec = tmp_path / "leak.yaml"
    text = Path(CLAIMS).read_text(encoding="utf-8")
    spec.write_text(text.replace(
        "{source: The mayor spoke at length., claim: The mayor spoke for an hour.}",
        "{source: QUOKKA-GOLD-SOURCE-TEXT smiles., claim: QUOKKA-GOLD-CLAIM-TEXT}"),
        encoding="utf-8")
    result = run(str(spec), "-o", str(tmp_path / "out"))

    assert result.exit_code == 1
    assert "example 'ex-2' is the same item as gold" in result.stderr
    assert "(gold-leak)" in result.stderr


def test_missing_spec_file_exits_1(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.yaml"), "-o", str(tmp_path))

    assert result.exit_code == 1 and "cannot read file" in result.stderr


def test_templates_folder_without_guide_template_exits_1(tmp_path: Path) -> None:
    result = run(CLAIMS, "-o", str(tmp_path / "out"), "--templates", str(tmp_path))

    assert result.exit_code == 1
    assert result.stderr == (
        f"guidekit: error: templates folder '{tmp_path}' has no guide template "
        "(expected guide.html.j2, guide.md.j2 or a guide/ folder)\n")


def test_unsafe_template_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    own = tmp_path / "own"
    own.mkdir()
    (own / "guide.md.j2").write_text("{{ ''.__class__.__mro__ }}", encoding="utf-8")
    result = run(CLAIMS, "-o", str(tmp_path / "out"), "--templates", str(own))

    assert result.exit_code == 1
    assert result.stderr.startswith(f"guidekit: error: {own / 'guide.md.j2'}:1: ")
    assert "blocked by the template sandbox" in result.stderr
    assert not (tmp_path / "out").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    afile = tmp_path / "file.txt"
    afile.write_text("x", encoding="utf-8")

    assert run(CLAIMS).exit_code == 2
    assert run(CLAIMS, "-o", str(afile)).exit_code == 2
    assert run(CLAIMS, "-o", str(tmp_path), "--templates", str(afile)).exit_code == 2


def test_unwritable_output_exits_1(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    result = run(CLAIMS, "-o", str(blocker / "out"))

    assert result.exit_code == 1
    assert result.stderr.startswith(f"guidekit: error: cannot write to '{blocker}")


def test_own_templates_folder_is_used_with_the_shipped_assets(tmp_path: Path) -> None:
    own = tmp_path / "own"
    (own / "guide").mkdir(parents=True)
    (own / "guide.html.j2").write_text(
        '<meta http-equiv="Content-Security-Policy" content="{{ assets.csp }}">'
        "<h1>Team: {{ guide.title }}</h1>{% include 'guide/extra.html.j2' %}\n",
        encoding="utf-8")
    (own / "guide" / "extra.html.j2").write_text(
        "<p>{{ guide.pairs | length }} pairs</p>", encoding="utf-8")
    result = run(CLAIMS, "-o", str(tmp_path / "out"), "--templates", str(own))

    assert result.exit_code == 0, result.output + result.stderr
    html = (tmp_path / "out" / "guide.html").read_text(encoding="utf-8")
    assert "<h1>Team: Does the source back the claim?</h1><p>2 pairs</p>" in html
    assert "script-src &#39;sha256-" in html  # quotes escaped in the attribute
    md = (tmp_path / "out" / "guide.md").read_text(encoding="utf-8")
    assert md.startswith("# Does the source back the claim?")


def test_own_script_that_could_close_its_tag_is_refused(tmp_path: Path) -> None:
    own = tmp_path / "own"
    (own / "guide").mkdir(parents=True)
    (own / "guide" / "search.js").write_text("var x = '</script><b>';",
                                             encoding="utf-8")
    result = run(CLAIMS, "-o", str(tmp_path / "out"), "--templates", str(own))

    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "guide/search.js' holds a closing tag" in result.stderr
