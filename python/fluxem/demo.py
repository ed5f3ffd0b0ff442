"""The built-in demo: encode a small set of values, show what the embedding holds, decode them."""

from __future__ import annotations

from fluxem.domain_type import DomainType
from fluxem.domains import STATUS_NAMES, ArithmeticEncoder
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
        flag = "  (rounded to 17 digits)" if enc.is_rounded(emb) else ""
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
    return 0
