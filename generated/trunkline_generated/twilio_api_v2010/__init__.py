"""Twilio - Api 1.0.0: generated from the spec. Do not edit."""

# The spec's servers. trunkline's `base_url=` swaps scheme, host and port and
# keeps each server's own path.
SERVERS: tuple[str, ...] = ("https://api.twilio.com",)

# Records the overlay parses into instead (the schema's `x-trunkline-record`): errata and
# derived fields. Generated class -> the overlay's subclass, both `module:Class`.
RECORDS: dict[str, str] = {
    "trunkline_generated.twilio_api_v2010.models.notification:Notification": "trunkline.twilio._records:Notification",
    "trunkline_generated.twilio_api_v2010.models.notification_detail:NotificationDetail": "trunkline.twilio._records:NotificationDetail",
}
