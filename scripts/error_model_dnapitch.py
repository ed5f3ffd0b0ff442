"""Measures every DNA and PITCH bound stated in docs/ERROR_MODEL.md (sections 8 and 9).

    .venv/bin/python scripts/error_model_dnapitch.py            # about 10 s

PITCH is checked exhaustively (every MIDI number, both spellings, every transposition that
stays in range); DNA on seeded random sequences. Exact references: Fraction / Decimal.
"""

from __future__ import annotations

import math
import random
from decimal import Decimal, getcontext
from fractions import Fraction

import numpy as np

from fluxem import DNAEncoder, PitchEncoder, _native
from fluxem.domains.dna import SYMBOLS

getcontext().prec = 60
OFF = _native.PITCH_OFFSETS
CIRCLES = [OFF["PC_CIRCLE"], OFF["PC_CIRCLE"] + 1, OFF["FIFTHS_CIRCLE"], OFF["FIFTHS_CIRCLE"] + 1]
LOG2F = OFF["LOG2_FREQ"]
ROUNDED = [*CIRCLES, LOG2F]


def exact_frequency(a4: float, midi: int) -> Decimal:
    return Decimal(a4) * (Decimal(2) ** (Decimal(midi - 69) / Decimal(12)))


def pitch_section() -> None:
    enc = PitchEncoder()
    names = [enc.name_of(m, sharps=s) for m in range(128) for s in (True, False)]
    embs = {n: enc.encode(n) for n in names}
    midi_bad = sum(enc.decode(e).midi != enc.parse(n).midi for n, e in embs.items())
    spell_bad = sum(enc.decode(e).name != n for n, e in embs.items())
    print(
        f"PITCH round trip: {len(names)} spellings, MIDI mismatches {midi_bad}, "
        f"spelling mismatches {spell_bad}"
    )
    for a4 in (440.0, 432.1):
        e = PitchEncoder(a4_hz=a4)
        worst = max(
            abs(Decimal(e.decode(e.encode(m)).frequency_hz) / exact_frequency(a4, m) - 1)
            for m in range(128)
        )
        print(f"PITCH frequency_hz (a4_hz={a4}): max relative error {float(worst):.3g}")
    circle = log2 = 0.0
    for m in range(128):
        emb = embs[enc.name_of(m)].astype(np.float64)
        pc = m % 12
        exact = [
            math.cos(2 * math.pi * pc / 12),
            math.sin(2 * math.pi * pc / 12),
            math.cos(2 * math.pi * (7 * pc % 12) / 12),
            math.sin(2 * math.pi * (7 * pc % 12) / 12),
        ]
        circle = max(circle, *(abs(emb[i] - x) for i, x in zip(CIRCLES, exact, strict=True)))
        log2 = max(log2, abs(emb[LOG2F] * 16 - (math.log2(440.0) + (m - 69) / 12)))
    print(
        f"PITCH float32 storage: circles max abs error {circle:.3g}, "
        f"log2(f/1 Hz) max abs error {log2:.3g}"
    )
    worst = 0.0
    other = 0
    count = 0
    for n, e in embs.items():
        m = enc.parse(n).midi
        for k in range(-m, 128 - m):
            out = enc.transpose(e, k)
            fresh = enc.encode(enc.decode(out).name)
            diff = np.abs(out.astype(np.float64) - fresh.astype(np.float64))
            worst = max(worst, float(diff[ROUNDED].max()))
            other += int(np.delete(diff, ROUNDED).max() != 0)
            count += 1
    print(
        f"PITCH transpose (float32, {count} cases): rounded dims max abs deviation from a "
        f"fresh encoding {worst:.3g}; other dims differing: {other}"
    )
    rng = random.Random(0)
    drift = 0.0
    for _ in range(20):
        e = enc.encode("C4")
        for _ in range(1000):
            m = enc.decode(e).midi
            e = enc.transpose(e, rng.randint(-m, 127 - m) // 4)
        fresh = enc.encode(enc.decode(e).name)
        drift = max(drift, float(np.abs(e - fresh)[ROUNDED].max()))
    print(f"PITCH 1000 chained transpositions (float32, 20 chains): max abs drift {drift:.3g}")


def random_sequence(rng: random.Random, n: int) -> str:
    alphabet = SYMBOLS + SYMBOLS.lower() + "ACGT" * 6
    return "".join(rng.choice(alphabet) for _ in range(n))


def dna_section() -> None:
    enc = DNAEncoder()
    rng = random.Random(0)
    seqs = [random_sequence(rng, rng.choice([1, 5, 19, 20, 21, 100, 1000])) for _ in range(2000)]
    gc_err = 0.0
    count_bad = rc_bad = cat_bad = 0
    for i, s in enumerate(seqs):
        e = enc.encode(s)
        d = enc.decode(e)
        p = enc.parse(s)
        count_bad += (d.counts, d.dimers, d.length, d.first, d.last) != (
            p.counts,
            p.dimers,
            p.length,
            p.first,
            p.last,
        )
        up = s.upper()
        strong = sum(up.count(c) for c in "GCS")
        known = strong + sum(up.count(c) for c in "ATW")
        exact = Fraction(strong, known) if known else Fraction(0)
        gc_err = max(gc_err, abs(float(Fraction(float(e[_native.DNA_OFFSETS["GC"]])) - exact)))
        comp = str.maketrans("ACGTRYKMBVDHSWNacgtrykmbvdhswn", "TGCAYRMKVBHDSWNtgcayrmkvbhdswn")
        rc = s.translate(comp)[::-1]
        rc_bad += enc.reverse_complement(e).tobytes() != enc.encode(rc).tobytes()
        t = seqs[(i + 1) % len(seqs)]
        cat_bad += enc.concat(e, enc.encode(t)).tobytes() != enc.encode(s + t).tobytes()
    print(
        f"DNA {len(seqs)} random sequences: count/2-mer/end mismatches {count_bad}, "
        f"reverse complement not bit-identical {rc_bad}, concat not bit-identical {cat_bad}"
    )
    print(f"DNA GC fraction (float32): max abs error {gc_err:.3g}")


if __name__ == "__main__":
    pitch_section()
    dna_section()
