"""`guidekit init`: a starter that validates, points the editor at the schema,
and never replaces a spec unasked."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from guidekit.cli import main
from guidekit.spec.init import InitError, default_id, write_starter
from guidekit.spec.loader import load_spec
from guidekit.spec.schema import spec_schema_text
from guidekit.spec.validate import validate_spec


def run(*args: str, cwd: Path) -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(cwd)
        result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_init_then_validate_finds_no_problem(tmp_path: Path) -> None:
    code, out, _ = run("init", cwd=tmp_path)
    assert code == 0
    assert out == "wrote guideline.yaml\nwrote guidekit.schema.json\n"
    assert validate_spec(tmp_path / "guideline.yaml") == []
    assert run("validate", "--strict", "guideline.yaml", cwd=tmp_path)[0] == 0


def test_the_starter_has_what_a_spec_needs(tmp_path: Path) -> None:
    write_starter(tmp_path / "guideline.yaml", spec_id="reviews", title="Reviews",
                  today=date(2025, 3, 4))
    spec = load_spec(tmp_path / "guideline.yaml").spec
    assert (spec.id, spec.title, spec.version) == ("reviews", "Reviews", "0.1.0")
    rules = {r.id for label in spec.labels for r in (*label.rules, *label.not_)}
    assert len(spec.labels) >= 2 and len(rules) >= 2 and None not in rules
    assert {r for g in spec.gold for r in g.rules} == rules
    assert spec.examples and len(spec.gold) >= 2 and spec.sections
    assert [(c.version, c.date) for c in spec.changelog] == [("0.1.0", "2025-03-04")]
    assert spec.quiz.questions <= len(spec.gold)


def test_the_modeline_names_the_schema_written_beside_it(tmp_path: Path) -> None:
    write_starter(tmp_path / "guideline.yaml")
    text = (tmp_path / "guideline.yaml").read_text(encoding="utf-8")
    modeline = "# yaml-language-server: $schema=guidekit.schema.json"
    assert text.splitlines()[0] == modeline
    schema_text = (tmp_path / "guidekit.schema.json").read_text(encoding="utf-8")
    assert schema_text == spec_schema_text()
    # an editor reads the YAML with types, as safe_load does
    jsonschema.Draft202012Validator(json.loads(schema_text)).validate(
        yaml.safe_load(text))
    assert "\t" not in text and text.isascii()


def test_init_refuses_to_replace_a_spec_without_force(tmp_path: Path) -> None:
    (tmp_path / "guideline.yaml").write_text("mine\n", encoding="utf-8")
    code, out, err = run("init", cwd=tmp_path)
    assert (code, out) == (1, "")
    assert err == ("guidekit: error: 'guideline.yaml' already exists; pass --force "
                   "to replace it, or give another path\n")
    assert (tmp_path / "guideline.yaml").read_text(encoding="utf-8") == "mine\n"
    assert not (tmp_path / "guidekit.schema.json").exists()
    assert run("init", "--force", cwd=tmp_path)[0] == 0
    assert validate_spec(tmp_path / "guideline.yaml") == []


def test_a_schema_file_is_kept_unless_it_differs(tmp_path: Path) -> None:
    (tmp_path / "guidekit.schema.json").write_text(spec_schema_text(), encoding="utf-8")
    assert run("init", "a.yaml", cwd=tmp_path)[0] == 0
    (tmp_path / "guidekit.schema.json").write_text("{}\n", encoding="utf-8")
    code, _, err = run("init", "b.yaml", cwd=tmp_path)
    assert code == 1 and "'guidekit.schema.json' already exists" in err
    assert not (tmp_path / "b.yaml").exists()


def test_id_title_and_folder(tmp_path: Path) -> None:
    code, _, _ = run("init", "specs/support/", "--title", 'Say "hi": 1.10',
                     cwd=tmp_path)
    assert code == 0
    spec = load_spec(tmp_path / "specs" / "support" / "guideline.yaml").spec
    assert (spec.id, spec.title) == ("support", 'Say "hi": 1.10')
    code, _, _ = run("init", "x.yml", "--id", "my_spec-2", cwd=tmp_path)
    assert code == 0 and load_spec(tmp_path / "x.yml").spec.id == "my_spec-2"
    assert load_spec(tmp_path / "x.yml").spec.title == "My spec 2"


@pytest.mark.parametrize(("args", "message"), [
    (("--id", "Not A Slug"), "id 'Not A Slug' is not a slug"),
    (("notes.txt",), "'notes.txt' does not end in .yaml or .yml"),
])
def test_bad_input_is_refused_with_a_message(tmp_path: Path, args: tuple[str, ...],
                                             message: str) -> None:
    code, _, err = run("init", *args, cwd=tmp_path)
    assert code == 1 and err.startswith(f"guidekit: error: {message}")
    assert list(tmp_path.iterdir()) == []


def test_default_id_comes_from_the_folder() -> None:
    assert default_id(Path("/x/Support Triage/guideline.yaml")) == "support-triage"
    assert default_id(Path("/x/---/guideline.yaml")) == "my-guideline"


def test_library_raises_init_error(tmp_path: Path) -> None:
    write_starter(tmp_path / "g.yaml")
    with pytest.raises(InitError, match="already exists"):
        write_starter(tmp_path / "g.yaml")


def test_force_writes_through_a_symlinked_spec(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "specs").mkdir()
    target = tmp_path / "shared" / "real.yaml"
    target.write_text("mine\n", encoding="utf-8")
    link = tmp_path / "specs" / "guideline.yaml"
    link.symlink_to(Path("..") / "shared" / "real.yaml")
    assert run("init", "specs/guideline.yaml", cwd=tmp_path)[0] == 1
    code, out, _ = run("init", "--force", "specs/guideline.yaml", cwd=tmp_path)
    assert (code, out) == (0, "wrote specs/guideline.yaml\n"
                              "wrote specs/guidekit.schema.json\n")
    assert link.is_symlink()
    assert link.readlink() == Path("..") / "shared" / "real.yaml"
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server")
    assert validate_spec(link) == []
    assert (tmp_path / "specs" / "guidekit.schema.json").is_file()
    assert sorted(p.name for p in (tmp_path / "shared").iterdir()) == ["real.yaml"]
