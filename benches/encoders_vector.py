"""VECTOR bench cases for benches/bench_encoders.py (3 to 16 components). The predecessor's
VectorEncoder takes a list of floats; its time includes a minimal Python parse of the text."""

DOMAIN = "VECTOR"


def cases() -> list[str]:
    sixteen = "[" + ", ".join(f"{i * 0.37 - 2:.2f}" for i in range(16)) + "]"
    return ["[1, 2, 3]", "[1.5, -2e3, 0]", "[ 4 ; 5 ]", "[0.1, 0.2, 0.3, 0.4, 0.5, 0.6]", sixteen]


PREDECESSOR = """
from fluxem.domains.math import VectorEncoder
_enc = VectorEncoder()
def encode_one(text):
    return _enc.encode([float(x) for x in text.strip("[] ").replace(";", ",").split(",")])
"""
