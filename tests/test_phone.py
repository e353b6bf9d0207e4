"""Tests for trunkline.phone.to_e164."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest

import trunkline
from trunkline import InvalidParameterError, InvalidPhoneNumber, TrunklineError
from trunkline._core._exceptions import InvalidPhoneNumber as CoreInvalidPhoneNumber
from trunkline.phone import to_e164

# Every expected result below is a number phonenumbers considers valid
# (checked by test_expected_numbers_are_valid).
US = "+14155552671"
US_NY = "+12125551234"
GB = "+442071838750"
GB_MOBILE = "+447911123456"
DE = "+4930123456"
DE_MOBILE = "+4915112345678"
FR = "+33142685300"
FR_MOBILE = "+33612345678"
IN = "+919876543210"
AU = "+61293744000"
AU_MOBILE = "+61412345678"

ALL_EXPECTED = [US, US_NY, GB, GB_MOBILE, DE, DE_MOBILE, FR, FR_MOBILE, IN, AU, AU_MOBILE]


def test_expected_numbers_are_valid() -> None:
    import phonenumbers

    for number in ALL_EXPECTED:
        parsed = phonenumbers.parse(number)
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == number


@pytest.mark.parametrize("number", ALL_EXPECTED)
def test_e164_input_is_returned_unchanged(number: str) -> None:
    assert to_e164(number) == number


@pytest.mark.parametrize(
    ("number", "region", "expected"),
    [
        # United States
        ("(415) 555-2671", "US", US),
        ("415.555.2671", "US", US),
        ("415-555-2671", "US", US),
        ("415 555 2671", "US", US),
        ("4155552671", "US", US),
        ("1 415 555 2671", "US", US),
        ("1-415-555-2671", "US", US),
        ("(212) 555-1234", "US", US_NY),
        # United Kingdom
        ("020 7183 8750", "GB", GB),
        ("020-7183-8750", "GB", GB),
        ("(020) 7183 8750", "GB", GB),
        ("07911 123456", "GB", GB_MOBILE),
        # Germany
        ("030 123456", "DE", DE),
        ("030-123456", "DE", DE),
        ("(030) 123456", "DE", DE),
        ("0151 12345678", "DE", DE_MOBILE),
        # France
        ("01 42 68 53 00", "FR", FR),
        ("01.42.68.53.00", "FR", FR),
        ("06 12 34 56 78", "FR", FR_MOBILE),
        # India
        ("98765 43210", "IN", IN),
        ("098765 43210", "IN", IN),
        # Australia
        ("(02) 9374 4000", "AU", AU),
        ("02 9374 4000", "AU", AU),
        ("0412 345 678", "AU", AU_MOBILE),
    ],
)
def test_national_format_with_region(number: str, region: str, expected: str) -> None:
    assert to_e164(number, region) == expected
    assert to_e164(number, region=region) == expected


@pytest.mark.parametrize(
    ("number", "region", "expected"),
    [
        ("(415) 555-2671", "us", US),
        ("020 7183 8750", "gb", GB),
        ("030 123456", "de", DE),
        ("01 42 68 53 00", "fr", FR),
        ("98765 43210", "in", IN),
        ("02 9374 4000", "au", AU),
        ("02 9374 4000", "Au", AU),
        ("02 9374 4000", " AU ", AU),
    ],
)
def test_region_is_case_insensitive(number: str, region: str, expected: str) -> None:
    assert to_e164(number, region) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("+1 415 555 2671", US),
        ("+1 (415) 555-2671", US),
        ("+1.415.555.2671", US),
        ("+1-415-555-2671", US),
        ("+1 212 555 1234", US_NY),
        ("+44 20 7183 8750", GB),
        ("+44 (0)20 7183 8750", GB),
        ("+44 (0) 20 7183 8750", GB),
        ("(+44) 20 7183 8750", GB),
        ("[+44] 20 7183 8750", GB),
        ("+44 7911 123456", GB_MOBILE),
        ("+49 30 123456", DE),
        ("+49 (0)30 123456", DE),
        ("+49-151-12345678", DE_MOBILE),
        ("+33 1 42 68 53 00", FR),
        ("+33.1.42.68.53.00", FR),
        ("+33 (0)6 12 34 56 78", FR_MOBILE),
        ("+91 98765 43210", IN),
        ("+91-98765-43210", IN),
        ("+61 2 9374 4000", AU),
        ("+61 (2) 9374 4000", AU),
        ("+61 412 345 678", AU_MOBILE),
        # Surrounding and non-ASCII whitespace, typographic dashes.
        ("  +14155552671\n", US),
        ("\t+1 415 555 2671 ", US),
        ("+44\u00a020\u00a07183\u00a08750", GB),
        ("+1\u2013415\u2013555\u20132671", US),
        ("+1\u2011415\u2011555\u20112671", US),
        # Full-width digits and plus sign (copied from CJK text).
        ("\uff0b\uff11\uff14\uff11\uff15\uff15\uff15\uff15\uff12\uff16\uff17\uff11", US),
    ],
)
def test_plus_international_format(number: str, expected: str) -> None:
    assert to_e164(number) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("0014155552671", US),
        ("001 415 555 2671", US),
        ("0044 20 7183 8750", GB),
        ("00 44 20 7183 8750", GB),
        ("0049 30 123456", DE),
        ("0033 1 42 68 53 00", FR),
        ("0091 98765 43210", IN),
        ("0061 2 9374 4000", AU),
    ],
)
def test_00_international_prefix_without_region(number: str, expected: str) -> None:
    assert to_e164(number) == expected


@pytest.mark.parametrize(
    ("number", "region", "expected"),
    [
        # The region's own international dialling prefix (handled by phonenumbers).
        ("011 44 20 7183 8750", "US", GB),
        ("011 49 30 123456", "US", DE),
        ("0011 61 2 9374 4000", "AU", AU),
        ("0011 44 20 7183 8750", "AU", GB),
        ("00 1 415 555 2671", "GB", US),
        ("00 33 1 42 68 53 00", "DE", FR),
        ("00 91 98765 43210", "FR", IN),
        # A leading 00 the region's rules do not accept is the international prefix.
        ("0044 20 7183 8750", "US", GB),
        ("0061 2 9374 4000", "US", AU),
    ],
)
def test_international_prefix_with_region(number: str, region: str, expected: str) -> None:
    assert to_e164(number, region) == expected


@pytest.mark.parametrize(
    ("number", "region"),
    [("+1 415 555 2671", "GB"), ("+1 415 555 2671", "de"), ("+44 20 7183 8750", "US")],
)
def test_plus_number_ignores_region(number: str, region: str) -> None:
    assert to_e164(number, region) == to_e164(number)


def test_region_rules_win_over_00_fallback() -> None:
    # In Japan 00... can be a national number; the region's reading is kept.
    assert to_e164("00376712345", "JP") == "+8100376712345"


# ---------------------------------------------------------------- invalid input


def _error(number: Any, region: Any = None) -> InvalidPhoneNumber:
    with pytest.raises(InvalidPhoneNumber) as info:
        to_e164(number, region)
    return info.value


@pytest.mark.parametrize(
    ("number", "region"),
    [
        # too short
        ("+1 415", None),
        ("+1 415 555 267", None),
        ("+44 20 7183", None),
        ("+4930", None),
        ("415 555", "US"),
        ("+1", None),
        ("1", "US"),
        # too long
        ("+1 415 555 26711", None),
        ("+44 20 7183 87501234", None),
        ("+1234567890123456", None),
        ("4155552671123", "US"),
        # no such number range / country code
        ("+1 415 055 0100", None),
        ("+0 415 555 2671", None),
        ("+999 123 4567", None),
        ("+44 00 0000 0000", None),
        ("000 000 0000", "US"),
        ("00", None),
        ("0044 20 7183", "US"),
    ],
)
def test_invalid_numbers(number: str, region: str | None) -> None:
    err = _error(number, region)
    assert repr(number) in str(err)


@pytest.mark.parametrize(
    "number",
    [
        "1-800-FLOWERS",
        "+1 800 FLOWERS",
        "+1-800-356-9377 ext. 5",
        "+1 415 555 2671 x5",
        "+1 415 555 2671 ext 3",
        "tel:+14155552671",
        "+1 415 555 2671 foo",
        "+1 415 555 267l",  # lower-case L for a 1
        "+1 415 555 O100",  # capital O for a 0
        "+44 20 7183 875\u00e9",
    ],
)
@pytest.mark.parametrize("region", [None, "US"])
def test_letters_are_rejected(number: str, region: str | None) -> None:
    err = _error(number, region)
    assert "letter" in str(err)
    assert repr(number) in str(err)


@pytest.mark.parametrize(
    "number",
    [
        "+1 415 555 2671#",
        "+1*415*555*2671",
        "+1/415/555/2671",
        "+1_415_555_2671",
        "+1,415,555,2671",
        "+1 415 555 2671!",
        "#31#+14155552671",
        "+1 415 555 2671;ext=3",
    ],
)
def test_stray_characters_are_rejected(number: str) -> None:
    err = _error(number)
    assert "unexpected character" in str(err)


@pytest.mark.parametrize("number", ["++14155552671", "+1+4155552671", "1+4155552671", "00+44207"])
def test_misplaced_plus_is_rejected(number: str) -> None:
    assert "'+'" in str(_error(number))


@pytest.mark.parametrize("number", ["", " ", "\t\n", "\u00a0"])
def test_empty_is_rejected(number: str) -> None:
    assert "empty" in str(_error(number))
    assert "empty" in str(_error(number, "US"))


@pytest.mark.parametrize("number", ["+", "()", "+ - ( )", "..."])
def test_no_digits_is_rejected(number: str) -> None:
    assert "no digits" in str(_error(number))


@pytest.mark.parametrize(
    "number",
    [
        "(415) 555-2671",
        "4155552671",
        "020 7183 8750",
        "030 123456",
        "01 42 68 53 00",
        "98765 43210",
        "02 9374 4000",
        "14155552671",
        "442071838750",  # E.164 digits without the '+': not guessed
        "011 44 20 7183 8750",  # IDD other than 00 needs a region
    ],
)
def test_national_number_without_region_is_rejected(number: str) -> None:
    message = str(_error(number))
    assert repr(number) in message
    assert "region" in message
    assert "international prefix" in message


@pytest.mark.parametrize("region", ["ZZ", "zz", "XX", "USA", "UK", "", "1", "001", "E164"])
def test_unknown_region_is_rejected(region: str) -> None:
    for number in ("020 7183 8750", "+44 20 7183 8750"):
        message = str(_error(number, region))
        assert "unknown region" in message
        assert repr(region) in message
        assert repr(number) in message


@pytest.mark.parametrize("region", [1, b"US", ["US"], 44.0])
def test_non_str_region_is_rejected(region: Any) -> None:
    message = str(_error("+44 20 7183 8750", region))
    assert type(region).__name__ in message


@pytest.mark.parametrize(
    "number", [None, 14155552671, 4.0, b"+14155552671", ["+14155552671"], object()]
)
def test_non_str_number_is_rejected(number: Any) -> None:
    message = str(_error(number))
    assert "str" in message
    assert type(number).__name__ in message


def test_overlong_input_is_rejected_with_short_message() -> None:
    number = "+1 415 555 2671" + " " * 10_000 + "9" * 1000
    message = str(_error(number))
    assert "longer than" in message
    assert len(message) < 300


def test_error_messages_name_the_input() -> None:
    assert "'+1 415'" in str(_error("+1 415"))
    assert "too few digits" in str(_error("+1 415"))
    assert "too many digits" in str(_error("+1 415 555 26711"))
    assert "country calling code" in str(_error("+999 123 4567"))
    assert "'1-800-FLOWERS'" in str(_error("1-800-FLOWERS", "US"))
    assert "'F'" in str(_error("1-800-FLOWERS", "US"))
    assert "'/'" in str(_error("+1/415/555/2671"))
    assert "region 'GB'" in str(_error("020 7183", "gb"))


# ---------------------------------------------------------------- exception type


def test_invalid_phone_number_hierarchy() -> None:
    assert issubclass(InvalidPhoneNumber, ValueError)
    assert issubclass(InvalidPhoneNumber, TrunklineError)
    assert issubclass(InvalidPhoneNumber, InvalidParameterError)
    assert InvalidPhoneNumber is CoreInvalidPhoneNumber
    assert trunkline.InvalidPhoneNumber is InvalidPhoneNumber


@pytest.mark.parametrize("catch", [ValueError, TrunklineError, InvalidParameterError])
def test_error_can_be_caught_as(catch: type[Exception]) -> None:
    with pytest.raises(catch):
        to_e164("not a number")


# ---------------------------------------------------------------- public surface, laziness


def test_exposed_on_package() -> None:
    assert trunkline.to_e164 is to_e164
    assert "to_e164" in trunkline.__all__
    assert trunkline.to_e164("+1 415 555 0100") == "+14155550100"


def test_result_is_plain_str() -> None:
    result = to_e164("+1 415 555 2671")
    assert type(result) is str


def _run(code: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_importing_does_not_import_phonenumbers() -> None:
    out = _run(
        """
        import sys
        import trunkline
        import trunkline.phone
        from trunkline.phone import to_e164
        from trunkline import to_e164 as again
        assert again is to_e164
        print("phonenumbers" in sys.modules)
        """
    )
    assert out == "False"


def test_phonenumbers_is_imported_on_first_call() -> None:
    out = _run(
        """
        import sys
        import trunkline
        before = "phonenumbers" in sys.modules
        result = trunkline.to_e164("+1 415 555 0100")
        print(before, "phonenumbers" in sys.modules, result)
        """
    )
    assert out == "False True +14155550100"


def test_early_rejections_do_not_import_phonenumbers() -> None:
    # Type, emptiness and character checks need no phone metadata.
    out = _run(
        """
        import sys
        from trunkline import InvalidPhoneNumber
        from trunkline.phone import to_e164
        for bad in (None, "", "1-800-FLOWERS", "+1/415"):
            try:
                to_e164(bad)
            except InvalidPhoneNumber:
                pass
            else:
                raise SystemExit(f"accepted {bad!r}")
        print("phonenumbers" in sys.modules)
        """
    )
    assert out == "False"


def test_an_answer_is_kept_and_an_error_raises_every_time():
    from trunkline.phone import _e164

    _e164.cache_clear()
    assert to_e164("+1 415 555 0100") == to_e164("+1 415 555 0100") == "+14155550100"
    assert _e164.cache_info().hits == 1
    for _ in range(2):
        with pytest.raises(InvalidPhoneNumber, match="not a valid phone number"):
            to_e164("+1 415 555 01")
    with pytest.raises(InvalidPhoneNumber, match="region must be"):
        to_e164("415 555 0100", region=1)  # type: ignore[arg-type]
