// Stage: text, the foundation. May use: std only.
//! The crate's hashes of short keys, where SipHash is needlessly slow: FNV-1a, whose values the
//! taggers' hashed features (and so the models) depend on, and [`word`], a handful of
//! instructions for any word, for the lexicons' tables.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0100_0000_01b3;

/// The hash of nothing, to [`step`] from.
pub(crate) const START: u64 = OFFSET;

/// Folds one unit (a byte, or a char's value) into `h`.
#[inline]
pub(crate) fn step(h: u64, unit: u64) -> u64 {
    (h ^ unit).wrapping_mul(PRIME)
}

/// The hash of `bytes`.
pub(crate) fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(START, |h, &b| step(h, u64::from(b)))
}

/// FNV-1a as a [`std::hash::Hasher`], for `HashMap`s keyed by short strings.
pub(crate) struct Hasher(u64);

impl Default for Hasher {
    fn default() -> Hasher {
        Hasher(START)
    }
}

impl std::hash::Hasher for Hasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |h, &b| step(h, u64::from(b)));
    }
}

/// A word's hash for table look-ups: its length and its first and last eight bytes (or fewer),
/// multiplied out (Fibonacci hashing; take the high bits). Constant time for any word.
#[inline]
pub(crate) fn word(b: &[u8]) -> u64 {
    let n = b.len();
    let pack = |s: &[u8]| s.iter().fold(0u64, |h, &x| h << 8 | u64::from(x));
    let (head, tail) = if n >= 8 {
        (
            u64::from_le_bytes(b[..8].try_into().unwrap_or_default()),
            u64::from_le_bytes(b[n - 8..].try_into().unwrap_or_default()),
        )
    } else {
        (pack(b), 0)
    };
    (head ^ tail.rotate_left(29) ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_values() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(super::hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        let mut h = super::Hasher::default();
        std::hash::Hasher::write(&mut h, b"a");
        assert_eq!(std::hash::Hasher::finish(&h), super::hash(b"a"));
    }
}
