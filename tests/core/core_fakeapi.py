"""Stand-ins for generated operation modules (the contract the generator emits) and a provider."""

from __future__ import annotations

import base64
from types import ModuleType
from typing import Any
from urllib.parse import quote

from trunkline._core import ErrorDetails, Operation, Provider, Request, RequestKwargs, Response

SERVER = "https://api.example.test/base"


class Unset:
    """Same shape as the generated `Unset` marker."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False


UNSET: Any = Unset()


class Rec:
    """A stand-in for a generated lazy record."""

    def __init__(self, data: Any) -> None:
        self.data = data

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Rec) and other.data == self.data

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Rec({self.data!r})"


def _module(name: str, **attrs: Any) -> ModuleType:
    module = ModuleType(f"fake_generated.api.{name}")
    for key, value in attrs.items():
        setattr(module, key, value)
    return module


def _fetch_thing_kwargs(sid: str, *, fields: Any = UNSET) -> dict[str, Any]:
    out: dict[str, Any] = {"method": "GET", "url": f"/v1/Things/{quote(sid, safe='')}.json"}
    if fields is not UNSET:
        out["params"] = {"Fields": fields}
    return out


def _create_thing_kwargs(
    *,
    to: str,
    from_: str,
    when: Any = UNSET,
    flag: Any = UNSET,
    tags: Any = UNSET,
    price: Any = UNSET,
    kind: Any = UNSET,
    day: Any = UNSET,
    note: Any = UNSET,
) -> dict[str, Any]:
    body: dict[str, Any] = {"To": to, "From": from_}
    for wire, value in (
        ("When", when),
        ("Flag", flag),
        ("Tags", tags),
        ("Price", price),
        ("Kind", kind),
        ("Day", day),
        ("Note", note),
    ):
        if value is not UNSET:
            body[wire] = value
    return {"method": "POST", "url": "/v1/Things.json", "data": body}


def _create_json_kwargs(*, name: str, when: Any = UNSET, meta: Any = UNSET) -> dict[str, Any]:
    body: dict[str, Any] = {"name": name}
    if when is not UNSET:
        body["when"] = when
    if meta is not UNSET:
        body["meta"] = meta
    return {"method": "POST", "url": "/v1/json", "json": body}


def _list_things_kwargs(*, page_size: Any = UNSET, status: Any = UNSET) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if page_size is not UNSET:
        params["PageSize"] = page_size
    if status is not UNSET:
        params["Status"] = status
    return {"method": "GET", "url": "/v1/Things.json", "params": params}


def _delete_thing_kwargs(sid: str) -> dict[str, Any]:
    return {"method": "DELETE", "url": f"/v1/Things/{quote(sid, safe='')}.json"}


def _download_kwargs(sid: str) -> dict[str, Any]:
    return {"method": "GET", "url": f"/v1/Recordings/{quote(sid, safe='')}.wav"}


def _text_kwargs() -> dict[str, Any]:
    return {"method": "GET", "url": "/v1/Notice.txt"}


def _none(payload: Any) -> None:
    return None


def _same(payload: Any) -> Any:
    return payload


FETCH = _module(
    "fetch_thing",
    METHOD="GET",
    PATH="/v1/Things/{Sid}.json",
    RETRY="safe",
    _get_kwargs=_fetch_thing_kwargs,
    _parse_response=Rec,
)
CREATE = _module(
    "create_thing",
    METHOD="POST",
    PATH="/v1/Things.json",
    RETRY="create",
    _get_kwargs=_create_thing_kwargs,
    _parse_response=Rec,
)
CREATE_JSON = _module(
    "create_json",
    METHOD="POST",
    PATH="/v1/json",
    RETRY="create",
    _get_kwargs=_create_json_kwargs,
    _parse_response=Rec,
)
LIST = _module(
    "list_things",
    METHOD="GET",
    PATH="/v1/Things.json",
    RETRY="safe",
    ITEMS_KEY="things",
    _get_kwargs=_list_things_kwargs,
    _parse_response=Rec,
    _parse_item=Rec,
)
DELETE = _module(
    "delete_thing",
    METHOD="DELETE",
    PATH="/v1/Things/{Sid}.json",
    RETRY="safe",
    _get_kwargs=_delete_thing_kwargs,
    _parse_response=_none,
)
DOWNLOAD = _module(
    "fetch_recording_media",
    METHOD="GET",
    PATH="/v1/Recordings/{Sid}.wav",
    RETRY="safe",
    RESPONSE="binary",
    _get_kwargs=_download_kwargs,
    _parse_response=_none,
)
TEXT = _module(
    "fetch_notice",
    METHOD="GET",
    PATH="/v1/Notice.txt",
    RETRY="safe",
    RESPONSE="text",
    _get_kwargs=_text_kwargs,
    _parse_response=_same,
)


def ops(server: str = SERVER) -> dict[str, Operation]:
    """Every fake operation, aimed at `server`."""
    return {
        "fetch": Operation.from_module(FETCH, server),
        "create": Operation.from_module(CREATE, server),
        "create_json": Operation.from_module(CREATE_JSON, server),
        "list": Operation.from_module(LIST, server),
        "delete": Operation.from_module(DELETE, server),
        "download": Operation.from_module(DOWNLOAD, server),
        "text": Operation.from_module(TEXT, server),
    }


class TwilioLike(Provider):
    """Basic auth, Twilio's error JSON and request-id header."""

    name = "twilio"
    request_id_header = "Twilio-Request-Id"

    def __init__(self, username: str = "ACuser", password: str = "s3cr3t-token") -> None:
        self._auth = "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()

    def authenticate(self, request: RequestKwargs) -> RequestKwargs:
        request.setdefault("headers", {})["Authorization"] = self._auth
        return request

    def parse_error(self, response: Response, body: Any) -> ErrorDetails:
        if not isinstance(body, dict):
            return ErrorDetails(None, None)
        return ErrorDetails(body.get("code"), body.get("message"), body.get("more_info"))


class VonageLike(Provider):
    """Credentials in the form (or query) and errors reported inside 200 answers."""

    name = "vonage"
    request_id_header = "X-Request-Id"
    secret_fields = frozenset({"X-Vonage-Extra"})

    def __init__(self, api_key: str = "key123", api_secret: str = "vonage-secret-xyz") -> None:
        self.api_key = api_key
        self.api_secret = api_secret

    def authenticate(self, request: RequestKwargs) -> RequestKwargs:
        where = "params" if request["method"] in ("GET", "DELETE") else "data"
        fields = request.get(where, {})
        fields.update(api_key=self.api_key, api_secret=self.api_secret)
        request[where] = fields  # type: ignore[literal-required]
        return request

    def sign(self, request: Request) -> Request:
        request.headers["X-Signed-Length"] = str(len(request.content))
        return request

    def check_success(self, payload: Any) -> ErrorDetails | None:
        if not isinstance(payload, dict) or "messages" not in payload:
            return None
        first = payload["messages"][0]
        status = first.get("status")
        if status == "0":
            return None
        return ErrorDetails(
            status,
            first.get("error-text"),
            None,
            429 if status == "1" else (401 if status == "4" else None),
        )
