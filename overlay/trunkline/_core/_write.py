"""Writing a streamed download into a path or a file object, never holding it whole."""

from __future__ import annotations

import contextlib
import inspect
import os
from collections.abc import AsyncIterator, Iterator
from typing import IO, Any

from ._exceptions import InvalidParameterError

__all__ = ["CHUNK_SIZE", "Destination", "async_write_chunks", "write_chunks"]

CHUNK_SIZE = 64 * 1024
# A path, or an object with `write(bytes)` (a file opened "wb", BytesIO, a socket file).
Destination = str | os.PathLike[str] | IO[bytes]


def _writer(to: Any) -> Any:
    """`to`'s `write` method; None when `to` is a path; InvalidParameterError for anything else."""
    if isinstance(to, str | os.PathLike):
        return None
    write = getattr(to, "write", None)
    if not callable(write):
        raise InvalidParameterError(
            f"to: a path or a binary file object to write into, not {type(to).__name__}"
        )
    return write


def write_chunks(chunks: Iterator[bytes], to: Destination) -> int:
    """Write every chunk into `to`; a path that fails midway is removed, not left truncated."""
    try:
        write = _writer(to)
    except InvalidParameterError:
        getattr(chunks, "close", lambda: None)()
        raise
    written = 0
    if write is not None:
        for chunk in chunks:
            write(chunk)
            written += len(chunk)
        return written
    path = os.fspath(to)  # type: ignore[arg-type]
    try:
        with open(path, "wb") as file:
            for chunk in chunks:
                file.write(chunk)
                written += len(chunk)
    except BaseException:
        getattr(chunks, "close", lambda: None)()
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    return written


async def async_write_chunks(chunks: AsyncIterator[bytes], to: Destination) -> int:
    """`write_chunks` for an async download: a path is written through anyio's thread pool;
    a file object's `write` may be sync or async."""
    try:
        write = _writer(to)
    except InvalidParameterError:
        await _aclose(chunks)
        raise
    written = 0
    if write is not None:
        async for chunk in chunks:
            result = write(chunk)
            if inspect.isawaitable(result):
                await result
            written += len(chunk)
        return written
    import anyio

    path = os.fspath(to)  # type: ignore[arg-type]
    try:
        async with await anyio.open_file(path, "wb") as file:
            async for chunk in chunks:
                await file.write(chunk)
                written += len(chunk)
    except BaseException:
        await _aclose(chunks)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    return written


async def _aclose(chunks: AsyncIterator[bytes]) -> None:
    close = getattr(chunks, "aclose", None)
    if close is not None:
        await close()
