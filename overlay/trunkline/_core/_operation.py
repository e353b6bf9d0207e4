"""`Operation`: what the pipeline needs to know about one generated API operation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, Literal

from ._exceptions import ConfigurationError, InvalidParameterError

__all__ = ["Operation", "ResponseKind", "RetryClass"]

RetryClass = Literal["safe", "create"]
_RETRY_CLASSES = ("safe", "create")
# What a success answer carries: decoded JSON, text, a download, or nothing.
ResponseKind = Literal["json", "text", "binary", "none"]
_RESPONSE_KINDS = ("json", "text", "binary", "none")


class Operation:
    """One API operation: where it goes, how it retries, how its request and answer are made.

    `build(*args, **params)` returns the generated `_get_kwargs` dict; `parse`
    turns the decoded JSON body into a record; `parse_item` (list operations)
    wraps one element of the `items_key` array. Immutable.

    What the generated module also says of itself, for the resource methods and
    the provider hooks: `args` (the Python names of `build`'s positional path
    parameters, in path order), `client_args` (those of them the client fills
    in, Python name -> wire name: Twilio's `AccountSid`), `fixed_args` (those
    with a single possible value, filled in here), `security` (the spec's
    alternatives, each the scheme names that go together), `response` (what a
    success answer carries), `paging` (the spec's paging style) and
    `page_size` (the page-size input and the largest page, for list operations) and
    `patterns` (path parameter -> the pattern an id must match, Twilio's `^CA[0-9a-f]{32}$`)
    and `phones` (input, or where inside it by wire name such as `to[].number` ->
    `phone-number` or `endpoint`: normalised by the provider's `phone_number` hook
    before sending).
    """

    __slots__ = (
        "args",
        "build",
        "client_args",
        "fixed_args",
        "items_key",
        "method",
        "name",
        "page_size",
        "paging",
        "parse",
        "parse_item",
        "path",
        "patterns",
        "phones",
        "response",
        "retry",
        "security",
        "server",
    )

    method: str
    path: str
    retry: RetryClass
    server: str
    build: Callable[..., dict[str, Any]]
    parse: Callable[[Any], Any]
    parse_item: Callable[[dict[str, Any]], Any] | None
    items_key: str | None
    name: str
    args: tuple[str, ...]
    client_args: Mapping[str, str]
    fixed_args: Mapping[str, Any]
    security: tuple[tuple[str, ...], ...]
    response: ResponseKind
    paging: str | None
    page_size: tuple[str, int | None] | None
    patterns: Mapping[str, str]
    phones: Mapping[str, str]

    def __init__(
        self,
        *,
        method: str,
        path: str,
        retry: RetryClass,
        server: str,
        build: Callable[..., dict[str, Any]],
        parse: Callable[[Any], Any],
        parse_item: Callable[[dict[str, Any]], Any] | None = None,
        items_key: str | None = None,
        name: str = "",
        args: tuple[str, ...] = (),
        client_args: Mapping[str, str] | None = None,
        fixed_args: Mapping[str, Any] | None = None,
        security: tuple[tuple[str, ...], ...] = (),
        response: ResponseKind = "json",
        paging: str | None = None,
        page_size: tuple[str, int | None] | None = None,
        patterns: Mapping[str, str] | None = None,
        phones: Mapping[str, str] | None = None,
    ) -> None:
        if retry not in _RETRY_CLASSES:
            raise ConfigurationError(
                f"operation {name or path}: RETRY must be 'safe' or 'create', not {retry!r}"
            )
        if response not in _RESPONSE_KINDS:
            raise ConfigurationError(
                f"operation {name or path}: RESPONSE must be one of {_RESPONSE_KINDS}"
            )
        # A hand-written frozen class: a dataclass would cost its code generation at import.
        for field, value in (
            ("method", method),
            ("path", path),
            ("retry", retry),
            ("server", server),
            ("build", build),
            ("parse", parse),
            ("parse_item", parse_item),
            ("items_key", items_key),
            ("name", name),
            ("args", args),
            ("client_args", client_args or {}),
            ("fixed_args", fixed_args or {}),
            ("security", security),
            ("response", response),
            ("paging", paging),
            ("page_size", page_size),
            ("patterns", patterns or {}),
            ("phones", phones or {}),
        ):
            object.__setattr__(self, field, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Operation is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Operation is immutable: cannot delete {name!r}")

    @classmethod
    def from_module(cls, module: ModuleType, server: str) -> Operation:
        """The operation a generated module describes, sent to `server` (its package's first
        server, unless the module names its own `SERVER`)."""
        return cls(
            method=module.METHOD,
            path=module.PATH,
            retry=module.RETRY,
            server=getattr(module, "SERVER", None) or server,
            build=module._get_kwargs,
            parse=module._parse_response,
            parse_item=getattr(module, "_parse_item", None),
            items_key=getattr(module, "ITEMS_KEY", None),
            name=module.__name__.rpartition(".")[2],
            args=getattr(module, "ARGS", ()),
            client_args=getattr(module, "CLIENT_ARGS", None),
            fixed_args=getattr(module, "FIXED_ARGS", None),
            security=getattr(module, "SECURITY", ()),
            response=getattr(module, "RESPONSE", "json"),
            paging=getattr(module, "PAGING", None),
            page_size=getattr(module, "PAGE_SIZE", None),
            patterns=getattr(module, "PATTERNS", None),
            phones=getattr(module, "PHONES", None),
        )

    def arguments(self, *args: Any, **params: Any) -> dict[str, Any]:
        """`build(*args, **params)`; a wrong argument is an InvalidParameterError naming it."""
        for position, value in enumerate(args):
            if value is None or (isinstance(value, str) and not value.strip()):
                # An empty id would still make a URL (`/Calls/.json`, `/Calls/None.json`).
                names = self.build.__code__.co_varnames
                name = names[position] if position < len(names) else f"#{position + 1}"
                raise InvalidParameterError(
                    f"{self.name or self.path}: {name} must be a non-empty id, not {value!r}"
                )
        if self.patterns:
            self._check_ids(args)
        try:
            return self.build(*args, **params)
        except TypeError:
            problem = self._argument_problem(args, params)
            if problem is None:
                raise
            raise InvalidParameterError(problem) from None

    def _check_ids(self, args: tuple[Any, ...]) -> None:
        """Refuse an id the spec's pattern rules out (a SID with the wrong prefix or length)."""
        names = self.args or self.build.__code__.co_varnames
        for name, value in zip(names, args, strict=False):
            pattern = self.patterns.get(name)
            if pattern is not None and not _compiled(pattern).search(str(value)):
                raise InvalidParameterError(
                    f"{self.name or self.path}: {name} {value!r} is not a valid id: "
                    f"{_explain(pattern)}"
                )

    def _argument_problem(self, args: tuple[Any, ...], params: dict[str, Any]) -> str | None:
        return argument_problem(self.build, self.name or self.path, args, params)

    def replace(self, **changes: Any) -> Operation:
        """A copy with some fields changed (the overlay's record classes, say)."""
        fields = {name: getattr(self, name) for name in self.__slots__}
        fields.update(changes)
        return Operation(**fields)

    def __repr__(self) -> str:
        return (
            f"Operation({self.name or '?'}: {self.method} {self.server}{self.path}, {self.retry})"
        )


def argument_problem(
    fn: Callable[..., Any], where: str, args: tuple[Any, ...], params: dict[str, Any]
) -> str | None:
    """What is wrong with calling `fn(*args, **params)`: an unknown name (with the closest real
    one), a missing or extra argument; None when the call itself is fine (a TypeError that
    came from inside is no argument problem)."""
    import inspect
    from difflib import get_close_matches

    signature = inspect.signature(fn)
    known = [name for name in signature.parameters if name != "self"]
    for name in params:
        if name not in signature.parameters:
            close = get_close_matches(name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            return f"{where}: unknown parameter {name!r}{hint}"
    try:
        signature.bind(*args, **params)
    except TypeError as exc:
        return f"{where}: {exc}"
    return None


_PATTERNS: dict[str, Any] = {}
_SID = "[0-9a-fA-F]{32}$"


def _compiled(pattern: str) -> Any:
    found = _PATTERNS.get(pattern)
    if found is None:
        import re

        found = _PATTERNS[pattern] = re.compile(pattern)
    return found


def _explain(pattern: str) -> str:
    """`^CA[0-9a-fA-F]{32}$` -> "a SID: CA followed by 32 hex digits"."""
    if pattern.startswith("^") and pattern.endswith(_SID):
        prefix = pattern[1 : -len(_SID)]
        if prefix.isalpha():
            return f"a SID is {prefix} followed by 32 hex digits"
        if prefix.startswith("(") and prefix.endswith(")"):
            return f"a SID is {' or '.join(prefix[1:-1].split('|'))} followed by 32 hex digits"
    return f"it must match {pattern}"
