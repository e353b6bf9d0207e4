"""TwiML: the XML documents that tell Twilio what to do with a call, a message or a fax.

    from trunkline.twilio.twiml import VoiceResponse

    response = VoiceResponse()
    with response.gather(num_digits=1, action="/menu") as gather:
        gather.say("For sales, press 1.")
    response.redirect("/voice")
    str(response)  # '<?xml version="1.0" encoding="UTF-8"?><Response><Gather action=...'

The verbs and nouns are twilio-python's (9.x), with the attributes it names.
Each element has one method per element TwiML lets it contain; the method
nests a new element and returns it, so nouns go inside their verb
(`response.dial(caller_id=...).number("+14155550100")`) and every element is
also a context manager that returns itself. The element classes (`Dial`,
`Number`, `Say`, ...) can also be built alone and added with `append()`, as in
Twilio's docs.

- The text of an element is its first argument, named as in twilio-python
  (`say(message)`, `number(phone_number)`, `redirect(url)`); a mapping is sent
  as JSON (a `<Task>`'s body).
- Attributes are keyword arguments in Python names: `status_callback_event`
  is `statusCallbackEvent`, `from_` is `from`, `xml_lang` is `xml:lang`. None
  leaves an attribute out, booleans are `true`/`false`, a list or tuple is
  joined with spaces (with commas for `hints` and `passports`, which Twilio
  reads as comma-separated lists).
- `extra_attributes={"wireName": value}` sends attributes Twilio added after
  this release, under their wire names.
- An unknown attribute, a value TwiML cannot carry or an element nested where
  TwiML does not allow it raises `trunkline.InvalidParameterError` naming it
  (a nesting mistake raises its subclass `NestingError`).

Text and attribute values are escaped by `xml.etree.ElementTree`, so user text
never becomes markup; characters XML 1.0 cannot carry at all (NUL and other
control characters, lone surrogates) are refused.
"""

from __future__ import annotations

import difflib
import inspect
import json
import numbers
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Final, Self

from .._core._exceptions import InvalidParameterError

__all__ = [
    "AiSession",
    "Application",
    "ApplicationSid",
    "Autopilot",
    "Body",
    "Client",
    "Conference",
    "Config",
    "Connect",
    "Conversation",
    "ConversationRelay",
    "ConversationRelaySession",
    "Dial",
    "Echo",
    "Enqueue",
    "FaxResponse",
    "Gather",
    "Hangup",
    "Header",
    "Headers",
    "Identity",
    "Language",
    "Leave",
    "Media",
    "Message",
    "MessagingResponse",
    "NestingError",
    "Number",
    "Parameter",
    "Pause",
    "Pay",
    "Play",
    "Prompt",
    "Queue",
    "Receive",
    "Record",
    "Recording",
    "Redirect",
    "Refer",
    "ReferSip",
    "Reject",
    "Room",
    "Say",
    "Sim",
    "Sip",
    "SipUri",
    "Siprec",
    "Sms",
    "SsmlBreak",
    "SsmlEmphasis",
    "SsmlLang",
    "SsmlP",
    "SsmlPhoneme",
    "SsmlProsody",
    "SsmlS",
    "SsmlSayAs",
    "SsmlSub",
    "SsmlW",
    "Start",
    "Stop",
    "Stream",
    "Task",
    "Transcription",
    "TwiML",
    "VirtualAgent",
    "VoiceResponse",
    "WhatsApp",
]

_DECLARATION: Final = '<?xml version="1.0" encoding="UTF-8"?>'

# Python names whose wire name is not their lowerCamelCase (twilio-python's `TwiML.MAP`).
_WIRE_NAMES: Final = {
    "from_": "from",
    "for_": "for",
    "xml_lang": "xml:lang",
    "interpret_as": "interpret-as",
}

# Twilio reads these as comma-separated lists; every other list attribute is space-separated.
_COMMA_SEPARATED: Final = frozenset({"hints", "passports"})

