"""trunkline.twilio.twiml against twilio-python's TwiML, verb by verb and noun by noun."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest
from twilio.twiml import TwiML as TwilioTwiML
from twilio.twiml import fax_response as twilio_fax
from twilio.twiml import messaging_response as twilio_messaging
from twilio.twiml import voice_response as twilio_voice

from trunkline import InvalidParameterError
from trunkline.twilio import twiml
from trunkline.twilio.twiml import (
    Dial,
    FaxResponse,
    Gather,
    MessagingResponse,
    NestingError,
    Number,
    Say,
    SsmlLang,
    VoiceResponse,
)

DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

# --------------------------------------------------------------------------------------------
# Every (element, nested element) pair twilio-python has, found by walking its classes from
# each response down: the path of method calls that reaches the parent, then the method.
# --------------------------------------------------------------------------------------------

Step = tuple[str, dict[str, Any]]
RESPONSES: list[tuple[type[TwilioTwiML], type[twiml.TwiML]]] = [
    (twilio_voice.VoiceResponse, VoiceResponse),
    (twilio_messaging.MessagingResponse, MessagingResponse),
    (twilio_fax.FaxResponse, FaxResponse),
]


def _nesting_methods(cls: type[TwilioTwiML]) -> list[str]:
    """The methods twilio-python gives an element class, one per element it may contain."""
    return sorted(name for name, value in vars(cls).items() if callable(value) and name[0] != "_")


def _sample(name: str) -> str:
    """A value for parameter `name` that also needs escaping, in every attribute and text."""
    return f"{name} <&> \"quoted\" 'single' \u00e9\u20ac\U0001f4de"


def _call(method: Any) -> dict[str, Any]:
    """twilio-python keyword arguments setting every parameter of `method`."""
    params = inspect.signature(method).parameters.values()
    return {p.name: _sample(p.name) for p in params if p.kind is p.POSITIONAL_OR_KEYWORD}


REACHED: set[type[TwilioTwiML]] = set()


def _walk() -> Iterator[tuple[str, type[twiml.TwiML], list[Step]]]:
    """(test id, trunkline response class, steps) for every nesting method twilio-python has."""
    for twilio_response, response in RESPONSES:
        seen = REACHED
        seen.add(twilio_response)
        queue: list[tuple[TwilioTwiML, list[Step]]] = [(twilio_response(), [])]
        while queue:
            element, path = queue.pop(0)
            for name in _nesting_methods(type(element)):
                kwargs = _call(getattr(element, name))
                yield f"{type(element).__name__}.{name}", response, [*path, (name, kwargs)]
                child = getattr(element, name)(**kwargs)
                if type(child) not in seen:
                    seen.add(type(child))
                    queue.append((child, [*path, (name, kwargs)]))


PAIRS = list(_walk())


def _python_name(twilio_name: str) -> str:
    """Our keyword for a twilio-python parameter (a few of its names are camelCase)."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", twilio_name).lower()


def _build_twilio(response: type[twiml.TwiML], steps: list[Step]) -> str:
    twilio_response = next(t for t, ours in RESPONSES if ours is response)
    document = element = twilio_response()
    for name, kwargs in steps:
        element = getattr(element, name)(**kwargs)
    return str(document)


def _build_trunkline(response: type[twiml.TwiML], steps: list[Step]) -> str:
    document = element = response()
    for name, kwargs in steps:
        element = getattr(element, name)(**{_python_name(k): v for k, v in kwargs.items()})
    return str(document)


def test_the_walk_reaches_every_element_class_twilio_python_has() -> None:
    modules: list[ModuleType] = [twilio_voice, twilio_messaging, twilio_fax]
    elements = {
        cls
        for module in modules
        for cls in vars(module).values()
        if isinstance(cls, type) and issubclass(cls, TwilioTwiML) and cls is not TwilioTwiML
    }
    assert elements == REACHED
    assert len(REACHED) == 66  # 3 responses, 63 verbs and nouns (Redirect twice)
    assert len(PAIRS) == 136


