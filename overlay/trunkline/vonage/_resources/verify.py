"""`client.verify`: the generated resource, plus `cancel` and `trigger_next_event`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trunkline_generated.vonage_verify.resources import verify as _verify

if TYPE_CHECKING:
    from trunkline_generated.vonage_verify.models import VerifyControlResponse

__all__ = ["AsyncVerify", "Verify"]


class Verify(_verify.Verify):
    """Verify v1, with the two control commands as methods."""

    def cancel(self, *, request_id: str) -> VerifyControlResponse:
        """Stop a verification (allowed 30 s after it started, before the second attempt)."""
        return self.control(request_id=request_id, cmd="cancel")

    def trigger_next_event(self, *, request_id: str) -> VerifyControlResponse:
        """Skip to the next event of the verification (the next call or text)."""
        return self.control(request_id=request_id, cmd="trigger_next_event")


class AsyncVerify(_verify.AsyncVerify):
    """Verify v1, awaitable."""

    async def cancel(self, *, request_id: str) -> VerifyControlResponse:
        """Stop a verification."""
        return await self.control(request_id=request_id, cmd="cancel")

    async def trigger_next_event(self, *, request_id: str) -> VerifyControlResponse:
        """Skip to the next event of the verification."""
        return await self.control(request_id=request_id, cmd="trigger_next_event")
