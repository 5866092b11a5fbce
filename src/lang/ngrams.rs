// Stage: language. May use: text, lexicon, token, sentence.
//! Character n-gram models of the languages of one script, learned from real text.
//!
//! A model gives, for each letter of a lower-cased word and the word's end, the probability of
//! meeting it after the letters before it (up to four, the word's start padded), in each of its
//! languages: a character language model of order five, smoothed by interpolated absolute
//! discounting with the shorter contexts (see `examples/gen_lang_lexicon.rs`). The sum over a
//! word's letters is the log-likelihood of the word in each language, which the detector adds to
//! its letter and word evidence. The models are built
//! by `examples/gen_lang_lexicon.rs` from the lines it may learn from (the even lines of the
//! Lingua samples, of `langid-ud-dev` and of the UD Russian treebanks) and stored as hashed keys
//! and quantised costs only (`lexicon/lang/ngrams_*.bin`): for each n-gram seen three times or
//! more, `-ln P(letter | context)` in each language; for each context seen as often, the cost of
//! backing off from it to the shorter one.

use super::*;
use crate::text::hash;

/// The longest n-gram a model may have, in letters: the letter and up to `ORDER - 1` before it.
pub const ORDER: usize = 5;

/// Costs are stored as `-ln p × SCALE`, rounded, in one byte.
pub const SCALE: f32 = 8.0;

/// The longest word read, in letters (the rest of a longer word is left out).
const MAX_WORD: usize = 48;

/// Pads the context before a word's first letter.
const START_MARK: char = '^';
/// The letter after a word's last one.
const END_MARK: char = '$';
/// Starts the hash of a context, so that a context's key is not the key of an n-gram.
const CONTEXT_MARK: u64 = 0;

