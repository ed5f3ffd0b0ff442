//! The unit table: every unit symbol and name the grammar knows, with its exact SI factor.
//!
//! One place lists them all (`UNITS`, `PREFIXES`); the parser looks them up, the Python oracle
//! test (tests/test_quantity.py) iterates them against `pint`.
//!
//! Factors are exact: decimal or `a/b` strings, times `π^pi` for angle units (π is irrational;
//! those factors are evaluated to 60 digits and the encoded value is flagged rounded).
//! Dimension exponents are over (m, kg, s, A, K, mol, cd, rad): the radian is dimensionless in
//! SI but kept as its own exponent here, so `rad/s` (and `rpm`) stays distinct from `Hz`.
//! Sources: the SI Brochure (9th ed.) for SI and accepted units, NIST SP 811 / the 1959
//! international yard and pound for imperial units, CODATA 2022 for the dalton (as pint 0.25).

use super::factor::parse_exact;
use crate::fnv::FnvBuild;
use num_rational::BigRational;
use num_traits::One;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Number of dimension exponents: m, kg, s, A, K, mol, cd, rad.
pub const N_DIMS: usize = 8;
/// The SI base unit (or the radian) each exponent counts.
pub const DIM_SYMBOLS: [&str; N_DIMS] = ["m", "kg", "s", "A", "K", "mol", "cd", "rad"];

/// One unit: its spellings, exact factor to SI base units and dimension exponents.
#[derive(Debug)]
pub struct UnitDef {
    /// Symbols (first is canonical). Symbol prefixes (`k`, `µ`, `da` ...) apply when
    /// `prefixable`.
    pub symbols: &'static [&'static str],
    /// Spelled-out names, singular and plural. Word prefixes (`kilo`, `micro` ...) apply when
    /// `prefixable`.
    pub names: &'static [&'static str],
    /// Exact factor to SI base units: a decimal or `a/b` of decimals.
    pub factor: &'static str,
    /// Power of π in the factor (angles).
    pub pi: i8,
    /// Integer exponents over `DIM_SYMBOLS`.
    pub dims: [i8; N_DIMS],
    /// Whether SI prefixes apply (`km`, `kilometre`).
    pub prefixable: bool,
    /// Affine units only: kelvin = value * factor + offset (exact, `a/b` allowed).
    pub offset: Option<&'static str>,
}

/// An SI prefix: symbols (all spellings), word, power of ten.
#[derive(Debug)]
pub struct Prefix {
    pub symbols: &'static [&'static str],
    pub names: &'static [&'static str],
    pub exp10: i32,
}

/// The SI prefixes, quetta (10^30) to quecto (10^-30), with their alternative spellings.
#[rustfmt::skip]
pub static PREFIXES: &[Prefix] = &[
    Prefix { symbols: &["Q"], names: &["quetta"], exp10: 30 },
    Prefix { symbols: &["R"], names: &["ronna"], exp10: 27 },
    Prefix { symbols: &["Y"], names: &["yotta"], exp10: 24 },
    Prefix { symbols: &["Z"], names: &["zetta"], exp10: 21 },
    Prefix { symbols: &["E"], names: &["exa"], exp10: 18 },
    Prefix { symbols: &["P"], names: &["peta"], exp10: 15 },
    Prefix { symbols: &["T"], names: &["tera"], exp10: 12 },
    Prefix { symbols: &["G"], names: &["giga"], exp10: 9 },
    Prefix { symbols: &["M"], names: &["mega"], exp10: 6 },
    Prefix { symbols: &["k"], names: &["kilo"], exp10: 3 },
    Prefix { symbols: &["h"], names: &["hecto"], exp10: 2 },
    Prefix { symbols: &["da"], names: &["deca", "deka"], exp10: 1 },
    Prefix { symbols: &["d"], names: &["deci"], exp10: -1 },
    Prefix { symbols: &["c"], names: &["centi"], exp10: -2 },
    Prefix { symbols: &["m"], names: &["milli"], exp10: -3 },
    // U+00B5 MICRO SIGN, U+03BC GREEK SMALL LETTER MU, ASCII u
    Prefix { symbols: &["\u{b5}", "\u{3bc}", "u"], names: &["micro"], exp10: -6 },
    Prefix { symbols: &["n"], names: &["nano"], exp10: -9 },
    Prefix { symbols: &["p"], names: &["pico"], exp10: -12 },
    Prefix { symbols: &["f"], names: &["femto"], exp10: -15 },
    Prefix { symbols: &["a"], names: &["atto"], exp10: -18 },
    Prefix { symbols: &["z"], names: &["zepto"], exp10: -21 },
    Prefix { symbols: &["y"], names: &["yocto"], exp10: -24 },
    Prefix { symbols: &["r"], names: &["ronto"], exp10: -27 },
    Prefix { symbols: &["q"], names: &["quecto"], exp10: -30 },
];

