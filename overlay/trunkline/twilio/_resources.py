"""Twilio resources: which generated operation backs each verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resources import (
    AsyncCreate,
    AsyncDelete,
    AsyncGet,
    AsyncList,
    AsyncUpdate,
    Create,
    Delete,
    Get,
    List,
    Update,
)

if TYPE_CHECKING:  # the records, named as strings in the bases below
    from trunkline_generated.twilio_api_v2010.models import Call, Message  # noqa: F401

__all__ = ["AsyncCalls", "AsyncMessages", "Calls", "Messages"]

_V2010 = "twilio_api_v2010"
_CALLS = {
    "create": "calls.create_call",
    "get": "calls.fetch_call",
    "update": "calls.update_call",
    "delete": "calls.delete_call",
    "list": "calls.list_call",
}
_MESSAGES = {
    "create": "messages.create_message",
    "get": "messages.fetch_message",
    "update": "messages.update_message",
    "delete": "messages.delete_message",
    "list": "messages.list_message",
}


class Calls(Create["Call"], Get["Call"], Update["Call"], Delete, List["Call"]):
    """Voice calls (`/2010-04-01/Accounts/{AccountSid}/Calls`)."""

    _package = _V2010
    _ops = _CALLS


class AsyncCalls(
    AsyncCreate["Call"], AsyncGet["Call"], AsyncUpdate["Call"], AsyncDelete, AsyncList["Call"]
):
    """Voice calls, awaitable."""

    _package = _V2010
    _ops = _CALLS


class Messages(Create["Message"], Get["Message"], Update["Message"], Delete, List["Message"]):
    """SMS, MMS and WhatsApp messages (`/2010-04-01/Accounts/{AccountSid}/Messages`)."""

    _package = _V2010
    _ops = _MESSAGES


class AsyncMessages(
    AsyncCreate["Message"],
    AsyncGet["Message"],
    AsyncUpdate["Message"],
    AsyncDelete,
    AsyncList["Message"],
):
    """Messages, awaitable."""

    _package = _V2010
    _ops = _MESSAGES
