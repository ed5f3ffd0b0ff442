"""Seeded generator of a mixed scientific corpus for the segmenter benchmarks.

Documents of about 500 characters in seven styles (chemistry, physics, biology, music,
mathematics, engineering, everyday prose). Each sentence comes from a template whose slots
are filled with random values: quantities, formulas, expressions, complex numbers, vectors,
sequences and pitches at a density of a few spans per document, mixed with look-alikes
(years, dates, times, versions, page ranges, citations, acronyms, `A4 paper`, `vitamin B12`,
`F1 score`, `COVID-19`, phone numbers, counts) and plain prose: about 30% of sentences are
plain, 25% built around look-alikes, 45% carry domain spans (about 7 spans per document).
Same seed, same corpus.

    python benches/corpus.py --mb 1 --out corpus.jsonl
    python benches/corpus.py --mb 2 --format text --out corpus.txt   # one document a line
    python benches/corpus.py --pool phys --mb 0.3 --seed 99 --format text --out phys.txt
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

UNITS = [
    "m",
    "km",
    "cm",
    "mm",
    "µm",
    "nm",
    "kg",
    "g",
    "mg",
    "s",
    "ms",
    "min",
    "h",
    "K",
    "°C",
    "mol",
    "mmol",
    "mL",
    "L",
    "Hz",
    "kHz",
    "MHz",
    "Pa",
    "kPa",
    "MPa",
    "bar",
    "atm",
    "V",
    "mV",
    "kV",
    "A",
    "mA",
    "W",
    "kW",
    "MW",
    "J",
    "kJ",
    "eV",
    "keV",
    "N",
    "kN",
    "Ω",
    "kΩ",
    "m/s",
    "km/h",
    "m/s^2",
    "g/mol",
    "mg/kg",
    "kJ/mol",
    "N·m",
    "g/cm^3",
    "mol/L",
    "µL",
    "T",
]
FORMULAS = [
    "H2O",
    "CO2",
    "NaCl",
    "H2SO4",
    "CH4",
    "C6H12O6",
    "NH3",
    "Ca(OH)2",
    "CaCO3",
    "HCl",
    "NaOH",
    "KMnO4",
    "Fe2O3",
    "O2",
    "N2",
    "C2H5OH",
    "CuSO4·5H2O",
    "NaHCO3",
    "H2O2",
    "KCl",
    "MgSO4",
    "Al2O3",
    "SO4^2-",
    "NH4+",
    "HNO3",
    "AgNO3",
    "ZnO",
    "TiO2",
    "Li2CO3",
    "(NH4)2SO4",
]
NOTES = ["C", "D", "E", "F", "G", "A", "B"]
ACCIDENTALS = ["", "", "", "#", "b"]
INSTRUMENTS = ["violin", "cello", "flute", "piano", "soprano", "tenor", "clarinet", "guitar"]
ACRONYMS = ["NASA", "DNA", "UV", "PCR", "NMR", "HPLC", "CERN", "WHO", "MRI", "GPU", "USB"]
NAMES = ["Smith", "Chen", "Garcia", "Okafor", "Novak", "Rossi", "Tanaka", "Ivanova", "He", "Li"]
WORDS = (
    "the a result sample method study value data measured observed model system process "
    "analysis effect group control test first second final large small new high low "
    "significant different similar expected reported shown"
).split()


#: sentence mix: plain prose (no spans), look-alike sentences, sentences with domain spans
PLAIN_SHARE = 0.3
LOOK_ALIKE_SHARE = 0.25


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def num(self, lo: float = 0.1, hi: float = 1000.0) -> str:
        r = self.r
        kind = r.random()
        if kind < 0.4:
            return str(r.randint(int(max(lo, 1)), int(hi)))
        if kind < 0.9:
            return f"{r.uniform(lo, hi):.{r.randint(1, 3)}f}"
        return f"{r.uniform(1, 9.99):.2f}e{r.choice(['-', ''])}{r.randint(1, 12)}"

    def quantity(self) -> str:
        return f"{self.num()} {self.r.choice(UNITS)}"

    def formula(self) -> str:
        return self.r.choice(FORMULAS)

    def arithmetic(self) -> str:
        r = self.r
        a, b, c = r.randint(1, 9999), r.randint(1, 999), r.randint(1, 99)
        return r.choice(
            [
                f"{a} + {b}",
                f"{a} - {b}",
                f"{b} * {c}",
                f"{a} / {c}",
                f"({a} + {b}) * {c}",
                f"{c}^2",
                f"{a} + {b} - {c}",
                f"{b} × {c}",
            ]
        )

    def complex(self) -> str:
        r = self.r
        return f"{r.randint(-9, 9)} {r.choice('+-')} {r.randint(1, 9)}{r.choice('ij')}"

    def vector(self) -> str:
        r = self.r
        n = r.randint(2, 4)
        return "[" + ", ".join(f"{r.uniform(-5, 5):.1f}" for _ in range(n)) + "]"

    def dna(self) -> str:
        return "".join(self.r.choice("ACGT") for _ in range(self.r.randint(10, 30)))

    def pitch(self) -> str:
        r = self.r
        return f"{r.choice(NOTES)}{r.choice(ACCIDENTALS)}{r.randint(1, 7)}"

    def year(self) -> str:
        return str(self.r.randint(1950, 2025))

    def date(self) -> str:
        r = self.r
        return f"{r.randint(2000, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"

    def citation(self) -> str:
        a = self.r.randint(1, 60)
        return f"[{a}, {a + self.r.randint(1, 3)}]"

    def pages(self) -> str:
        a = self.r.randint(10, 900)
        return f"pp. {a}-{a + self.r.randint(5, 30)}"

    def version(self) -> str:
        r = self.r
        return f"{r.randint(1, 4)}.{r.randint(0, 12)}.{r.randint(0, 9)}"

    def words(self, n: int) -> str:
        return " ".join(self.r.choice(WORDS) for _ in range(n))


#: look-alike sentences, shared by every style
LOOK = [
    "The {w2} was reported by {name} et al. in {year} {cite}.",
    "See {pages} and Fig. {int:1:9} for the {w2}.",
    "Version {version} of the software was used on {date} at {time}.",
    "The {acr} team analysed {int:3:200} samples in {year}.",
    "Results were printed on A4 paper and the F1 score was 0.{int:50:99}.",
    "Participants took vitamin B12 during the COVID-19 period ({year}-{int:2020:2025}).",
    "Contact the lab at {phone} or room {int:100:499}.",
    "In {year} {name} showed that {w3} holds for {int:2:50} cases.",
]
#: sentences with domain spans, per style
SPANS = {
    "chem": [
        "Dissolve {q} of {f} in {q} of water.",
        "The reaction of {f} with {f} releases {num:1:900} kJ/mol.",
        "A solution of {f} was heated to {num:20:400} °C for {num:1:60} min.",
        "The molar mass of {f} is {num:2:400} g/mol.",
    ],
    "phys": [
        "A mass of {q} moves at {num:1:300} m/s under a force of {num:1:900} N.",
        "The sample was cooled to {num:1:300} K and the field set to {num:1:9} T.",
        "The laser emits {num:1:900} mW at {num:300:1100} nm.",
        "The circuit draws {num:1:20} A from a {num:1:400} V supply.",
    ],
    "bio": [
        "The primer {dna} anneals at {num:45:70} °C.",
        "Cells were incubated at 37 °C for {num:1:48} h with {q} of medium.",
        "The sequence {dna} was cloned upstream of the {w} gene.",
        "Add {num:1:50} µL of buffer and spin at {int:1000:15000} rpm.",
    ],
    "music": [
        "The {inst} melody rises from {p} to {p}.",
        "Concert pitch tunes A4 to {int:415:442} Hz before the {w} note.",
        "The {inst} holds a {p} while the chord moves to {p}.",
        "Her vocal range spans {p} to {p} in bar {int:1:120}.",
    ],
    "math": [
        "Compute {a} and compare it with {a}.",
        "The eigenvalues are {c} and {c}.",
        "Let v = {v} and u = {v}; their dot product follows.",
        "The sum {a} is checked in Theorem {int:1:9}.{int:1:9}.",
    ],
    "eng": [
        "The beam carries {num:1:50} kN/m over a span of {num:1:30} m.",
        "The pump delivers {num:10:500} L/min at {num:1:40} bar.",
        "The motor is rated {num:1:100} kW at {int:400:6000} rpm.",
        "Bolts were torqued to {num:5:300} N·m per ISO {int:1000:9999}.",
    ],
    "prose": [
        "We drove {num:5:900} km in {int:1:12} hours and paid ${int:5:90}.",
        "It was {num:-10:40} °C when the train left at {int:5:11} am.",
        "The recipe needs {num:50:500} g of flour and {int:1:6} eggs.",
        "I read chapters {int:1:5}-{int:6:12} of the {w} book.",
    ],
}
#: sentences without spans or look-alikes, as most of any real text is
PLAIN = [
    "These results suggest that the {w2} depends on the {w2}.",
    "Further work is needed to understand why the {w3} changes.",
    "We therefore compared the {w2} with the {w2} in every case.",
    "As expected, the {w} was {w} when the {w2} was {w}.",
    "The {w2} is described in detail in the supplementary material.",
    "Overall, the {w3} agreed well with earlier work on the {w}.",
]
FIELD = re.compile(r"\{([a-z0-9]+)(?::(-?\d+):(-?\d+))?\}")


def fill(g: Gen, template: str) -> str:
    """Replaces every ``{field}`` (or ``{int:a:b}``, ``{num:a:b}``) with a fresh random value."""
    r = g.r
    simple: dict[str, Callable[[], str]] = {
        "q": g.quantity,
        "f": g.formula,
        "a": g.arithmetic,
        "c": g.complex,
        "v": g.vector,
        "dna": g.dna,
        "p": g.pitch,
        "year": g.year,
        "date": g.date,
        "cite": g.citation,
        "pages": g.pages,
        "version": g.version,
        "name": lambda: r.choice(NAMES),
        "acr": lambda: r.choice(ACRONYMS),
        "inst": lambda: r.choice(INSTRUMENTS),
        "w": lambda: g.words(1),
        "w2": lambda: g.words(2),
        "w3": lambda: g.words(3),
        "time": lambda: f"{r.randint(8, 18)}:{r.randint(0, 59):02d}",
        "phone": lambda: f"555-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
    }

    def one(m: re.Match[str]) -> str:
        name, lo, hi = m.group(1), m.group(2), m.group(3)
        if name == "int":
            return str(r.randint(int(lo), int(hi)))
        if name == "num":
            return g.num(float(lo), float(hi))
        return simple[name]()

    return FIELD.sub(one, template)


def generate(n_docs: int, seed: int = 1234, doc_chars: int = 500) -> list[str]:
    """``n_docs`` documents of about ``doc_chars`` characters each."""
    g = Gen(seed)
    styles = list(SPANS)
    docs = []
    for _ in range(n_docs):
        style = g.r.choice(styles)
        parts: list[str] = []
        size = 0
        while size < doc_chars:
            u = g.r.random()
            if u < PLAIN_SHARE:
                pool = PLAIN
            elif u < PLAIN_SHARE + LOOK_ALIKE_SHARE:
                pool = LOOK
            else:
                pool = SPANS[style]
            sentence = fill(g, g.r.choice(pool))
            parts.append(sentence)
            size += len(sentence) + 1
        docs.append(" ".join(parts))
    return docs


def generate_mb(mb: float, seed: int = 1234) -> list[str]:
    """Documents totalling about ``mb`` megabytes of UTF-8."""
    target = int(mb * 1_000_000)
    docs = generate(max(1, target // 560), seed)
    total = sum(len(d.encode()) for d in docs)
    while total < target:
        more = generate(64, seed + total)
        docs.extend(more)
        total += sum(len(d.encode()) for d in more)
    return docs


#: the sentence pools by name, for corpora of one kind of sentence (`pool_mb`)
POOLS = {"plain": PLAIN, "look": LOOK, **SPANS}


def pool_mb(pool: str, mb: float, seed: int = 1234) -> list[str]:
    """Documents of six sentences all drawn from one pool of ``POOLS`` (``plain``, ``look``, or
    a style of ``SPANS``), totalling about ``mb`` megabytes with a newline after each: where a
    change of the segmenter's cost falls, sentence kind by kind (benches/README.md)."""
    if pool not in POOLS:
        raise ValueError(f"unknown pool {pool!r}: one of {', '.join(POOLS)}")
    g = Gen(seed)
    docs: list[str] = []
    total = 0
    while total < mb * 1_000_000:
        doc = " ".join(fill(g, g.r.choice(POOLS[pool])) for _ in range(6))
        docs.append(doc)
        total += len(doc.encode()) + 1
    return docs


