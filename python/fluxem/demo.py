"""The built-in demo: encode a small set of values, show what the embedding holds, decode them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fluxem.domain_type import DomainType
from fluxem.domains import (
    STATUS_NAMES,
    ArithmeticEncoder,
    ComplexEncoder,
    DimensionalQuantity,
    DNAEncoder,
    MoleculeEncoder,
    PitchEncoder,
    VectorEncoder,
)
from fluxem.layout import ARITHMETIC_LINEAR, ARITHMETIC_LOG, domain_of

ARITHMETIC_EXAMPLES = (
    "1234 + 5678",
    "123 + 456",
    "-6 * 7",
    "(2 + 3) * 4 ^ 2 / 8",
    "0.1 + 0.2",
    "1/3",
    "6.02214076e23",
    "-2.5e-300",
    "999999999999999",
)


def run() -> int:
    enc = ArithmeticEncoder()
    print(f"{'input':<22} {'domain':<11} {'decoded':<26} exact value")
    embs, status = enc.encode_batch(list(ARITHMETIC_EXAMPLES))
    for text, emb, st in zip(ARITHMETIC_EXAMPLES, embs, status, strict=True):
        if st != 0:
            print(f"{text:<22} {STATUS_NAMES[int(st)]}")
            continue
        value = enc.parse(text)
        exact = str(value)
        if len(str(value.denominator)) > 12:  # show tiny/huge exact values in e-notation
            exact = repr(value.numerator / value.denominator)
        flag = "  (rounded to 18 digits)" if enc.is_rounded(emb) else ""
        dom = domain_of(emb)
        name = dom.name if isinstance(dom, DomainType) else "?"
        print(f"{text:<22} {name:<11} {enc.decode(emb)!r:<26} {exact}{flag}")

    print("\nAlgebra on embeddings (no decoding in between):")
    a, b = enc.encode(123), enc.encode(456)
    lin = a.copy()
    lin[ARITHMETIC_LINEAR] = a[ARITHMETIC_LINEAR] + b[ARITHMETIC_LINEAR]
    print(f"  linear part of e(123) + e(456) decodes to {enc.decode_linear(lin)!r}")
    m6, p7 = enc.encode(-6), enc.encode(7)
    log = m6.copy()
    log[ARITHMETIC_LOG] = m6[ARITHMETIC_LOG] + p7[ARITHMETIC_LOG]
    print(f"  log part of e(-6) + e(7) decodes to {enc.decode_log(log)!r}")
    print(f"  div(e(1), e(8)) decodes to {enc.decode(enc.div(enc.encode(1), enc.encode(8)))!r}")

    print("\nThe other six domains: an operation on embeddings, then one decode:")
    for label, compute in OTHER_DOMAINS:
        print(f"  {label:<46} -> {compute()}")
    return 0


def _quantity() -> Any:
    q = DimensionalQuantity()
    return q.decode(q.mul(q.encode("5 km/h"), q.encode("3 h")), unit="km")


def _formula() -> Any:
    f = MoleculeEncoder()
    return f.decode(f.combine(f.scale(f.encode("H2O"), 6), f.encode("CO2"))).hill_formula()


def _complex() -> Any:
    c = ComplexEncoder()
    return c.decode(c.mul(c.encode("3+4j"), c.encode("1-2j")))


def _vector() -> Any:
    v = VectorEncoder()
    return v.decode(v.add(v.encode("[1, 2, 3]"), v.encode("[0.5, 0.25, -3]"))).tolist()


def _dna() -> Any:
    d = DNAEncoder()
    return d.decode(d.reverse_complement(d.encode("ATGCCGTAGC"))).sequence


def _pitch() -> Any:
    p = PitchEncoder()
    return p.decode(p.transpose_interval(p.encode("A4"), "m3")).name


#: (what is computed, how): every domain's closed-form algebra, decoded once at the end.
OTHER_DOMAINS: tuple[tuple[str, Callable[[], Any]], ...] = (
    ("QUANTITY  e(5 km/h) * e(3 h), in km", _quantity),
    ("FORMULA   6 * e(H2O) + e(CO2)", _formula),
    ("COMPLEX   e(3+4j) * e(1-2j)", _complex),
    ("VECTOR    e([1, 2, 3]) + e([0.5, 0.25, -3])", _vector),
    ("DNA       reverse complement of e(ATGCCGTAGC)", _dna),
    ("PITCH     e(A4) up a minor third", _pitch),
)