# What XML 1.0 cannot carry even escaped: C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF.
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# An attribute name without a namespace prefix (none of Twilio's has one; `xml:lang` is declared).
_XML_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")


class NestingError(InvalidParameterError, AttributeError):
    """A TwiML element where TwiML does not allow it (also an AttributeError, for `hasattr`)."""


def _wire_name(python_name: str) -> str:
    """The TwiML attribute name of a Python keyword, as twilio-python spells it."""
    if python_name in _WIRE_NAMES:
        return _WIRE_NAMES[python_name]
    head, *rest = python_name.split("_")
    return head + "".join(part.title() for part in rest)


def _method_name(tag: str) -> str:
    """The name of the method that nests `tag`: snake_case, `_` after a keyword (`break_`)."""
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", tag).replace("-", "_").lower()
    return name + "_" if name in {"break", "for", "from"} else name


class TwiML:
    """One TwiML element: its attributes, its text and the elements nested in it, in order."""

    _tag: ClassVar[str] = ""
    _text: ClassVar[str | None] = None
    _text_required: ClassVar[bool] = False
    _attributes: ClassVar[Mapping[str, str]] = {}
    _method_name: ClassVar[str] = ""
    _child_names: ClassVar[tuple[str, ...]] = ()
    _children: ClassVar[tuple[type[TwiML], ...]] = ()

    def __init_subclass__(
        cls,
        *,
        tag: str | None = None,
        text: str | None = None,
        optional_text: str | None = None,
        attrs: str = "",
        children: str = "",
    ) -> None:
        """Declare an element: its tag, its text argument, its attributes, what it may contain."""
        super().__init_subclass__()
        cls._tag = tag or cls.__name__
        cls._method_name = _method_name(cls._tag)
        cls._text = text or optional_text
        cls._text_required = text is not None
        cls._attributes = {name: _wire_name(name) for name in attrs.split()}
        cls._child_names = tuple(children.split())

    def __init__(
        self,
        *args: object,
        extra_attributes: Mapping[str, object] | None = None,
        **attributes: object,
    ) -> None:
        cls = type(self)
        text_name = cls._text
        if len(args) > (1 if text_name else 0):
            takes = (
                f"one positional argument, its {text_name},"
                if text_name
                else "no positional arguments,"
            )
            raise InvalidParameterError(f"<{cls._tag}> takes {takes} got {len(args)}")
        text = args[0] if args else None
        if text_name is not None and text_name in attributes:
            if args:
                raise InvalidParameterError(f"<{cls._tag}> got its {text_name} twice")
            text = attributes.pop(text_name)
        self._attrs: dict[str, str] = {}
        self._content: list[TwiML | str] = []
        if text_name is not None:
            rendered = _render(text, f"<{cls._tag}> {text_name}", text=True)
            if rendered:
                self._content.append(rendered)
            elif cls._text_required:
                raise InvalidParameterError(f"<{cls._tag}> needs its {text_name}")
        for name, value in attributes.items():
            wire = cls._attributes.get(name)
            if wire is None:
                raise InvalidParameterError(_unknown_attribute(cls, name))
            self._set(wire, _render(value, f"<{cls._tag}> {name}", sep=_separator(name)))
        for wire, value in (extra_attributes or {}).items():
            if not isinstance(wire, str) or not _XML_NAME.match(wire):
                raise InvalidParameterError(f"<{cls._tag}>: {wire!r} is not an XML attribute name")
            if wire in self._attrs:
                raise InvalidParameterError(f"<{cls._tag}> got attribute {wire!r} twice")
            self._set(wire, _render(value, f"<{cls._tag}> {wire}"))

    def _set(self, wire: str, value: str | None) -> None:
        """Keep an attribute that has a value (None leaves it out, as twilio-python does)."""
        if value is not None:
            self._attrs[wire] = value

    def append(self, item: TwiML | str) -> Self:
        """Nest an element built on its own (or add text after the last child); returns self."""
        cls = type(self)
        if isinstance(item, str):
            if cls._text is None:
                raise NestingError(f"<{cls._tag}> cannot contain text")
            self._content.append(_checked(item, f"<{cls._tag}> text"))
        elif isinstance(item, TwiML) and type(item) in cls._children:
            self._content.append(item)
        else:
            what = f"<{type(item)._tag}>" if isinstance(item, TwiML) else type(item).__name__
            raise NestingError(f"<{cls._tag}> cannot contain {what}; it takes {_takes(cls)}")
        return self

    def to_xml(self, xml_declaration: bool = True) -> str:
        """This element as an XML string, by default a whole document with its declaration."""
        xml = ET.tostring(self._element(set()), encoding="unicode")
        return _DECLARATION + xml if xml_declaration else xml

    def __str__(self) -> str:
        """The XML document."""
        return self.to_xml()

    def __repr__(self) -> str:
        """The class and the element's XML."""
        return f"{type(self).__name__}({self.to_xml(xml_declaration=False)!r})"

    def __enter__(self) -> Self:
        """The element itself, so `with response.gather() as gather:` reads like the XML."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Nothing to close."""

    def __getattr__(self, name: str) -> Callable[..., TwiML]:
        """Name what TwiML does not allow (nesting methods are installed on each class)."""
        if name in _ALL_METHODS:
            cls = type(self)
            raise NestingError(f"<{cls._tag}> cannot contain {name}(); it takes {_takes(cls)}")
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _element(self, ancestors: set[int]) -> ET.Element:
        """The ElementTree of this element, its attributes sorted by name as twilio-python's."""
        if id(self) in ancestors:
            raise NestingError(f"<{self._tag}> is nested inside itself")
        ancestors.add(id(self))
        element = ET.Element(self._tag, dict(sorted(self._attrs.items())))
        last: ET.Element | None = None
        for item in self._content:
            if isinstance(item, TwiML):
                last = item._element(ancestors)
                element.append(last)
            elif last is None:
                element.text = (element.text or "") + item
            else:
                last.tail = (last.tail or "") + item
        ancestors.discard(id(self))
        return element


