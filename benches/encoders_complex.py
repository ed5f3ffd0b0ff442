"""COMPLEX bench cases for benches/bench_encoders.py. The predecessor's ComplexEncoder takes a
Python complex, so its time includes Python's own parse of the text (ours includes our parser)."""

DOMAIN = "COMPLEX"


def cases() -> list[str]:
    return ["3+4j", "-2-5i", "2.5e3-1.2j", "4i", "(0.125-123456.789j)"]


PREDECESSOR = """
from fluxem.domains.math import ComplexEncoder
_enc = ComplexEncoder()
def encode_one(text):
    return _enc.encode(complex(text.strip("()").replace("i", "j")))
"""
