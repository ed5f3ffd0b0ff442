"""Units the QUANTITY property tests and the error-model script
(scripts/quantity_error_model.py) draw from: one list, so the bounds in docs/ERROR_MODEL.md
are measured over the units the tests enforce them on."""

UNITS = [
    "m",
    "km",
    "mm",
    "µm",
    "nm",
    "s",
    "min",
    "h",
    "ms",
    "kg",
    "g",
    "mg",
    "t",
    "lb",
    "oz",
    "K",
    "°C",
    "°F",
    "mol",
    "mmol",
    "A",
    "mA",
    "cd",
    "N",
    "kN",
    "J",
    "kJ",
    "eV",
    "MeV",
    "cal",
    "kcal",
    "Wh",
    "kWh",
    "W",
    "MW",
    "Pa",
    "kPa",
    "bar",
    "atm",
    "psi",
    "mmHg",
    "Torr",
    "V",
    "mV",
    "kΩ",
    "F",
    "µF",
    "H",
    "T",
    "Wb",
    "S",
    "C",
    "Hz",
    "GHz",
    "L",
    "mL",
    "ha",
    "in",
    "ft",
    "yd",
    "mi",
    "Å",
    "Da",
    "m/s",
    "km/h",
    "mph",
    "kn",
    "m/s^2",
    "kg·m²/s²",
    "J/(mol·K)",
    "mol/L",
    "µM",
    "rad",
    "°",
    "rpm",
    "sr",
    "lm",
    "lx",
    "Bq",
    "Gy",
    "Sv",
    "kat",
    "%",
    "ppm",
    "Hz^0.5",
    "V/√Hz",
    "m^-1",
]

#: Our spelling -> pint's, where pint spells a unit differently (suffix replacement).
PINT_SPELLING = {
    "\u2126": "\u03a9",
    "Torr": "torr",
    "\u2103": "degC",
    "\u2109": "degF",
    "rev": "revolution",
    "%": "percent",
}


def pint_name(atom: str) -> str:
    for ours, theirs in PINT_SPELLING.items():
        if atom.endswith(ours):
            return atom[: -len(ours)] + theirs
    return atom


def pint_name_expr(unit: str) -> str:
    return (
        unit.replace("·", "*")
        .replace("²", "**2")
        .replace("^", "**")
        .replace("√Hz", "Hz**0.5")
        .replace("Ω", "Ω")
        .replace("Torr", "torr")
        .replace("°", "degree")
        .replace("%", "percent")
    )
