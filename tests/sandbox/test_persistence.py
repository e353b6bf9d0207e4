"""With `db`, the state survives a restart: credentials, records and pending lifecycles."""

from __future__ import annotations

from pathlib import Path

from trunkline.sandbox import Sandbox


def test_a_restarted_sandbox_keeps_its_state(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.db")
    with Sandbox(db=db) as first:
        credentials = first.credentials
        with first.twilio() as client:
            call = client.calls.create(to="+14155550100", from_="+14155550199", twiml="<x/>")
            first.advance(2)
            assert client.calls.get(call.sid).status == "ringing"
        with first.messagebird() as bird:
            flow = bird.call_flows.create(steps=[{"action": "hangup"}])
        clock = first.now()
    with Sandbox(db=db) as second:
        assert second.credentials == credentials
        assert second.now() >= clock
        with second.twilio() as client:
            assert client.calls.get(call.sid).status == "ringing"
            second.advance(10)  # the lifecycle goes on where it stopped
            assert client.calls.get(call.sid).status == "completed"
        with second.messagebird() as bird:
            assert bird.call_flows.get(flow.id).id == flow.id
    with Sandbox() as fresh:
        assert fresh.credentials != credentials
