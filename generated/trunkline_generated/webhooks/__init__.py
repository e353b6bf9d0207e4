"""Pydantic models of what each provider sends to an application's webhooks, generated
from specs/webhooks/ (one module per provider: `messagebird`, `twilio`, `vonage`).

Imported only through `trunkline.<provider>.webhooks` (extra `trunkline[webhooks]`).
"""
