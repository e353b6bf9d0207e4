"""Phone number normalisation to E.164 (``+14155550100``).

`to_e164` is the one public function. It is strict on purpose: anything it cannot
read without guessing raises `trunkline.InvalidPhoneNumber` (a `ValueError`).

The parsing and validation rules come from Google's libphonenumber (the
``phonenumbers`` package). That package is large, so it is imported the first
time `to_e164` runs, never when `trunkline` or `trunkline.phone` is imported.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING, Final

from ._core._exceptions import InvalidPhoneNumber

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

__all__ = ["phone_input", "to_e164"]

# Longest text accepted. E.164 numbers have at most 15 digits; this leaves plenty
# of room for separators and keeps pathological input away from the parser.
_MAX_INPUT_LENGTH: Final = 64

# Separators that may appear between digits and are dropped. Whitespace of any
# kind (str.isspace) is accepted too.
_SEPARATORS: Final = frozenset(".-()[]\u2010\u2011\u2012\u2013\u2014\u2212")
_PLUS_SIGNS: Final = frozenset("+\uff0b")  # ASCII and full-width plus


def _shown(number: str) -> str:
    """The input as shown in error messages (repr, cut if very long)."""
    if len(number) > _MAX_INPUT_LENGTH:
        return repr(number[:_MAX_INPUT_LENGTH]) + "..."
    return repr(number)


def _compact(number: str) -> str:
    """Digits (as ASCII) with an optional leading '+'; raise on anything else."""
    out: list[str] = []
    seen_digit = False
    seen_plus = False
    for ch in number:
        if ch.isdecimal():  # any Unicode decimal digit, e.g. full-width or Arabic-Indic
            out.append(str(unicodedata.decimal(ch)))
            seen_digit = True
        elif ch in _SEPARATORS or ch.isspace():
            continue
        elif ch in _PLUS_SIGNS:
            if seen_plus or seen_digit:
                raise InvalidPhoneNumber(
                    f"{_shown(number)} is not a valid phone number: "
                    "'+' may only appear once, before the country code"
                )
            seen_plus = True
            out.append("+")
        elif ch.isalpha():
            raise InvalidPhoneNumber(
                f"{_shown(number)} is not a valid phone number: it contains the letter {ch!r} "
                "(vanity numbers such as 1-800-FLOWERS and extensions are not accepted; "
                "give the digits only)"
            )
        else:
            raise InvalidPhoneNumber(
                f"{_shown(number)} is not a valid phone number: unexpected character {ch!r} "
                "(only digits, a leading '+', spaces, dots, dashes and brackets are accepted)"
            )
    return "".join(out)


def _normalise_region(region: object, number: str) -> str | None:
    if region is None:
        return None
    if not isinstance(region, str):
        raise InvalidPhoneNumber(
            f"cannot read {_shown(number)}: region must be an ISO 3166 alpha-2 code "
            f"such as 'US' or None, got {type(region).__name__} {region!r}"
        )
    import phonenumbers

    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise InvalidPhoneNumber(
            f"cannot read {_shown(number)}: unknown region {region!r} "
            "(expected an ISO 3166 alpha-2 code such as 'US', 'GB' or 'DE')"
        )
    return code


def _why_invalid(parsed: PhoneNumber) -> str:
    """A short reason for an invalid number, from its possible-length check."""
    from phonenumbers import ValidationResult, is_possible_number_with_reason

    reason = is_possible_number_with_reason(parsed)
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        return f"+{parsed.country_code} is not a country calling code"
    if reason == ValidationResult.TOO_SHORT:
        return "too few digits"
    if reason == ValidationResult.TOO_LONG:
        return "too many digits"
    if reason == ValidationResult.INVALID_LENGTH:
        return "wrong number of digits for this country"
    return f"no such number in the numbering plan of +{parsed.country_code}"


_PARSE_ERRORS: Final = {
    1: "it does not look like a phone number",  # NOT_A_NUMBER
    2: "too few digits after the international prefix",  # TOO_SHORT_AFTER_IDD
    3: "too few digits",  # TOO_SHORT_NSN
    4: "too many digits",  # TOO_LONG
}


def _parse_valid(text: str, region: str | None) -> PhoneNumber | None:
    """The parsed number if `text` is a valid number read with `region`, else None."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return parsed if phonenumbers.is_valid_number(parsed) else None


def to_e164(number: str, region: str | None = None) -> str:
    """Normalise a phone number to E.164, e.g. ``"+14155550100"``.

    Accepted:

    * international numbers written with ``+`` or the ``00`` international prefix:
      ``"+44 20 7183 8750"``, ``"0044 20 7183 8750"``;
    * national numbers when `region` (ISO 3166 alpha-2, any case) says where they
      belong: ``to_e164("(415) 555-2671", region="US")``, ``to_e164("030 123456", "de")``;
      the region's own international dialling prefix works too
      (``to_e164("011 44 20 7183 8750", "US")``);
    * spaces, dots, dashes and round or square brackets between the digits.

    When `region` is given, the region's dialling rules decide how the digits are
    read; a leading ``00`` that those rules do not accept is then read as the
    international prefix. A number beginning with ``+`` ignores `region` (which
    must still be a known region).

    Raises:
        InvalidPhoneNumber: `number` is not a str, is empty, contains letters
            (vanity numbers, extensions) or other stray characters, is a national
            number without a `region`, `region` is unknown, or the digits do not
            form a valid number according to libphonenumber. Nothing is guessed.
    """
    if not isinstance(number, str):
        raise InvalidPhoneNumber(
            f"a phone number must be a str, got {type(number).__name__} {number!r}"
        )
    if region is not None and not isinstance(region, str):  # not cached: it raises, naming it
        return _e164.__wrapped__(number, region)
    return _e164(number, region)


