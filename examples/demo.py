"""trunkline's whole job against the local sandbox: no account, no internet (`make demo`).

Starts `trunkline sandbox` and a small webhook receiver on 127.0.0.1, then:
sends an SMS through Twilio and through Vonage, places a Twilio call and checks
every status callback with `RequestValidator`, creates a MessageBird call flow
and a call (its webhooks checked too), runs a Vonage Number Insight and a Verify
start/check, lists the calls of a time range, and prints what happened. Exits 0,
leaving no process or socket behind.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import httpx

from trunkline import messagebird, twilio, vonage

DEADLINE = 30.0  # seconds the demo waits for a lifecycle to finish


class Receiver(ThreadingHTTPServer):
    """Records every webhook it receives (the app you would write)."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hits: list[dict[str, Any]] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.hits.append(
            {"path": self.path, "headers": dict(self.headers.items()), "body": body}
        )
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", "11")
        self.end_headers()
        self.wfile.write(b"<Response/>")

    do_GET = do_POST


def wait_for(what: str, check: Any) -> Any:
    """Poll `check` until it returns something truthy (the sandbox runs in real time)."""
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    raise SystemExit(f"demo: timed out waiting for {what}")


def main() -> int:
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "trunkline.cli", "sandbox", "--port", "0", "--json"],
        stdout=subprocess.PIPE,
        text=True,
    )
    receiver = Receiver()
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    try:
        assert sandbox.stdout is not None
        info = json.loads(sandbox.stdout.readline())
        return run(info, receiver)
    finally:
        sandbox.send_signal(signal.SIGTERM)
        sandbox.wait(timeout=20)
        receiver.shutdown()
        receiver.server_close()


def run(info: dict[str, Any], receiver: Receiver) -> int:
    url, creds, keys = info["url"], info["credentials"], info["signing_keys"]
    summary: list[str] = [f"sandbox at {url}, webhooks to {receiver.url}"]
    started = datetime.now(UTC) - timedelta(seconds=5)

    with twilio.Client(**creds["twilio"], base_url=url) as tw:
        message = tw.messages.create(to="+14155550100", from_="+14155550199", body="Hi from Twilio")
        call = tw.calls.create(
            to="+14155550100",
            from_="+14155550199",
            twiml="<Response><Say>Hello from the sandbox</Say></Response>",
            status_callback=f"{receiver.url}/twilio/status",
            status_callback_event=["initiated", "ringing", "answered", "completed"],
        )
        summary.append(f"Twilio SMS {message.sid}: {message.status}")

        with vonage.Client(**creds["vonage"], base_url=url) as vg:
            sms = vg.sms.send(to="447400123450", from_="Acme", text="Hi from Vonage")
            summary.append(
                f"Vonage SMS {sms.messages[0].message_id}: status {sms.messages[0].status}, "
                f"price {sms.messages[0].message_price} EUR"
            )
            insight = vg.number_insight.standard(number="447400123450")
            summary.append(
                f"Vonage Number Insight: {insight.international_format_number} is in "
                f"{insight.country_name} ({insight.country_code}), "
                f"national format {insight.national_format_number}"
            )
            verify = vg.verify.start(number="447400123450", brand="Acme")
            code = httpx.get(f"{url}/__sandbox/vonage/verify/{verify.request_id}").json()["code"]
            checked = vg.verify.check(request_id=verify.request_id, code=code)
            summary.append(
                f"Vonage Verify {verify.request_id}: code {code} checked, status {checked.status}"
                f" ({vg.verify.search(request_id=verify.request_id).status})"
            )

        with messagebird.Client(**creds["messagebird"], base_url=url) as mb:
            flow = mb.call_flows.create(
                title="welcome",
                steps=[
                    {
                        "action": "say",
                        "options": {"payload": "Welcome", "voice": "female", "language": "en-GB"},
                    }
                ],
            )
            bird_call = mb.calls.create(
                source="31644556677",
                destination="31612345678",
                call_flow={
                    "steps": [{"action": "say", "options": {"payload": "Hello", "voice": "male"}}]
                },
                webhook={"url": f"{receiver.url}/messagebird"},
            )
            summary.append(f"MessageBird call flow {flow.id} ({flow.title}), call {bird_call.id}")
            wait_for(
                "the MessageBird call to end", lambda: mb.calls.get(bird_call.id).status == "ended"
            )
            legs = [leg.status for leg in mb.legs.list(bird_call.id)]
            summary.append(f"MessageBird call ended; legs: {', '.join(legs)}")

        done = wait_for(
            "the Twilio call to complete",
            lambda: (c := tw.calls.get(call.sid)).status == "completed" and c,
        )
        summary.append(
            f"Twilio call {call.sid}: {done.status}, {done.duration} s, price {done.price} "
            f"{done.price_unit}"
        )
        in_range = list(tw.calls.list_in_range(started, datetime.now(UTC) + timedelta(minutes=1)))
        summary.append(f"Twilio calls started in the last minute: {len(in_range)}")
        delivered = wait_for(
            "the Twilio SMS", lambda: tw.messages.get(message.sid).status == "delivered"
        )
        summary.append(f"Twilio SMS {message.sid}: delivered={delivered}")

    # Every webhook, checked as your app would check it.
    validator = twilio.RequestValidator(creds["twilio"]["auth_token"])
    twilio_hits = [h for h in receiver.hits if h["path"] == "/twilio/status"]
    valid = 0
    for hit in twilio_hits:
        form = {k: v for k, v in parse_qs(hit["body"].decode()).items()}
        if validator.validate(
            f"{receiver.url}/twilio/status", form, hit["headers"]["X-Twilio-Signature"]
        ):
            valid += 1
    statuses = [parse_qs(h["body"].decode())["CallStatus"][0] for h in twilio_hits]
    summary.append(
        f"Twilio status callbacks: {' -> '.join(statuses)}; {valid}/{len(twilio_hits)} pass "
        "RequestValidator"
    )
    bird_validator = messagebird.RequestValidator(keys["messagebird"])
    bird_hits = [h for h in receiver.hits if h["path"] == "/messagebird"]
    for hit in bird_hits:
        bird_validator.validate_signature(
            hit["headers"]["MessageBird-Signature-JWT"], f"{receiver.url}/messagebird", hit["body"]
        )
    summary.append(f"MessageBird webhooks: {len(bird_hits)}, every signature valid")

    print("\n".join(f"  {line}" if i else line for i, line in enumerate(summary)))
    if valid != len(twilio_hits) or statuses != ["queued", "ringing", "in-progress", "completed"]:
        print("demo: the Twilio status callbacks are not what they should be", file=sys.stderr)
        return 1
    print("demo: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