/// Exponent vectors below are over (m, kg, s, A, K, mol, cd, rad).
macro_rules! unit {
    ($syms:expr, $names:expr, $factor:expr, $dims:expr, $prefixable:expr) => {
        UnitDef {
            symbols: &$syms,
            names: &$names,
            factor: $factor,
            pi: 0,
            dims: $dims,
            prefixable: $prefixable,
            offset: None,
        }
    };
}

const P: bool = true; // prefixable
const N: bool = false;
const LENGTH: [i8; N_DIMS] = [1, 0, 0, 0, 0, 0, 0, 0];
const MASS: [i8; N_DIMS] = [0, 1, 0, 0, 0, 0, 0, 0];
const TIME: [i8; N_DIMS] = [0, 0, 1, 0, 0, 0, 0, 0];
const TEMP: [i8; N_DIMS] = [0, 0, 0, 0, 1, 0, 0, 0];
const ANGLE: [i8; N_DIMS] = [0, 0, 0, 0, 0, 0, 0, 1];
const NONE: [i8; N_DIMS] = [0, 0, 0, 0, 0, 0, 0, 0];
const AREA: [i8; N_DIMS] = [2, 0, 0, 0, 0, 0, 0, 0];
const VOLUME: [i8; N_DIMS] = [3, 0, 0, 0, 0, 0, 0, 0];
const SPEED: [i8; N_DIMS] = [1, 0, -1, 0, 0, 0, 0, 0];
const FORCE: [i8; N_DIMS] = [1, 1, -2, 0, 0, 0, 0, 0];
const ENERGY: [i8; N_DIMS] = [2, 1, -2, 0, 0, 0, 0, 0];
const POWER: [i8; N_DIMS] = [2, 1, -3, 0, 0, 0, 0, 0];
const PRESSURE: [i8; N_DIMS] = [-1, 1, -2, 0, 0, 0, 0, 0];
const FREQUENCY: [i8; N_DIMS] = [0, 0, -1, 0, 0, 0, 0, 0];
const CHARGE: [i8; N_DIMS] = [0, 0, 1, 1, 0, 0, 0, 0];
const DOSE: [i8; N_DIMS] = [2, 0, -2, 0, 0, 0, 0, 0];

