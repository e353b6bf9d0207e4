"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .application import Application
    from .application_capabilities import ApplicationCapabilities
    from .application_error import ApplicationError
    from .application_keys import ApplicationKeys
    from .application_keys_input import ApplicationKeysInput
    from .application_list import ApplicationList
    from .application_list_embedded import ApplicationListEmbedded
    from .application_privacy import ApplicationPrivacy
    from .hal_link import HalLink
    from .hal_links import HalLinks
    from .http_method import HttpMethod
    from .invalid_parameter import InvalidParameter
    from .messages_capability import MessagesCapability
    from .messages_http_method import MessagesHttpMethod
    from .messages_webhook import MessagesWebhook
    from .messages_webhooks import MessagesWebhooks
    from .rtc_capability import RtcCapability
    from .rtc_webhook import RtcWebhook
    from .rtc_webhooks import RtcWebhooks
    from .vbc_capability import VbcCapability
    from .voice_answer_webhook import VoiceAnswerWebhook
    from .voice_capability import VoiceCapability
    from .voice_event_webhook import VoiceEventWebhook
    from .voice_webhooks import VoiceWebhooks

_MODULES: dict[str, str] = {
    "Application": "application",
    "ApplicationCapabilities": "application_capabilities",
    "ApplicationError": "application_error",
    "ApplicationKeys": "application_keys",
    "ApplicationKeysInput": "application_keys_input",
    "ApplicationList": "application_list",
    "ApplicationListEmbedded": "application_list_embedded",
    "ApplicationPrivacy": "application_privacy",
    "HalLink": "hal_link",
    "HalLinks": "hal_links",
    "HttpMethod": "http_method",
    "InvalidParameter": "invalid_parameter",
    "MessagesCapability": "messages_capability",
    "MessagesHttpMethod": "messages_http_method",
    "MessagesWebhook": "messages_webhook",
    "MessagesWebhooks": "messages_webhooks",
    "RtcCapability": "rtc_capability",
    "RtcWebhook": "rtc_webhook",
    "RtcWebhooks": "rtc_webhooks",
    "VbcCapability": "vbc_capability",
    "VoiceAnswerWebhook": "voice_answer_webhook",
    "VoiceCapability": "voice_capability",
    "VoiceEventWebhook": "voice_event_webhook",
    "VoiceWebhooks": "voice_webhooks",
}

__all__ = [
    "Application",
    "ApplicationCapabilities",
    "ApplicationError",
    "ApplicationKeys",
    "ApplicationKeysInput",
    "ApplicationList",
    "ApplicationListEmbedded",
    "ApplicationPrivacy",
    "HalLink",
    "HalLinks",
    "HttpMethod",
    "InvalidParameter",
    "MessagesCapability",
    "MessagesHttpMethod",
    "MessagesWebhook",
    "MessagesWebhooks",
    "RtcCapability",
    "RtcWebhook",
    "RtcWebhooks",
    "VbcCapability",
    "VoiceAnswerWebhook",
    "VoiceCapability",
    "VoiceEventWebhook",
    "VoiceWebhooks",
]


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
