"""Our specs, run by schemathesis against the sandbox: every operation, a few examples each.

Each case is sent with the sandbox's credentials (Twilio's account SID in the
path); every answer must be one the spec allows: no 5xx, a declared status and
content type, a body that fits its schema. The example budget keeps the run
short; a failure names the operation and the case.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from trunkline.sandbox import Sandbox  # noqa: E402

# specs/webhooks/ holds payload schemas (what providers send), no API the sandbox serves
SPECS = sorted(
    path
    for path in (Path(__file__).parents[2] / "specs").glob("*/*.yaml")
    if path.parent.name != "webhooks"
)
EXAMPLES = 3
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _relative_uris(node: Any) -> None:
    """Twilio's `*uri` fields are host-relative (`/2010-04-01/...`, "relative to
    https://api.twilio.com") but declared `format: uri`, which JSON Schema reads as absolute:
    check them as URI references, which is what they are (`*url` fields are absolute)."""
    if isinstance(node, dict):
        for name, value in node.items():
            if name.endswith("uri") and isinstance(value, dict) and value.get("format") == "uri":
                value["format"] = "uri-reference"
            _relative_uris(value)
    elif isinstance(node, list):
        for value in node:
            _relative_uris(value)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def _credentials(sb: Sandbox, provider: str) -> tuple[dict[str, str], dict[str, str]]:
    """(headers, query) that authenticate a case with whichever scheme its spec declares."""
    creds = sb.credentials[provider]
    if provider == "twilio":
        return {"Authorization": _basic(creds["account_sid"], creds["auth_token"])}, {}
    if provider == "messagebird":
        return {"Authorization": f"AccessKey {creds['access_key']}"}, {}
    return {"Authorization": _basic(creds["api_key"], creds["api_secret"])}, {
        "api_key": creds["api_key"],
        "api_secret": creds["api_secret"],
    }


def _voice_token(sb: Sandbox) -> str:
    import time
    import uuid

    import jwt

    creds = sb.credentials["vonage"]
    claims = {
        "application_id": creds["application_id"],
        "iat": int(time.time()),
        "jti": str(uuid.uuid4()),
    }
    return "Bearer " + jwt.encode(claims, creds["private_key"], algorithm="RS256")


def _our_operation(sb: Sandbox, provider: str, server: str, operation: Any) -> Any:
    full = (server + operation.path).rstrip("/") or "/"
    data = sb.state.providers[provider].data
    return next(o for o in data.ops if o.path == full and o.method == operation.method.upper())


def _existing_ids(sb: Sandbox, op: Any, params: dict[str, Any]) -> None:
    """Path ids of records that exist, where there are any: so fetches, updates and deletes
    reach real records, not only 404s."""
    from trunkline.sandbox._engine import concrete

    wanted = list(sb.state._parents[op.key])
    if op.id_param:
        wanted.append((op.collection, op.id_param))
    for template, name in wanted:
        coll = concrete(template, {k: str(v) for k, v in params.items()})
        for _created, _seq, record in sb.state.store.scan(coll):
            data = sb.state.providers[op.provider].data.collections.get(template)
            field = data.id_field if data else None
            if field and isinstance(record.get(field), str):
                params[name] = record[field]
            break


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_answer_fits_the_spec(sandbox: Sandbox, spec: Path) -> None:
    raw = yaml.safe_load(spec.read_text(encoding="utf-8"))
    _relative_uris(raw)
    provider = spec.parent.name
    server = urlsplit(raw["servers"][0]["url"]).path.rstrip("/")
    schema = schemathesis.openapi.from_dict(raw)
    headers, query = _credentials(sandbox, provider)
    if spec.stem == "voice" and provider == "vonage":
        headers = {"Authorization": _voice_token(sandbox)}
    account = sandbox.credentials["twilio"]["account_sid"]
    failures: list[str] = []
    statuses: list[int] = []
    count = 0

    def checker(strategy: Any, ours: Any) -> Any:
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=strategy)
        def run(case: Any) -> None:
            if case.path_parameters and "AccountSid" in case.path_parameters:
                case.path_parameters["AccountSid"] = account
            _existing_ids(sandbox, ours, case.path_parameters or {})
            case.headers = {**(case.headers or {}), **headers}
            if query:
                case.query = {**(case.query or {}), **query}
            response = case.call(base_url=sandbox.url + server, timeout=10)
            statuses.append(response.status_code)
            case.validate_response(response, checks=CHECKS)

        return run

    for result in schema.get_all_operations():
        operation = result.ok()
        count += 1
        run = checker(operation.as_strategy(), _our_operation(sandbox, provider, server, operation))
        try:
            run()
        except Exception as exc:  # collect every operation's failure
            failures.append(f"{operation.label}: {str(exc)[:1500]}")
    assert count == sum(
        1 for item in raw["paths"].values() for m in item if m in ("get", "post", "put", "delete")
    )
    assert not failures, "\n\n".join(failures)
    assert any(200 <= status < 300 for status in statuses), statuses
