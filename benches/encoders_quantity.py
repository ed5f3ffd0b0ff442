"""QUANTITY bench cases for benches/bench_encoders.py. The predecessor never wires numbers and
units together itself; its equivalent of our encode is `parse_unit` + `DimensionalQuantity.encode
(value * factor, dims)`, which is what is timed. `5 km/h` is 25/18 m/s, a non-terminating SI
value: it takes the codec's rational path."""

DOMAIN = "QUANTITY"


def cases() -> list[str]:
    return [
        "9.8 m/s^2",
        "373.15 K",
        "2 mol",
        "100 kPa",
        "6.022e23 mol^-1",
        "12 V",
        "1.2e-3 kg*m^2/s^2",
        "5 km/h",
    ]


PREDECESSOR = """
from fluxem.domains.physics import DimensionalQuantity
from fluxem.domains.physics.units import parse_unit
_dq = DimensionalQuantity()
def encode_one(text):
    number, unit = text.split(" ", 1)
    p = parse_unit(unit)
    return _dq.encode(float(number) * p.total_factor, p.dimensions)
"""
