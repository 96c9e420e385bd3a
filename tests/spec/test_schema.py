"""The exported JSON Schema: committed copy is current, and it is usable."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from guidekit.spec.schema import spec_schema, spec_schema_text

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "specs" / "guidekit.schema.json"


def test_committed_schema_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == spec_schema_text(), (
        "specs/guidekit.schema.json is stale: run "
        "`guidekit schema -o specs/guidekit.schema.json`")


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(spec_schema())


@pytest.mark.parametrize("spec", sorted(ROOT.glob("specs/*/guideline.yaml")),
                         ids=lambda p: p.parent.name)
def test_shipped_specs_pass_the_schema_alone(spec: Path) -> None:
    data = yaml.safe_load(spec.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(spec_schema()).iter_errors(data))
    assert [e.message for e in errors] == []


def test_schema_rejects_an_unknown_key() -> None:
    data = {"spec": "guidekit/v1", "id": "x", "title": "x", "version": "1.0.0",
            "task": {"fields": [{"name": "t"}]}, "labels": [{"value": "a"}],
            "colour": "red"}
    validator = jsonschema.Draft202012Validator(spec_schema())
    assert [e.validator for e in validator.iter_errors(data)] == [
        "additionalProperties"]


def test_schema_allows_gold_includes() -> None:
    schema = json.loads(spec_schema_text())
    gold_items = schema["properties"]["gold"]["items"]["anyOf"]
    assert {"$ref": "#/$defs/GoldInclude"} in gold_items
