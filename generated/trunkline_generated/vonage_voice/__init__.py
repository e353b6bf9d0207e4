"""Vonage Voice API 1.3.7: generated from the spec. Do not edit."""

# The spec's servers. trunkline's `base_url=` swaps scheme, host and port and
# keeps each server's own path.
SERVERS: tuple[str, ...] = ("https://api.nexmo.com/v1/calls",)
