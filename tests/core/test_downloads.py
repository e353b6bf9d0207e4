"""Downloads stream on every backend; text answers decode by their charset."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from trunkline._core import APITimeoutError, InternalServerError, NotFoundError

from backends import API, MakeAPI
from core_fakeapi import TwilioLike, ops
from localserver import Reply, TestServer

OPS = ops()
AUDIO = bytes(range(256)) * 4_000  # 1 MB


def test_a_download_streams_to_a_path_a_file_or_chunks(
    client: API, server: TestServer, tmp_path: Path
) -> None:
    server.route = lambda request: Reply(200, AUDIO, {"Content-Type": "audio/wav"})
    target = tmp_path / "audio.wav"
    assert client.download(OPS["download"], "RE1", to=target) == len(AUDIO)
    assert target.read_bytes() == AUDIO
    buffer = io.BytesIO()
    assert client.download(OPS["download"], "RE1", to=buffer) == len(AUDIO)
    assert buffer.getvalue() == AUDIO
    chunks = list(client.download(OPS["download"], "RE1"))
    assert b"".join(chunks) == AUDIO
    assert len(chunks) > 1 and max(map(len, chunks)) <= 64 * 1024
    assert [r.path for r in server.requests] == ["/base/v1/Recordings/RE1.wav"] * 3
    assert len({r.client_port for r in server.requests}) == 1  # each released to the pool


def test_a_failed_download_raises_its_typed_error_before_anything_is_written(
    client: API, server: TestServer, tmp_path: Path
) -> None:
    server.reply(Reply(404, {"code": 20404, "message": "no such recording"}))
    target = tmp_path / "audio.wav"
    with pytest.raises(NotFoundError) as caught:
        client.download(OPS["download"], "RE1", to=target)
    assert caught.value.message == "no such recording"
    assert caught.value.body == {"code": 20404, "message": "no such recording"}
    assert not target.exists()


def test_a_download_is_retried_before_its_body_starts(
    api_factory: MakeAPI, server: TestServer
) -> None:
    server.reply(Reply(503, b"", headers={"Retry-After": "0"}), Reply(200, AUDIO))
    api = api_factory(provider=TwilioLike(), base_url=server.url, max_retries=1)
    assert b"".join(api.download(OPS["download"], "RE1")) == AUDIO
    assert server.count == 2
    server.reply(Reply(503, b""))
    with pytest.raises(InternalServerError):
        api.download(OPS["download"], "RE1", options={"max_retries": 0})


def test_a_download_whose_answer_never_comes_times_out(
    api_factory: MakeAPI, server: TestServer
) -> None:
    server.reply(Reply(200, AUDIO, delay=5.0))
    api = api_factory(provider=TwilioLike(), base_url=server.url, timeout=0.3, max_retries=0)
    with pytest.raises(APITimeoutError) as caught:
        api.download(OPS["download"], "RE1")
    assert caught.value.request_sent is True


@pytest.mark.parametrize(
    ("content_type", "body", "text"),
    [
        ("text/plain; charset=utf-8", "Hello, wörld".encode(), "Hello, wörld"),
        ("text/plain; charset=iso-8859-1", "Grüße".encode("latin-1"), "Grüße"),
        ("text/plain; charset=no-such-charset", "naïve".encode(), "naïve"),
        ("text/plain", "déjà".encode(), "déjà"),
    ],
)
def test_a_text_answer_is_decoded_by_its_charset(
    client: API, server: TestServer, content_type: str, body: bytes, text: str
) -> None:
    server.reply(Reply(200, body, {"Content-Type": content_type}))
    assert client.request(OPS["text"]) == text
