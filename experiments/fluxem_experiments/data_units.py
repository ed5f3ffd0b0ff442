"""Units data: conversions (real factors, affine temperatures), can-these-be-added checks and
derived quantities, with exact rational targets.

Every number in a question is written as an exact decimal; targets are computed with
``Fraction``s. Which units the questions use is this experiment's choice (``SYMBOLS``); what a
unit is (its exact factor, its offset, its dimensions) comes from fluxem's one unit table
(rust/fluxem-core/src/domains/quantity/units.rs), read through ``DimensionalQuantity.parse``.
The symbols are spellings the segmenter detects after a number (word-like symbols such as
``t``, ``bar``, ``ha``, ``gal``, ``hp``, ``lbf`` are left out: the segmenter, rightly, wants
more context before reading them as units).

The teacher program (supervision of the hybrid's scratchpad) runs over the hybrid's entries:
the question's quantities in text order, then the target unit as two entries ``Z`` (zero of the
unit, ``0 u``) and ``D`` (one unit step, ``1 u - 0 u``). A value in unit ``u`` is
``(x - Z) / D`` (``x / D`` when ``Z`` is 0): the model has to pick those steps itself.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from fluxem import DimensionalQuantity
from fluxem_experiments.config import UnitsData
from fluxem_experiments.numfmt import exact_text, format_value

#: Dimension exponents over (m, kg, s, K), the base units these questions involve (the samples'
#: ``target_dims``).
Dims = tuple[int, int, int, int]
DIM_BASES = ("m", "kg", "s", "K")

#: The units questions are asked in, grouped by dimension (the order fixes the generated data).
SYMBOLS = (
    *("m", "km", "cm", "mm", "ft", "yd", "mi"),
    *("kg", "g", "mg", "lb", "oz"),
    *("s", "ms", "min", "h"),
    *("K", "°C", "°F"),
    *("m/s", "km/h", "mph", "ft/s"),
    *("m^2", "cm^2", "km^2", "ft^2"),
    *("L", "mL", "m^3", "cm^3"),
    *("m/s^2", "ft/s^2"),
    *("N", "kN"),
    *("J", "kJ", "cal", "kcal", "Wh", "kWh"),
    *("W", "kW", "MW"),
    *("Pa", "kPa", "MPa", "atm", "psi"),
    *("kg/m^3", "g/cm^3", "g/L"),
)


@dataclass(frozen=True)
class Unit:
    symbol: str
    factor: Fraction  # SI value of 1 unit (above the unit's zero)
    dims: Dims
    offset: Fraction = Fraction(0)  # SI value of 0 unit (affine temperatures)

    def to_si(self, x: Fraction) -> Fraction:
        return x * self.factor + self.offset

    def from_si(self, si: Fraction) -> Fraction:
        return (si - self.offset) / self.factor

    @property
    def affine(self) -> bool:
        return self.offset != 0

    @classmethod
    def of(cls, symbol: str) -> Unit:
        """The unit as fluxem's table defines it: SI values of ``0 u`` and ``1 u``."""
        q = DimensionalQuantity()
        zero, one = q.parse(f"0 {symbol}"), q.parse(f"1 {symbol}")
        if zero.exact is None or one.exact is None or not set(one.dims) <= set(DIM_BASES):
            raise ValueError(f"{symbol}: not an exact unit over {DIM_BASES}")
        m, kg, s, k = (one.dims.get(b, 0) for b in DIM_BASES)
        dims = (int(m), int(kg), int(s), int(k))
        if dims != (m, kg, s, k):
            raise ValueError(f"{symbol}: fractional dimension {one.dims}")
        return cls(symbol, one.exact - zero.exact, dims, zero.exact)


UNITS: dict[str, Unit] = {s: Unit.of(s) for s in SYMBOLS}


def _dims(symbol: str) -> Dims:
    return UNITS[symbol].dims


LENGTH, MASS, TIME = _dims("m"), _dims("kg"), _dims("s")
SPEED, AREA, VOLUME, ACCELERATION = _dims("m/s"), _dims("m^2"), _dims("m^3"), _dims("m/s^2")
FORCE, ENERGY, POWER, PRESSURE = _dims("N"), _dims("J"), _dims("W"), _dims("Pa")
DENSITY = _dims("kg/m^3")

