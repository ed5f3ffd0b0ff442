"""Timing helpers shared by benches/encoders_<domain>.py (single encode and batch per span)."""

from __future__ import annotations

import os
import platform
import timeit

from fluxem import _native


def time_fluxem(domain: str, cases: list[str]) -> dict[str, dict[str, float]]:
    """Microseconds per span: `encode(text)` one at a time, and `encode_batch` of 10,000
    copies on one thread and on the pool (FLUXEM_NUM_THREADS or all cores)."""
    enc = _native.Encoder(domain)
    out: dict[str, dict[str, float]] = {}
    for text in cases:
        n = 5000
        single = min(timeit.repeat(lambda t=text: enc.encode(t), number=n, repeat=5)) / n
        batch = [text] * 10_000
        seq = min(timeit.repeat(lambda b=batch: enc.encode_batch(b, False), number=1, repeat=5))
        par = min(timeit.repeat(lambda b=batch: enc.encode_batch(b, True), number=1, repeat=5))
        out[text] = {
            "single": single * 1e6,
            "batch_1_thread": seq / len(batch) * 1e6,
            "batch_pool": par / len(batch) * 1e6,
        }
    return out


def print_table(domain: str, ours: dict[str, dict[str, float]], theirs: dict[str, float]) -> None:
    print(
        f"{domain}: microseconds per span ({platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, pool threads {_native.configured_threads()})"
    )
    print("| input | fluxem encode | batch, 1 thread | batch, pool | predecessor encode | ratio |")
    print("|---|---|---|---|---|---|")
    for text, t in ours.items():
        old = theirs.get(text, float("nan"))
        print(
            f"| `{text}` | {t['single']:.2f} | {t['batch_1_thread']:.2f} | "
            f"{t['batch_pool']:.2f} | {old:.2f} | {old / t['batch_1_thread']:.0f}x |"
        )