/// Every unit the QUANTITY grammar knows, with its exact SI factor and dimensions.
#[rustfmt::skip]
pub static UNITS: &[UnitDef] = &[
    // --- the 7 SI base units (the kilogram is the prefixed gram) ---
    unit!(["m"], ["metre", "metres", "meter", "meters"], "1", LENGTH, P),
    unit!(["g"], ["gram", "grams"], "0.001", MASS, P),
    unit!(["s", "sec"], ["second", "seconds"], "1", TIME, P),
    unit!(["A"], ["ampere", "amperes"], "1", [0, 0, 0, 1, 0, 0, 0, 0], P),
    unit!(["K"], ["kelvin", "kelvins"], "1", TEMP, P),
    unit!(["mol"], ["mole", "moles"], "1", [0, 0, 0, 0, 0, 1, 0, 0], P),
    unit!(["cd"], ["candela", "candelas"], "1", [0, 0, 0, 0, 0, 0, 1, 0], P),
    // --- the 22 SI derived units with special names (°C is below with the affine units) ---
    unit!(["rad"], ["radian", "radians"], "1", ANGLE, P),
    unit!(["sr"], ["steradian", "steradians"], "1", [0, 0, 0, 0, 0, 0, 0, 2], P),
    unit!(["Hz"], ["hertz"], "1", FREQUENCY, P),
    // `440hz`: the lowercase spelling of prose, unprefixed (`mhz` could mean mHz or MHz)
    unit!([], ["hz"], "1", FREQUENCY, N),
    unit!(["N"], ["newton", "newtons"], "1", FORCE, P),
    unit!(["Pa"], ["pascal", "pascals"], "1", PRESSURE, P),
    unit!(["J"], ["joule", "joules"], "1", ENERGY, P),
    unit!(["W"], ["watt", "watts"], "1", POWER, P),
    unit!(["C"], ["coulomb", "coulombs"], "1", CHARGE, P),
    unit!(["V"], ["volt", "volts"], "1", [2, 1, -3, -1, 0, 0, 0, 0], P),
    unit!(["F"], ["farad", "farads"], "1", [-2, -1, 4, 2, 0, 0, 0, 0], P),
    // U+2126 OHM SIGN, U+03A9 GREEK CAPITAL LETTER OMEGA
    unit!(["\u{2126}", "\u{3a9}", "ohm"], ["ohm", "ohms"], "1", [2, 1, -3, -2, 0, 0, 0, 0], P),
    unit!(["S"], ["siemens"], "1", [-2, -1, 3, 2, 0, 0, 0, 0], P),
    unit!(["Wb"], ["weber", "webers"], "1", [2, 1, -2, -1, 0, 0, 0, 0], P),
    unit!(["T"], ["tesla", "teslas"], "1", [0, 1, -2, -1, 0, 0, 0, 0], P),
    unit!(["H"], ["henry", "henrys"], "1", [2, 1, -2, -2, 0, 0, 0, 0], P),
    unit!(["lm"], ["lumen", "lumens"], "1", [0, 0, 0, 0, 0, 0, 1, 2], P),
    unit!(["lx"], ["lux"], "1", [-2, 0, 0, 0, 0, 0, 1, 2], P),
    unit!(["Bq"], ["becquerel", "becquerels"], "1", FREQUENCY, P),
    unit!(["Gy"], ["gray", "grays"], "1", DOSE, P),
    unit!(["Sv"], ["sievert", "sieverts"], "1", DOSE, P),
    unit!(["kat"], ["katal", "katals"], "1", [0, 0, -1, 0, 0, 1, 0, 0], P),
    // --- affine temperatures: kelvin = x * factor + offset (as a lone unit; see parser) ---
    // U+2103 DEGREE CELSIUS, U+2109 DEGREE FAHRENHEIT
    UnitDef { symbols: &["°C", "\u{2103}", "degC"], names: &["celsius"], factor: "1", pi: 0,
              dims: TEMP, prefixable: N, offset: Some("273.15") },
    UnitDef { symbols: &["°F", "\u{2109}", "degF"], names: &["fahrenheit"], factor: "5/9", pi: 0,
              dims: TEMP, prefixable: N, offset: Some("2298.35/9") }, // 459.67 * 5/9
    // --- time ---
    unit!(["min"], ["minute", "minutes"], "60", TIME, N),
    unit!(["h", "hr"], ["hour", "hours"], "3600", TIME, N),
    unit!(["d"], ["day", "days"], "86400", TIME, N),
    unit!([], ["week", "weeks"], "604800", TIME, N),
    unit!(["yr"], ["year", "years"], "31557600", TIME, P), // Julian year, 365.25 d
    // --- length, area, volume ---
    // U+00C5 LATIN CAPITAL LETTER A WITH RING ABOVE, U+212B ANGSTROM SIGN
    unit!(["\u{c5}", "\u{212b}"], ["angstrom", "angstroms"], "1e-10", LENGTH, N),
    unit!(["in"], ["inch", "inches"], "0.0254", LENGTH, N),
    unit!(["ft"], ["foot", "feet"], "0.3048", LENGTH, N),
    unit!(["yd"], ["yard", "yards"], "0.9144", LENGTH, N),
    unit!(["mi"], ["mile", "miles"], "1609.344", LENGTH, N),
    unit!(["nmi"], [], "1852", LENGTH, N),
    // `AU`: the astronomical unit's spelling before IAU 2012 B2, still common (pint reads it as
    // an absorbance unit: the segmenter reads it only beside a word of astronomy)
    unit!(["au", "AU"], [], "149597870700", LENGTH, N),
    unit!(["ly"], [], "9460730472580800", LENGTH, N), // c * Julian year
    // the parsec, 648000/π au (IAU 2015 B2; pint's is 1/tan(1″) au, 8e-12 larger), and the
    // prefixed forms astronomy writes; `pc` alone needs a science context (also "pieces")
    UnitDef { symbols: &["pc"], names: &["parsec", "parsecs"], factor: "96939420213600000",
              pi: -1, dims: LENGTH, prefixable: N, offset: None },
    UnitDef { symbols: &["kpc"], names: &["kiloparsec", "kiloparsecs"],
              factor: "96939420213600000e3", pi: -1, dims: LENGTH, prefixable: N, offset: None },
    UnitDef { symbols: &["Mpc"], names: &["megaparsec", "megaparsecs"],
              factor: "96939420213600000e6", pi: -1, dims: LENGTH, prefixable: N, offset: None },
    UnitDef { symbols: &["Gpc"], names: &["gigaparsec", "gigaparsecs"],
              factor: "96939420213600000e9", pi: -1, dims: LENGTH, prefixable: N, offset: None },
    unit!(["ha"], ["hectare", "hectares"], "10000", AREA, N),
    // U+2113 SCRIPT SMALL L
    unit!(["L", "l", "\u{2113}"], ["litre", "litres", "liter", "liters"], "0.001", VOLUME, P),
    unit!(["cc"], [], "1e-6", VOLUME, N),
    unit!(["gal"], ["gallon", "gallons"], "0.003785411784", VOLUME, N), // US, 231 in^3
    // --- mass ---
    unit!(["t"], ["tonne", "tonnes"], "1000", MASS, P),
    unit!(["lb", "lbs"], ["pound", "pounds"], "0.45359237", MASS, N),
    unit!(["oz"], ["ounce", "ounces"], "0.028349523125", MASS, N), // lb / 16
    unit!(["Da"], ["dalton", "daltons"], "1.66053906892e-27", MASS, P), // CODATA 2022
    unit!(["u", "amu"], [], "1.66053906892e-27", MASS, N),
    // --- speed, frequency, angle ---
    unit!(["mph"], [], "0.44704", SPEED, N), // mi / h
    unit!(["kn"], ["knot", "knots"], "1852/3600", SPEED, N),
    UnitDef { symbols: &["°", "deg"], names: &[], factor: "1/180", pi: 1, dims: ANGLE,
              prefixable: N, offset: None },
    UnitDef { symbols: &["arcmin"], names: &[], factor: "1/10800", pi: 1, dims: ANGLE,
              prefixable: N, offset: None },
    UnitDef { symbols: &["arcsec"], names: &[], factor: "1/648000", pi: 1, dims: ANGLE,
              prefixable: N, offset: None },
    UnitDef { symbols: &["rev"], names: &["revolution", "revolutions", "turn", "turns"],
              factor: "2", pi: 1, dims: ANGLE, prefixable: N, offset: None },
    UnitDef { symbols: &["rpm"], names: &[], factor: "1/30", pi: 1,
              dims: [0, 0, -1, 0, 0, 0, 0, 1], prefixable: N, offset: None }, // rev / min
    // --- force, energy, power, pressure ---
    unit!(["lbf"], [], "4.4482216152605", FORCE, N), // lb * 9.80665 m/s^2
    unit!(["kgf"], [], "9.80665", FORCE, N),
    unit!(["dyn"], [], "1e-5", FORCE, N),
    unit!(["eV"], ["electronvolt", "electronvolts"], "1.602176634e-19", ENERGY, P),
    unit!(["cal"], ["calorie", "calories"], "4.184", ENERGY, P), // thermochemical
    unit!(["Wh"], [], "3600", ENERGY, P),
    unit!(["erg"], [], "1e-7", ENERGY, N),
    unit!(["Btu", "BTU"], [], "1055.056", ENERGY, N), // ISO 31-4
    unit!(["hp"], ["horsepower"], "745.69987158227022", POWER, N), // 550 ft lbf / s
    unit!(["bar"], [], "100000", PRESSURE, P),
    // prefixable: `µatm`, `uatm` (partial pressures of CO2 in seawater) are read as pint reads them
    unit!(["atm"], ["atmosphere", "atmospheres"], "101325", PRESSURE, P),
    unit!(["Torr", "torr"], [], "101325/760", PRESSURE, P),
    unit!(["mmHg"], [], "133.322387415", PRESSURE, N), // conventional: 13.5951 g/cm^3 * g_n
    unit!(["psi"], [], "4.4482216152605/0.00064516", PRESSURE, N), // lbf / in^2
    // pounds per square inch absolute (petroleum engineering): psi read from zero, so the same
    // value; `psig` (gauge, from the ambient pressure) is no unit here
    unit!(["psia"], [], "4.4482216152605/0.00064516", PRESSURE, N),
    // --- electricity, chemistry, radioactivity ---
    unit!(["Ah"], [], "3600", CHARGE, P),
    unit!(["M"], ["molar"], "1000", [-3, 0, 0, 0, 0, 1, 0, 0], P), // mol / L
    // one entity as an amount, 1/N_A mol (exact since SI 2019; pint: `molecule`, `particle`):
    // `eV/atom` is an energy per amount, 1 eV/atom = 96.485 kJ/mol. The segmenter takes these
    // only after a `/` (`120 atoms` is a count of things).
    unit!(
        [],
        ["atom", "atoms", "molecule", "molecules", "particle", "particles"],
        "1/6.02214076e23",
        [0, 0, 0, 0, 0, 1, 0, 0],
        N
    ),
    unit!(["Ci"], [], "3.7e10", FREQUENCY, N),
    // --- dimensionless ratios ---
    unit!(["%"], ["percent"], "0.01", NONE, N),
    unit!(["ppm"], [], "1e-6", NONE, N),
    // U+2030 PER MILLE SIGN (pint: permille = 0.001 = ‰); parts per billion, short scale (pint
    // has no ppb). `ppt` is refused (NOT_UNITS), the levels dB, dBm, ... are in `levels`.
    unit!(["\u{2030}"], ["permille"], "0.001", NONE, N),
    unit!(["ppb"], [], "1e-9", NONE, N),
];