#: Unit groups by dimension (conversions stay inside a group).
GROUPS: dict[Dims, list[str]] = {}
for _sym, _unit in UNITS.items():
    GROUPS.setdefault(_unit.dims, []).append(_sym)


@dataclass(frozen=True)
class Template:
    """A derived-quantity question: result = a op b, asked in a unit of ``result``."""

    name: str
    text: str  # with {a}, {b}, {u}
    a: Dims
    b: Dims
    op: str  # "mul" or "div"
    result: Dims


TEMPLATES = [
    Template(
        "speed",
        "A car covers {a} during {b}. What is its average speed, in {u}?",
        LENGTH,
        TIME,
        "div",
        SPEED,
    ),
    Template(
        "distance",
        "A train moves at {a} for {b}. How far does it travel, in {u}?",
        SPEED,
        TIME,
        "mul",
        LENGTH,
    ),
    Template(
        "area",
        "A field measures {a} by {b}. What is its area, in {u}?",
        LENGTH,
        LENGTH,
        "mul",
        AREA,
    ),
    Template(
        "density",
        "A block of {a} fills {b}. What is its density, in {u}?",
        MASS,
        VOLUME,
        "div",
        DENSITY,
    ),
    Template(
        "force",
        "A body of {a} accelerates at {b}. What force acts on it, in {u}?",
        MASS,
        ACCELERATION,
        "mul",
        FORCE,
    ),
    Template(
        "power",
        "A motor delivers {a} during {b}. What is its average power, in {u}?",
        ENERGY,
        TIME,
        "div",
        POWER,
    ),
    Template(
        "energy",
        "A heater draws {a} for {b}. How much energy does it use, in {u}?",
        POWER,
        TIME,
        "mul",
        ENERGY,
    ),
    Template(
        "pressure",
        "A force of {a} acts on {b}. What is the pressure, in {u}?",
        FORCE,
        AREA,
        "div",
        PRESSURE,
    ),
]
_TEMPLATE = {t.name: t for t in TEMPLATES}

CONVERT_TEXT = "Convert {a} to {u}."
CAN_ADD_TEXT = "Can {a} and {b} be added?"
COMPARE_TEXT = "Is {a} more than {b}?"
#: "Which is largest" phrasings: training, validation and test_id/test_ood_magnitude use the
#: first list; test_ood_types only the second (templates no training question uses).
LARGEST_TEXTS = (
    "Which is largest: {o}?",
    "Which of these is the greatest: {o}?",
    "Of {o}, which is the biggest?",
    "Which quantity is the largest, {o}?",
)
LARGEST_OOD_TEXTS = (
    "Name the largest of {o}.",
    "Out of {o}, which one is the most?",
)
#: How many quantities a "which is largest" question lists.
LARGEST_OPTIONS = (3, 4)


def combo_keys() -> dict[str, list[tuple[str, ...]]]:
    """Every unit combination a question can use, per category."""
    convert = [(a, b) for units in GROUPS.values() for a, b in itertools.permutations(units, 2)]
    symbols = sorted(UNITS)
    can_add = [(a, b) for a, b in itertools.combinations(symbols, 2)]
    derived = [
        (t.name, ua, ub, uu)
        for t in TEMPLATES
        for ua in GROUPS[t.a]
        for ub in GROUPS[t.b]
        for uu in GROUPS[t.result]
    ]
    # compare: two quantities of one dimension, in the same or different units
    compare = [(a, b) for units in GROUPS.values() for a in units for b in units]
    # largest: the multiset of units the options are written in (one dimension)
    largest = [
        combo
        for units in GROUPS.values()
        for k in LARGEST_OPTIONS
        for combo in itertools.combinations_with_replacement(units, k)
    ]
    return {
        "convert": convert,
        "can_add": can_add,
        "derived": derived,
        "compare": compare,
        "largest": largest,
    }


