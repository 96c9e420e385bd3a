"""Turn pydantic's validation errors into problems at YAML positions."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ValidationError

from guidekit.problems import Problem
from guidekit.spec.where import Where, json_path

KINDS = {dict: "a mapping", list: "a list", type(None): "nothing",
         bool: "a boolean", int: "a number", float: "a number"}


def problems_from(error: ValidationError, where: Where,
                  models: list[type[BaseModel]],
                  prefix: tuple[Any, ...] = ()) -> list[Problem]:
    """One problem per pydantic error, placed by `where`.

    `prefix` is the data path of the value that was validated.
    """
    known = _all_keys(models)
    return [_one(detail, where, known, prefix) for detail in error.errors()]


def _one(detail: Any, where: Where, known: set[str],
         prefix: tuple[Any, ...]) -> Problem:
    loc = prefix + tuple(part for part in detail["loc"]
                         if isinstance(part, (str, int)))
    kind = detail["type"]
    value = detail.get("input")
    code, message, hint = "schema", _lower(detail["msg"]), None
    if kind == "missing":
        code, message = "missing-key", f"missing required key '{loc[-1]}'"
        pos = where.at(loc[:-1])
    elif kind == "extra_forbidden":
        code, message = "unknown-key", f"unknown key '{loc[-1]}'"
        hint = _did_you_mean(str(loc[-1]), known)
        pos = where.key_at(loc)
    else:
        pos = where.at(loc)
        code, message = _typed(kind, detail, value, message)
    return Problem(pos.path, pos.line, pos.col, "error", code, message, hint,
                   json_path(loc))


def _typed(kind: str, detail: Any, value: Any, message: str) -> tuple[str, str]:
    found = _describe(value)
    if kind == "literal_error":
        expected = detail.get("ctx", {}).get("expected", "")
        return "bad-value", f"found {found}, expected one of {expected}"
    if kind.endswith("_type"):
        wanted = {"string_type": "text", "list_type": "a list",
                  "dict_type": "a mapping", "model_type": "a mapping",
                  "model_attributes_type": "a mapping"}.get(kind, kind[:-5])
        return "wrong-type", f"found {found}, expected {wanted}"
    if kind.endswith("_parsing"):
        wanted = {"int_parsing": "a whole number", "float_parsing": "a number",
                  "bool_parsing": "true or false"}.get(kind, kind[:-8])
        return "wrong-type", f"found {found}, expected {wanted}"
    return "bad-value", f"{message}, found {found}"


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'" if len(value) <= 40 else f"'{value[:37]}...'"
    return KINDS.get(type(value), type(value).__name__)


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _did_you_mean(key: str, known: set[str]) -> str | None:
    close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.75)
    return f"did you mean '{close[0]}'?" if close else None


def _all_keys(models: list[type[BaseModel]]) -> set[str]:
    keys: set[str] = set()
    seen: set[type[BaseModel]] = set()
    todo = list(models)
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            keys.add(info.alias or name)
            todo.extend(_models_in(info.annotation))
    return keys


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in getattr(annotation, "__args__", ()):
        found.extend(_models_in(arg))
    return found