def _render(value: object, where: str, *, sep: str = " ", text: bool = False) -> str | None:
    """A value as TwiML writes it: None stays None, lists are joined, a text mapping is JSON."""
    if isinstance(value, list | tuple) and not text:
        return sep.join(_scalar(item, where) for item in value)
    if isinstance(value, Mapping) and text:
        return _checked(json.dumps(value), where)
    return None if value is None else _scalar(value, where)


def _scalar(value: object, where: str) -> str:
    """One value as TwiML writes it: booleans `true`/`false`, numbers as `str()` writes them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _checked(value, where)
    if isinstance(value, numbers.Number) and not isinstance(value, complex):
        return str(value)
    raise InvalidParameterError(f"{where}: TwiML cannot carry a {type(value).__name__}")


def _checked(value: str, where: str) -> str:
    """The string, if XML 1.0 can carry every character of it."""
    bad = _NOT_XML.search(value)
    if bad:
        char = f"U+{ord(bad.group()):04X}"
        raise InvalidParameterError(f"{where}: XML cannot carry the character {char}")
    return value


def _separator(name: str) -> str:
    """How a list value of attribute `name` is joined."""
    return "," if name in _COMMA_SEPARATED else " "


def _takes(cls: type[TwiML]) -> str:
    """What an element may contain, for error messages."""
    methods = [child._method_name for child in cls._children]
    return ", ".join(f"{name}()" for name in methods) if methods else "nothing"


def _unknown_attribute(cls: type[TwiML], name: str) -> str:
    """The error message for an attribute `cls` does not have, with the likely one."""
    by_wire = {wire: python for python, wire in cls._attributes.items()}
    if name in by_wire:
        hint = f" (the Python name of {name} is {by_wire[name]})"
    else:
        close = difflib.get_close_matches(name, cls._attributes, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
    return f"<{cls._tag}> has no attribute {name!r}{hint}"


# ---------------------------------------------------------------------------------------------
# The documents
# ---------------------------------------------------------------------------------------------


class VoiceResponse(
    TwiML,
    tag="Response",
    children="Connect Dial Echo Enqueue Gather Hangup Leave Pause Play Queue Record Redirect"
    " Reject Say Sms Pay Prompt Start Stop Refer",
):
    """A TwiML document answering a voice webhook."""


class MessagingResponse(TwiML, tag="Response", children="Message Redirect"):
    """A TwiML document answering a messaging webhook."""


class FaxResponse(TwiML, tag="Response", children="Receive"):
    """A TwiML document answering an incoming fax."""


# ---------------------------------------------------------------------------------------------
# Voice verbs
# ---------------------------------------------------------------------------------------------


class Connect(
    TwiML,
    attrs="action method",
    children="Room Autopilot Stream VirtualAgent Conversation ConversationRelay AiSession"
    " ConversationRelaySession",
):
    """<Connect>: connect the call to a room, a stream, an agent or a conversation."""


class Dial(
    TwiML,
    optional_text="number",
    attrs="action method timeout hangup_on_star time_limit caller_id record trim"
    " recording_status_callback recording_configuration_id recording_status_callback_method"
    " recording_status_callback_event answer_on_bridge ring_tone recording_track sequential"
    " refer_url refer_method events passports",
    children="Client Conference Number Queue Sim Sip Application WhatsApp",
):
    """<Dial>: connect the caller to another party."""


class Echo(TwiML):
    """<Echo>: play the caller's audio back to them (for testing)."""


