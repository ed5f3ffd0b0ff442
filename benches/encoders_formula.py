"""FORMULA bench cases for benches/bench_encoders.py: small molecule, sugar, hydrate, complex
ion, a large biomolecule. The predecessor drops '·', charges and brackets silently, so it does
less work on some spans than fluxem does; its times are still its cost per span."""

DOMAIN = "FORMULA"


def cases() -> list[str]:
    return ["H2O", "C6H12O6", "CuSO4·5H2O", "[Fe(CN)6]4-", "C55H72MgN4O5"]


PREDECESSOR = """
from fluxem.domains.chemistry import MoleculeEncoder
_enc = MoleculeEncoder()
def encode_one(text):
    return _enc.encode(text)
"""