/// Spellings that a prefix split would read one way and common usage (or pint) another:
/// rejected with a `ParseError` instead of guessing.
pub const AMBIGUOUS: &[(&str, &str)] = &[
    ("kt", "knot (kn) or kilotonne"),
    ("hbar", "hectobar or the reduced Planck constant"),
    ("Tt", "teratonne or tex"),
    ("dat", "decatonne or decitechnical atmosphere"),
    ("ct", "centitonne or carat"),
    ("pt", "picotonne or pint"),
    ("at", "attotonne or technical atmosphere"),
    ("qt", "quectotonne or quart"),
    ("pH", "the acidity scale (not a unit) or picohenry"),
];

/// Spellings written after numbers that are refused with a reason, although no prefix split
/// reads them: the value they mean is not one the table can give.
pub const NOT_UNITS: &[(&str, &str)] = &[
    (
        "ppt",
        "parts per thousand (salinity, like \u{2030}) or per trillion; pint reads a picopint",
    ),
    (
        "IU",
        "an International Unit is a different amount for each substance (vitamin D, insulin): \
         it has no SI value",
    ),
];

/// Single-atom units that are also common words or abbreviations in running text; a segmenter
/// should want context before treating `5 in` or `3 h` as a quantity.
pub const WORD_LIKE: &[&str] = &[
    "in", "min", "h", "d", "t", "l", "mi", "M", "u", "bar", "rad", "ha", "Da", "cd", "lm", "S",
    "C", "T", "H", "F", "N", "A", "J", "V", "W", "K", "g", "m", "s", "L", "deg", "rev", "ft", "yd",
    "lb", "oz", "cal", "hr", "yr", "%",
];

