"""Vonage Application API 2.1.0: generated from the spec. Do not edit."""

# The spec's servers. trunkline's `base_url=` swaps scheme, host and port and
# keeps each server's own path.
SERVERS: tuple[str, ...] = ("https://api.nexmo.com/v2/applications",)
