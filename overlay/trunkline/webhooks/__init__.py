"""Receiving webhooks: the URL behind a reverse proxy, and the framework integrations.

    trunkline.twilio.webhooks.parse(method, url, headers, body)        one call per provider:
    trunkline.messagebird.webhooks.parse(...)                          verify the signature,
    trunkline.vonage.webhooks.parse(...)                               return the typed payload
    trunkline.webhooks.starlette.Webhook("twilio", ...)                FastAPI / Starlette
    trunkline.webhooks.wsgi.Webhook("twilio", ...)                     Flask, Django, any WSGI app
    trunkline.webhooks.TrustedProxies(["10.0.0.0/8"])                  whose proxy headers count

A signature covers the URL the provider requested; a reverse proxy changes
the scheme, host and port the app sees. `public_url` rebuilds the requested
URL from `X-Forwarded-Proto` / `X-Forwarded-Host` / `X-Forwarded-Port` or RFC
7239 `Forwarded`, read only from trusted proxies (none unless listed).
Extras: `trunkline[webhooks]` (pydantic), `trunkline[starlette]`.
"""

from ._proxy import TrustedProxies, public_url

__all__ = ["TrustedProxies", "public_url"]