/// What an atom of the unit grammar resolved to.
#[derive(Debug, Clone, Copy)]
pub struct Resolved {
    pub def: &'static UnitDef,
    /// Position of `def` in `UNITS`.
    pub index: usize,
    pub exp10: i32,
}

/// A table factor parsed once into exact rationals.
#[derive(Debug)]
pub struct ExactFactor {
    pub factor: BigRational,
    pub is_one: bool,
    pub offset: Option<BigRational>,
}

/// The exact factors of `UNITS`, in table order.
pub fn exact_factors() -> &'static [ExactFactor] {
    static FACTORS: OnceLock<Vec<ExactFactor>> = OnceLock::new();
    FACTORS.get_or_init(|| {
        UNITS
            .iter()
            .map(|def| {
                let factor = parse_exact(def.factor);
                ExactFactor {
                    is_one: factor.is_one(),
                    factor,
                    offset: def.offset.map(parse_exact),
                }
            })
            .collect()
    })
}

struct Index {
    symbols: HashMap<&'static str, usize>,
    names: HashMap<&'static str, usize>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut symbols = HashMap::new();
        let mut names = HashMap::new();
        for (i, def) in UNITS.iter().enumerate() {
            for s in def.symbols {
                let old = symbols.insert(*s, i);
                debug_assert!(old.is_none(), "duplicate unit symbol {s}");
            }
            for n in def.names {
                let old = names.insert(*n, i);
                debug_assert!(old.is_none(), "duplicate unit name {n}");
            }
        }
        Index { symbols, names }
    })
}

