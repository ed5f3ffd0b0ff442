"""ARITHMETIC bench cases: numbers of several sizes (the predecessor encodes numbers, not
expressions, so both sides get the same values)."""

DOMAIN = "ARITHMETIC"


def cases() -> list[str]:
    return ["7", "123456", "-98765.4321", "6.02214076e23", "0.000125", "999999999999999"]


PREDECESSOR = """
from fluxem.domains.math import ArithmeticEncoder
_enc = ArithmeticEncoder()
def encode_one(text):
    return _enc.encode(float(text) if any(c in text for c in ".e") else int(text))
"""
