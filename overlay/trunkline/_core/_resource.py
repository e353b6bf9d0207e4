"""What every generated resource class stands on: one method body for all operations.

A generated method states its whole signature and hands its arguments over:

    class Calls(SyncAPIResource):
        _package = "twilio_api_v2010"

        @api_method
        def create(self, *, to: str, from_: str, ..., max_retries: int | Unset = UNSET) -> Call:
            '''Create a new outgoing call ...'''
            return self._request("calls.create_call", locals())

`_request` / `_list` / `_download` sort those arguments into path arguments
(in the generated operation's `ARGS` order, with what the client or the spec
fills in), per-call options and the operation's own inputs, and pass them to
the client's pipeline. Nothing here imports httpx or generated code: an
operation's module loads the first time it is called.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from ._exceptions import InvalidParameterError

if TYPE_CHECKING:
    from ._operation import Operation
    from ._options import RequestOptions

__all__ = ["AsyncAPIResource", "SyncAPIResource", "api_method"]

F = TypeVar("F", bound=Callable[..., Any])

OPTION_NAMES = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")
_CO_COROUTINE = 0x80  # inspect.CO_COROUTINE: `inspect` itself costs ~9 ms to import


def api_method(fn: F) -> F:
    """Mark a generated API method: wrong arguments become `InvalidParameterError` naming them.

    Python's own `TypeError` ("got an unexpected keyword argument") would do, but
    trunkline promises a typed error, with the closest real name for a typo.
    `inspect.signature` and `help()` show the generated signature.
    """

    def problem(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        from ._operation import argument_problem

        return argument_problem(fn, fn.__qualname__, args, kwargs)

    if fn.__code__.co_flags & _CO_COROUTINE:

        @functools.wraps(fn)
        async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                coroutine = fn(*args, **kwargs)
            except TypeError:
                found = problem(args, kwargs)
                if found is None:
                    raise
                raise InvalidParameterError(found) from None
            return await coroutine

        return cast("F", async_wrapper)

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TypeError:
            found = problem(args, kwargs)
            if found is None:
                raise
            raise InvalidParameterError(found) from None

    return cast("F", wrapper)


class _Resource:
    """A node of a client's resource tree: methods, and child resources as attributes."""

    # The generated package whose operations this resource calls ("twilio_api_v2010").
    _package: ClassVar[str] = ""

    def __init__(self, client: Any) -> None:
        self._client = client
        self._raw = False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning the HTTP response (`.parse()` gives the usual result)."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._raw = True
        return clone

    def _child(self, key: str, module: str, name: str) -> Any:
        return self._client._resource(key, module, name)

    def _arguments(
        self, ref: str, given: dict[str, Any]
    ) -> tuple[Operation, list[Any], dict[str, Any], RequestOptions | None]:
        """(operation, path arguments, inputs, per-call options) from a method's `locals()`."""
        client = self._client
        op = client._operation(self._package, ref)
        given.pop("self", None)
        unset = _unset()
        options: dict[str, Any] = {}
        for name in OPTION_NAMES:
            value = given.pop(name, None)
            if value is not None and value is not unset:
                options[name] = value
        args: list[Any] = []
        fixed = op.fixed_args
        from_client = op.client_args
        for name in op.args:
            if name in fixed:
                args.append(fixed[name])
            elif name in from_client:
                args.append(client._path_params[from_client[name]])
            else:
                args.append(given.pop(name))
        params = {name: value for name, value in given.items() if value is not unset}
        if op.phones:
            _phones(op, client._api.provider, args, params)
        return op, args, params, cast("RequestOptions", options) if options else None

    def _page_size(self, op: Operation, params: dict[str, Any], limit: Any) -> None:
        # With `limit` and no page size, pages are sized to the limit (up to the largest the
        # API serves), so `limit=500` is one request, not ten of the default 50.
        # (A `limit` that is no count is refused by the pipeline, naming it.)
        if op.page_size is None:
            return
        name, largest = op.page_size
        if name in params or type(limit) is not int or limit <= 0:
            return
        params[name] = limit if largest is None else min(limit, largest)


_PHONE_PATH = re.compile(r"([^.\[]+)(.*)")  # `to[].number`: the input, then where inside it
_PHONE_STEP = re.compile(r"\[\]|\.[^.\[]+")