/// The reason a spelling is refused as ambiguous, if it is.
pub fn ambiguity(atom: &str) -> Option<&'static str> {
    AMBIGUOUS
        .iter()
        .chain(NOT_UNITS)
        .find(|(s, _)| *s == atom)
        .map(|(_, why)| *why)
}

/// Resolves one atom (a maximal run of unit characters): an exact symbol or name first, then a
/// prefix followed by a prefixable symbol (symbol prefixes) or name (word prefixes).
pub fn resolve(atom: &str) -> Option<Resolved> {
    let idx = index();
    let found = |index: usize, exp10: i32| Resolved {
        def: &UNITS[index],
        index,
        exp10,
    };
    if let Some(&i) = idx.symbols.get(atom).or_else(|| idx.names.get(atom)) {
        return Some(found(i, 0));
    }
    for p in PREFIXES {
        for ps in p.symbols {
            if let Some(&i) = atom.strip_prefix(ps).and_then(|rest| idx.symbols.get(rest)) {
                if UNITS[i].prefixable {
                    return Some(found(i, p.exp10));
                }
            }
        }
        for pn in p.names {
            if let Some(&i) = atom.strip_prefix(pn).and_then(|rest| idx.names.get(rest)) {
                if UNITS[i].prefixable {
                    return Some(found(i, p.exp10));
                }
            }
        }
    }
    None
}

/// `resolve` for an unambiguous atom in one hash lookup (`resolve` tries each prefix in turn);
/// None for ambiguous spellings (`kt`) and non-units. The unit grammar's atom lookup.
pub fn lookup(atom: &str) -> Option<Resolved> {
    // the table's first use and atoms over 8 bytes live out of line: the common lookup then
    // needs few registers (it runs after most numbers of a text)
    let table = match ATOM_TABLE.get() {
        Some(t) => t,
        None => atom_table_init(),
    };
    let key = atom.as_bytes();
    if !table.filter.may_hold(key) {
        return None;
    }
    let found = match packed(key) {
        Some(k) => table.short.get(k),
        None => table.long_get(key),
    };
    found.map(|(index, exp10)| Resolved {
        def: &UNITS[index],
        index,
        exp10,
    })
}

static ATOM_TABLE: OnceLock<AtomTable> = OnceLock::new();

#[cold]
#[inline(never)]
fn atom_table_init() -> &'static AtomTable {
    ATOM_TABLE.get_or_init(|| {
        let atoms = all_atoms().into_iter().filter_map(|(atom, _)| {
            let r = resolve(&atom)?;
            Some((atom.into_bytes(), (r.index, r.exp10)))
        });
        AtomTable::of(atoms.collect())
    })
}

/// The atoms `lookup` finds: those of 8 bytes or fewer (nearly all, and all that text after a
/// number usually holds) packed into one word each, the rest hashed as bytes.
struct AtomTable {
    filter: KeyFilter,
    short: PackedTable,
    long: HashMap<Box<[u8]>, (usize, i32), FnvBuild>,
}

impl AtomTable {
    fn of(atoms: Vec<(Vec<u8>, (usize, i32))>) -> AtomTable {
        let filter = KeyFilter::of(atoms.iter().map(|(key, _)| &key[..]));
        let (mut short, mut long) = (Vec::new(), HashMap::default());
        for (key, value) in atoms {
            match packed(&key) {
                Some(k) => short.push((k, value)),
                None => {
                    long.insert(key.into_boxed_slice(), value);
                }
            }
        }
        AtomTable {
            filter,
            short: PackedTable::of(&short),
            long,
        }
    }

    /// An atom of more than 8 bytes (rare after a number).
    #[cold]
    #[inline(never)]
    fn long_get(&self, key: &[u8]) -> Option<(usize, i32)> {
        self.long.get(key).copied()
    }
}