# A sender sends from the same few numbers again and again: their answers are kept (what
# raises is not). libphonenumber's validation is most of the CPU of building a request.
@functools.lru_cache(maxsize=1024)
def _e164(number: str, region: str | None) -> str:
    if len(number) > _MAX_INPUT_LENGTH:
        raise InvalidPhoneNumber(
            f"{_shown(number)} is not a valid phone number: "
            f"longer than {_MAX_INPUT_LENGTH} characters"
        )
    if not number.strip():
        raise InvalidPhoneNumber(f"{number!r} is not a phone number: it is empty")

    compact = _compact(number)
    code = _normalise_region(region, number)
    if not compact.lstrip("+"):
        raise InvalidPhoneNumber(f"{_shown(number)} is not a phone number: it has no digits")

    import phonenumbers

    international = compact.startswith("+")
    if not international and code is None:
        if not compact.startswith("00"):
            raise InvalidPhoneNumber(
                f"{_shown(number)} has no international prefix ('+' or '00'): "
                "write it as +<country code><number>, or pass region= (e.g. region='US') "
                "to read it as a national number"
            )
        compact = "+" + compact[2:]
        international = True

    parsed = _parse_valid(compact, None if international else code)
    if parsed is None and not international and compact.startswith("00"):
        # The region's rules did not give the digits a valid meaning: read the
        # leading 00 as the (ITU-recommended) international prefix.
        parsed = _parse_valid("+" + compact[2:], None)

    if parsed is None:
        if not international and compact.startswith("00"):
            # Explain the international reading: it is the one the text most likely meant.
            compact, international = "+" + compact[2:], True
        raise InvalidPhoneNumber(_invalid_message(number, compact, code, international))
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _invalid_message(number: str, compact: str, code: str | None, international: bool) -> str:
    import phonenumbers

    where = "" if international or code is None else f" for region {code!r}"
    try:
        parsed = phonenumbers.parse(compact, None if international else code)
    except phonenumbers.NumberParseException as exc:
        if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
            why = "it does not start with a known country calling code"
        else:
            why = _PARSE_ERRORS.get(exc.error_type, "it cannot be parsed")
        return f"{_shown(number)} is not a valid phone number{where}: {why}"
    return f"{_shown(number)} is not a valid phone number{where}: {_why_invalid(parsed)}"


# --------------------------------------------------------------------------- API inputs

# What may stand where a spec says `format: phone-number` or `endpoint` without being a
# phone number, and goes out unchanged.
_ADDRESS_SCHEMES: Final = ("client:", "sip:", "sim:", "app:", "messenger:", "rcs:")
_CHANNEL_SCHEMES: Final = ("whatsapp:", "viber:")  # a channel in front of a phone number
_MAX_SHORT_CODE: Final = 8  # digits
_MAX_SENDER_ID: Final = 11  # characters of an alphanumeric sender id


def _is_sid(text: str) -> bool:
    return len(text) == 34 and text[:2].isalpha() and text[:2].isupper() and _is_hex(text[2:])


def _is_hex(text: str) -> bool:
    return all(ch in "0123456789abcdefABCDEF" for ch in text)


def phone_input(value: object, name: str, region: str | None, *, plus: bool = True) -> object:
    """A phone-number input of an API method, normalised to E.164 before sending.

    What is valid there but no phone number stays as it is: `client:alice`, `sip:...`,
    a SID, a list filter's pattern with `*`, a short code (up to 6 digits; 7 or 8 digits
    that are no number of `region`), an alphanumeric sender id (with a letter, up to 11
    characters). `whatsapp:` keeps its prefix and has its number normalised. Anything else
    that is not a valid number raises `InvalidPhoneNumber` naming the input.

    `plus=False` is for the APIs that take digits alone (Vonage, MessageBird): their own form
    (`447911123456`, international digits without `+`) is accepted as it is, and what is sent
    is the E.164 digits without `+`.
    """
    if not isinstance(value, str):
        return value  # not ours to judge: the encoder refuses what cannot be sent
    text = value.strip()
    lowered = text.lower()
    if lowered.startswith(_ADDRESS_SCHEMES) or _is_sid(text) or "*" in text:
        return text  # an address, a SID, or a search pattern (`+1415*`)
    for scheme in _CHANNEL_SCHEMES:
        if lowered.startswith(scheme):
            return text[: len(scheme)] + str(
                phone_input(text[len(scheme) :], name, region, plus=plus)
            )
    if any(ch.isalpha() for ch in text):
        if len(text) <= _MAX_SENDER_ID and all(ch.isalnum() or ch in " -_.&" for ch in text):
            return text  # an alphanumeric sender id ("Acme", "ACME Inc")
    elif (
        text.isdigit()
        and len(text) <= _MAX_SHORT_CODE
        and (len(text) <= 6 or region is None or not _valid(text, region))
    ):
        return text  # a short code ("12345", "89884")
    candidates = [text]
    if not plus and text.isdigit():
        candidates.insert(0, "+" + text)  # the provider's own form: international digits
    problem: InvalidPhoneNumber | None = None
    for candidate in candidates:
        try:
            number = to_e164(candidate, region)
        except InvalidPhoneNumber as exc:
            problem = problem or exc
            continue
        return number if plus else number[1:]
    raise InvalidPhoneNumber(f"{name}: {problem}") from None


def _valid(text: str, region: str) -> bool:
    try:
        to_e164(text, region)
    except InvalidPhoneNumber:
        return False
    return True