@functools.cache
def _phone_path(path: str) -> tuple[str, tuple[str, ...]]:
    """`"to[].number"` as `("to", ("[]", ".number"))`: read once per operation input."""
    name, inside = _PHONE_PATH.match(path).groups()  # type: ignore[union-attr]
    return name, tuple(_PHONE_STEP.findall(inside))


def _phones(op: Operation, provider: Any, args: list[Any], params: dict[str, Any]) -> None:
    """Phone-number inputs as the API wants them (the provider's `phone_number`), inside the
    objects an input takes too (`to[].number`: an input class there becomes its wire JSON)."""
    for path, kind in op.phones.items():
        name, steps = _phone_path(path)
        if name not in params:
            continue
        if steps:
            params[name] = _phone_at(provider, params[name], steps, kind, name)
        elif isinstance(params[name], list | tuple):
            params[name] = [provider.phone_number(v, kind, name) for v in params[name]]
        else:
            params[name] = provider.phone_number(params[name], kind, name)
    for position, arg_name in enumerate(op.args):
        arg_kind = op.phones.get(arg_name)
        if arg_kind is not None and position < len(args):
            args[position] = provider.phone_number(args[position], arg_kind, arg_name)


def _phone_at(provider: Any, value: Any, steps: tuple[str, ...], kind: str, where: str) -> Any:
    """`value` with the number at `steps` (`[]`, `.key` by wire name) normalised, as a copy."""
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    if not steps:
        return provider.phone_number(value, kind, where)
    step, rest = steps[0], steps[1:]
    if step == "[]":
        if not isinstance(value, list | tuple):
            return value
        return [_phone_at(provider, v, rest, kind, f"{where}[{i}]") for i, v in enumerate(value)]
    key = step[1:]
    if not isinstance(value, Mapping) or value.get(key) is None:
        return value
    return {**value, key: _phone_at(provider, value[key], rest, kind, f"{where}.{key}")}


_UNSET: Any = None


def _unset() -> Any:
    global _UNSET  # noqa: PLW0603 - the generated marker, imported once
    if _UNSET is None:
        from trunkline_generated._runtime import UNSET

        _UNSET = UNSET
    return _UNSET


class SyncAPIResource(_Resource):
    """A resource of a sync client."""

    def _request(self, ref: str, given: dict[str, Any]) -> Any:
        op, args, params, options = self._arguments(ref, given)
        api = self._client._api
        if self._raw:
            return api.request_raw(op, *args, options=options, **params)
        return api.request(op, *args, options=options, **params)

    def _list(self, ref: str, given: dict[str, Any]) -> Any:
        limit = given.pop("limit", None)
        op, args, params, options = self._arguments(ref, given)
        self._page_size(op, params, limit)
        return self._client._api.list(op, *args, limit=limit, options=options, **params)

    def _download(self, ref: str, given: dict[str, Any]) -> Any:
        to = given.pop("to", None)
        op, args, params, options = self._arguments(ref, given)
        return self._client._api.download(op, *args, to=to, options=options, **params)


class AsyncAPIResource(_Resource):
    """A resource of an async client."""

    async def _request(self, ref: str, given: dict[str, Any]) -> Any:
        op, args, params, options = self._arguments(ref, given)
        api = self._client._api
        if self._raw:
            return await api.request_raw(op, *args, options=options, **params)
        return await api.request(op, *args, options=options, **params)

    def _list(self, ref: str, given: dict[str, Any]) -> Any:
        limit = given.pop("limit", None)
        op, args, params, options = self._arguments(ref, given)
        self._page_size(op, params, limit)
        return self._client._api.list(op, *args, limit=limit, options=options, **params)

    async def _download(self, ref: str, given: dict[str, Any]) -> Any:
        to = given.pop("to", None)
        op, args, params, options = self._arguments(ref, given)
        return await self._client._api.download(op, *args, to=to, options=options, **params)


def resource_class(
    overrides: Mapping[str, str], cache: dict[str, type], key: str, module: str, name: str
) -> type:
    """The class for the resource at `key`: the overlay's subclass if it names one, else the
    generated one (`module`, `name`). Imported on first use and cached."""
    found = cache.get(key)
    if found is None:
        from importlib import import_module

        target = overrides.get(key)
        if target is not None:
            module, _, name = target.partition(":")
        found = cache[key] = getattr(import_module(module), name)
    return found