class Enqueue(
    TwiML,
    optional_text="name",
    attrs="action max_queue_size method wait_url wait_url_method workflow_sid",
    children="Task",
):
    """<Enqueue>: put the caller in a queue (or a TaskRouter workflow)."""


class Gather(
    TwiML,
    attrs="input action method timeout speech_timeout max_speech_time profanity_filter"
    " finish_on_key num_digits partial_result_callback partial_result_callback_method language"
    " hints barge_in debug action_on_empty_result speech_model enhanced",
    children="Say Pause Play",
):
    """<Gather>: collect digits or speech from the caller."""


class Hangup(TwiML, children="Parameter"):
    """<Hangup>: end the call."""


class Leave(TwiML):
    """<Leave>: take the caller out of its queue."""


class Pause(TwiML, attrs="length"):
    """<Pause>: wait silently."""


class Play(TwiML, optional_text="url", attrs="loop digits"):
    """<Play>: play an audio file, or DTMF digits."""


class Queue(TwiML, text="name", attrs="url method reservation_sid post_work_activity_sid"):
    """<Queue>: a queue to dial (in <Dial>), or the caller at its head."""


class Record(
    TwiML,
    attrs="action method timeout finish_on_key max_length play_beep trim"
    " recording_status_callback recording_status_callback_method"
    " recording_status_callback_event transcribe transcribe_callback recording_configuration_id",
):
    """<Record>: record the caller."""


class Redirect(TwiML, text="url", attrs="method"):
    """<Redirect>: continue with the TwiML at another URL."""


class Reject(TwiML, attrs="reason", children="Parameter"):
    """<Reject>: refuse an incoming call without answering it."""


class Say(
    TwiML,
    optional_text="message",
    attrs="voice loop language",
    children="SsmlBreak SsmlEmphasis SsmlLang SsmlP SsmlPhoneme SsmlProsody SsmlS SsmlSayAs"
    " SsmlSub SsmlW",
):
    """<Say>: speak text (which may hold SSML)."""


class Sms(TwiML, text="message", attrs="to from_ action method status_callback"):
    """<Sms>: send an SMS during a call (deprecated by Twilio in favour of the Messages API)."""


class Pay(
    TwiML,
    attrs="input action bank_account_type status_callback status_callback_method timeout"
    " max_attempts security_code postal_code min_postal_code_length payment_connector"
    " payment_method token_type charge_amount currency description valid_card_types language",
    children="Prompt Parameter",
):
    """<Pay>: collect a card or bank account payment."""


