"""`Provider`: the hooks through which one provider's quirks enter the shared pipeline.

The overlay subclasses `Provider` once per provider (one instance per client,
holding its credentials) and overrides only what differs:

    class TwilioProvider(Provider):
        name = "twilio"
        request_id_header = "Twilio-Request-Id"

        def authenticate(self, request):            # before the Request is built
            request["headers"]["Authorization"] = basic_auth(self.sid, self.token)
            return request

        def parse_error(self, response, body):       # Twilio's error JSON
            return ErrorDetails(body.get("code"), body.get("message"), body.get("more_info"))

Order for every attempt: generated kwargs -> encoded -> per-call extras merged ->
`authorize(request_kwargs, security)` (by default `authenticate(request_kwargs)`) ->
`Request` built (URL with its query, headers, encoded body) -> `sign(request)` -> sent.
`Request` and `Response` are trunkline's own (`_transport`), whichever HTTP
library sends them.
A 2xx body goes through `check_success(payload)`; an error status through
`parse_error(response, body)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple, Required, TypedDict

if TYPE_CHECKING:
    from ._transport import Request, Response

__all__ = ["ErrorDetails", "Provider", "RequestKwargs"]


class RequestKwargs(TypedDict, total=False):
    """One request before it is built: wire names, values already encoded as text.

    `url` is absolute. `params`/`data` map a name to a text value or a list of
    them (a repeated key); `json` holds plain JSON types. Every dict is the
    attempt's own copy: a hook may change it in place.
    """

    method: Required[str]
    url: Required[str]
    params: dict[str, str | list[str]]
    data: dict[str, str | list[str]]
    json: Any
    headers: dict[str, str]


class ErrorDetails(NamedTuple):
    """What a provider's error body says. `status` (optional) picks the error class instead
    of the HTTP status, e.g. 429 for a throttling error inside a 200 answer."""

    code: int | str | None
    message: str | None
    more_info: str | None = None
    status: int | None = None


class Provider:
    """Default hooks (no auth, a generic error shape); subclass per provider."""

    #: Shown in errors (`APIError.provider`) and logs.
    name: str = "api"
    #: The response header carrying the provider's request id.
    request_id_header: str | None = None
    #: Header, parameter or JSON field names to mask, besides the built-in ones.
    secret_fields: frozenset[str] = frozenset()
    #: ISO 3166 region that national phone numbers in inputs are read in (`default_region=`).
    default_region: str | None = None

    def server_url(self, server: str) -> str:
        """The real origin for a spec server (region/edge hosts); `base_url` still wins."""
        return server

    def phone_number(self, value: Any, kind: str, name: str) -> Any:
        """An input the spec marks `format: phone-number` / `endpoint`, as the API wants it
        (E.164 for Twilio; digits alone for Vonage). The default sends it unchanged."""
        return value

    def authorize(
        self, request: RequestKwargs, security: tuple[tuple[str, ...], ...]
    ) -> RequestKwargs:
        """Credentials for an operation the spec lets use any of `security` (alternatives, each
        the scheme names that go together). A provider with one way to authenticate keeps the
        default, `authenticate`; one that mixes schemes (Vonage) picks here, and raises
        `ConfigurationError` naming the credential an operation needs and the client lacks."""
        return self.authenticate(request)

    def authenticate(self, request: RequestKwargs) -> RequestKwargs:
        """Add credentials before the request is built: a header, or fields of the form/query."""
        return request

    def sign(self, request: Request) -> Request:
        """Last look at the built request, as it will be sent: a signature over the exact URL,
        headers and body bytes goes here. `request.url` (a `str`) may be replaced, and
        `request.content` too: `Content-Length` is the transport's to set."""
        return request

    def parse_error(self, response: Response, body: Any) -> ErrorDetails:
        """Read code, message and more_info from an error answer (`body`: JSON, text or None)."""
        if not isinstance(body, dict):
            return ErrorDetails(None, None)
        message = body.get("message") or body.get("detail") or body.get("title")
        if message is None and isinstance(body.get("error"), str):
            message = body["error"]
        code = body.get("code")
        more_info = body.get("more_info") or body.get("type")
        return ErrorDetails(
            code if isinstance(code, int | str) else None,
            str(message) if message is not None else None,
            str(more_info) if more_info is not None else None,
        )

    def check_success(self, payload: Any) -> ErrorDetails | None:
        """Details of an error reported inside a 2xx body (Vonage SMS), else None."""
        return None
