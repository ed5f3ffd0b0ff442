//! FNV-1a hashing for the small, short-keyed tables of the hot paths (unit spellings, cue
//! words): a simple hash beats std's SipHash on keys of a few bytes. The tables are built from
//! fixed word lists or from this process's own texts, so hash flooding is not a concern.

use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a hasher state (64-bit).
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    /// Length prefixes (`Hash` for slices) in one step instead of eight.
    fn write_usize(&mut self, n: usize) {
        let h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        self.0 = (h ^ n as u64).wrapping_mul(0x0100_0000_01b3);
    }
}

/// The `BuildHasher` for `HashMap`/`HashSet`.
pub type FnvBuild = BuildHasherDefault<Fnv>;
