// Stage: language. May use: text, lexicon, token, sentence.
//! Character n-gram statistics of the languages of one script, learned from real text.
//!
//! A model holds, for each hashed n-gram (1 to 4 letters of a lower-cased word, with `_` marking
//! the word's edges), the log-probability of meeting it in each of its languages: a naive Bayes
//! reading of a text, which the detector adds to its letter and word evidence. The models are
//! built by `examples/gen_lang_lexicon.rs` from the lines it may learn from (the even lines of the
//! Lingua samples, of `langid-ud-dev` and of the UD Russian treebanks) and stored as hashed keys
//! and quantised costs only (`lexicon/lang/ngrams_*.bin`).

use super::*;
use crate::text::hash;

/// The longest n-gram, in letters.
pub const MAX_N: usize = 4;

/// Costs are stored as `-ln p × SCALE`, rounded, in one byte.
pub const SCALE: f32 = 8.0;

/// The longest word read, in letters (the rest of a longer word is left out).
const MAX_WORD: usize = 48;

/// The hashed keys of the n-grams of one lower-cased word, each once per occurrence.
///
/// Runs of three or more of one letter count as one («даааа» reads as «да»): elongation is
/// emphasis, not spelling. Apostrophes (`'`, `’`, `ʼ`) are one letter, `'`.
pub fn word_ngrams(word: &str, mut f: impl FnMut(u32)) {
    let mut chars = ['_'; MAX_WORD + 2];
    let mut n = 1;
    let mut it = word.chars().map(|c| if matches!(c, '’' | 'ʼ') { '\'' } else { c }).peekable();
    while let Some(c) = it.next() {
        let mut run = 1;
        while it.peek() == Some(&c) {
            it.next();
            run += 1;
        }
        let times = if run >= 3 { 1 } else { run };
        for _ in 0..times {
            if n <= MAX_WORD {
                chars[n] = c;
                n += 1;
            }
        }
    }
    if n == 1 {
        return;
    }
    chars[n] = '_';
    let end = n + 1;
    for i in 0..end {
        let mut h = hash::START;
        for (k, &c) in chars[i..end.min(i + MAX_N)].iter().enumerate() {
            h = hash::step(h, u64::from(u32::from(c)));
            // A lone edge mark says nothing.
            if k == 0 && c == '_' {
                continue;
            }
            f(key(h));
        }
    }
}

/// The lower-cased words of `text` whose letters are all Cyrillic (`cyrillic`) or all Latin, as
/// the detector reads them: for the generator of the models.
#[cfg_attr(not(feature = "training"), allow(dead_code))]
pub fn script_words(text: &str, cyrillic: bool) -> Vec<String> {
    let want = if cyrillic { Writing::Cyrillic } else { Writing::Latin };
    let mut words = Vec::new();
    scan(text, &mut words);
    words
        .iter()
        .map(|w| &text[w.start..w.end])
        .filter(|w| w.chars().all(|c| is_mark(c) || is_apostrophe(c) || writing(c) == Some(want)))
        .map(|w| w.chars().filter(|&c| !is_mark(c)).flat_map(char::to_lowercase).collect())
        .collect()
}

/// The table key of an n-gram's hash; never 0 (the empty slot).
fn key(h: u64) -> u32 {
    ((h ^ (h >> 32)) as u32).max(1)
}

/// The statistics of one script's languages: an open-addressing table from hashed n-gram to the
/// costs of each language.
#[derive(Debug)]
pub(super) struct NgramModel {
    /// The languages, in the order of the costs.
    pub(super) codes: Vec<&'static str>,
    keys: Vec<u32>,
    costs: Vec<u8>,
}

/// The first line of a model file.
pub const MAGIC: &str = "pressa-ngrams 1";

