// Stage: language. May use: text, lexicon, token, sentence.
//! Latin text: English or not, by its frequent words and a character 4-gram model.

use super::*;

// ---------------------------------------------------------------------------------------------
// Latin: English or not
// ---------------------------------------------------------------------------------------------

/// English word forms with counts; see `examples/gen_lang_lexicon.rs`.
pub(super) static EN_WORDS: &str = include_str!("../../lexicon/lang/en_words.txt");

// Short words frequent in English and in other Latin-script languages alike (`a`, `in`, `de`,
// `die`, `is`, …): neutral, or weak evidence when they are very frequent in English.
lexicon!(pub(super) SHARED_WORDS, "lang/latin_shared.txt");

// Frequent function words of other Latin-script languages that are not English words: each
// counts like a word with diacritics.
lexicon!(pub(super) FOREIGN_WORDS, "lang/latin_foreign.txt");

/// Weights of the English score (tuned on odd-numbered Lingua lines).
pub(super) mod en_weights {
    /// Per word in the English lexicon (seen at least twice)…
    pub const KNOWN: f32 = 2.0;
    /// …plus this much for the most frequent ones (scaled by log10 of the count / 3).
    pub const FREQUENT: f32 = 1.0;
    /// Per shared word seen at least 50 times in English.
    pub const SHARED: f32 = 0.5;
    /// Per unknown word: this times (mean log-probability per letter − `TYPICAL`)…
    pub const SHAPE: f32 = 2.0;
    /// …around this typical mean log-probability,…
    pub const TYPICAL: f32 = -2.2;
    /// …clamped to −`SHAPE_MIN`..=`SHAPE_MAX`.
    pub const SHAPE_MIN: f32 = 3.0;
    /// See `SHAPE_MIN`.
    pub const SHAPE_MAX: f32 = 1.0;
    /// Per word with diacritics or a foreign function word.
    pub const FOREIGN: f32 = 4.0;
    /// Mean score from which a text is English without asking whatlang.
    pub const ENGLISH: f32 = 0.3;
    /// Mean score below which English is ruled out; between the two, whatlang decides.
    pub const NOT_ENGLISH: f32 = -0.5;
}

/// Symbols of the character model: a–z, start padding, end of word.
pub(super) const SYMBOLS: usize = 28;
pub(super) const START: usize = 26;
pub(super) const END: usize = 27;
pub(super) const ORDER: usize = 4;

/// The English lexicon and a character 4-gram model (Witten-Bell) over its word types.
pub(super) struct English {
    pub(super) counts: WordSet<u32>,
    /// `grams[n - 1][g]`: count of the n-gram with index g.
    pub(super) grams: [Vec<u32>; ORDER],
    /// `contexts[n - 1][h]`: count of n-grams with the (n-1)-symbol history h…
    pub(super) contexts: [Vec<u32>; ORDER],
    /// …and how many different symbols follow h.
    pub(super) followers: [Vec<u32>; ORDER],
}

pub(super) static ENGLISH: LazyLock<English> = LazyLock::new(English::new);

impl English {
    pub(super) fn new() -> English {
        let counts = WordSet::from_pairs(
            crate::lexicon::entries(EN_WORDS)
                .filter_map(|l| l.split_once('\t'))
                .map(|(w, c)| (w, c.parse().unwrap_or(1))),
        );
        let mut grams: [Vec<u32>; ORDER] = Default::default();
        let mut contexts: [Vec<u32>; ORDER] = Default::default();
        let mut followers: [Vec<u32>; ORDER] = Default::default();
        for n in 1..=ORDER {
            grams[n - 1] = vec![0; SYMBOLS.pow(n as u32)];
            contexts[n - 1] = vec![0; SYMBOLS.pow(n as u32 - 1)];
            followers[n - 1] = vec![0; SYMBOLS.pow(n as u32 - 1)];
        }
        let mut sym = Vec::new();
        for (w, _) in counts.iter() {
            padded(w, &mut sym);
            for i in ORDER - 1..sym.len() {
                for n in 1..=ORDER {
                    let g = index(&sym[i + 1 - n..=i]);
                    let h = g / SYMBOLS;
                    grams[n - 1][g] += 1;
                    contexts[n - 1][h] += 1;
                    if grams[n - 1][g] == 1 {
                        followers[n - 1][h] += 1;
                    }
                }
            }
        }
        English { counts, grams, contexts, followers }
    }

    /// Witten-Bell probability of the last symbol of `g` given the others.
    pub(super) fn prob(&self, g: &[usize]) -> f32 {
        let mut p = 1.0 / (SYMBOLS - 1) as f32;
        for n in 1..=g.len() {
            let gram = index(&g[g.len() - n..]);
            let h = gram / SYMBOLS;
            let c = self.contexts[n - 1][h];
            if c > 0 {
                let t = self.followers[n - 1][h] as f32;
                p = (self.grams[n - 1][gram] as f32 + t * p) / (c as f32 + t);
            }
        }
        p
    }

