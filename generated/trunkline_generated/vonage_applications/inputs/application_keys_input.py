"""ApplicationKeysInput: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define

from ... import _runtime
from ..._runtime import UNSET, Unset


@define(frozen=True, kw_only=True)
class ApplicationKeysInput:
    """Your own public key, instead of a key pair made by Vonage.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (("public_key", "public_key"),)
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = ()

    public_key: str | Unset = UNSET
    """The public key (PEM)."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ApplicationKeysInput:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
