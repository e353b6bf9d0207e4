"""CreateApplication: POST /

Create an application.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ...models.application import Application
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.vonage_applications.inputs.application_capabilities import (
        ApplicationCapabilities,
    )
    from trunkline_generated.vonage_applications.inputs.application_keys_input import (
        ApplicationKeysInput,
    )
    from trunkline_generated.vonage_applications.inputs.application_privacy import (
        ApplicationPrivacy,
    )

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateApplication (for `Unpack`), per-call options included."""

        name: Required[str]  # name
        keys: ApplicationKeysInput | Mapping[str, Any]  # keys
        capabilities: ApplicationCapabilities | Mapping[str, Any]  # capabilities
        privacy: ApplicationPrivacy | Mapping[str, Any]  # privacy


METHOD = "POST"
PATH = "/"
RETRY = "create"
ARGS = ()
SECURITY = (("basicAuth",),)
RESPONSE = "json"


def _get_kwargs(
    *,
    name: str,
    keys: ApplicationKeysInput | Mapping[str, Any] | Unset = UNSET,
    capabilities: ApplicationCapabilities | Mapping[str, Any] | Unset = UNSET,
    privacy: ApplicationPrivacy | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["name"] = name
    if keys is not UNSET:
        _body["keys"] = keys
    if capabilities is not UNSET:
        _body["capabilities"] = capabilities
    if privacy is not UNSET:
        _body["privacy"] = privacy

    return {
        "method": METHOD,
        "url": PATH,
        "json": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Application] = Application
