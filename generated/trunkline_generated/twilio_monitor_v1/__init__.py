"""Twilio - Monitor 1.0.0: generated from the spec. Do not edit."""

# The spec's servers. trunkline's `base_url=` swaps scheme, host and port and
# keeps each server's own path.
SERVERS: tuple[str, ...] = ("https://monitor.twilio.com",)

# Records the overlay parses into instead (the schema's `x-trunkline-record`): errata and
# derived fields. Generated class -> the overlay's subclass, both `module:Class`.
RECORDS: dict[str, str] = {
    "trunkline_generated.twilio_monitor_v1.models.alert:Alert": "trunkline.twilio._records:Alert",
}
