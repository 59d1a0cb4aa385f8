"""One reading of typed numbers: ASCII digits within bounds, nothing else."""

import pytest

from portal.core.numbers import is_id, whole_number


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        ("2025", {"digits": 4}, 2025),
        ("²⁰²⁵", {"digits": 4}, None),  # superscripts: isdigit() passes them
        ("٢٠٢٥", {"digits": 4}, None),  # Arabic-Indic digits: int() would read them
        ("２０２５", {"digits": 4}, None),  # full-width digits
        ("202", {"digits": 4}, None),
        ("45", {"most": 600}, 45),
        ("601", {"most": 600}, None),
        ("0600", {"most": 600}, None),  # longer than the largest allowed number
        ("-1", {}, None),
        ("+1", {}, None),
        (" 1", {}, None),
        ("1_000", {}, None),
        ("", {}, None),
        ("9" * 5000, {}, None),  # int() refuses more than 4300 digits
        (None, {}, None),
    ],
)
def test_whole_number(text, options, expected):
    assert whole_number(text, **options) == expected


def test_an_id_has_at_most_eighteen_ascii_digits():
    assert is_id("123456789012345678")
    assert not is_id("1234567890123456789")
    assert not is_id("¹²")
    assert not is_id("x")
