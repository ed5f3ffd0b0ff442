"""Facts defined once in Rust (domain list, status codes, user ids, granularities) and the Python
names derived from them agree, and each fact matches what the native code does."""

from __future__ import annotations

import numpy as np
import pytest

import fluxem
from fluxem import _native
from fluxem.domain_type import DOMAIN_ID_COUNT, USER_DOMAIN_IDS, DomainType
from fluxem.domains import _base
from fluxem.domains._base import STATUS_NAMES
from fluxem.layout import TAG_DIMS, domain_of, tag_vector


def test_domain_type_is_the_native_list() -> None:
    assert [d.name for d in DomainType] == _native.DOMAINS
    assert [d.value for d in DomainType] == list(range(len(_native.DOMAINS)))
    for d in DomainType:
        if d == DomainType.TEXT:
            with pytest.raises(fluxem.ConfigError):
                _native.Encoder(d.name)
            continue
        enc = _native.Encoder(d.name.lower())
        assert (enc.domain, enc.domain_id) == (d.name, d.value)
        assert domain_of(enc.encode(_SAMPLES[d])) is d


_SAMPLES = {
    DomainType.ARITHMETIC: "1 + 2",
    DomainType.QUANTITY: "3 m",
    DomainType.FORMULA: "H2O",
    DomainType.COMPLEX: "1+2j",
    DomainType.VECTOR: "[1, 2]",
    DomainType.DNA: "ACGT",
    DomainType.PITCH: "A4",
}


def test_user_ids_follow_the_builtin_ones_up_to_the_tag_order() -> None:
    assert DOMAIN_ID_COUNT == TAG_DIMS == 16
    assert USER_DOMAIN_IDS == range(len(DomainType), DOMAIN_ID_COUNT) == range(8, 16)
    tags = np.array([tag_vector(i) for i in range(1, DOMAIN_ID_COUNT)])
    np.testing.assert_allclose(tags @ tags.T, np.eye(DOMAIN_ID_COUNT - 1), atol=1e-12)
    for bad in (0, DOMAIN_ID_COUNT):
        with pytest.raises(fluxem.ConfigError):
            tag_vector(bad)
    user = np.zeros(128)
    user[:TAG_DIMS] = tag_vector(USER_DOMAIN_IDS[0])
    assert domain_of(user) == USER_DOMAIN_IDS[0]


def test_status_names_are_the_native_codes() -> None:
    assert STATUS_NAMES == _native.STATUS_NAMES
    assert fluxem.domains.STATUS_NAMES is STATUS_NAMES
    for code, name in STATUS_NAMES.items():
        assert getattr(_base, f"STATUS_{name.upper()}") == code
    assert len(set(STATUS_NAMES.values())) == len(STATUS_NAMES)


@pytest.mark.parametrize(
    ("domain", "text", "error"),
    [
        ("ARITHMETIC", "1 +", fluxem.ParseError),
        ("ARITHMETIC", "1e400", fluxem.EncodeError),
        ("FORMULA", "Xx2", fluxem.ParseError),
        ("PITCH", "C10", fluxem.EncodeError),
    ],
)
def test_each_status_is_its_error_class(domain: str, text: str, error: type) -> None:
    """The batch status of an item names the error its single call raises."""
    enc = _native.Encoder(domain)
    _, status = enc.encode_batch([text])
    with pytest.raises(error):
        enc.encode(text)
    assert STATUS_NAMES[int(status[0])] == _snake(error.__name__)


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


def test_every_error_class_has_a_status() -> None:
    classes = [fluxem.ParseError, fluxem.EncodeError, fluxem.DecodeError, fluxem.DimensionError]
    names = {_snake(c.__name__) for c in (*classes, fluxem.ConfigError)}
    assert names <= set(STATUS_NAMES.values())
    assert set(STATUS_NAMES.values()) - names == {"ok", "internal_error"}


def test_granularities_are_the_segmenters() -> None:
    for g in _native.ARITHMETIC_GRANULARITIES:
        assert _native.Segmenter(arithmetic_granularity=g).arithmetic_granularity == g
    with pytest.raises(ValueError):
        _native.Segmenter(arithmetic_granularity="digit")
    seg = {
        g: _native.Segmenter(arithmetic_granularity=g).segment("x = 12 + 30")
        for g in _native.ARITHMETIC_GRANULARITIES
    }
    assert len(set(map(tuple, seg.values()))) == len(seg)  # each one cuts differently