class Prompt(
    TwiML,
    attrs="for_ error_type card_type attempt require_matching_inputs",
    children="Say Play Pause",
):
    """<Prompt>: what <Pay> says when it asks for one piece of payment data."""


class Start(TwiML, attrs="action method", children="Stream Siprec Transcription Recording"):
    """<Start>: start something in the background of the call (a stream, a recording, ...)."""


class Stop(TwiML, children="Stream Siprec Transcription"):
    """<Stop>: stop what a <Start> started."""


class Refer(TwiML, attrs="action method", children="ReferSip"):
    """<Refer>: transfer a SIP call with a SIP REFER."""


# ---------------------------------------------------------------------------------------------
# Voice nouns
# ---------------------------------------------------------------------------------------------


class ReferSip(TwiML, tag="Sip", text="sip_url"):
    """<Sip> in <Refer>: the SIP URI to refer the call to."""


class Stream(
    TwiML,
    attrs="name connector_name url track status_callback status_callback_method audio_format"
    " sample_rate",
    children="Parameter",
):
    """<Stream>: stream the call's audio to a WebSocket."""


class Siprec(
    TwiML,
    attrs="name connector_name track status_callback status_callback_method",
    children="Parameter",
):
    """<Siprec>: fork the call's audio to a SIPREC recorder."""


class Transcription(
    TwiML,
    attrs="name track status_callback_url status_callback_method inbound_track_label"
    " outbound_track_label partial_results language_code transcription_engine profanity_filter"
    " speech_model hints enable_automatic_punctuation intelligence_service",
    children="Config Parameter",
):
    """<Transcription>: transcribe the call in real time."""


class Recording(
    TwiML,
    attrs="recording_status_callback recording_status_callback_method"
    " recording_status_callback_event trim track channels recording_configuration_id",
):
    """<Recording>: record the call in the background."""


class Parameter(TwiML, attrs="name value"):
    """<Parameter>: a name and value passed on to what the parent element connects to."""


class Config(TwiML, attrs="name value"):
    """<Config>: a name and value configuring the parent element."""


class Task(TwiML, text="body", attrs="priority timeout"):
    """<Task>: the TaskRouter task attributes of an <Enqueue> (a JSON object)."""


class Client(
    TwiML,
    optional_text="identity",
    attrs="url method status_callback_event status_callback status_callback_method",
    children="Identity Parameter",
):
    """<Client>: a Twilio client SDK user to dial."""


class Identity(TwiML, text="client_identity"):
    """<Identity>: the identity of a <Client>."""


class Conference(
    TwiML,
    text="name",
    attrs="muted beep start_conference_on_enter end_conference_on_exit wait_url wait_method"
    " max_participants record recording_configuration_id region coach trim"
    " status_callback_event status_callback status_callback_method recording_status_callback"
    " recording_status_callback_method recording_status_callback_event event_callback_url"
    " jitter_buffer_size participant_label",
):
    """<Conference>: a conference room to join."""


class Number(
    TwiML,
    text="phone_number",
    attrs="send_digits url method status_callback_event status_callback status_callback_method"
    " byoc machine_detection amd_status_callback_method amd_status_callback"
    " machine_detection_timeout machine_detection_speech_threshold"
    " machine_detection_speech_end_threshold machine_detection_silence_timeout",
):
    """<Number>: a phone number to dial."""


class Sim(TwiML, text="sim_sid"):
    """<Sim>: a Twilio Programmable Wireless SIM to dial."""


class Sip(
    TwiML,
    optional_text="sip_url",
    attrs="username password url method status_callback_event status_callback"
    " status_callback_method machine_detection amd_status_callback_method amd_status_callback"
    " machine_detection_timeout machine_detection_speech_threshold"
    " machine_detection_speech_end_threshold machine_detection_silence_timeout",
    children="SipUri Headers",
):
    """<Sip>: a SIP endpoint to dial."""


class SipUri(TwiML, tag="Uri", optional_text="sip_url", attrs="priority weight username password"):
    """<Uri> in <Sip>: one of several SIP URIs to try."""


class Headers(TwiML, children="Header"):
    """<Headers> in <Sip>: SIP headers to send."""


