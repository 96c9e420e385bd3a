"""The JSON Schema of the spec file, made from the models."""

from __future__ import annotations

import json
from typing import Any

from guidekit.spec.models import SpecFile

SCHEMA_ID = "https://guidekit.dev/schema/guidekit-v1.json"


def spec_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a guidekit/v1 spec file."""
    schema = SpecFile.model_json_schema(by_alias=True)
    schema["title"] = "guidekit spec (guidekit/v1)"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_ID, **schema}


def spec_schema_text() -> str:
    return json.dumps(spec_schema(), indent=2, sort_keys=True) + "\n"
