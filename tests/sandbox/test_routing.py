"""Every operation of every spec is served at its own path, on one origin."""

from __future__ import annotations

import re

import pytest

from trunkline.sandbox._routes import PROVIDERS, Op, Router, load

DATA = [load(name) for name in PROVIDERS]
ROUTER = Router(DATA)


def _example(schema: dict, name: str) -> str:
    if "const" in schema:
        return str(schema["const"])
    pattern = schema.get("pattern", "")
    match = re.match(r"^\^\(?([A-Z]{2})", pattern)
    if match:
        return match.group(1) + "ab" * 16
    return f"x-{name}"


@pytest.mark.parametrize(
    "op", [op for data in DATA for op in data.ops], ids=lambda op: f"{op.method} {op.path}"
)
def test_each_operation_is_routed_to_itself(op: Op) -> None:
    data = next(d for d in DATA if d.name == op.provider)
    path = op.path
    for param in op.params:
        if param["in"] == "path":
            value = _example(data.schemas.resolve(param["schema"]), param["name"])
            path = path.replace("{" + param["name"] + "}", value)
    found, _params, _allowed = ROUTER.match(op.method, path)
    assert found is op


def test_literal_segments_win_and_sids_match_their_prefix() -> None:
    pricing, _p, _a = ROUTER.match("GET", "/v1/Voice/Countries")
    insights, params, _a = ROUTER.match("GET", "/v1/Voice/CA" + "0" * 32)
    assert pricing is not None and pricing.api == "pricing_v1"
    assert insights is not None and insights.api == "insights_v1"
    assert params == {"Sid": "CA" + "0" * 32}
    nothing, _p, _a = ROUTER.match("GET", "/v1/Voice/XX" + "0" * 32)
    assert nothing is None
    _op, _p, allowed = ROUTER.match("PATCH", "/v1/Faxes")
    assert allowed == ["GET", "POST"]
