"""Only typed errors cross the API (issue 11, item 4): every public callable of fluxem, called
with out-of-range integers in each argument position (the others plausible), either returns
or raises a ``ValueError`` / ``TypeError`` subclass. ``OverflowError`` (an ``ArithmeticError``)
must never escape, nor anything else.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import fluxem
from fluxem import layout
from fluxem.integration import MultiDomainTokenizer

BAD_INTS = [10**400, 2**63, -1]

#: A text each encoder parses (its embedding is the sample embedding argument).
SAMPLES = {
    "ArithmeticEncoder": "1 + 2",
    "DimensionalQuantity": "5 m",
    "MoleculeEncoder": "H2O",
    "ComplexEncoder": "3 + 4i",
    "VectorEncoder": "[1, 2]",
    "DNAEncoder": "ACGT",
    "PitchEncoder": "C4",
}
EMB_PARAMS = {"a", "b", "emb", "e"}
TEXT_PARAMS = {"text", "value", "interval"}
LIST_PARAMS = {"texts"}


def _methods(obj: Any) -> Iterator[tuple[str, Callable[..., Any]]]:
    for name in dir(obj):
        if name.startswith("_"):
            continue
        attr = getattr(obj, name)
        if callable(attr) and not inspect.isclass(attr):
            yield name, attr


def _callables() -> Iterator[tuple[str, Callable[..., Any], str | None]]:
    """(name, callable, sample text of its domain or None)."""
    for cls_name, sample in SAMPLES.items():
        enc = getattr(fluxem, cls_name)()
        for name, fn in _methods(enc):
            yield f"{cls_name}.{name}", fn, sample
    for name in ("tag_vector", "domain_of"):
        yield f"layout.{name}", getattr(layout, name), "1 + 2"
    tok = MultiDomainTokenizer()
    for name, fn in _methods(tok):
        yield f"MultiDomainTokenizer.{name}", fn, "1 + 2"
    yield "MultiDomainTokenizer", MultiDomainTokenizer, None
    yield "DomainType", fluxem.DomainType, None
    try:
        from fluxem.integration import DomainEncoderRegistry, HybridCollator
    except ImportError:  # torch missing: the integration classes need it
        return
    reg = DomainEncoderRegistry()
    for name, fn in _methods(reg):
        if name not in ("register", "register_domain", "unregister"):  # they mutate
            yield f"DomainEncoderRegistry.{name}", fn, "1 + 2"
    yield "HybridCollator", HybridCollator, None
    col = HybridCollator()
    for name in ("encode_batch", "encode_arrays"):
        yield f"HybridCollator.{name}", getattr(col, name), "1 + 2"


CALLABLES = list(_callables())


def _sample_args(fn: Callable[..., Any], sample: str | None) -> list[tuple[str, Any]] | None:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    emb = None
    if sample is not None:
        enc_name = next((k for k, v in SAMPLES.items() if v == sample), "ArithmeticEncoder")
        emb = getattr(fluxem, enc_name)().encode(sample)
    args = []
    for p in sig.parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) or p.default is not p.empty:
            continue
        if p.name in EMB_PARAMS and emb is not None:
            args.append((p.name, emb))
        elif p.name in TEXT_PARAMS:
            args.append((p.name, sample or "1"))
        elif p.name in LIST_PARAMS:
            args.append((p.name, [sample or "1"]))
        else:
            args.append((p.name, 1))
    return args


def _int_params(fn: Callable[..., Any]) -> list[str]:
    """Every named parameter: required ones and optional ones with an int/float default."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    return [
        p.name
        for p in sig.parameters.values()
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        and (p.default is p.empty or type(p.default) in (int, float))
    ]


@pytest.mark.parametrize(("name", "fn", "sample"), CALLABLES, ids=[c[0] for c in CALLABLES])
def test_out_of_range_ints_raise_only_typed_errors(
    name: str, fn: Callable[..., Any], sample: str | None
) -> None:
    base = _sample_args(fn, sample)
    if base is None:
        pytest.skip(f"{name} has no inspectable signature")
    tried = 0
    for param in _int_params(fn):
        for bad in BAD_INTS:
            kwargs = dict(base)
            kwargs[param] = bad
            tried += 1
            try:
                fn(**kwargs)
            except (ValueError, TypeError):
                pass
            except Exception as exc:  # pragma: no cover - the failure being tested for
                pytest.fail(f"{name}({param}={bad!r:.20}) raised {type(exc).__name__}: {exc}")
    # with no parameter at all (properties and the like) there is nothing to walk
    assert tried > 0 or not _int_params(fn)


def test_the_walk_covers_the_public_api() -> None:
    names = {c[0] for c in CALLABLES}
    for must in (
        "ArithmeticEncoder.pow",
        "PitchEncoder.transpose",
        "PitchEncoder.name_of",
        "layout.tag_vector",
        "MoleculeEncoder.scale",
        "VectorEncoder.scale",
        "MultiDomainTokenizer.tokenize_batch",
    ):
        assert must in names, must
    assert len(names) > 80, len(names)
