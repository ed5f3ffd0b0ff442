"""Units the QUANTITY property tests and the error-model script
(scripts/quantity_error_model.py) draw from: one list, so the bounds in docs/ERROR_MODEL.md
are measured over the units the tests enforce them on."""

UNITS = ["m", "km", "mm", "µm", "nm", "s", "min", "h", "ms", "kg", "g", "mg", "t", "lb", "oz",
         "K", "°C", "°F", "mol", "mmol", "A", "mA", "cd", "N", "kN", "J", "kJ", "eV", "MeV",
         "cal", "kcal", "Wh", "kWh", "W", "MW", "Pa", "kPa", "bar", "atm", "psi", "mmHg", "Torr",
         "V", "mV", "kΩ", "F", "µF", "H", "T", "Wb", "S", "C", "Hz", "GHz", "L", "mL", "ha",
         "in", "ft", "yd", "mi", "Å", "Da", "m/s", "km/h", "mph", "kn", "m/s^2", "kg·m²/s²",
         "J/(mol·K)", "mol/L", "µM", "rad", "°", "rpm", "sr", "lm", "lx", "Bq", "Gy", "Sv", "kat",
         "%", "ppm", "Hz^0.5", "V/√Hz", "m^-1"]