class Header(TwiML, attrs="name value"):
    """<Header>: one SIP header."""


class Application(
    TwiML,
    optional_text="application_sid",
    attrs="url method status_callback_event status_callback status_callback_method customer_id"
    " copy_parent_to",
    children="ApplicationSid Parameter",
):
    """<Application>: a TwiML application to dial."""


class ApplicationSid(TwiML, text="sid"):
    """<ApplicationSid>: the SID of an <Application>."""


class WhatsApp(
    TwiML,
    text="phone_number",
    attrs="url method status_callback_event status_callback status_callback_method",
):
    """<WhatsApp>: a WhatsApp user to call."""


class Room(TwiML, text="name", attrs="participant_identity"):
    """<Room>: a Twilio Video room to connect the call to."""


class Autopilot(TwiML, text="name"):
    """<Autopilot>: an Autopilot assistant to connect to (retired by Twilio)."""


class VirtualAgent(
    TwiML,
    attrs="connector_name language sentiment_analysis status_callback status_callback_method",
    children="Config Parameter",
):
    """<VirtualAgent>: a Dialogflow CX agent to connect to."""


class Conversation(
    TwiML,
    attrs="service_instance_sid inbound_autocreation routing_assignment_timeout inbound_timeout"
    " url method record trim recording_status_callback recording_status_callback_method"
    " recording_status_callback_event status_callback status_callback_method"
    " status_callback_event",
):
    """<Conversation>: a Twilio Conversations conversation to connect to."""


class ConversationRelay(
    TwiML,
    attrs="url language tts_language transcription_language tts_provider voice"
    " transcription_provider speech_model profanity_filter dtmf_detection welcome_greeting"
    " partial_prompts welcome_greeting_interruptible interruptible preemptible hints"
    " intelligence_service report_input_during_agent_speech elevenlabs_text_normalization"
    " interrupt_sensitivity debug background_noise_reduction speech_timeout"
    " deepgram_smart_format ignore_backchannel events partial_prompt_on_hangup"
    " eager_eot_threshold asr_smart_format tts_text_normalization"
    " tts_language_text_normalization elevenlabs_language_text_normalization include_in_prompt"
    " customer_name application_reconnect echo_prompt_filtering turn_detection",
    children="Language Parameter",
):
    """<ConversationRelay>: relay the call's speech, as text, to your WebSocket app."""


class Language(
    TwiML,
    attrs="code tts_provider voice transcription_provider speech_model hints asr_smart_format"
    " tts_text_normalization tts_language_text_normalization",
):
    """<Language>: the settings of one language of a <ConversationRelay>."""


class AiSession(TwiML, attrs="ai_connector ai_session_configuration"):
    """<AiSession>: an AI connector session to connect to."""


class ConversationRelaySession(TwiML, attrs="connector session_configuration"):
    """<ConversationRelaySession>: a ConversationRelay session configured in the Console."""


# ---------------------------------------------------------------------------------------------
# SSML inside <Say> (Amazon Polly and Google voices)
# ---------------------------------------------------------------------------------------------

_SSML_ALL: Final = (
    "SsmlBreak SsmlEmphasis SsmlLang SsmlP SsmlPhoneme SsmlProsody SsmlS SsmlSayAs SsmlSub SsmlW"
)


class SsmlBreak(TwiML, tag="break", attrs="strength time"):
    """<break>: a pause in speech."""


class SsmlEmphasis(
    TwiML,
    tag="emphasis",
    optional_text="words",
    attrs="level",
    children="SsmlBreak SsmlEmphasis SsmlLang SsmlPhoneme SsmlProsody SsmlSayAs SsmlSub SsmlW",
):
    """<emphasis>: words spoken with emphasis."""


class SsmlLang(TwiML, tag="lang", optional_text="words", attrs="xml_lang", children=_SSML_ALL):
    """<lang>: words in another language."""