    /// Mean log-probability per symbol of a lower-case a–z word.
    pub(super) fn shape(&self, word: &str, sym: &mut Vec<usize>) -> f32 {
        padded(word, sym);
        let steps = sym.len() - (ORDER - 1);
        let total: f32 = (ORDER - 1..sym.len()).map(|i| self.prob(&sym[i + 1 - ORDER..=i]).ln()).sum();
        total / steps as f32
    }

    /// The per-word English score of a lower-case word, or `None` when it does not count.
    pub(super) fn word_score(&self, word: &str, sym: &mut Vec<usize>) -> Option<f32> {
        use en_weights::*;
        if !word.is_ascii() || FOREIGN_WORDS.contains(word) {
            return Some(-FOREIGN);
        }
        let count = self.counts.get(word).unwrap_or(0);
        if SHARED_WORDS.contains(word) {
            return (count >= 50).then_some(SHARED);
        }
        if count >= 2 {
            return Some(KNOWN + FREQUENT * ((count as f32).log10() / 3.0).min(1.0));
        }
        Some((SHAPE * (self.shape(word, sym) - TYPICAL)).clamp(-SHAPE_MIN, SHAPE_MAX))
    }
}

/// The symbol index of an n-gram.
pub(super) fn index(g: &[usize]) -> usize {
    g.iter().fold(0, |acc, &s| acc * SYMBOLS + s)
}

/// `word` (a–z) as symbols, with ORDER-1 start symbols and an end symbol.
pub(super) fn padded(word: &str, sym: &mut Vec<usize>) {
    sym.clear();
    sym.extend(std::iter::repeat_n(START, ORDER - 1));
    sym.extend(word.bytes().map(|b| if b.is_ascii_lowercase() { (b - b'a') as usize } else { END }));
    sym.push(END);
}

/// Romance elided articles and prepositions (`l'`, `d'`, `dell'`, …) …
pub(super) const ELISIONS: [&str; 14] =
    ["l", "d", "s", "qu", "c", "j", "n", "m", "t", "dell", "all", "nell", "dall", "sull"];
/// … unless what follows is an English contraction (`'s`, `'t`, `'re`, …).
pub(super) const CONTRACTIONS: [&str; 7] = ["s", "t", "re", "ve", "ll", "d", "m"];

/// Mean English score of the Latin words of a text; `None` when no word counts. Capitalised words
/// after the first are taken for names and skipped when at least three other words remain, but
/// words with diacritics always count. Words are split at apostrophes, the way the English
/// lexicon counts them (`do|n't` → `don`, `t`), except Romance elisions (`l'économie`), which
/// count as foreign.
pub(super) fn english_score(text: &str, words: &[Word]) -> Option<f32> {
    let en = &*ENGLISH;
    let mut sym = Vec::with_capacity(32);
    let mut lower = String::with_capacity(32);
    // (word, elision) for each Latin word part.
    let mut latin: Vec<(&str, bool)> = Vec::with_capacity(words.len());
    for w in words {
        let raw = &text[w.start..w.end];
        // (Most words: ASCII letters alone.)
        if raw.bytes().all(|b| b.is_ascii_alphabetic()) {
            latin.push((raw, false));
            continue;
        }
        if !raw.chars().all(|c| is_apostrophe(c) || writing(c) == Some(Writing::Latin)) {
            continue;
        }
        if let Some((head, tail)) = raw.split_once(is_apostrophe) {
            let (head_l, tail_l) = (head.to_lowercase(), tail.to_lowercase());
            if ELISIONS.contains(&head_l.as_str()) && !CONTRACTIONS.contains(&tail_l.as_str()) {
                latin.push((raw, true));
                continue;
            }
        }
        latin.extend(raw.split(is_apostrophe).filter(|p| !p.is_empty()).map(|p| (p, false)));
    }
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let plain = latin.iter().enumerate().filter(|&(k, &(w, _))| k == 0 || !capital(w)).count();
    let (mut sum, mut n) = (0f32, 0u32);
    for (k, &(w, elision)) in latin.iter().enumerate() {
        if elision {
            sum -= en_weights::FOREIGN;
            n += 1;
            continue;
        }
        lower.clear();
        if w.is_ascii() {
            lower.push_str(w);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(w.chars().flat_map(char::to_lowercase));
        }
        let name = k > 0 && capital(w) && plain >= 3;
        if name && lower.is_ascii() && !FOREIGN_WORDS.contains(&lower) {
            continue;
        }
        if let Some(s) = en.word_score(&lower, &mut sym) {
            sum += s;
            n += 1;
        }
    }
    (n > 0).then(|| sum / n as f32)
}