def hold_out(rng: random.Random, fraction: float) -> dict[str, set[tuple[str, ...]]]:
    """The combinations reserved for test_ood_types (never used by train/val/test_id)."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for cat, keys in combo_keys().items():
        keys = sorted(keys)
        rng.shuffle(keys)
        n = max(1, round(fraction * len(keys)))
        out[cat] = set(keys[:n])
    return out


def draw_magnitude(rng: random.Random, lo: float, hi: float) -> Fraction:
    """A positive decimal with 1-4 significant digits, log-uniform in [lo, hi]."""
    x = 10 ** rng.uniform(math.log10(lo), math.log10(hi))
    sig = rng.randint(1, 4)
    e = math.floor(math.log10(x)) - sig + 1
    m = max(1, round(x / 10**e))
    v = Fraction(m) * (Fraction(10) ** e)
    return min(max(v, Fraction(lo).limit_denominator(10**12)), Fraction(hi))


def decimal_text(v: Fraction) -> str:
    """An exact decimal (the question's numbers are all terminating decimals)."""
    k = 0
    while (v * 10**k).denominator != 1:
        k += 1
        if k > 40:
            raise ValueError(f"{v} is not a terminating decimal")
    if k == 0:
        return str(v.numerator)
    s = str(abs((v * 10**k).numerator)).rjust(k + 1, "0")
    return ("-" if v < 0 else "") + s[:-k] + "." + s[-k:]


class _Builder:
    """Assembles a question text and its labelled spans piece by piece."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict[str, Any]] = []

    def lit(self, s: str) -> None:
        self.text += s

    def span(self, kind: str, text: str, **fields: Any) -> None:
        """``text`` as a labelled span of type ``kind`` (``fields``: its labels)."""
        end = len(self.text) + len(text)
        self.spans.append(
            {"type": kind, "start": len(self.text), "end": end, "text": text, **fields}
        )
        self.text += text

    def quantity(self, value: Fraction, unit: str) -> None:
        self.span("QUANTITY", f"{decimal_text(value)} {unit}", value=exact_text(value), unit=unit)

    def unit(self, unit: str) -> None:
        self.spans.append(
            {
                "type": "UNIT",
                "start": len(self.text),
                "end": len(self.text) + len(unit),
                "text": unit,
                "unit": unit,
            }
        )
        self.text += unit


def fill_template(template: str, **parts: tuple[str, Any]) -> _Builder:
    """Fills one-letter slots (``{a}``, ``{u}``...) in order of appearance; each part is
    (kind, payload): ``q`` a quantity (value, unit), ``options`` several quantities written
    ``a, b or c``, ``spans`` several (span type, text) written the same way, ``lit`` plain
    text, ``u`` a unit."""
    b = _Builder()
    rest = template
    while rest:
        i = rest.find("{")
        if i < 0:
            b.lit(rest)
            break
        b.lit(rest[:i])
        key = rest[i + 1]
        kind, payload = parts[key]
        if kind == "q":
            b.quantity(*payload)
        elif kind in ("options", "spans"):  # "a, b or c"
            for k, part in enumerate(payload):
                b.lit("" if k == 0 else " or " if k == len(payload) - 1 else ", ")
                (b.quantity if kind == "options" else b.span)(*part)
        elif kind == "lit":
            b.lit(payload)
        else:
            b.unit(payload)
        rest = rest[i + 3 :]
    return b


def _numeric_sample(
    category: str,
    b: _Builder,
    target: Fraction,
    unit: str,
    program: list[list[Any]],
    key: tuple[str, ...],
) -> dict[str, Any]:
    target_dims = UNITS[unit].dims
    return {
        "task": "units",
        "category": category,
        "text": b.text,
        "answer_type": "number",
        "target_text": f"{format_value(target)} {unit}",
        "target_value": float(target),
        "target_exact": exact_text(target),
        "target_unit": unit,
        "target_dims": list(target_dims),
        "n_ops": sum(1 for s in program if s[0] in ("add", "sub", "mul", "div")),
        "spans": b.spans,
        "program": program,
        "combo": list(key),
    }


def make_convert(value: Fraction, src: str, dst: str) -> dict[str, Any]:
    b = fill_template(CONVERT_TEXT, a=("q", (value, src)), u=("u", dst))
    target = UNITS[dst].from_si(UNITS[src].to_si(value))
    # entries: X, Z, D
    if UNITS[dst].affine:
        program = [["sub", 0, 1], ["div", 0, 1], ["answer", 0]]
    else:
        program = [["div", 0, 2], ["answer", 0]]
    return _numeric_sample("convert", b, target, dst, program, (src, dst))


def make_derived(
    t: Template, a: Fraction, ua: str, b_: Fraction, ub: str, u: str
) -> dict[str, Any]:
    b = fill_template(t.text, a=("q", (a, ua)), b=("q", (b_, ub)), u=("u", u))
    sa, sb = UNITS[ua].to_si(a), UNITS[ub].to_si(b_)
    si = sa * sb if t.op == "mul" else sa / sb
    target = UNITS[u].from_si(si)
    # entries: A, B, Z, D -> r = A op B; r / D (Z is 0 for every derived unit)
    program = [[t.op, 0, 1], ["div", 0, 2], ["answer", 0]]
    return _numeric_sample("derived", b, target, u, program, (t.name, ua, ub, u))


def make_can_add(a: Fraction, ua: str, b_: Fraction, ub: str) -> dict[str, Any]:
    b = fill_template(CAN_ADD_TEXT, a=("q", (a, ua)), b=("q", (b_, ub)))
    ok = UNITS[ua].dims == UNITS[ub].dims
    return {
        "task": "units",
        "category": "can_add",
        "text": b.text,
        "answer_type": "boolean",
        "target_text": "true" if ok else "false",
        "target_value": ok,
        "target_exact": None,
        "target_unit": None,
        "target_dims": None,
        "n_ops": 0,
        "spans": b.spans,
        "program": [["true" if ok else "false", 0, 1]],
        "combo": sorted([ua, ub]),
    }


def make_compare(a: Fraction, ua: str, b_: Fraction, ub: str) -> dict[str, Any]:
    """``Is a more than b?``: a value-dependent boolean (the answer depends on the two
    quantities' values in SI, not on the question's words or units)."""
    b = fill_template(COMPARE_TEXT, a=("q", (a, ua)), b=("q", (b_, ub)))
    more = UNITS[ua].to_si(a) > UNITS[ub].to_si(b_)
    return {
        "task": "units",
        "category": "compare",
        "text": b.text,
        "answer_type": "boolean",
        "target_text": "true" if more else "false",
        "target_value": more,
        "target_exact": None,
        "target_unit": None,
        "target_dims": None,
        "n_ops": 0,
        "spans": b.spans,
        "program": [["true" if more else "false", 0, 1]],
        "combo": [ua, ub],
    }


def make_largest(template: str, options: list[tuple[Fraction, str]]) -> dict[str, Any]:
    """``Which is largest: a, b or c?``: the answer is the quantity with the largest SI value,
    written as the question wrote it; the teacher program points at it (``answer``)."""
    b = fill_template(template, o=("options", options))
    si = [UNITS[u].to_si(v) for v, u in options]
    best = max(range(len(si)), key=si.__getitem__)
    if si.count(si[best]) > 1:
        raise ValueError("the largest value is not unique")
    combo = sorted(u for _, u in options)
    return choice_example("units", "largest", b, best, b.spans[best]["text"], combo, template)


def choice_example(
    task: str,
    category: str,
    b: _Builder,
    best: int,
    target_text: str,
    combo: list[str],
    template: str,
) -> dict[str, Any]:
    """An example whose answer is one of the question's options (index ``best``, written as
    ``target_text``); the teacher program points at it (``answer``)."""
    return {
        "task": task,
        "category": category,
        "text": b.text,
        "answer_type": "choice",
        "target_text": target_text,
        "target_value": best,
        "target_exact": None,
        "target_unit": None,
        "target_dims": None,
        "n_ops": 0,
        "spans": b.spans,
        "program": [["answer", best]],
        "combo": combo,
        "template": template,
    }


def _round_sig(v: Fraction, sig: int) -> Fraction:
    e = math.floor(math.log10(v)) - sig + 1
    return max(Fraction(1), Fraction(round(v / Fraction(10) ** e))) * Fraction(10) ** e


class UnitsSampler:
    """Draws samples of one split; held-out combinations feed only test_ood_types."""

    def __init__(self, cfg: UnitsData, held_out: dict[str, set[tuple[str, ...]]]) -> None:
        self.cfg = cfg
        self.held_out = held_out
        keys = combo_keys()
        self.seen = {c: sorted(set(k) - held_out[c]) for c, k in keys.items()}
        self.unseen = {c: sorted(held_out[c]) for c in keys}

    def draw(self, rng: random.Random, split: str) -> dict[str, Any]:
        cats = sorted(self.cfg.categories)
        weights = [self.cfg.categories[c] for c in cats]
        cat = rng.choices(cats, weights)[0]
        ood_types = split == "test_ood_types"
        rng_range = (
            self.cfg.ood_magnitude_range if split == "test_ood_magnitude" else self.cfg.id_range
        )
        pool = self.unseen[cat] if ood_types else self.seen[cat]

        def mag() -> Fraction:
            return draw_magnitude(rng, *rng_range)

        if cat == "convert":
            src, dst = rng.choice(pool)
            return make_convert(mag(), src, dst)
        if cat == "derived":
            name, ua, ub, u = rng.choice(pool)
            return make_derived(_TEMPLATE[name], mag(), ua, mag(), ub, u)
        if cat == "largest":
            texts = LARGEST_OOD_TEXTS if ood_types else LARGEST_TEXTS
            return self._largest(rng, rng.choice(texts), list(rng.choice(pool)), mag)
        if cat == "compare":
            # b within a factor of 10 of a (in SI, above absolute zero for temperatures):
            # the answer needs the values, and neither the units nor the digits alone give it
            ua, ub = rng.choice(pool)
            while True:
                a = mag()
                si = UNITS[ua].to_si(a) * Fraction(10 ** rng.uniform(-1, 1)).limit_denominator(
                    10**6
                )
                b_ = UNITS[ub].from_si(si)
                if b_ > 0:
                    b_ = _round_sig(b_, rng.randint(1, 4))
                    if UNITS[ub].to_si(b_) != UNITS[ua].to_si(a):
                        return make_compare(a, ua, b_, ub)
        # can_add: balanced true/false
        want_true = rng.random() < 0.5
        candidates = [k for k in pool if (UNITS[k[0]].dims == UNITS[k[1]].dims) == want_true]
        ua, ub = rng.choice(candidates or pool)
        if rng.random() < 0.5:
            ua, ub = ub, ua
        return make_can_add(mag(), ua, mag(), ub)

    @staticmethod
    def _largest(
        rng: random.Random, template: str, units: list[str], mag: Callable[[], Fraction]
    ) -> dict[str, Any]:
        """Options in ``units`` (shuffled), their SI values within a factor of 10 of each
        other (log-uniform around the first one's), all written positive with 1-4 significant
        digits; the largest at a uniformly drawn position (balanced answers)."""
        rng.shuffle(units)
        while True:
            centre = UNITS[units[0]].to_si(mag())
            values = []
            for u in units:
                si = centre * Fraction(10 ** rng.uniform(-0.5, 0.5)).limit_denominator(10**6)
                values.append(UNITS[u].from_si(si))
            if min(values) <= 0:
                continue
            values = [_round_sig(v, rng.randint(1, 4)) for v in values]
            si = [UNITS[u].to_si(v) for v, u in zip(values, units, strict=True)]
            if len(set(si)) < len(si):
                continue
            # move the largest to a uniformly drawn position (its unit goes with it)
            best, want = max(range(len(si)), key=si.__getitem__), rng.randrange(len(si))
            order = list(range(len(si)))
            order[best], order[want] = order[want], order[best]
            return make_largest(template, [(values[k], units[k]) for k in order])


__all__ = [
    "GROUPS",
    "TEMPLATES",
    "UNITS",
    "Template",
    "Unit",
    "UnitsSampler",
    "choice_example",
    "combo_keys",
    "fill_template",
    "hold_out",
    "make_can_add",
    "make_compare",
    "make_convert",
    "make_derived",
    "make_largest",
]
