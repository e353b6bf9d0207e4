"""The sandbox's data: collections, id shapes and field maps derived from a spec."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "generator"))

import sandbox_data


def _spec(schema_extra: dict | None = None, op_extra: dict | None = None) -> dict:
    record = {
        "type": "object",
        "properties": {"sid": {"type": "string"}, "friendly_name": {"type": "string"}},
        **(schema_extra or {}),
    }
    item_param = {
        "name": "Sid",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "pattern": "^WD[0-9a-fA-F]{32}$"},
    }
    ok = {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
    }
    listing = {
        "description": "ok",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "widgets": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Widget"},
                        }
                    },
                }
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": {
            "/Widgets.json": {
                "get": {"operationId": "ListWidget", "responses": {"200": listing}},
                "post": {
                    "operationId": "CreateWidget",
                    **(op_extra or {}),
                    "requestBody": {
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"FriendlyName": {"type": "string"}},
                                }
                            }
                        }
                    },
                    "responses": {"201": ok},
                },
            },
            "/Widgets/{Sid}.json": {
                "parameters": [item_param],
                "get": {"operationId": "FetchWidget", "responses": {"200": ok}},
            },
        },
        "components": {"schemas": {"Widget": record}},
    }


def test_a_collection_is_derived_from_the_paths() -> None:
    data = sandbox_data.provider_data("acme", [("api", _spec())])
    ((path, coll),) = data["collections"].items()
    assert path == "/v1/Widgets"
    assert coll == {
        "record": {"$ref": "api:Widget"},
        "id_field": "sid",
        "id_shape": {"prefix": "WD", "shape": "hex32"},
    }
    create = next(o for o in data["operations"] if o["id"] == "CreateWidget")
    assert create["kind"] == "create" and create["fields"] == {"FriendlyName": "friendly_name"}
    fetch = next(o for o in data["operations"] if o["id"] == "FetchWidget")
    assert fetch["kind"] == "fetch" and fetch["id_param"] == "Sid"
    listing = next(o for o in data["operations"] if o["id"] == "ListWidget")
    assert listing["items"] == "widgets"


def test_the_extension_names_an_id_shape_and_a_lifecycle() -> None:
    spec = _spec(
        {"x-trunkline-sandbox": {"id": {"shape": "HEX16", "prefix": "Z"}}},
        {"x-trunkline-sandbox": {"lifecycle": "widget"}},
    )
    data = sandbox_data.provider_data("acme", [("api", spec)])
    assert data["collections"]["/v1/Widgets"]["id_shape"] == {"prefix": "Z", "shape": "HEX16"}
    create = next(o for o in data["operations"] if o["id"] == "CreateWidget")
    assert create["sandbox"] == {"lifecycle": "widget"}


@pytest.mark.parametrize(
    ("schema_extra", "op_extra", "message"),
    [
        ({"x-trunkline-sandbox": {"id": {"shape": "squares"}}}, None, "needs `shape`"),
        (None, {"x-trunkline-sandbox": {"creates": "FetchWidget"}}, "no list operation"),
        (None, {"x-trunkline-sandbox": {"colour": "blue"}}, "unknown keys"),
    ],
)
def test_a_wrong_extension_fails_naming_it(
    schema_extra: dict | None, op_extra: dict | None, message: str
) -> None:
    with pytest.raises(sandbox_data.SandboxDataError, match=message):
        sandbox_data.provider_data("acme", [("api", _spec(schema_extra, op_extra))])


def test_twilio_sid_patterns_become_shapes() -> None:
    assert sandbox_data.id_shape("^CA[0-9a-fA-F]{32}$") == {"prefix": "CA", "shape": "hex32"}
    assert sandbox_data.id_shape("^(SM|MM)[0-9a-fA-F]{32}$") == {"prefix": "SM", "shape": "hex32"}
    assert sandbox_data.id_shape("[A-Z]{2}") is None
