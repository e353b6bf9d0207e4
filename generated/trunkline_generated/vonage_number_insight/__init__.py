"""Vonage Number Insight API 1.1.2: generated from the spec. Do not edit."""

# The spec's servers. trunkline's `base_url=` swaps scheme, host and port and
# keeps each server's own path.
SERVERS: tuple[str, ...] = ("https://api.nexmo.com/ni",)
