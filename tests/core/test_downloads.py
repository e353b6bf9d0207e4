"""Downloads stream on every backend, follow redirects safely; text answers decode by their
charset."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from trunkline._core import APIError, APITimeoutError, InternalServerError, NotFoundError
from trunkline._core._urls import redirect_target, same_origin

from backends import API, MakeAPI
from certificates import certificates
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


# --------------------------------------------------------------------------- redirects


def test_a_redirected_download_is_followed_on_the_same_origin_with_its_credentials(
    client: API, server: TestServer
) -> None:
    server.reply(
        Reply(302, b"", {"Location": "/store/RE1?sig=abc"}),
        Reply(307, b"", {"Location": "elsewhere.wav"}),
        Reply(200, AUDIO, {"Content-Type": "audio/wav"}),
    )
    assert b"".join(client.download(OPS["download"], "RE1")) == AUDIO
    first, second, third = server.requests
    assert [r.path for r in server.requests] == [
        "/base/v1/Recordings/RE1.wav",
        "/store/RE1",
        "/store/elsewhere.wav",
    ]
    assert second.query == {"sig": ["abc"]}
    assert {r.method for r in server.requests} == {"GET"}
    assert first.headers["authorization"].startswith("Basic ")
    assert second.headers["authorization"] == third.headers["authorization"]


@pytest.fixture
def media_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestServer]:
    """An HTTPS server standing in for the media store, and the API's own, `tls_api`."""
    ca_file, context = certificates(tmp_path)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    store = TestServer(tls=context)
    api_server = TestServer(tls=context)
    store.api_server = api_server  # type: ignore[attr-defined]
    try:
        yield store
    finally:
        api_server.close()
        store.close()


def test_erratum_media_redirected_to_plain_http_is_fetched_over_https_without_credentials(
    api_factory: MakeAPI, media_store: TestServer
) -> None:
    # Erratum (twilio-go): media URLs may come back as http://; they are fetched over https.
    # The store only speaks TLS: fetched over plain http, this download would fail.
    api_server: TestServer = media_store.api_server  # type: ignore[attr-defined]
    target = f"http://127.0.0.1:{media_store.port}/media/ME1?Signature=s3cr3t"
    api_server.reply(Reply(302, b"", {"Location": target}))
    media_store.reply(Reply(200, AUDIO, {"Content-Type": "image/png"}))
    api = api_factory(provider=TwilioLike(), base_url=api_server.url, max_retries=0, timeout=5)
    assert b"".join(api.download(OPS["download"], "RE1")) == AUDIO
    assert api_server.requests[0].headers["authorization"].startswith("Basic ")
    (fetched,) = media_store.requests
    assert fetched.path == "/media/ME1" and fetched.query == {"Signature": ["s3cr3t"]}
    assert "authorization" not in fetched.headers  # another origin: credentials stay behind


def test_a_download_stops_after_five_redirects_in_a_row(client: API, server: TestServer) -> None:
    server.route = lambda request: Reply(302, b"", {"Location": request.path + "x"})
    with pytest.raises(APIError) as caught:
        client.download(OPS["download"], "RE1")
    assert caught.value.status_code == 302
    assert "more than 5 redirects in a row" in str(caught.value)
    assert server.count == 6


def test_a_redirect_answer_without_a_location_is_an_error(client: API, server: TestServer) -> None:
    server.reply(Reply(302, {"message": "moved, somewhere"}))
    with pytest.raises(APIError) as caught:
        client.download(OPS["download"], "RE1")
    assert caught.value.status_code == 302 and server.count == 1


@pytest.mark.parametrize(
    ("current", "location", "followed"),
    [
        ("https://api.twilio.com/a/b", "http://s3.example/m?x=1", "https://s3.example/m?x=1"),
        ("https://api.twilio.com/a/b", "https://s3.example/m", "https://s3.example/m"),
        ("https://api.twilio.com/a/b", "/c", "https://api.twilio.com/c"),
        ("https://api.twilio.com/a/b", "//cdn.example/m", "https://cdn.example/m"),
        ("http://127.0.0.1:8080/a/b", "c", "http://127.0.0.1:8080/a/c"),
        ("http://127.0.0.1:8080/a", "http://localhost:9/m", "http://localhost:9/m"),
        ("http://127.0.0.1:8080/a", "http://media.example/m", "https://media.example/m"),
        ("http://sandbox.example/a", "/m", "https://sandbox.example/m"),
    ],
)
def test_a_redirect_never_leaves_loopback_over_plain_http(
    current: str, location: str, followed: str
) -> None:
    assert redirect_target(current, location) == followed


def test_a_redirect_to_another_scheme_is_refused_by_name(client: API, server: TestServer) -> None:
    server.reply(Reply(302, b"", {"Location": "ftp://media.example/m?key=k"}))
    with pytest.raises(APIError) as caught:
        client.download(OPS["download"], "RE1")
    assert str(caught.value).endswith(
        "a redirect to a URL that is not http(s): 'ftp://media.example/m'"
    )
    assert server.count == 1


def test_same_origin_compares_scheme_host_and_default_ports() -> None:
    assert same_origin("https://API.twilio.com/a", "https://api.twilio.com:443/b")
    assert not same_origin("https://api.twilio.com/a", "http://api.twilio.com/a")
    assert not same_origin("http://127.0.0.1:1/a", "http://127.0.0.1:2/a")


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
