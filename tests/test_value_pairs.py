"""A value given as a pair (an uncertainty, a range) is one value: until pairs have an
embedding of their own (issue 10, item 2), the segmenter emits no span for the second half
rather than hand a model `0.3 mg` for `5.2 ± 0.3 mg` or `20 °C` for `10–20 °C`."""

from __future__ import annotations

import pytest

from fluxem.integration import MultiDomainTokenizer

TOK = MultiDomainTokenizer()


def spans(text: str) -> list[tuple[str, str]]:
    return [(t.domain.name, t.text) for t in TOK.tokenize(text) if t.domain != 0]


@pytest.mark.parametrize(
    "text",
    [
        "The mass was 5.2 ± 0.3 mg",  # the sentences, verbatim
        "ranged from 10–20 °C",
        "from 1 to 5 bar",
        "It was 5.2 +/- 0.3 mg",
        "a voltage of 0.66 +/- 0.05 V",
        "between 3 and 5 mm",
        "2 to 3 atm",
        "6 and 8 cm apart",
        "10 — 12 kg",
        "kept at 4 ∓ 1 K",
    ],
)
def test_the_second_half_of_a_pair_is_not_a_value(text: str) -> None:
    assert spans(text) == []
    refused = [c for c in TOK.explain(text) if "pair is one value" in str(c)]
    assert refused, TOK.explain(text)


def test_values_that_are_not_pairs_stay_spans() -> None:
    assert spans("T = 300 K ± 2 K") == [("QUANTITY", "300 K")]  # the central value is meant
    assert spans("heated to 10 °C and 20 °C") == [("QUANTITY", "10 °C"), ("QUANTITY", "20 °C")]
    assert spans("mix 3 g and 5 mg") == [("QUANTITY", "3 g"), ("QUANTITY", "5 mg")]
    assert spans("a 5 m to 10 m range") == [("QUANTITY", "5 m"), ("QUANTITY", "10 m")]
    assert spans("went up to 5 kPa") == [("QUANTITY", "5 kPa")]
    assert spans("rock and 5 mL of water") == [("QUANTITY", "5 mL")]
    assert spans("12 - 5 = 7") == [("ARITHMETIC", "12 - 5")]
    assert spans("Can 470 cm^3 and 0.3 cm be added?") == [
        ("QUANTITY", "470 cm^3"),
        ("QUANTITY", "0.3 cm"),
    ]
