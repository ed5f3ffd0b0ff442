//! A deterministic xorshift64 generator for tests that want many varied inputs without a
//! dependency (property-style loops comparing two paths, edge-of-range values).

pub(crate) struct XorShift(u64);

impl XorShift {
    /// A generator from a non-zero seed.
    pub(crate) fn new(seed: u64) -> XorShift {
        XorShift(seed)
    }

    /// The next 64 pseudo-random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        let x = &mut self.0;
        *x ^= *x << 13;
        *x ^= *x >> 7;
        *x ^= *x << 17;
        *x
    }

    /// A value in `0..n` (n > 0; modulo bias is irrelevant here).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// `n` pieces drawn at random and joined: a varied text from the fragments a test cares about.
    pub(crate) fn join(&mut self, pieces: &[&str], n: usize) -> String {
        (0..n).map(|_| pieces[self.below(pieces.len())]).collect()
    }
}
