"""What a type checker sees: typed parameters and records, checked with mypy --strict."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

GOOD = """
    import asyncio
    import datetime as dt
    from decimal import Decimal
    from typing import assert_type

    from trunkline.messagebird import Client as MessageBird
    from trunkline.twilio import AsyncClient, Client
    from trunkline.vonage import Client as Vonage
    from trunkline.vonage import ncco
    from trunkline_generated.messagebird_voice.models import Call as BirdCall
    from trunkline_generated.twilio_api_v2010.models import Call, Message
    from trunkline_generated.vonage_sms.models import SmsResponse

    client = Client("AC" + "0" * 32, "token")
    call = client.calls.create(
        to="+14155550100", from_="+14155550101", url="https://e.com/t", ring_timeout=15,
        timeout=5.0, extra_headers={"X-Trace": "1"},
    )
    assert_type(call, Call)
    assert_type(call.start_time, dt.datetime | None)
    assert_type(call.price, Decimal | None)
    assert_type(call.duration, int | None)
    after = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    for listed in client.calls.list(limit=5, status="completed", start_time_after=after):
        assert_type(listed, Call)
    for message in client.messages.list_in_range(after, after, to="+14155550100"):
        assert_type(message, Message)
    assert_type(client.calls.update("CA1", status="completed"), Call)
    assert_type(client.monitor.alerts.get("NO1").description, str)
    for each_alert in client.monitor.alerts.list(resource_sid="CA1", limit=5):
        assert_type(each_alert.status_code, int | None)
    assert_type(client.with_account("AC2"), Client)
    sent_mms = client.messages.send_mms(to="+1", from_="+2", media_urls=["https://e.com/a.png"])
    assert_type(sent_mms, Message)
    assert_type(client.calls.make(to="+1", from_="+2", url="https://e.com/t"), Call)
    assert_type(client.queues.members.front("QU1").position, int | None)
    client.incoming_phone_numbers.buy("+14155550100")
    client.usage.records.category("sms", period="today")
    assert_type(client.with_account("AC2").calls.get("CA1"), Call)
    participant = client.conferences.participants.get("CF1", "CA1")
    assert_type(participant.muted, bool | None)
    client.sip.domains.auth.calls.credential_list_mappings.create("SD1", credential_list_sid="CL1")
    for country in client.pricing.voice.countries.list(limit=3):
        assert_type(country.iso_country, str | None)

    async def main() -> None:
        async with AsyncClient("AC" + "0" * 32, "token") as aclient:
            sent = await aclient.messages.create(to="+1", from_="+2", body="hi")
            assert_type(sent, Message)
            async for each in aclient.calls.list(limit=2):
                assert_type(each, Call)

    asyncio.run(main())
    bird = MessageBird("key")
    assert_type(bird.calls.get("id"), BirdCall | None)
    assert_type(Vonage("k", "s").sms.send(from_="Acme", to="447700900000", text="hi"), SmsResponse)
    vonage = Vonage("k", "s")
    assert_type(vonage.voice.calls.hangup("uuid-1"), None)
    vonage.voice.calls.transfer("uuid-1", ncco=[ncco.Talk(text="Bye"), {"action": "hangup"}])
    vonage.verify.cancel(request_id="abc")
    for application in vonage.applications.list(limit=2):
        assert_type(application.name, str | None)

    from trunkline.twilio.twiml import Dial, TwiML, VoiceResponse

    response = VoiceResponse()
    with response.gather(num_digits=1, action="/menu") as gather:
        gather.say("For sales, press 1.").break_(time="1s")
    dial = Dial(caller_id="+14155550199")
    dial.number("+14155550100", status_callback_event=["answered"])
    assert_type(response.append(dial), VoiceResponse)
    assert_type(response.redirect("/next"), TwiML)
    assert_type(str(response), str)
"""

BAD = """
    from trunkline.twilio import Client

    client = Client("AC" + "0" * 32, "token")
    client.calls.create(too="+1", from_="+2")
    client.calls.create(from_="+2")
    client.calls.list(start_time_after="yesterday")
    client.messages.get("SM1", extra_headerz={})
    client.conferences.participants.get("CF1")
    client.queues.members.update("QU1", "Front", url=3)
"""


def mypy(tmp_path: Path, code: str, cache: Path) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "snippet.py"
    source.write_text(textwrap.dedent(code))
    env_path = f"{ROOT / 'overlay'}:{ROOT / 'generated'}"
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--config-file",
            str(tmp_path / "none.ini"),
            "--cache-dir",
            str(cache),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"MYPYPATH": env_path, "PATH": ""},
        cwd=tmp_path,
    )


def test_parameters_and_records_are_typed(tmp_path: Path, mypy_cache: Path) -> None:
    (tmp_path / "none.ini").write_text("[mypy]\n")
    result = mypy(tmp_path, GOOD, mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_type_checker_catches_wrong_parameters(tmp_path: Path, mypy_cache: Path) -> None:
    (tmp_path / "none.ini").write_text("[mypy]\n")
    result = mypy(tmp_path, BAD, mypy_cache)
    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout
    assert 'Unexpected keyword argument "too"' in out
    assert 'Missing named argument "to" for "create"' in out
    assert '"start_time_after"' in out and '"str"' in out
    assert 'Unexpected keyword argument "extra_headerz"' in out
    assert 'Missing positional argument "call_sid"' in out
    assert '"url"' in out and '"int"' in out
