"""A local, stateful emulator of Twilio, MessageBird and Vonage (`trunkline[sandbox]` extra).

    from trunkline.sandbox import Sandbox

    with Sandbox() as sb:
        client = sb.twilio()            # Client(**sb.credentials["twilio"], base_url=sb.url)
        call = client.calls.create(to="+14155550100", from_="+14155550199",
                                   url="https://example.com/twiml")
        sb.advance(10)                  # queued -> ringing -> in-progress -> completed
        assert client.calls.get(call.sid).status == "completed"

Every operation of every spec is served on one origin, validated against the
spec, stored in SQLite and answered in the provider's own shapes; calls,
messages and Verify requests run their lifecycles on the sandbox clock and post
signed webhooks. From a shell: `trunkline sandbox [--port N] [--db FILE]`.
"""

from ._faults import KINDS as FAULT_KINDS
from ._faults import Fault
from ._server import Sandbox, SandboxError

__all__ = ["FAULT_KINDS", "Fault", "Sandbox", "SandboxError"]