@pytest.mark.parametrize(("response", "steps"), [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_every_element_with_every_attribute_is_twilio_pythons_xml(
    response: type[twiml.TwiML], steps: list[Step]
) -> None:
    ours = _build_trunkline(response, steps)
    assert ours == _build_twilio(response, steps)
    ET.fromstring(ours)  # well-formed whatever the sample text holds


@pytest.mark.parametrize(("response", "steps"), [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_every_element_with_only_its_required_text_is_twilio_pythons_xml(
    response: type[twiml.TwiML], steps: list[Step]
) -> None:
    twilio_response = next(t for t, ours in RESPONSES if ours is response)
    element: Any = twilio_response()
    bare: list[Step] = []
    for name, _ in steps:
        params = inspect.signature(getattr(element, name)).parameters.values()
        required = {p.name: _sample(p.name) for p in params if p.default is p.empty}
        required = {k: v for k, v in required.items() if k != "kwargs"}
        bare.append((name, required))
        element = getattr(element, name)(**required)
    assert _build_trunkline(response, bare) == _build_twilio(response, bare)


def test_each_element_has_exactly_twilio_pythons_nesting_methods_and_attributes() -> None:
    base = set(dir(twiml.TwiML))
    for _, response, steps in PAIRS:
        twilio_response = next(t for t, ours in RESPONSES if ours is response)
        theirs: Any = twilio_response()
        ours: Any = response()
        for name, kwargs in steps[:-1]:
            theirs = getattr(theirs, name)(**kwargs)
            ours = getattr(ours, name)(**{_python_name(k): v for k, v in kwargs.items()})
        name = steps[-1][0]
        methods = {m for m in set(dir(ours)) - base if m[0] != "_"}
        assert methods == set(_nesting_methods(type(theirs))), type(theirs)
        their_params = set(inspect.signature(getattr(theirs, name)).parameters) - {"kwargs"}
        our_params = set(inspect.signature(getattr(ours, name)).parameters) - {"extra_attributes"}
        assert our_params == {_python_name(p) for p in their_params}, name


# --------------------------------------------------------------------------------------------
# Documents as Twilio's docs write them
# --------------------------------------------------------------------------------------------


def _ivr_twilio() -> str:
    response = twilio_voice.VoiceResponse()
    gather = response.gather(
        input="dtmf speech",
        num_digits=1,
        action="/ivr/menu?lang=en&step=1",
        method="POST",
        timeout=5,
        hints="sales, support, billing",
        barge_in=True,
    )
    say = gather.say("Thanks for calling Acme & Sons.", voice="Polly.Joanna", language="en-US")
    say.break_(time="500ms")
    say.emphasis("For sales, press 1.", level="strong")
    gather.say("For support, press 2, or say support.", voice="Polly.Joanna")
    gather.pause(length=1)
    response.say("We didn't get that. Goodbye!", voice="Polly.Joanna")
    dial = response.dial(
        caller_id="+14155550199",
        timeout=20,
        record="record-from-answer-dual",
        recording_status_callback="https://example.com/recordings",
        recording_status_callback_event="in-progress completed",
        answer_on_bridge=True,
    )
    dial.number(
        "+14155550100",
        status_callback="https://example.com/status",
        status_callback_event="initiated ringing answered completed",
        send_digits="wwww1928",
    )
    client = dial.client()
    client.identity("agent-42")
    client.parameter(name="ticket", value="T-1001")
    dial.sip("sip:support@example.com", username="acme", password="p<&>ss")
    enqueue = response.enqueue(workflow_sid="WW" + "0" * 32)
    enqueue.task('{"selected_product": "support"}', priority=5)
    response.redirect("/ivr/welcome", method="GET")
    return str(response)


def test_a_realistic_ivr_document_is_twilio_pythons_xml() -> None:
    response = VoiceResponse()
    with response.gather(
        input=["dtmf", "speech"],
        num_digits=1,
        action="/ivr/menu?lang=en&step=1",
        method="POST",
        timeout=5,
        hints="sales, support, billing",
        barge_in=True,
    ) as gather:
        with gather.say(
            "Thanks for calling Acme & Sons.", voice="Polly.Joanna", language="en-US"
        ) as say:
            say.break_(time="500ms")
            say.emphasis("For sales, press 1.", level="strong")
        gather.say("For support, press 2, or say support.", voice="Polly.Joanna")
        gather.pause(length=1)
    response.say("We didn't get that. Goodbye!", voice="Polly.Joanna")
    with response.dial(
        caller_id="+14155550199",
        timeout=20,
        record="record-from-answer-dual",
        recording_status_callback="https://example.com/recordings",
        recording_status_callback_event=["in-progress", "completed"],
        answer_on_bridge=True,
    ) as dial:
        dial.number(
            "+14155550100",
            status_callback="https://example.com/status",
            status_callback_event=("initiated", "ringing", "answered", "completed"),
            send_digits="wwww1928",
        )
        client = dial.client()
        client.identity("agent-42")
        client.parameter(name="ticket", value="T-1001")
        dial.sip("sip:support@example.com", username="acme", password="p<&>ss")
    enqueue = response.enqueue(workflow_sid="WW" + "0" * 32)
    enqueue.task({"selected_product": "support"}, priority=5)
    response.redirect("/ivr/welcome", method="GET")

    assert str(response) == _ivr_twilio()
    assert str(response) == DECLARATION + (
        "<Response>"
        '<Gather action="/ivr/menu?lang=en&amp;step=1" bargeIn="true"'
        ' hints="sales, support, billing" input="dtmf speech" method="POST" numDigits="1"'
        ' timeout="5">'
        '<Say language="en-US" voice="Polly.Joanna">Thanks for calling Acme &amp; Sons.'
        '<break time="500ms" /><emphasis level="strong">For sales, press 1.</emphasis></Say>'
        '<Say voice="Polly.Joanna">For support, press 2, or say support.</Say>'
        '<Pause length="1" />'
        "</Gather>"
        '<Say voice="Polly.Joanna">We didn\'t get that. Goodbye!</Say>'
        '<Dial answerOnBridge="true" callerId="+14155550199" record="record-from-answer-dual"'
        ' recordingStatusCallback="https://example.com/recordings"'
        ' recordingStatusCallbackEvent="in-progress completed" timeout="20">'
        '<Number sendDigits="wwww1928" statusCallback="https://example.com/status"'
        ' statusCallbackEvent="initiated ringing answered completed">+14155550100</Number>'
        '<Client><Identity>agent-42</Identity><Parameter name="ticket" value="T-1001" /></Client>'
        '<Sip password="p&lt;&amp;&gt;ss" username="acme">sip:support@example.com</Sip>'
        "</Dial>"
        '<Enqueue workflowSid="WW00000000000000000000000000000000">'
        '<Task priority="5">{"selected_product": "support"}</Task></Enqueue>'
        '<Redirect method="GET">/ivr/welcome</Redirect>'
        "</Response>"
    )


def test_a_message_reply_with_media_is_twilio_pythons_xml() -> None:
    theirs = twilio_messaging.MessagingResponse()
    message = theirs.message(to="+14155550100", from_="+14155550199", action="/status")
    message.body("Your order #42 has shipped")
    message.media("https://example.com/label.png?size=large&format=png")
    theirs.redirect("/sms/next", method="POST")

    ours = MessagingResponse()
    with ours.message(to="+14155550100", from_="+14155550199", action="/status") as reply:
        reply.body("Your order #42 has shipped")
        reply.media("https://example.com/label.png?size=large&format=png")
    ours.redirect("/sms/next", method="POST")

    assert str(ours) == str(theirs)
    assert 'from="+14155550199"' in str(ours)


def test_elements_built_alone_and_appended_as_in_twilios_docs() -> None:
    theirs = twilio_voice.VoiceResponse()
    their_dial = twilio_voice.Dial(caller_id="+14155550199")
    their_dial.conference("Room 1234", start_conference_on_enter=True, wait_url="")
    theirs.append(their_dial)
    theirs.append(twilio_voice.Say("Bye"))

    ours = VoiceResponse()
    dial = Dial(caller_id="+14155550199")
    dial.conference("Room 1234", start_conference_on_enter=True, wait_url="")
    assert ours.append(dial).append(Say("Bye")) is ours
    assert str(ours) == str(theirs)


def test_ssml_mixed_with_text_keeps_its_order() -> None:
    response = VoiceResponse()
    say = response.say("Hello ", voice="Polly.Amy")
    say.emphasis("dear", level="moderate")
    say.append(" caller, your code is ")
    say.say_as("1234", interpret_as="digits")
    say.append(".")
    lang = say.lang(xml_lang="fr-FR")
    lang.append("Bonjour")
    lang.prosody("à bientôt", rate="slow", pitch="+5%").break_(strength="weak")
    say.p().s("One sentence.").w("read", role="amazon:VBD")
    say.phoneme("tomato", alphabet="ipa", ph="t\u0259\u02c8me\u026ato\u028a")
    say.sub("W3C", alias="World Wide Web Consortium")

    assert response.to_xml(xml_declaration=False) == (
        '<Response><Say voice="Polly.Amy">Hello <emphasis level="moderate">dear</emphasis>'
        ' caller, your code is <say-as interpret-as="digits">1234</say-as>.'
        '<lang xml:lang="fr-FR">Bonjour<prosody pitch="+5%" rate="slow">à bientôt'
        '<break strength="weak" /></prosody></lang>'
        '<p><s>One sentence.<w role="amazon:VBD">read</w></s></p>'
        '<phoneme alphabet="ipa" ph="t\u0259\u02c8me\u026ato\u028a">tomato</phoneme>'
        '<sub alias="World Wide Web Consortium">W3C</sub></Say></Response>'
    )


# --------------------------------------------------------------------------------------------
# Values and escaping
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "wire"),
    [(True, "true"), (False, "false"), (3, "3"), (2.5, "2.5"), (Decimal("9.99"), "9.99")],
)
def test_booleans_and_numbers_are_written_as_twilio_python_writes_them(
    value: object, wire: str
) -> None:
    ours = VoiceResponse()
    ours.pay(charge_amount=value, postal_code=value)
    theirs = twilio_voice.VoiceResponse()
    theirs.pay(charge_amount=value, postal_code=value)
    assert str(ours) == str(theirs)
    assert f'chargeAmount="{wire}"' in str(ours)


def test_lists_are_space_separated_but_hints_and_passports_comma_separated() -> None:
    response = VoiceResponse()
    response.gather(input=["dtmf", "speech"], hints=["sales", "technical support"])
    response.dial(passports=("aaa", "bbb"), recording_status_callback_event=["completed"])
    assert response.to_xml(xml_declaration=False) == (
        '<Response><Gather hints="sales,technical support" input="dtmf speech" />'
        '<Dial passports="aaa,bbb" recordingStatusCallbackEvent="completed" /></Response>'
    )


def test_none_leaves_an_attribute_out_and_empty_text_is_no_text() -> None:
    response = VoiceResponse()
    response.say(None, voice=None)
    response.play("", loop=0)
    assert response.to_xml(xml_declaration=False) == '<Response><Say /><Play loop="0" /></Response>'


def test_user_text_and_attributes_never_become_markup() -> None:
    hostile = '</Say><Hangup/><Say x="1">&amp; \' " ]]> <!-- -->'
    response = VoiceResponse()
    response.say(hostile, voice=hostile)
    response.append(Say().append(hostile))
    xml = str(response)
    root = ET.fromstring(xml)
    assert [child.tag for child in root] == ["Say", "Say"]
    assert root[0].text == hostile
    assert root[0].get("voice") == hostile
    assert root[1].text == hostile
    assert "<Hangup" not in xml


def test_quotes_newlines_and_tabs_in_attributes_round_trip() -> None:
    value = "a \"b\" 'c'\n\td\r"
    response = VoiceResponse()
    response.redirect("/next", method=value)
    assert ET.fromstring(str(response))[0].get("method") == value
    theirs = twilio_voice.VoiceResponse()
    theirs.redirect("/next", method=value)
    assert str(response) == str(theirs)


def test_unicode_text_is_written_as_characters() -> None:
    text = "Grüß Gott, 東京 \U0001f4de"
    response = VoiceResponse()
    response.say(text, language="de-DE")
    assert str(response) == f'{DECLARATION}<Response><Say language="de-DE">{text}</Say></Response>'
    theirs = twilio_voice.VoiceResponse()
    theirs.say(text, language="de-DE")
    assert str(response) == str(theirs)


@pytest.mark.parametrize("char", ["\x00", "\x08", "\x0b", "\x1f", "\ufffe", "\ud800"])
def test_characters_xml_cannot_carry_are_refused_naming_where(char: str) -> None:
    with pytest.raises(InvalidParameterError, match=r"<Say> message: .*U\+"):
        VoiceResponse().say(f"hi{char}")
    with pytest.raises(InvalidParameterError, match="<Say> voice"):
        VoiceResponse().say("hi", voice=char)
    with pytest.raises(InvalidParameterError, match="<Say> text"):
        Say().append(char)


def test_a_task_body_may_be_a_mapping_sent_as_json() -> None:
    response = VoiceResponse()
    response.enqueue(workflow_sid="WW1").task({"language": "es", "vip": True}, timeout=60)
    theirs = twilio_voice.VoiceResponse()
    theirs.enqueue(workflow_sid="WW1").task({"language": "es", "vip": True}, timeout=60)
    assert str(response) == str(theirs)


@pytest.mark.parametrize("value", [b"bytes", object(), 1j, {"a": 1}, [["nested"]]])
def test_values_twiml_cannot_carry_are_refused_naming_the_attribute(value: object) -> None:
    with pytest.raises(InvalidParameterError, match="<Dial> caller_id: TwiML cannot carry"):
        VoiceResponse().dial(caller_id=value)


def test_extra_attributes_send_wire_names_twilio_added_later() -> None:
    response = VoiceResponse()
    response.connect().conversation_relay(
        url="wss://example.com/relay", extra_attributes={"futureKnob": True, "max-turns": 2}
    )
    assert response.to_xml(xml_declaration=False) == (
        '<Response><Connect><ConversationRelay futureKnob="true" max-turns="2"'
        ' url="wss://example.com/relay" /></Connect></Response>'
    )


@pytest.mark.parametrize("name", ["", "a b", "1st", 'q"', "a>b", "x:y", "caf\u00e9"])
def test_extra_attributes_must_be_xml_names(name: str) -> None:
    with pytest.raises(InvalidParameterError, match="is not an XML attribute name"):
        VoiceResponse().play("x.mp3", extra_attributes={name: "1"})


def test_an_extra_attribute_cannot_repeat_a_declared_one() -> None:
    with pytest.raises(InvalidParameterError, match="'loop' twice"):
        VoiceResponse().play("x.mp3", loop=2, extra_attributes={"loop": 3})


# --------------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------------


def test_an_unknown_attribute_is_refused_naming_it_and_the_likely_one() -> None:
    with pytest.raises(
        InvalidParameterError, match=r"<Dial> has no attribute 'caler_id'.*caller_id"
    ):
        VoiceResponse().dial(caler_id="+14155550100")
    with pytest.raises(InvalidParameterError, match=r"'callerId' \(the Python name .* caller_id"):
        VoiceResponse().dial(callerId="+14155550100")
    with pytest.raises(InvalidParameterError, match=r"<Number> has no attribute 'bogus'$"):
        Number("+14155550100", bogus=1)


def test_an_attribute_of_another_element_is_refused() -> None:
    with pytest.raises(InvalidParameterError, match="<Dial> has no attribute 'status_callback'"):
        VoiceResponse().dial(status_callback="https://example.com")


def test_a_noun_where_twiml_does_not_allow_it_is_refused_naming_it() -> None:
    response = VoiceResponse()
    with pytest.raises(
        NestingError, match=r"<Response> cannot contain number\(\); it takes .*dial"
    ):
        response.number("+14155550100")
    with pytest.raises(NestingError, match=r"<Gather> cannot contain dial\(\)"):
        response.gather().dial()
    with pytest.raises(NestingError, match=r"<Number> cannot contain say\(\); it takes nothing"):
        Number("+1").say("hi")
    with pytest.raises(NestingError, match=r"<Response> cannot contain <Number>"):
        response.append(Number("+14155550100"))
    with pytest.raises(NestingError, match=r"<Response> cannot contain <Response>"):
        response.append(VoiceResponse())
    with pytest.raises(NestingError, match=r"<Response> cannot contain <Message>"):
        response.append(twiml.Message("hi"))
    with pytest.raises(NestingError, match="<Gather> cannot contain text"):
        Gather().append("hello")
    with pytest.raises(NestingError, match="cannot contain int"):
        response.append(3)  # type: ignore[arg-type]
    assert str(response) == f"{DECLARATION}<Response><Gather /></Response>"


def test_a_nesting_error_is_an_invalid_parameter_error_and_keeps_hasattr_working() -> None:
    assert issubclass(NestingError, InvalidParameterError)
    assert not hasattr(VoiceResponse(), "number")
    assert hasattr(Dial(), "number")
    assert not hasattr(VoiceResponse(), "no_such_thing")
    with pytest.raises(AttributeError, match="no attribute 'no_such_thing'") as raised:
        VoiceResponse().no_such_thing  # noqa: B018
    assert not isinstance(raised.value, InvalidParameterError)


def test_missing_or_doubled_text_is_refused() -> None:
    with pytest.raises(InvalidParameterError, match="<Number> needs its phone_number"):
        Dial().number()
    with pytest.raises(InvalidParameterError, match="<Redirect> needs its url"):
        VoiceResponse().redirect("")
    with pytest.raises(InvalidParameterError, match="<Say> got its message twice"):
        VoiceResponse().say("a", message="b")
    with pytest.raises(InvalidParameterError, match="one positional argument, its message, got 2"):
        VoiceResponse().say("a", "b")
    with pytest.raises(InvalidParameterError, match="<Hangup> takes no positional arguments"):
        VoiceResponse().hangup("now")


def test_the_text_may_be_passed_by_its_twilio_python_name() -> None:
    response = VoiceResponse()
    response.say(message="Hi")
    response.dial(number="+14155550100")
    response.queue(name="support")
    assert str(response) == str(
        twilio_voice.VoiceResponse()
        .append(twilio_voice.Say(message="Hi"))
        .append(twilio_voice.Dial(number="+14155550100"))
        .append(twilio_voice.Queue(name="support"))
    )


def test_an_element_nested_inside_itself_is_refused_when_written() -> None:
    outer, inner = SsmlLang("a"), SsmlLang("b")
    outer.append(inner)
    inner.append(outer)
    with pytest.raises(NestingError, match="<lang> is nested inside itself"):
        str(outer)


# --------------------------------------------------------------------------------------------
# The surface
# --------------------------------------------------------------------------------------------


def test_methods_show_their_text_and_attributes_to_help_and_editors() -> None:
    assert str(inspect.signature(Dial.number)) == (
        "(self, /, phone_number, *, send_digits=None, url=None, method=None,"
        " status_callback_event=None, status_callback=None, status_callback_method=None,"
        " byoc=None, machine_detection=None, amd_status_callback_method=None,"
        " amd_status_callback=None, machine_detection_timeout=None,"
        " machine_detection_speech_threshold=None, machine_detection_speech_end_threshold=None,"
        " machine_detection_silence_timeout=None, extra_attributes=None)"
    )
    assert str(inspect.signature(Say)) == (
        "(message=None, *, voice=None, loop=None, language=None, extra_attributes=None)"
    )
    assert Dial.number.__name__ == "number"
    assert Dial.number.__doc__.startswith("Nest a new <Number> here and return it.")
    assert "break_" in dir(Say)


def test_repr_shows_the_element() -> None:
    assert repr(Dial(caller_id="+1").number("+2")) == "Number('<Number>+2</Number>')"


def test_messaging_and_fax_documents() -> None:
    messaging = MessagingResponse()
    messaging.message("Thanks & bye")
    fax = FaxResponse()
    fax.receive(action="/fax/received", store_media=False, page_size="letter")
    assert (
        str(messaging) == f"{DECLARATION}<Response><Message>Thanks &amp; bye</Message></Response>"
    )
    theirs = twilio_fax.FaxResponse()
    theirs.receive(action="/fax/received", store_media=False, page_size="letter")
    assert str(fax) == str(theirs)


def test_importing_trunkline_twilio_does_not_import_twiml() -> None:
    script = textwrap.dedent(
        """
        import sys
        import trunkline.twilio
        from trunkline.twilio import Client, RequestValidator
        assert "trunkline.twilio.twiml" not in sys.modules
        assert "xml.etree.ElementTree" not in sys.modules
        from trunkline.twilio import twiml
        import trunkline.twilio.twiml
        assert trunkline.twilio.twiml is twiml
        response = twiml.VoiceResponse()
        response.say("ok")
        print(response)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == f"{DECLARATION}<Response><Say>ok</Say></Response>"
