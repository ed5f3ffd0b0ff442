//! The 118 elements: symbol, English name, atomic number and the atomic weight used for molar
//! masses, then the two hydrogen isotopes that formulas write with symbols of their own
//! (D, T). This file is the only place the table lives.
//!
//! Weights are the IUPAC/CIAAW standard atomic weights of 2021 (Pure Appl. Chem. 2022), with the
//! 2024 revisions of Zr, Gd and Lu. Where the standard weight is an interval (H, Li, B, C, N, O,
//! Mg, Si, S, Cl, Ar, Br, Tl, Pb) the CIAAW *conventional* value is used. Elements without a
//! standard weight (no stable isotope and no characteristic terrestrial composition) carry the
//! mass number of their longest-lived isotope, as listed in Table 4 of "Atomic weights of the
//! elements 2013" (IUPAC Technical Report); those values are nominal, not measured averages.
//! D and T carry their atomic masses (AME2020, Chinese Phys. C 45, 030003).

/// How an element's weight was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightSource {
    /// A single-valued standard atomic weight.
    Standard,
    /// The conventional value of an interval standard atomic weight.
    Conventional,
    /// No standard atomic weight: the mass number of the longest-lived isotope.
    MassNumber,
    /// One nuclide (D, T): its atomic mass.
    Isotope,
}

impl WeightSource {
    /// `"standard"`, `"conventional"`, `"mass_number"` or `"isotope"`: the name the Python API
    /// reports.
    pub fn name(self) -> &'static str {
        match self {
            WeightSource::Standard => "standard",
            WeightSource::Conventional => "conventional",
            WeightSource::MassNumber => "mass_number",
            WeightSource::Isotope => "isotope",
        }
    }
}

/// One row of the periodic table, with the weight used for molar masses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Element {
    /// Atomic number.
    pub z: u8,
    /// Element symbol as written in formulas (`"Na"`).
    pub symbol: &'static str,
    /// English name (`"Sodium"`).
    pub name: &'static str,
    /// Atomic weight in g/mol (see the module docs for its source).
    pub weight: f64,
    /// How `weight` was chosen.
    pub source: WeightSource,
}

/// Number of elements (Z = 1..=118).
pub const ELEMENT_COUNT: usize = 118;
/// Kinds of atom a formula counts: the 118 elements, then deuterium (id 119) and tritium
/// (id 120). A kind's *id* is its index in `ELEMENTS` plus one (Z for the elements).
pub const ATOM_KINDS: usize = ELEMENT_COUNT + 2;
/// Id of deuterium, written `D` (`D2O`, `CDCl3`).
pub const DEUTERIUM: u8 = 119;
/// Id of tritium, written `T` (`T2O`, `HTO`).
pub const TRITIUM: u8 = 120;

const fn el(
    z: u8,
    symbol: &'static str,
    name: &'static str,
    weight: f64,
    source: WeightSource,
) -> Element {
    Element {
        z,
        symbol,
        name,
        weight,
        source,
    }
}

use WeightSource::{Conventional as C, Isotope as I, MassNumber as M, Standard as S};

