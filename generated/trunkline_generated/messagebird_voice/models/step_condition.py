"""StepCondition: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class StepCondition(Record):
    """The step runs only if `variable` compares to `value` by `operator` (go).

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("variable", "variable"),
        ("operator", "operator"),
        ("value", "value"),
    )

    @property
    def variable(self) -> str | None:
        """The variable compared, e.g. one an `onKeypressVar` filled."""
        return self._data.get("variable")

    @property
    def operator(self) -> str | None:
        """How `variable` is compared with `value`."""
        return self._data.get("operator")

    @property
    def value(self) -> str | None:
        """The value compared with."""
        return self._data.get("value")