/// A key of 1 to 8 bytes as one word, its bytes from the lowest; None when longer, empty or
/// ending in a zero byte. Atoms hold no zero byte, so the zero bytes above a short atom tell
/// its length: distinct atoms give distinct words, 0 is none, and a key with a zero byte
/// inside packs to no atom's word (one ending in a zero byte, `m\0`, would pack to `m`'s:
/// such keys go to the byte-keyed map, which finds no atom either).
/// The word is read in two overlapping loads (4 to 8 bytes) or three bytes (1 to 3 bytes)
/// rather than byte by byte.
#[inline]
pub(super) fn packed(key: &[u8]) -> Option<u64> {
    let n = key.len();
    match key.last() {
        Some(&last) if last != 0 && n <= 8 => Some(if n >= 4 {
            let lo = u32::from_le_bytes([key[0], key[1], key[2], key[3]]);
            let hi = u32::from_le_bytes([key[n - 4], key[n - 3], key[n - 2], last]);
            u64::from(lo) | u64::from(hi) << (8 * (n - 4))
        } else {
            u64::from(key[0])
                | u64::from(key[n / 2]) << (8 * (n / 2))
                | u64::from(last) << (8 * (n - 1))
        }),
        _ => None,
    }
}

/// Open addressing over packed keys: a multiplicative hash, linear probing, at most a quarter
/// full (a miss ends at the first empty slot, most often the first one looked at).
struct PackedTable {
    slots: Box<[(u64, (usize, i32))]>,
    shift: u32,
}