/// Indexed by `id - 1`: the elements by Z, then D and T (whose `z` is 1).
#[rustfmt::skip]
pub const ELEMENTS: [Element; ATOM_KINDS] = [
    el(1, "H", "Hydrogen", 1.008, C),
    el(2, "He", "Helium", 4.002602, S),
    el(3, "Li", "Lithium", 6.94, C),
    el(4, "Be", "Beryllium", 9.0121831, S),
    el(5, "B", "Boron", 10.81, C),
    el(6, "C", "Carbon", 12.011, C),
    el(7, "N", "Nitrogen", 14.007, C),
    el(8, "O", "Oxygen", 15.999, C),
    el(9, "F", "Fluorine", 18.998403162, S),
    el(10, "Ne", "Neon", 20.1797, S),
    el(11, "Na", "Sodium", 22.98976928, S),
    el(12, "Mg", "Magnesium", 24.305, C),
    el(13, "Al", "Aluminium", 26.9815384, S),
    el(14, "Si", "Silicon", 28.085, C),
    el(15, "P", "Phosphorus", 30.973761998, S),
    el(16, "S", "Sulfur", 32.06, C),
    el(17, "Cl", "Chlorine", 35.45, C),
    el(18, "Ar", "Argon", 39.95, C),
    el(19, "K", "Potassium", 39.0983, S),
    el(20, "Ca", "Calcium", 40.078, S),
    el(21, "Sc", "Scandium", 44.955907, S),
    el(22, "Ti", "Titanium", 47.867, S),
    el(23, "V", "Vanadium", 50.9415, S),
    el(24, "Cr", "Chromium", 51.9961, S),
    el(25, "Mn", "Manganese", 54.938043, S),
    el(26, "Fe", "Iron", 55.845, S),
    el(27, "Co", "Cobalt", 58.933194, S),
    el(28, "Ni", "Nickel", 58.6934, S),
    el(29, "Cu", "Copper", 63.546, S),
    el(30, "Zn", "Zinc", 65.38, S),
    el(31, "Ga", "Gallium", 69.723, S),
    el(32, "Ge", "Germanium", 72.630, S),
    el(33, "As", "Arsenic", 74.921595, S),
    el(34, "Se", "Selenium", 78.971, S),
    el(35, "Br", "Bromine", 79.904, C),
    el(36, "Kr", "Krypton", 83.798, S),
    el(37, "Rb", "Rubidium", 85.4678, S),
    el(38, "Sr", "Strontium", 87.62, S),
    el(39, "Y", "Yttrium", 88.905838, S),
    el(40, "Zr", "Zirconium", 91.222, S),
    el(41, "Nb", "Niobium", 92.90637, S),
    el(42, "Mo", "Molybdenum", 95.95, S),
    el(43, "Tc", "Technetium", 97.0, M),
    el(44, "Ru", "Ruthenium", 101.07, S),
    el(45, "Rh", "Rhodium", 102.90549, S),
    el(46, "Pd", "Palladium", 106.42, S),
    el(47, "Ag", "Silver", 107.8682, S),
    el(48, "Cd", "Cadmium", 112.414, S),
    el(49, "In", "Indium", 114.818, S),
    el(50, "Sn", "Tin", 118.710, S),
    el(51, "Sb", "Antimony", 121.760, S),
    el(52, "Te", "Tellurium", 127.60, S),
    el(53, "I", "Iodine", 126.90447, S),
    el(54, "Xe", "Xenon", 131.293, S),
    el(55, "Cs", "Caesium", 132.90545196, S),
    el(56, "Ba", "Barium", 137.327, S),
    el(57, "La", "Lanthanum", 138.90547, S),
    el(58, "Ce", "Cerium", 140.116, S),
    el(59, "Pr", "Praseodymium", 140.90766, S),
    el(60, "Nd", "Neodymium", 144.242, S),
    el(61, "Pm", "Promethium", 145.0, M),
    el(62, "Sm", "Samarium", 150.36, S),
    el(63, "Eu", "Europium", 151.964, S),
    el(64, "Gd", "Gadolinium", 157.249, S),
    el(65, "Tb", "Terbium", 158.925354, S),
    el(66, "Dy", "Dysprosium", 162.500, S),
    el(67, "Ho", "Holmium", 164.930329, S),
    el(68, "Er", "Erbium", 167.259, S),
    el(69, "Tm", "Thulium", 168.934219, S),
    el(70, "Yb", "Ytterbium", 173.045, S),
    el(71, "Lu", "Lutetium", 174.96669, S),
    el(72, "Hf", "Hafnium", 178.486, S),
    el(73, "Ta", "Tantalum", 180.94788, S),
    el(74, "W", "Tungsten", 183.84, S),
    el(75, "Re", "Rhenium", 186.207, S),
    el(76, "Os", "Osmium", 190.23, S),
    el(77, "Ir", "Iridium", 192.217, S),
    el(78, "Pt", "Platinum", 195.084, S),
    el(79, "Au", "Gold", 196.966570, S),
    el(80, "Hg", "Mercury", 200.592, S),
    el(81, "Tl", "Thallium", 204.38, C),
    el(82, "Pb", "Lead", 207.2, C),
    el(83, "Bi", "Bismuth", 208.98040, S),
    el(84, "Po", "Polonium", 209.0, M),
    el(85, "At", "Astatine", 210.0, M),
    el(86, "Rn", "Radon", 222.0, M),
    el(87, "Fr", "Francium", 223.0, M),
    el(88, "Ra", "Radium", 226.0, M),
    el(89, "Ac", "Actinium", 227.0, M),
    el(90, "Th", "Thorium", 232.0377, S),
    el(91, "Pa", "Protactinium", 231.03588, S),
    el(92, "U", "Uranium", 238.02891, S),
    el(93, "Np", "Neptunium", 237.0, M),
    el(94, "Pu", "Plutonium", 244.0, M),
    el(95, "Am", "Americium", 243.0, M),
    el(96, "Cm", "Curium", 247.0, M),
    el(97, "Bk", "Berkelium", 247.0, M),
    el(98, "Cf", "Californium", 251.0, M),
    el(99, "Es", "Einsteinium", 252.0, M),
    el(100, "Fm", "Fermium", 257.0, M),
    el(101, "Md", "Mendelevium", 258.0, M),
    el(102, "No", "Nobelium", 259.0, M),
    el(103, "Lr", "Lawrencium", 262.0, M),
    el(104, "Rf", "Rutherfordium", 267.0, M),
    el(105, "Db", "Dubnium", 270.0, M),
    el(106, "Sg", "Seaborgium", 269.0, M),
    el(107, "Bh", "Bohrium", 270.0, M),
    el(108, "Hs", "Hassium", 270.0, M),
    el(109, "Mt", "Meitnerium", 278.0, M),
    el(110, "Ds", "Darmstadtium", 281.0, M),
    el(111, "Rg", "Roentgenium", 281.0, M),
    el(112, "Cn", "Copernicium", 285.0, M),
    el(113, "Nh", "Nihonium", 286.0, M),
    el(114, "Fl", "Flerovium", 289.0, M),
    el(115, "Mc", "Moscovium", 289.0, M),
    el(116, "Lv", "Livermorium", 293.0, M),
    el(117, "Ts", "Tennessine", 294.0, M),
    el(118, "Og", "Oganesson", 294.0, M),
    el(1, "D", "Deuterium", 2.01410177812, I),
    el(1, "T", "Tritium", 3.01604928132, I),
];

