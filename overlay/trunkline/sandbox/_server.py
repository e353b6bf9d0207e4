"""`Sandbox`: the emulator served by uvicorn on 127.0.0.1, in a thread or in the foreground."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterable, Mapping
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Any, Self

from ._faults import Fault, Faults

if TYPE_CHECKING:
    import uvicorn

    from ._engine import State

__all__ = ["Sandbox", "SandboxError"]

_START_TIMEOUT = 15.0


def _server_class() -> type[uvicorn.Server]:
    """uvicorn's server, stopping on SIGTERM / Ctrl-C with exit status 0: uvicorn re-raises
    the signal after a graceful shutdown, which ends the process as killed by it."""
    import signal

    import uvicorn

    class _Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: FrameType | None) -> None:
            if self.should_exit and sig == signal.SIGINT:
                self.force_exit = True  # a second Ctrl-C: stop waiting for connections
            self.should_exit = True

    return _Server


class SandboxError(RuntimeError):
    """The sandbox could not start (the port is taken, a dependency is missing)."""


class Sandbox:
    """A local, stateful emulator of Twilio, MessageBird and Vonage on one origin.

        with Sandbox() as sb:
            client = sb.twilio()  # Client(**sb.credentials["twilio"], base_url=sb.url)
            call = client.calls.create(to="+14155550100", from_="+14155550199", url="https://...")
            sb.advance(10)                       # the call rings, answers, completes

    `port=0` picks a free port; `db` names a SQLite file that keeps the state
    across restarts (in memory otherwise). `clock="manual"` moves time only on
    `advance` (deterministic tests); `"real"` follows the wall clock.
    `faults` are put in force from the start (see `inject`).
    """

    def __init__(
        self,
        *,
        port: int = 0,
        db: str | None = None,
        clock: str = "manual",
        faults: Iterable[Fault] = (),
    ) -> None:
        if clock not in ("manual", "real"):
            raise ValueError(f"clock must be 'manual' or 'real', not {clock!r}")
        if not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValueError(f"port must be 0 (any free port) to 65535, not {port!r}")
        self._port = port
        self._db = db
        self._clock = clock
        self._faults = Faults()
        for fault in faults:
            self._faults.add(fault)
        self._state: State | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    def __repr__(self) -> str:
        where = self.url if self._state else "stopped"
        return f"Sandbox({where}, clock={self._clock!r}, db={self._db!r})"

    # ------------------------------------------------------------------ lifecycle

    def _prepare(self) -> uvicorn.Server:
        try:
            import uvicorn

            from ._app import ResettableProtocol, make_app
            from ._engine import State
        except ImportError as exc:
            raise SandboxError(
                f"the sandbox needs the sandbox extra: pip install 'trunkline[sandbox]' ({exc})"
            ) from None
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", self._port))
        except OSError as exc:
            sock.close()
            raise SandboxError(f"cannot listen on 127.0.0.1:{self._port}: {exc.strerror}") from None
        self._socket = sock
        state = State(self._db, self._clock, self._faults)
        state.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        self._state = state
        connections: dict[tuple[str, int], asyncio.Transport] = {}
        config = uvicorn.Config(
            make_app(state, connections),
            lifespan="on",
            log_level="warning",
            access_log=False,
            http=ResettableProtocol,
            ws="none",
            loop="asyncio",
            timeout_graceful_shutdown=2,
            backlog=2048,
        )
        config.trunkline_connections = connections  # type: ignore[attr-defined]
        server = _server_class()(config)
        self._server = server
        return server

    def start(self) -> Self:
        """Start serving in a background thread; returns once requests are answered."""
        if self._thread is not None:
            return self
        server = self._prepare()
        thread = threading.Thread(
            target=server.run,
            kwargs={"sockets": [self._socket]},
            name="trunkline-sandbox",
            daemon=True,
        )
        self._thread = thread
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise SandboxError("the sandbox server did not start")
            time.sleep(0.005)
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until Ctrl-C or SIGTERM (what `trunkline sandbox` does)."""
        server = self._prepare()
        try:
            server.run(sockets=[self._socket])  # type: ignore[list-item]
        finally:
            self._cleanup()

    def stop(self) -> None:
        """Stop serving: connections closed, thread joined, socket and store closed."""
        server, thread = self._server, self._thread
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(timeout=30)
        self._thread = None
        self._cleanup()

    def _cleanup(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self._state is not None:
            self._state.close()
            self._state = None
        self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        await asyncio.to_thread(self.start)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.to_thread(self.stop)

    # ------------------------------------------------------------------ what tests use

    @property
    def state(self) -> State:
        """The running sandbox's state (store, clock, providers)."""
        if self._state is None:
            raise SandboxError("the sandbox is not running: use `with Sandbox() as sb:`")
        return self._state

    @property
    def url(self) -> str:
        """The one origin of every host of every provider: `http://127.0.0.1:<port>`."""
        return self.state.url

    @property
    def port(self) -> int:
        """The port the sandbox listens on."""
        return int(self.url.rsplit(":", 1)[1])

    @property
    def credentials(self) -> dict[str, dict[str, Any]]:
        """Per provider, the `Client` keyword arguments that authenticate against the sandbox."""
        return self.state.credentials()

    @property
    def signing_keys(self) -> dict[str, str]:
        """Per provider, the secret its webhooks are signed with (Twilio: the auth token;
        MessageBird: the signing key; Vonage: the signature secret)."""
        return self.state.signing_keys()

    def twilio(self, *, asynchronous: bool = False, **kwargs: Any) -> Any:
        """A `trunkline.twilio.Client` (or `AsyncClient`) for this sandbox."""
        from ..twilio import AsyncClient, Client

        cls = AsyncClient if asynchronous else Client
        return cls(**self.credentials["twilio"], base_url=self.url, **kwargs)

    def messagebird(self, *, asynchronous: bool = False, **kwargs: Any) -> Any:
        """A `trunkline.messagebird.Client` (or `AsyncClient`) for this sandbox."""
        from ..messagebird import AsyncClient, Client

        cls = AsyncClient if asynchronous else Client
        return cls(**self.credentials["messagebird"], base_url=self.url, **kwargs)

    def vonage(self, *, asynchronous: bool = False, **kwargs: Any) -> Any:
        """A `trunkline.vonage.Client` (or `AsyncClient`) for this sandbox."""
        from ..vonage import AsyncClient, Client

        cls = AsyncClient if asynchronous else Client
        return cls(**self.credentials["vonage"], base_url=self.url, **kwargs)

    def _call(self, coroutine: Any, timeout: float = 60) -> Any:
        loop = self.state.loop
        if loop is None:
            raise SandboxError("the sandbox is not serving")
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result(timeout)

    def advance(self, seconds: float) -> None:
        """Move the sandbox clock on, running every lifecycle step and webhook that falls due
        (in order; each delivery finished before this returns)."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        self._call(self.state.advance(float(seconds)))

    async def advance_async(self, seconds: float) -> None:
        """`advance` for async code (the event loop stays free meanwhile)."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        loop = self.state.loop
        if loop is None:
            raise SandboxError("the sandbox is not serving")
        future = asyncio.run_coroutine_threadsafe(self.state.advance(float(seconds)), loop)
        await asyncio.wrap_future(future)

    def now(self) -> float:
        """Sandbox time (Unix seconds)."""
        return self.state.clock.now()

    def inject(
        self,
        kind: str,
        route: str | None = None,
        *,
        rate: float = 1.0,
        times: int | None = None,
        retry_after: float = 1.0,
        delay: float = 2.0,
    ) -> Fault:
        """Put a fault in force: `429`, `500`, `503`, `reset`, `slow`, `trickle`, `html502`,
        `truncated`; on `route` (an operationId, `provider.api.OperationId`, a provider or a
        path prefix) or everywhere; at `rate`; for `times` requests or until cleared."""
        return self._faults.add(
            Fault(kind, route, rate=rate, times=times, retry_after=retry_after, delay=delay)
        )

    def clear_faults(self, fault: Fault | None = None) -> None:
        """Lift one fault, or every fault."""
        self._faults.remove(fault.id if fault is not None else None)

    @property
    def webhooks(self) -> list[dict[str, Any]]:
        """Every webhook delivery attempt, oldest first: provider, event, method, url, attempt,
        status (None if it could not connect), error, headers, body."""
        return self.state.store.webhooks()

    def verify_code(self, request_id: str) -> str | None:
        """The code a Vonage Verify request sent, as the user's phone would show it."""
        vonage: Any = self.state.providers["vonage"]
        code: str | None = vonage.verify_code(request_id)
        return code

    def records(self, collection: str) -> list[Mapping[str, Any]]:
        """Every record of a collection path, newest first (`/2010-04-01/Accounts/AC.../Calls`)."""
        return [record for _c, _s, record in self.state.store.scan(collection)]
