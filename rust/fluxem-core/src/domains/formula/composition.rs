//! A parsed or decoded formula: exact element counts and a net charge.

use super::elements::{element, ATOM_KINDS, ELEMENTS};

/// Atom counts indexed by `id - 1` (the elements by Z, then D and T: `ELEMENTS`), and the net
/// charge in elementary charges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formula {
    counts: [u64; ATOM_KINDS],
    charge: i64,
    /// Bit `id - 1` set when that atom kind is present: a formula names a handful of the 120
    /// kinds, and every pass over the counts (mass, total, capacity, embedding) visits these only.
    present: u128,
}

impl Formula {
    /// A formula with these counts (index `id - 1`) and net charge.
    pub fn new(counts: [u64; ATOM_KINDS], charge: i64) -> Formula {
        // per 64-bit half: independent ORs that vectorize (a u128 shift chain was serial)
        let bits = |half: &[u64]| {
            half.iter()
                .enumerate()
                .fold(0u64, |b, (i, &n)| b | (u64::from(n != 0) << i))
        };
        let (lo, hi) = counts.split_at(64);
        let present = u128::from(bits(lo)) | (u128::from(bits(hi)) << 64);
        Formula {
            counts,
            charge,
            present,
        }
    }

    /// `new` when the caller knows which kinds are present (bit `id - 1`, exactly those with a
    /// count: checked in debug builds).
    pub(crate) fn with_present(counts: [u64; ATOM_KINDS], charge: i64, present: u128) -> Formula {
        let f = Formula {
            counts,
            charge,
            present,
        };
        debug_assert_eq!(f.present, Formula::new(counts, charge).present);
        f
    }

    /// The indices (`id - 1`) of the atom kinds present, ascending.
    pub fn present_indices(&self) -> impl Iterator<Item = usize> {
        let mut bits = self.present;
        std::iter::from_fn(move || {
            (bits != 0).then(|| {
                let i = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                i
            })
        })
    }

    /// No atoms and no charge.
    pub fn empty() -> Formula {
        Formula::new([0; ATOM_KINDS], 0)
    }

    /// From `(id, count)` pairs; repeated atoms add up.
    pub fn from_pairs(pairs: &[(u8, u64)], charge: i64) -> Option<Formula> {
        let mut counts = [0u64; ATOM_KINDS];
        for &(z, n) in pairs {
            if !(1..=ATOM_KINDS as u8).contains(&z) {
                return None;
            }
            let slot = &mut counts[z as usize - 1];
            *slot = slot.checked_add(n)?;
        }
        Some(Formula::new(counts, charge))
    }

    /// Every atom kind's count, indexed by `id - 1`.
    pub fn counts(&self) -> &[u64; ATOM_KINDS] {
        &self.counts
    }

    /// The count of atom id `z` (an element's Z, or `DEUTERIUM`/`TRITIUM`; panics outside
    /// 1..=120).
    pub fn count(&self, z: u8) -> u64 {
        self.counts[z as usize - 1]
    }

    /// The net charge in elementary charges.
    pub fn charge(&self) -> i64 {
        self.charge
    }

    /// `(id, count)` for every atom kind present, in order of id (Z, then D and T).
    pub fn elements(&self) -> impl Iterator<Item = (u8, u64)> + '_ {
        self.present_indices()
            .map(|i| (i as u8 + 1, self.counts[i]))
    }

    /// Whether there are no atoms (the charge aside).
    pub fn is_empty(&self) -> bool {
        self.present == 0
    }

    /// The number of atoms (u128: 120 counts of up to 2^64 cannot overflow it).
    pub fn total_atoms(&self) -> u128 {
        self.present_indices()
            .map(|i| u128::from(self.counts[i]))
            .sum()
    }

    /// Sum of count x atomic weight over the elements in order of Z, in f64 (g/mol). Electrons
    /// are not counted: the charge does not change the molar mass (the usual formula-weight
    /// convention).
    pub fn molar_mass(&self) -> f64 {
        let mut mass = 0.0;
        for i in self.present_indices() {
            mass += self.counts[i] as f64 * ELEMENTS[i].weight;
        }
        mass
    }

    /// Hill-order text: C, then H, then the rest alphabetically (all alphabetically when there
    /// is no carbon), followed by the charge as `^2-`, `^+`. The parser reads it back unchanged.
    pub fn hill(&self) -> String {
        let mut present: Vec<(u8, u64)> = self.elements().collect();
        let has_carbon = self.count(6) > 0;
        present.sort_by_key(|&(z, _)| {
            let sym = element(z).symbol;
            match (has_carbon, z) {
                (true, 6) => (0, sym),
                (true, 1) => (1, sym),
                _ => (2, sym),
            }
        });
        let mut out = String::new();
        for (z, n) in present {
            out.push_str(element(z).symbol);
            if n != 1 {
                out.push_str(&n.to_string());
            }
        }
        if self.charge != 0 {
            out.push('^');
            if self.charge.unsigned_abs() != 1 {
                out.push_str(&self.charge.unsigned_abs().to_string());
            }
            out.push(if self.charge > 0 { '+' } else { '-' });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_atoms_is_exact_for_any_counts() {
        let full = Formula::new([u64::MAX; ATOM_KINDS], 0);
        assert_eq!(
            full.total_atoms(),
            ATOM_KINDS as u128 * u128::from(u64::MAX)
        );
        let mut counts = [0u64; ATOM_KINDS];
        let mut rng = crate::test_rng::XorShift::new(0x2545_F491_4F6C_DD1D);
        for c in counts.iter_mut() {
            let x = rng.next_u64();
            *c = x >> (x % 64);
        }
        let want: u128 = counts.iter().map(|&n| u128::from(n)).sum();
        assert_eq!(Formula::new(counts, 0).total_atoms(), want);
    }
}
