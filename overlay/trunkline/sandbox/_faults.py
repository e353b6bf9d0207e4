"""Fault injection: answers that go wrong on purpose, per route or at a rate.

    sb.inject("429", route="twilio.api_v2010.CreateCall", times=1, retry_after=2)
    sb.inject("reset", rate=0.1)                  # one request in ten, any route

Kinds: `429` (with Retry-After), `500`, `503`, `reset` (the TCP connection is
reset: done at the socket, as ASGI cannot say it), `slow` (nothing for
`delay` seconds), `trickle` (the body a byte at a time, `delay` seconds
apart), `html502` (an HTML 502 from a "proxy"), `truncated` (a 200 whose JSON
stops half-way). A route is an operation key (`provider.api.OperationId`), an
operationId, a provider name or a path prefix; none means every route.
"""

from __future__ import annotations

import itertools
import random
import threading
from dataclasses import dataclass, field
from typing import Any

__all__ = ["KINDS", "Fault", "FaultError", "Faults", "parse_fault"]

KINDS = ("429", "500", "503", "reset", "slow", "trickle", "html502", "truncated")
_ids = itertools.count(1)


class FaultError(ValueError):
    """A fault that cannot be set up (unknown kind, bad rate)."""


@dataclass
class Fault:
    """One injected fault."""

    kind: str
    route: str | None = None
    rate: float = 1.0
    times: int | None = None
    retry_after: float = 1.0
    delay: float = 2.0
    id: int = field(default_factory=lambda: next(_ids))
    hits: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise FaultError(f"unknown fault {self.kind!r}: one of {', '.join(KINDS)}")
        if not 0 < self.rate <= 1:
            raise FaultError(f"rate must be in (0, 1], not {self.rate!r}")
        if self.times is not None and self.times < 1:
            raise FaultError(f"times must be at least 1, not {self.times!r}")

    def applies(self, op_key: str | None, path: str) -> bool:
        """Whether this fault covers a request to `path` (operation `op_key`)."""
        route = self.route
        if not route:
            return True
        if route.startswith("/"):
            return path.startswith(route)
        if op_key is None:
            return False
        provider, _api, op_id = op_key.split(".", 2)
        return route in (op_key, op_id, provider) or op_key.endswith("." + route)

    def to_dict(self) -> dict[str, Any]:
        """The fault as JSON (the control endpoint's answer)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "route": self.route,
            "rate": self.rate,
            "times": self.times,
            "retry_after": self.retry_after,
            "delay": self.delay,
            "hits": self.hits,
        }


class Faults:
    """The faults in force; `pick` decides, per request, which one strikes."""

    def __init__(self, seed: int | None = None) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._random = random.Random(seed)

    def add(self, fault: Fault) -> Fault:
        """Put a fault in force."""
        with self._lock:
            self._faults.append(fault)
        return fault

    def remove(self, fault_id: int | None = None) -> None:
        """Lift one fault (by id), or all of them."""
        with self._lock:
            self._faults = [f for f in self._faults if fault_id is not None and f.id != fault_id]

    def list(self) -> list[Fault]:
        """The faults in force."""
        with self._lock:
            return list(self._faults)

    def pick(self, op_key: str | None, path: str) -> Fault | None:
        """The fault that strikes this request, if any (counting it against `times`)."""
        with self._lock:
            for fault in self._faults:
                if not fault.applies(op_key, path):
                    continue
                if fault.rate < 1 and self._random.random() >= fault.rate:
                    continue
                fault.hits += 1
                if fault.times is not None and fault.hits >= fault.times:
                    self._faults.remove(fault)
                return fault
        return None


def parse_fault(text: str) -> Fault:
    """`KIND[:ROUTE][@RATE]` (the CLI's `--fault`), e.g. `503@0.1`, `reset:CreateMessage`."""
    rate = 1.0
    if "@" in text:
        text, _, rate_text = text.rpartition("@")
        try:
            rate = float(rate_text)
        except ValueError:
            raise FaultError(f"rate {rate_text!r} is not a number") from None
    kind, _, route = text.partition(":")
    return Fault(kind=kind, route=route or None, rate=rate)