impl NgramModel {
    /// Reads a model file: the line `pressa-ngrams 1 CODE,CODE,…`, then a little-endian `u32`
    /// count and that many entries of a `u32` key and one cost byte per language.
    pub(super) fn parse(bytes: &'static [u8]) -> NgramModel {
        let nl = bytes.iter().position(|&b| b == b'\n').expect("ngram model: header line");
        let header = std::str::from_utf8(&bytes[..nl]).expect("ngram model: header");
        let codes: Vec<&'static str> = header
            .strip_prefix(MAGIC)
            .and_then(|rest| rest.strip_prefix(' '))
            .expect("ngram model: magic")
            .split(',')
            .collect();
        let k = codes.len();
        let body = &bytes[nl + 1..];
        let count = u32::from_le_bytes(body[..4].try_into().expect("ngram model: count")) as usize;
        let entries = &body[4..];
        assert_eq!(entries.len(), count * (4 + k), "ngram model: size");
        let cap = (count * 2).next_power_of_two().max(16);
        let (mut keys, mut costs) = (vec![0u32; cap], vec![0u8; cap * k]);
        for e in entries.chunks_exact(4 + k) {
            let key = u32::from_le_bytes(e[..4].try_into().unwrap_or_default());
            let mut slot = slot_of(key, cap);
            while keys[slot] != 0 {
                slot = (slot + 1) & (cap - 1);
            }
            keys[slot] = key;
            costs[slot * k..slot * k + k].copy_from_slice(&e[4..]);
        }
        NgramModel { codes, keys, costs }
    }

    /// Adds each language's log-probability of the n-grams of `word` (lower case) to `scores`
    /// (one per language, in the order of `codes`); n-grams the model has not seen count for
    /// none. Returns how many n-grams counted.
    pub(super) fn add_word(&self, word: &str, scores: &mut [f32]) -> u32 {
        let k = self.codes.len();
        let mask = self.keys.len() - 1;
        let mut found = 0;
        word_ngrams(word, |key| {
            let mut slot = slot_of(key, self.keys.len());
            loop {
                match self.keys[slot] {
                    0 => return,
                    x if x == key => break,
                    _ => slot = (slot + 1) & mask,
                }
            }
            found += 1;
            for (s, &c) in scores.iter_mut().zip(&self.costs[slot * k..slot * k + k]) {
                *s -= f32::from(c);
            }
        });
        found
    }

    /// The language whose n-grams best explain `words` (lower-cased here), with its lead over
    /// the runner-up in nats; `None` when the model knows none of their n-grams.
    pub(super) fn best<'w>(&self, words: impl Iterator<Item = &'w str>) -> Option<(&'static str, f32)> {
        let mut scores = vec![0f32; self.codes.len()];
        let (mut found, mut lower) = (0, String::new());
        for w in words {
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            found += self.add_word(&lower, &mut scores);
        }
        if found == 0 {
            return None;
        }
        // The first of the best, and the best of the rest.
        let (mut best, mut second) = (0, f32::MIN);
        for (i, &s) in scores.iter().enumerate().skip(1) {
            if s > scores[best] {
                second = scores[best];
                best = i;
            } else {
                second = second.max(s);
            }
        }
        Some((self.codes[best], (scores[best] - second) / SCALE))
    }
}

fn slot_of(key: u32, cap: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9) as usize) & (cap - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grams(w: &str) -> usize {
        let mut n = 0;
        word_ngrams(w, |_| n += 1);
        n
    }

    #[test]
    fn a_word_has_its_ngrams_once_each() {
        // «да» is _да_: 1-grams д, а; 2-grams _д, да, а_; 3-grams _да, да_; 4-gram _да_.
        assert_eq!(grams("да"), 8);
        assert_eq!(grams(""), 0);
    }

    #[test]
    fn the_models_hold_their_languages_in_the_detector_order() {
        let cyrillic = &super::super::CYRILLIC_NGRAMS;
        let codes: Vec<&str> = super::super::CYR.iter().map(|l| l.code()).collect();
        assert_eq!(cyrillic.codes, codes);
        let mut scores = [0f32; 8];
        assert!(cyrillic.add_word("сьмяротнага", &mut scores) > 10);
        let best = (0..8).max_by(|&a, &b| scores[a].total_cmp(&scores[b])).unwrap_or(0);
        assert_eq!(codes[best], "be");
    }

    #[test]
    fn elongation_reads_as_one_letter() {
        let keys = |w: &str| {
            let mut v = Vec::new();
            word_ngrams(w, |k| v.push(k));
            v
        };
        assert_eq!(keys("даааа"), keys("да"));
        assert_ne!(keys("наа"), keys("на"), "a double letter is spelling");
        assert_eq!(keys("з’явився"), keys("з'явився"));
    }
}