impl PackedTable {
    fn of(entries: &[(u64, (usize, i32))]) -> PackedTable {
        let size = (entries.len() * 4).next_power_of_two().max(16);
        let mut table = PackedTable {
            slots: vec![(0, (0, 0)); size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
        };
        for &(k, value) in entries {
            let mut i = table.home(k);
            while table.slots[i].0 != 0 {
                debug_assert_ne!(table.slots[i].0, k, "duplicate atom");
                i = (i + 1) & (size - 1);
            }
            table.slots[i] = (k, value);
        }
        table
    }

    #[inline]
    fn home(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, k: u64) -> Option<(usize, i32)> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        loop {
            let (key, value) = self.slots[i];
            if key == k {
                return Some(value);
            }
            if key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// A necessary condition for a key to be in a table, two bit tests: for each first byte, the
/// lengths (capped at 63) and the last bytes (mod 64) its keys have. Most words after a number
/// (`of`, `the`, `samples`) fail it, and skip hashing.
struct KeyFilter {
    lens: [u64; 256],
    lasts: [u64; 256],
}

impl KeyFilter {
    fn of<'k>(keys: impl Iterator<Item = &'k [u8]>) -> KeyFilter {
        let mut f = KeyFilter {
            lens: [0; 256],
            lasts: [0; 256],
        };
        for k in keys {
            if let (Some(&first), Some(&last)) = (k.first(), k.last()) {
                f.lens[first as usize] |= 1 << k.len().min(63);
                f.lasts[first as usize] |= 1 << (last & 63);
            }
        }
        f
    }

    fn may_hold(&self, k: &[u8]) -> bool {
        match (k.first(), k.last()) {
            (Some(&first), Some(&last)) => {
                self.lens[first as usize] & (1 << k.len().min(63)) != 0
                    && self.lasts[first as usize] & (1 << (last & 63)) != 0
            }
            _ => false,
        }
    }
}

/// Every atom spelling the grammar accepts (symbols, names, and every prefixed form that is not
/// shadowed by an exact symbol, e.g. `ft` is the foot, not a femtotonne), with the affine flag.
/// Used by the oracle test; unit expressions combine these.
pub fn all_atoms() -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut push = |atom: String, index: usize, exp10: i32| {
        let def = &UNITS[index];
        let same = resolve(&atom).is_some_and(|r| r.index == index && r.exp10 == exp10);
        if same && ambiguity(&atom).is_none() {
            out.push((atom, def.offset.is_some()));
        }
    };
    for (i, def) in UNITS.iter().enumerate() {
        for s in def.symbols {
            push(s.to_string(), i, 0);
            if def.prefixable {
                for p in PREFIXES {
                    for ps in p.symbols {
                        push(format!("{ps}{s}"), i, p.exp10);
                    }
                }
            }
        }
        for n in def.names {
            if !def.symbols.contains(n) {
                push(n.to_string(), i, 0);
            }
            if def.prefixable {
                for p in PREFIXES {
                    for pn in p.names {
                        push(format!("{pn}{n}"), i, p.exp10);
                    }
                }
            }
        }
    }
    out
}

/// Prefixed spellings that an exact symbol shadows (reported by tests, documented).
pub fn shadowed_atoms() -> Vec<String> {
    let mut out = Vec::new();
    for (i, def) in UNITS.iter().enumerate().filter(|(_, d)| d.prefixable) {
        for s in def.symbols {
            for p in PREFIXES {
                for ps in p.symbols {
                    let atom = format!("{ps}{s}");
                    let r = resolve(&atom);
                    if !r.is_some_and(|r| r.index == i && r.exp10 == p.exp10) {
                        out.push(atom);
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_words_are_the_bytes_from_the_lowest() {
        let by_bytes = |key: &[u8]| match key.last() {
            Some(&last) if last != 0 && key.len() <= 8 => Some(
                key.iter()
                    .rev()
                    .fold(0u64, |word, &c| word << 8 | u64::from(c)),
            ),
            _ => None,
        };
        let mut rng = crate::test_rng::XorShift::new(0xA70A_7AB1_E000_0001);
        for _ in 0..100_000 {
            let n = rng.below(11);
            // zero bytes and high bytes, which the word must keep in place
            let key: Vec<u8> = (0..n)
                .map(|_| [0, 1, b'm', b'k', 0x80, 0xFF][rng.below(6)])
                .collect();
            assert_eq!(packed(&key), by_bytes(&key), "{key:?}");
        }
    }

    #[test]
    fn only_known_prefix_splits_are_shadowed() {
        let mut shadowed = shadowed_atoms();
        shadowed.sort();
        assert_eq!(shadowed, ["ft"]); // the foot, not a femtotonne
        assert!(all_atoms().len() > 1500);
    }

    #[test]
    fn lookup_is_resolve_without_the_ambiguous_spellings() {
        for (atom, _) in all_atoms() {
            let (a, b) = (lookup(&atom).unwrap(), resolve(&atom).unwrap());
            assert_eq!((a.index, a.exp10), (b.index, b.exp10), "{atom}");
        }
        for (atom, _) in AMBIGUOUS {
            assert!(resolve(atom).is_some() && lookup(atom).is_none(), "{atom}");
        }
        for atom in [
            "xyz",
            "kmin",
            "\u{43c}",
            "",
            "mm2",
            "Km",
            "of",
            "the",
            "samples",
            "mol",
            "metres",
            "kilometre",
            "kilometres",
            "micrometre",
            "centimetre",
            "millimetres",
            "µm",
            "°C",
        ] {
            assert_eq!(lookup(atom).is_some(), resolve(atom).is_some(), "{atom}");
        }
    }

    #[test]
    fn zero_bytes_find_no_atom() {
        for atom in [
            "m\0",
            "\0m",
            "m\0s",
            "kg\0\0\0\0\0\0",
            "\0",
            "kg\0\0\0\0\0\0\0",
        ] {
            assert!(lookup(atom).is_none(), "{atom:?}");
        }
    }

    #[test]
    fn refused_spellings_resolve_to_nothing() {
        for (atom, _) in NOT_UNITS {
            assert!(resolve(atom).is_none() && lookup(atom).is_none(), "{atom}");
            assert!(ambiguity(atom).is_some(), "{atom}");
        }
        assert_eq!(lookup("pH").map(|r| r.index), None); // not picohenry
        assert_eq!(resolve("pH").map(|r| r.exp10), Some(-12));
    }

    #[test]
    fn exact_symbols_win_over_prefix_splits() {
        assert_eq!(resolve("min").unwrap().def.symbols[0], "min");
        assert_eq!(resolve("ft").unwrap().def.symbols[0], "ft");
        assert_eq!(resolve("cd").unwrap().def.symbols[0], "cd");
        assert_eq!(resolve("Pa").unwrap().def.symbols[0], "Pa");
        let km = resolve("km").unwrap();
        assert_eq!((km.def.symbols[0], km.exp10), ("m", 3));
        let dam = resolve("dam").unwrap();
        assert_eq!((dam.def.symbols[0], dam.exp10), ("m", 1));
        assert!(resolve("kmin").is_none());
        assert!(resolve("xyz").is_none());
        assert!(resolve("\u{43c}").is_none()); // Cyrillic em
    }
}