/// For each letter of `word` (lower case) and for the word's end, calls `f(events, contexts)`:
/// `events[k]` is the hash of the letter after the `k` letters before it, `contexts[k]` the hash
/// of those `k` letters (`contexts[0]`, of no letters, is one for all). A model's table keys
/// are [`key`]s of these.
///
/// Runs of three or more of one letter count as one («даааа» reads as «да»): elongation is
/// emphasis, not spelling. Apostrophes (`'`, `’`, `ʼ`) are one letter, `'`.
pub fn word_events(word: &str, mut f: impl FnMut(&[u64; ORDER], &[u64; ORDER])) {
    let mut chars = [START_MARK; MAX_WORD + ORDER];
    let mut n = ORDER - 1;
    let mut it = word.chars().map(|c| if matches!(c, '’' | 'ʼ') { '\'' } else { c }).peekable();
    while let Some(c) = it.next() {
        let mut run = 1;
        while it.peek() == Some(&c) {
            it.next();
            run += 1;
        }
        let times = if run >= 3 { 1 } else { run };
        for _ in 0..times {
            if n < ORDER - 1 + MAX_WORD {
                chars[n] = c;
                n += 1;
            }
        }
    }
    if n == ORDER - 1 {
        return;
    }
    chars[n] = END_MARK;
    let (mut events, mut contexts) = ([0u64; ORDER], [0u64; ORDER]);
    for i in ORDER - 1..=n {
        let mut e = hash::step(hash::START, u64::from(u32::from(chars[i])));
        let mut x = hash::step(hash::START, CONTEXT_MARK);
        events[0] = e;
        contexts[0] = x;
        for k in 1..ORDER {
            let before = u64::from(u32::from(chars[i - k]));
            e = hash::step(e, before);
            x = hash::step(x, before);
            events[k] = e;
            contexts[k] = x;
        }
        f(&events, &contexts);
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

/// The table key of an n-gram's or a context's hash; never 0 (the empty slot).
pub fn key(h: u64) -> u32 {
    ((h ^ (h >> 32)) as u32).max(1)
}

/// The character models of one script's languages: an open-addressing table from the key of an
/// n-gram or a context to the costs of each language.
#[derive(Debug)]
pub(super) struct NgramModel {
    /// The languages, in the order of the costs.
    pub(super) codes: Vec<&'static str>,
    keys: Vec<u32>,
    costs: Vec<u8>,
    /// The cost of a letter the model has never seen, after backing off from every context.
    unseen: f32,
    /// The model's longest n-gram, in letters (at most `ORDER`).
    order: usize,
}

/// The first line of a model file.
pub const MAGIC: &str = "pressa-charlm 1";

impl NgramModel {
    /// Reads a model file: the line `pressa-charlm 1 CODE,CODE,… ORDER UNSEEN` (the longest
    /// n-gram and the cost of a letter never seen, in nats), then a little-endian `u32` count
    /// and that many entries of a `u32` key and one cost byte per language.
    pub(super) fn parse(bytes: &'static [u8]) -> NgramModel {
        let nl = bytes.iter().position(|&b| b == b'\n').expect("ngram model: header line");
        let header = std::str::from_utf8(&bytes[..nl]).expect("ngram model: header");
        let mut fields =
            header.strip_prefix(MAGIC).and_then(|rest| rest.strip_prefix(' ')).expect("ngram model: magic").split(' ');
        let codes: Vec<&'static str> = fields.next().expect("ngram model: languages").split(',').collect();
        let order: usize = fields
            .next()
            .and_then(|v| v.parse().ok())
            .filter(|&o| (1..=ORDER).contains(&o))
            .expect("ngram model: order");
        let unseen: f32 = fields.next().and_then(|v| v.parse().ok()).expect("ngram model: unseen cost");
        let k = codes.len();
        assert!(k <= 16, "ngram model: at most 16 languages");
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
        NgramModel { codes, keys, costs, unseen: unseen * SCALE, order }
    }

    /// The costs of `key` in each language, if the model holds it.
    fn costs_of(&self, key: u32) -> Option<&[u8]> {
        let k = self.codes.len();
        let mask = self.keys.len() - 1;
        let mut slot = slot_of(key, self.keys.len());
        loop {
            match self.keys[slot] {
                0 => return None,
                x if x == key => return Some(&self.costs[slot * k..slot * k + k]),
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// Adds each language's log-likelihood of `word` (lower case) to `scores` (one per language,
    /// in the order of `codes`, `SCALE` per nat). Returns how many letters the model knew.
    pub(super) fn add_word(&self, word: &str, scores: &mut [f32]) -> u32 {
        let mut known = 0;
        let mut backoff = [0f32; 16];
        let backoff = &mut backoff[..self.codes.len()];
        word_events(word, |events, contexts| {
            backoff.fill(0.0);
            for k in (0..self.order).rev() {
                if let Some(costs) = self.costs_of(key(events[k])) {
                    for ((s, &c), b) in scores.iter_mut().zip(costs).zip(backoff.iter()) {
                        *s -= f32::from(c) + b;
                    }
                    known += 1;
                    return;
                }
                if let Some(costs) = self.costs_of(key(contexts[k])) {
                    for (b, &c) in backoff.iter_mut().zip(costs) {
                        *b += f32::from(c);
                    }
                }
            }
            for (s, b) in scores.iter_mut().zip(backoff.iter()) {
                *s -= self.unseen + b;
            }
        });
        known
    }

    /// The language whose n-grams best explain `words` (lower-cased here), with its lead over
    /// the runner-up in nats; `None` when the model knows none of their n-grams. `evidence`
    /// adds what else a lower-cased word says to each language's score (in the order of
    /// `codes`, `SCALE` per nat).
    pub(super) fn best<'w>(
        &self,
        words: impl Iterator<Item = &'w str>,
        evidence: impl Fn(&str, &mut [f32]),
    ) -> Option<(&'static str, f32)> {
        let mut scores = vec![0f32; self.codes.len()];
        let (mut found, mut lower) = (0, String::new());
        for w in words {
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            found += self.add_word(&lower, &mut scores);
            evidence(&lower, &mut scores);
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

    fn keys(w: &str) -> Vec<[u64; ORDER]> {
        let mut v = Vec::new();
        word_events(w, |events, _| v.push(*events));
        v
    }

    #[test]
    fn a_word_has_one_event_per_letter_and_its_end() {
        assert_eq!(keys("да").len(), 3);
        assert!(keys("").is_empty());
        // The same letter after different contexts: one unigram key, different longer keys.
        let (a, b) = (keys("да")[1], keys("па")[1]);
        assert_eq!(a[0], b[0]);
        assert_ne!(a[1], b[1]);
    }

    #[test]
    fn contexts_and_events_have_different_keys() {
        word_events("мама", |events, contexts| {
            for e in events {
                assert!(!contexts.contains(e));
            }
        });
    }

    #[test]
    fn the_models_hold_their_languages_in_the_detector_order() {
        let cyrillic = &super::super::CYRILLIC_NGRAMS;
        let codes: Vec<&str> = super::super::CYR.iter().map(|l| l.code()).collect();
        assert_eq!(cyrillic.codes, codes);
        let best = |w: &str| {
            let mut scores = [0f32; 8];
            assert!(cyrillic.add_word(w, &mut scores) > 5);
            codes[(0..8).max_by(|&a, &b| scores[a].total_cmp(&scores[b])).unwrap_or(0)]
        };
        assert_eq!(best("сьмяротнага"), "be");
        assert_eq!(best("правительство"), "ru");
        assert_eq!(best("правителството"), "bg");
    }

    #[test]
    fn elongation_reads_as_one_letter() {
        assert_eq!(keys("даааа"), keys("да"));
        assert_ne!(keys("наа"), keys("на"), "a double letter is spelling");
        assert_eq!(keys("з’явився"), keys("з'явився"));
    }

    #[test]
    fn a_long_word_is_read_up_to_its_limit() {
        let long = "аб".repeat(100);
        assert_eq!(keys(&long).len(), MAX_WORD + 1);
    }
}