REALTEXT = Path(__file__).resolve().parent.parent / "tests" / "data" / "realtext"


def realtext_mb(mb: float, doc_bytes: int = 500) -> list[str]:
    """Documents of real third-party sentences totalling about ``mb`` megabytes: the dev split
    of the labelled real-text set (``tests/data/realtext``: docstrings and docs of about 300
    packages nobody here wrote), consecutive sentences of one source file joined into documents
    of about ``doc_bytes`` bytes, repeated in order up to the size. The test split is left out
    (nobody tunes on it, for speed either)."""
    # the batches up to dev26, fixed: later dev batches must not change the bench corpus
    names = ["labels_dev.jsonl", "labels_code_dev.jsonl"]
    names += [f"labels_dev{k}.jsonl" for k in range(2, 27)]
    docs: list[str] = []
    for name in names:
        doc: list[str] = []
        key = None
        for line in (REALTEXT / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            src = (row["source"]["package"], row["source"]["file"])
            if doc and (src != key or sum(len(t.encode()) + 1 for t in doc) >= doc_bytes):
                docs.append(" ".join(doc))
                doc = []
            key = src
            doc.append(row["text"])
        if doc:
            docs.append(" ".join(doc))
    target = int(mb * 1_000_000)
    out: list[str] = []
    total = 0
    while total < target:
        for d in docs:
            out.append(d)
            total += len(d.encode())
            if total >= target:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--out", default="-")
    ap.add_argument(
        "--format", choices=["jsonl", "text"], default="jsonl", help="text: one document a line"
    )
    ap.add_argument(
        "--pool",
        choices=sorted(POOLS),
        help="documents of one sentence pool only (see pool_mb), instead of the mixed corpus",
    )
    args = ap.parse_args()
    docs = pool_mb(args.pool, args.mb, args.seed) if args.pool else generate_mb(args.mb, args.seed)
    if args.format == "text":
        lines = "".join(d + "\n" for d in docs)
    else:
        lines = "".join(json.dumps({"text": d}, ensure_ascii=False) + "\n" for d in docs)
    if args.out == "-":
        print(lines, end="")
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(lines)


if __name__ == "__main__":
    main()
