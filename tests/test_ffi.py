"""FFI rules: batch inputs, GIL release, threads on/off, fork safety, typed errors, no panics,
immutability and pickling of native objects."""

from __future__ import annotations

import hashlib
import os
import pickle
import subprocess
import sys
import textwrap
import threading
import time

import numpy as np
import pytest

import fluxem
from fluxem import _native
from fluxem.domains import ArithmeticEncoder

ENC = ArithmeticEncoder()
TEXTS = [f"{i} * {i % 7} + {i}.5" for i in range(2000)]


def test_batch_accepts_list_numpy_and_arrow() -> None:
    pa = pytest.importorskip("pyarrow")
    ref, st = ENC.encode_batch(TEXTS[:50])
    assert ref.shape == (50, 128) and ref.dtype == np.float32 and st.dtype == np.uint8
    for alt in (np.array(TEXTS[:50]), np.array(TEXTS[:50], dtype=object), pa.array(TEXTS[:50])):
        got, st2 = ENC.encode_batch(alt)
        assert got.tobytes() == ref.tobytes() and (st2 == st).all()
    assert ENC.encode_batch(pa.chunked_array([TEXTS[:20], TEXTS[20:50]]))[0].tobytes() == (
        ref.tobytes()
    )


def test_batch_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        ENC.encode_batch("1 + 2")
    with pytest.raises(TypeError):
        ENC.encode_batch(["1", 2])
    pa = pytest.importorskip("pyarrow")
    with pytest.raises(TypeError):
        ENC.encode_batch(pa.array(["1", None]))


def test_batch_rows_equal_single_calls_and_are_contiguous() -> None:
    batch, _ = ENC.encode_batch(TEXTS[:100])
    assert batch.flags["C_CONTIGUOUS"] and batch.flags["OWNDATA"] is False  # wraps Rust's buffer
    for text, row in zip(TEXTS[:100], batch, strict=True):
        assert ENC.encode(text).tobytes() == row.tobytes()


def test_gil_is_released_during_batch_work() -> None:
    texts = TEXTS * 100  # 200k items: long enough to observe
    window: list[float] = []

    def work() -> None:
        t0 = time.perf_counter()
        ENC.encode_batch(texts, parallel=False)
        window.extend([t0, time.perf_counter()])

    ticks: list[float] = []
    worker = threading.Thread(target=work)
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
        time.sleep(0.0005)
    worker.join()
    inside = [t for t in ticks if window[0] < t < window[1]]
    assert len(inside) > 20, "the main thread could not run while the batch was encoding"


def _run(code: str, **env: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


DIGEST = """
    import hashlib, fluxem
    from fluxem import _native
    texts = [f"{i} * {i % 7} + {i}.5 / 3" for i in range(5000)]
    embs, st = fluxem.ArithmeticEncoder().encode_batch(texts, parallel=PAR)
    print(_native.parallel_available(), hashlib.sha256(embs.tobytes()).hexdigest())
"""


def test_output_is_identical_across_thread_counts_and_switches() -> None:
    serial = _run(DIGEST.replace("PAR", "False"), FLUXEM_NUM_THREADS="1")
    assert serial.startswith("False ")
    parallel = _run(DIGEST.replace("PAR", "True"), FLUXEM_NUM_THREADS="3")
    assert parallel.startswith("True ")
    switched_off = _run(DIGEST.replace("PAR", "False"), FLUXEM_NUM_THREADS="3")
    assert serial.split()[1] == parallel.split()[1] == switched_off.split()[1]
    texts = [f"{i} * {i % 7} + {i}.5 / 3" for i in range(5000)]
    here = hashlib.sha256(ENC.encode_batch(texts)[0].tobytes()).hexdigest()
    assert here == serial.split()[1]


def test_forked_child_after_parallel_call_does_not_hang() -> None:
    out = _run(
        """
        import os, fluxem
        enc = fluxem.ArithmeticEncoder()
        texts = [str(i) for i in range(20000)]
        enc.encode_batch(texts)              # the pool now exists in the parent
        pid = os.fork()
        if pid == 0:
            embs, st = enc.encode_batch(texts)   # must not wait on the parent's pool
            os._exit(0 if (st == 0).all() else 3)
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), enc.encode_batch(texts)[1].sum())
        """,
        FLUXEM_NUM_THREADS="2",
    )
    assert out == "0 0"


def test_no_panic_reaches_python() -> None:
    status = _native._panic_probe(300, 7)
    assert status[7] == 255 and sum(status) == 255
    with pytest.raises(fluxem.FluxemError, match="internal error"):
        _native._panic_probe(1, 0, single=True)


@pytest.mark.parametrize(
    "cls", [fluxem.ParseError, fluxem.EncodeError, fluxem.DecodeError, fluxem.DimensionError]
)
def test_errors_are_value_errors(cls: type) -> None:
    assert issubclass(cls, fluxem.FluxemError) and issubclass(cls, ValueError)


def test_parse_error_pickles_with_its_position() -> None:
    with pytest.raises(fluxem.ParseError) as err:
        ENC.encode("12 + + ")
    again = pickle.loads(pickle.dumps(err.value))
    assert again.position == err.value.position == 7 and str(again) == str(err.value)


def test_encoders_are_immutable_and_picklable() -> None:
    with pytest.raises(AttributeError):
        ENC.foo = 1  # type: ignore[attr-defined]
    native = _native.Encoder("ARITHMETIC")
    with pytest.raises(AttributeError):
        native.domain = "QUANTITY"  # type: ignore[misc]
    for obj in (ENC, native):
        clone = pickle.loads(pickle.dumps(obj))
        assert type(clone) is type(obj)
        assert clone.encode("1 + 2").tobytes() == obj.encode("1 + 2").tobytes()


def test_one_encoder_shared_by_threads() -> None:
    expected = ENC.encode_batch(TEXTS)[0]
    results: list[np.ndarray] = []

    def work() -> None:
        results.append(ENC.encode_batch(TEXTS)[0])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r.tobytes() == expected.tobytes() for r in results)


def test_unknown_domain_and_options_are_errors() -> None:
    with pytest.raises(ValueError):
        _native.Encoder("KLINGON")
    with pytest.raises(fluxem.ConfigError):
        _native.Encoder("ARITHMETIC", {"scale": 2.0})
