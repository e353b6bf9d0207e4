"""NccoConnect: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define, field

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.vonage_voice.inputs.ncco_endpoint_phone import NccoEndpointPhone
    from trunkline_generated.vonage_voice.inputs.ncco_endpoint_sip import NccoEndpointSip
    from trunkline_generated.vonage_voice.inputs.ncco_endpoint_websocket import (
        NccoEndpointWebsocket,
    )
    from trunkline_generated.vonage_voice.models.http_method import HttpMethod
    from trunkline_generated.vonage_voice.models.machine_detection import MachineDetection
    from trunkline_generated.vonage_voice.models.ncco_connect_event_type import NccoConnectEventType


@define(frozen=True, kw_only=True)
class NccoConnect:
    """Connect the call to one or more endpoints.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("endpoint", "endpoint"),
        ("action", "action"),
        ("from_", "from"),
        ("event_type", "eventType"),
        ("timeout", "timeout"),
        ("limit", "limit"),
        ("machine_detection", "machineDetection"),
        ("event_url", "eventUrl"),
        ("event_method", "eventMethod"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("event_type", {"enum": ("synchronous",)}),
        ("timeout", {"minimum": 0}),
        ("limit", {"minimum": 0, "maximum": 7200}),
        ("machine_detection", {"enum": ("continue", "hangup")}),
        ("event_method", {"enum": ("GET", "POST")}),
    )

    endpoint: list[NccoEndpointPhone | NccoEndpointWebsocket | NccoEndpointSip | Mapping[str, Any]]
    """The endpoints to connect to."""
    action: Literal["connect"] = field(default="connect", init=False)
    from_: str | Unset = UNSET
    """The caller id, a number of your account (E.164 without the `+`)."""
    event_type: NccoConnectEventType | str | Unset = UNSET
    """`synchronous`: the events of the connected leg may change the NCCO."""
    timeout: float | Unset = UNSET
    """Seconds of ringing before giving up."""
    limit: float | Unset = UNSET
    """The longest the call may last, in seconds."""
    machine_detection: MachineDetection | str | Unset = UNSET
    """What to do when a machine answers: `continue` (and send a `machine` event) or `hangup`."""
    event_url: list[str] | Unset = UNSET
    """The webhook that receives this leg's events."""
    event_method: HttpMethod | str | Unset = UNSET
    """An HTTP method of a webhook request."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NccoConnect:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