class SsmlP(
    TwiML,
    tag="p",
    optional_text="words",
    children="SsmlBreak SsmlEmphasis SsmlLang SsmlPhoneme SsmlProsody SsmlS SsmlSayAs SsmlSub"
    " SsmlW",
):
    """<p>: a paragraph."""


class SsmlPhoneme(TwiML, tag="phoneme", text="words", attrs="alphabet ph"):
    """<phoneme>: words with their phonetic pronunciation."""


class SsmlProsody(
    TwiML, tag="prosody", optional_text="words", attrs="volume rate pitch", children=_SSML_ALL
):
    """<prosody>: words at another volume, rate or pitch."""


class SsmlS(
    TwiML,
    tag="s",
    optional_text="words",
    children="SsmlBreak SsmlEmphasis SsmlLang SsmlPhoneme SsmlProsody SsmlSayAs SsmlSub SsmlW",
):
    """<s>: a sentence."""


class SsmlSayAs(TwiML, tag="say-as", text="words", attrs="interpret_as format"):
    """<say-as>: words to read as a date, digits, characters, ..."""


class SsmlSub(TwiML, tag="sub", text="words", attrs="alias"):
    """<sub>: words to pronounce as their alias."""


class SsmlW(
    TwiML,
    tag="w",
    optional_text="words",
    attrs="role",
    children="SsmlBreak SsmlEmphasis SsmlPhoneme SsmlProsody SsmlSayAs SsmlSub",
):
    """<w>: a word with its part of speech."""


# ---------------------------------------------------------------------------------------------
# Messaging and fax
# ---------------------------------------------------------------------------------------------


class Message(
    TwiML,
    optional_text="body",
    attrs="to from_ action method status_callback",
    children="Body Media",
):
    """<Message>: send a message in reply."""


class Body(TwiML, text="message"):
    """<Body>: the text of a <Message>."""


class Media(TwiML, text="url"):
    """<Media>: the URL of a file to send with a <Message>."""


class Receive(TwiML, attrs="action method media_type page_size store_media"):
    """<Receive>: receive the incoming fax."""


# ---------------------------------------------------------------------------------------------
# Each element gets one method per element it may contain.
# ---------------------------------------------------------------------------------------------


def _signature(element: type[TwiML]) -> inspect.Signature:
    """What `help()` and editors show: the text argument, then every attribute by keyword."""
    p = inspect.Parameter
    parameters = []
    if element._text is not None:
        default = p.empty if element._text_required else None
        parameters.append(p(element._text, p.POSITIONAL_OR_KEYWORD, default=default))
    parameters += [p(name, p.KEYWORD_ONLY, default=None) for name in element._attributes]
    parameters.append(p("extra_attributes", p.KEYWORD_ONLY, default=None))
    return inspect.Signature(parameters)


def _nesting_method(child: type[TwiML], signature: inspect.Signature) -> Callable[..., TwiML]:
    """The method that nests a new `child` element and returns it."""

    def nest(self: TwiML, *args: object, **kwargs: Any) -> TwiML:
        element = child(*args, **kwargs)
        self.append(element)
        return element

    this = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    nest.__name__ = nest.__qualname__ = child._method_name
    nest.__doc__ = f"Nest a new <{child._tag}> here and return it.\n\n{child.__doc__}"
    nest.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[this, *signature.parameters.values()]
    )
    return nest


def _link(classes: Mapping[str, Any]) -> frozenset[str]:
    """Resolve every element's children and install its nesting methods; all method names."""
    elements = [
        c
        for c in classes.values()
        if isinstance(c, type) and issubclass(c, TwiML) and c is not TwiML
    ]
    methods: dict[type[TwiML], Callable[..., TwiML]] = {}
    for element in elements:
        element.__signature__ = signature = _signature(element)  # type: ignore[attr-defined]
        methods[element] = _nesting_method(element, signature)
    for element in elements:
        element._children = tuple(classes[name] for name in element._child_names)
        for child in element._children:
            setattr(element, child._method_name, methods[child])
    return frozenset(child._method_name for element in elements for child in element._children)


_ALL_METHODS: Final = _link(globals())
