"""Wall-clock deadlines for sync attempts.

httpx's timeouts are per phase: a server that trickles one byte every 100 ms
never trips a 0.5 s read timeout. Each sync attempt therefore also registers a
`Deadline` with one lazily started daemon thread (a heap of deadlines). When a
deadline passes, the thread shuts the attempt's socket down, which ends the
blocked read at once; the attempt then raises `APITimeoutError`.

The socket is learnt from httpcore's `trace` extension when a connection is
opened, and from the response's `network_stream` once headers have arrived (a
reused connection). Without either (a custom transport), httpx's per-phase
timeouts, set to the whole budget, still bound every single wait.
(Async attempts need none of this: aiohttp's own `total` timeout, or on httpx an
anyio cancel scope, covers the whole attempt.)
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import threading
import time
from typing import Any

__all__ = ["Deadline", "start_deadline"]

_SHUT_RDWR = 2  # socket.SHUT_RDWR, without importing socket here


class Deadline:
    """One attempt's deadline: the socket to shut when it passes, and whether it did."""

    __slots__ = ("_done", "_socket", "at", "expired")

    def __init__(self, at: float) -> None:
        self.at = at
        self.expired = False
        self._done = False
        self._socket: Any = None

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore `trace` extension: remember the socket of a newly opened connection."""
        if event.endswith((".connect_tcp.complete", ".start_tls.complete")):
            self.attach(info.get("return_value"))

    def attach(self, stream: Any) -> None:
        """Watch the socket behind an httpcore network stream (if it has one)."""
        get_extra_info = getattr(stream, "get_extra_info", None)
        sock = get_extra_info("socket") if get_extra_info is not None else None
        if sock is None:
            return
        with _watchdog.lock:
            if self._done:
                return
            self._socket = sock
            shut_now = self.expired
        if shut_now:
            _shutdown(sock)

    def cancel(self) -> None:
        """The attempt is over: never touch its socket again."""
        with _watchdog.lock:
            self._done = True
            self._socket = None

    def _expire(self) -> None:
        # Called by the watchdog thread with the lock held.
        if self._done:
            return
        self.expired = True
        if self._socket is not None:
            _shutdown(self._socket)


def _shutdown(sock: Any) -> None:
    import socket

    # socket.socket.shutdown, not SSLSocket.shutdown: the latter also drops the
    # TLS object under the feet of the thread that is reading.
    with contextlib.suppress(OSError, TypeError):
        socket.socket.shutdown(sock, _SHUT_RDWR)


class _Watchdog:
    """One daemon thread that expires deadlines in order."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._wakeup = threading.Condition(self.lock)
        self._heap: list[tuple[float, int, Deadline]] = []
        self._counter = itertools.count()
        self._thread: threading.Thread | None = None

    def add(self, deadline: Deadline) -> None:
        with self.lock:
            heapq.heappush(self._heap, (deadline.at, next(self._counter), deadline))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="trunkline-deadlines", daemon=True
                )
                self._thread.start()
            elif self._heap[0][2] is deadline:
                self._wakeup.notify()

    def _run(self) -> None:
        heap = self._heap
        with self.lock:
            while True:
                while heap and heap[0][2]._done:
                    heapq.heappop(heap)
                if not heap:
                    self._wakeup.wait()
                    continue
                wait = heap[0][0] - time.monotonic()
                if wait > 0:
                    self._wakeup.wait(wait)
                    continue
                heapq.heappop(heap)[2]._expire()

    def _after_fork(self) -> None:
        # The thread does not survive a fork; the child starts its own on first use.
        self.lock = threading.Lock()
        self._wakeup = threading.Condition(self.lock)
        self._heap = []
        self._thread = None


_watchdog = _Watchdog()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_watchdog._after_fork)


def start_deadline(seconds: float) -> Deadline:
    """A deadline `seconds` from now, watched until `cancel()`."""
    deadline = Deadline(time.monotonic() + seconds)
    _watchdog.add(deadline)
    return deadline
