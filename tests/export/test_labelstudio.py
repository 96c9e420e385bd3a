"""`guidekit export labelstudio`: the config, the instructions and gold tasks.

The config is checked against Label Studio's own parser: the
label-studio-sdk package (in the [test] extra) validates the config
(`LabelInterface.validate`: its JSON schema, unique names, toName
targets) and each ground-truth annotation against it.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from label_studio_sdk.label_interface import LabelInterface

from guidekit.cli import main
from guidekit.export import labeling_config, labelstudio_project
from guidekit.spec.loader import load_spec

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "spec" / "cases"
SPECS = {"single_label": ROOT / "specs" / "triage" / "guideline.yaml",
         "multi_label": CASES / "kind-multi-label-clean.yaml",
         "span": CASES / "kind-span-clean.yaml",
         "rating": CASES / "kind-rating-clean.yaml"}
CONTROL = {"single_label": ("Choices", "single"), "multi_label": ("Choices",
                                                                  "multiple"),
           "span": ("Labels", None), "rating": ("Rating", None)}


def tasks_of(files: dict[str, str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name in sorted(files):
        if name.startswith("tasks-"):
            found += json.loads(files[name])
    return found


@pytest.mark.parametrize("kind", sorted(SPECS))
def test_config_passes_label_studio_validation(kind: str) -> None:
    files = labelstudio_project(load_spec(SPECS[kind]))
    interface = LabelInterface(files["config.xml"])
    interface.validate()
    root = ET.fromstring(files["config.xml"])
    tag, choice = CONTROL[kind]
    control = root.find(tag)
    assert control is not None and control.get("choice") == choice
    assert [t.get("name") for t in root.iter("Text")] == [
        f.name for f in load_spec(SPECS[kind]).spec.task.fields]


@pytest.mark.parametrize("kind", sorted(SPECS))
def test_ground_truth_annotations_fit_the_config(kind: str) -> None:
    files = labelstudio_project(load_spec(SPECS[kind]))
    interface = LabelInterface(files["config.xml"])
    tasks = tasks_of(files)
    assert len(tasks) == len(load_spec(SPECS[kind]).spec.gold)
    for task in tasks:
        annotation = task["annotations"][0]
        assert annotation["ground_truth"] is True
        assert interface.validate_annotation(annotation), task["data"]["id"]


def test_a_wrong_choice_fails_label_studio_validation() -> None:
    files = labelstudio_project(load_spec(SPECS["single_label"]))
    annotation = tasks_of(files)[0]["annotations"][0]
    annotation["result"][0]["value"]["choices"] = ["no-such-label"]
    assert not LabelInterface(files["config.xml"]).validate_annotation(annotation)


def test_choices_show_titles_and_store_values() -> None:
    root = ET.fromstring(labeling_config(load_spec(SPECS["single_label"]).spec))
    choices = [(c.get("value"), c.get("alias")) for c in root.iter("Choice")]
    assert ("How-to", "how_to") in choices and len(choices) == 5


def test_spec_text_is_escaped_in_the_config(tmp_path: Path) -> None:
    data = yaml.safe_load(SPECS["multi_label"].read_text(encoding="utf-8"))
    data.pop("lint")  # yaml.safe_dump would write its `off` as false
    data["title"] = 'A <b>"bold"</b> & \'odd\' title'
    data["labels"][0]["title"] = "<script>x</script>"
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    config = labeling_config(load_spec(path, checks=False).spec)
    assert "<script>" not in config and "<b>" not in config
    root = ET.fromstring(config)
    assert root[0].get("value") == data["title"]
    assert next(root.iter("Choice")).get("value") == "<script>x</script>"
    LabelInterface(config).validate()


def test_tasks_round_trip_through_guidekit_scoring(tmp_path: Path) -> None:
    """Give the tasks what a Label Studio export adds (a task id and who
    completed each annotation); guidekit then scores them 100% right."""
    spec = SPECS["single_label"]
    files = labelstudio_project(load_spec(spec))
    tasks = tasks_of(files)
    for number, task in enumerate(tasks, start=1):
        task["id"] = number
        task["annotations"][0]["completed_by"] = 7
    export = tmp_path / "export.json"
    export.write_text(json.dumps(tasks), encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(spec), str(export),
                                       "--format", "json"])
    assert result.exit_code == 0, result.stderr
    person = json.loads(result.stdout)["annotators"][0]
    assert (person["annotator"], person["gold_answered"]) == ("7", len(tasks))
    assert person["accuracy"]["value"] == pytest.approx(1.0)


def test_cli_writes_the_project(tmp_path: Path) -> None:
    out = tmp_path / "ls"
    result = CliRunner().invoke(main, ["export", "labelstudio",
                                       str(SPECS["single_label"]), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["config.xml", "instructions.html", "project.json",
                     "tasks-exam.json", "tasks-practice.json"]
    project = json.loads((out / "project.json").read_text(encoding="utf-8"))
    assert project["label_config"] == (out / "config.xml").read_text(
        encoding="utf-8")
    guide = (out / "instructions.html").read_text(encoding="utf-8")
    assert project["expert_instruction"] == guide
    assert "Support message triage" in guide and "<html" in guide


def test_cli_names_a_bad_spec(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "labelstudio",
                                       str(tmp_path / "none.yaml"), "-o",
                                       str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "none.yaml" in result.stderr