/// `SYMBOL_INDEX[upper][lower + 1]` = Z (0 when unknown); `lower` index 0 means no second letter.
static SYMBOL_INDEX: [[u8; 27]; 26] = build_symbol_index();

const fn build_symbol_index() -> [[u8; 27]; 26] {
    let mut table = [[0u8; 27]; 26];
    let mut i = 0;
    while i < ELEMENT_COUNT {
        let b = ELEMENTS[i].symbol.as_bytes();
        let second = if b.len() > 1 {
            (b[1] - b'a') as usize + 1
        } else {
            0
        };
        table[(b[0] - b'A') as usize][second] = ELEMENTS[i].z;
        i += 1;
    }
    table
}

/// Z of the element symbol `upper` (+ optional `lower`), case-sensitive (`Co` is cobalt, `CO`
/// is not one symbol); None for anything that is not one of the 118 symbols (D and T are not
/// elements: `lookup_atom` reads them).
pub fn lookup(upper: u8, lower: Option<u8>) -> Option<u8> {
    if !upper.is_ascii_uppercase() {
        return None;
    }
    let second = match lower {
        None => 0,
        Some(l) if l.is_ascii_lowercase() => (l - b'a') as usize + 1,
        Some(_) => return None,
    };
    match SYMBOL_INDEX[(upper - b'A') as usize][second] {
        0 => None,
        z => Some(z),
    }
}

/// The atom id of `upper` (+ optional `lower`): an element's Z, or `DEUTERIUM`/`TRITIUM` for a
/// lone `D`/`T` (`Ds`, `Db`, `Ts`, `Tb`... stay elements).
pub fn lookup_atom(upper: u8, lower: Option<u8>) -> Option<u8> {
    match (upper, lower) {
        (b'D', None) => Some(DEUTERIUM),
        (b'T', None) => Some(TRITIUM),
        _ => lookup(upper, lower),
    }
}

/// Z of a whole element symbol string ("Fe" -> 26).
pub fn lookup_symbol(symbol: &str) -> Option<u8> {
    let (upper, lower) = symbol_letters(symbol)?;
    lookup(upper, lower)
}

/// The atom id of a whole symbol string, D and T included ("Fe" -> 26, "D" -> 119).
pub fn lookup_atom_symbol(symbol: &str) -> Option<u8> {
    let (upper, lower) = symbol_letters(symbol)?;
    lookup_atom(upper, lower)
}

/// The one or two letters of a symbol string, None for any other length.
fn symbol_letters(symbol: &str) -> Option<(u8, Option<u8>)> {
    match symbol.as_bytes() {
        [u] => Some((*u, None)),
        [u, l] => Some((*u, Some(*l))),
        _ => None,
    }
}

/// The element or isotope with atom id `id` (1..=120).
pub fn element(id: u8) -> &'static Element {
    &ELEMENTS[id as usize - 1]
}
