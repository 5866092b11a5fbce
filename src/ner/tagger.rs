// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! A greedy averaged-perceptron sequence tagger (BIO labels) over tokens, with word, shape,
//! affix, context and morphology features. Two models are embedded: persons / organisations /
//! locations, and positions (job titles). Both are trained by `examples/train.rs` on NEREL train.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::morph::{Morph, MorphInfo};
use crate::text::hash::hash as fnv;

use crate::token::{Script, Token, TokenKind};

/// Feature keys are already hashes: the map need not hash them again.
#[derive(Default, Clone, Copy)]
pub(crate) struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

#[inline]
pub(super) fn mix(template: u64, h: u64) -> u64 {
    let x = h ^ template.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let x = (x ^ (x >> 31)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^ (x >> 29)
}

/// Per-token values that features are built from, hashed once.
#[derive(Clone, Debug, Default)]
pub struct TokenFeatures {
    pub(super) lower: u64,
    pub(super) lemma: u64,
    pub(super) shape: u64,
    pub(super) suf2: u64,
    pub(super) suf3: u64,
    pub(super) suf4: u64,
    pub(super) pre3: u64,
    pub(super) morph: u64,
    pub(super) names: u64,
    /// English: where the token stands in its run of capitalised words (see
    /// `english_tagger::capitalised_runs`); 0 elsewhere.
    pub(super) run: u64,
    /// English: how English at large writes the word (see `english_tagger::CaseTable`); 0
    /// elsewhere.
    pub(super) case: u64,
    /// English: how much of the document is numbers (see `EnglishDoc::numbers`); 0 elsewhere.
    pub(super) numbers: u64,
    /// English: the lower-cased last word of the token's run of capitalised words (its head:
    /// «Party», «Bank»), hashed; 0 outside a run of two words or more.
    pub(super) head: u64,
    /// English: the lower-cased first word of the token's run of capitalised words, hashed; 0
    /// outside a run of two words or more.
    pub(super) first: u64,
    /// English: the gazetteer classes and the case class of the run's head (see `head`).
    pub(super) head_class: u64,
    pub(super) is_word: bool,
    pub(super) quoted: bool,
    pub(super) geo: bool,
    pub(super) adjective: bool,
}

impl TokenFeatures {
    /// Has the dictionary a geographical-name analysis for this word?
    pub(crate) fn is_geo(&self) -> bool {
        self.geo
    }

    /// Is the most probable reading an adjective, geographical ones («Российская») included?
    pub(crate) fn is_any_adjective(&self) -> bool {
        self.adjective
    }

    /// Is the most probable reading an adjective (and no geographical name)?
    pub(crate) fn is_adjective(&self) -> bool {
        self.adjective && !self.geo
    }
}

/// Hash of a coarse shape: «Xx», «X», «x», «d», «Xx-Xx», «X.», with a flag for Latin script.
pub(super) fn shape_hash(t: &Token<'_>) -> u64 {
    let mut h = crate::text::hash::START;
    let mut last = ' ';
    let mut n = 0;
    for c in t.text.chars() {
        let k = if crate::text::is_upper(c) {
            'X'
        } else if crate::text::is_lower(c) {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k != last {
            h = crate::text::hash::step(h, k as u64);
            last = k;
            n += 1;
            if n > 8 {
                break;
            }
        }
    }
    if t.script == Script::Latin {
        h = crate::text::hash::step(h, 'L' as u64);
    }
    h
}

/// Dictionary look-ups of one document, by lower-cased word: a word analysed once.
#[derive(Debug, Default)]
pub struct MorphCache {
    map: HashMap<String, (MorphInfo, u64), BuildHasherDefault<crate::text::hash::Hasher>>,
}

impl MorphCache {
    /// A hash of the lemma of a lower-cased word analysed before (`None` if it was not).
    pub(crate) fn lemma_hash(&self, low: &str) -> Option<u64> {
        self.map.get(low).map(|e| e.1)
    }

    /// A key for a word (any case) that is the same for all its forms when the document's
    /// look-ups analysed it: the hash of its lemma, else of the lower-cased word.
    pub(crate) fn lemma_key(&self, word: &str) -> u64 {
        let low = crate::text::lowercase(word);
        self.lemma_hash(&low).unwrap_or_else(|| crate::text::hash::hash(low.as_bytes()))
    }

    /// The features and the lemma hash of a lower-cased word analysed before.
    pub(crate) fn get(&self, low: &str) -> Option<(MorphInfo, u64)> {
        self.map.get(low).copied()
    }
}

/// Builds the per-token features of a sentence.
#[cfg(feature = "training")]
pub fn token_features(tokens: &[Token<'_>], morph: &Morph, cache: &mut MorphCache) -> Vec<TokenFeatures> {
    let low = crate::token::lower_all(tokens);
    token_features_lowered(tokens, &low, morph, cache)
}

/// The per-token features of a sentence given the lower-cased forms of the tokens (computed once per document).
pub(crate) fn token_features_lowered(
    tokens: &[Token<'_>],
    lows: &[std::borrow::Cow<'_, str>],
    morph: &Morph,
    cache: &mut MorphCache,
) -> Vec<TokenFeatures> {
    let mut quoted = false;
    tokens
        .iter()
        .zip(lows)
        .map(|(t, low)| {
            let lower = fnv(low.as_bytes());
            // Suffixes and prefix at char boundaries, without allocating.
            let [suf2, suf3, suf4, pre3] = affixes(low);
            let (info, lemma) = if t.script == Script::Cyrillic && t.kind == TokenKind::Word {
                match cache.map.get(low.as_ref()) {
                    Some(x) => *x,
                    None => {
                        let (info, lemma) = morph.info_lemma(low);
                        let entry = (info, lemma.map_or(lower, |l| fnv(l.as_bytes())));
                        cache.map.insert(low.to_string(), entry);
                        entry
                    }
                }
            } else {
                (MorphInfo::default(), lower)
            };
            match t.text {
                "«" | "“" | "„" => quoted = true,
                "»" | "”" => quoted = false,
                "\"" => quoted = !quoted,
                _ => {}
            }
            let pos = fnv(info.pos.as_bytes());
            let case = fnv(info.case.as_bytes());
            TokenFeatures {
                lower,
                lemma,
                shape: shape_hash(t),
                suf2,
                suf3,
                suf4,
                pre3,
                morph: pos ^ case.rotate_left(17) ^ (info.known as u64).rotate_left(40),
                names: info.names as u64 + 1,
                is_word: t.kind == TokenKind::Word,
                quoted,
                geo: info.names & 8 != 0,
                adjective: info.pos == "A",
                // (The English fields stay empty.)
                ..NONE
            }
        })
        .collect()
}

/// No token: what stands beyond a sentence's edges (and the fields a language does not fill).
pub(super) const NONE: TokenFeatures = TokenFeatures {
    lower: 0,
    lemma: 0,
    shape: 0,
    suf2: 0,
    suf3: 0,
    suf4: 0,
    pre3: 0,
    morph: 0,
    names: 0,
    run: 0,
    case: 0,
    is_word: false,
    quoted: false,
    geo: false,
    adjective: false,
    numbers: 0,
    head: 0,
    first: 0,
    head_class: 0,
};

/// Token `i` and its neighbours: itself, two before, two after (`NONE` beyond the edges).
fn window(f: &[TokenFeatures], i: usize) -> [&TokenFeatures; 5] {
    let at = |k: isize| f.get(i.wrapping_add_signed(k)).unwrap_or(&NONE);
    [at(0), at(-1), at(-2), at(1), at(2)]
}

/// The hashes of a lower-cased word's last two, three and four characters and its first three.
pub(super) fn affixes(low: &str) -> [u64; 4] {
    let suf = |n: usize| fnv(&low.as_bytes()[low.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i)..]);
    let pre3 = fnv(&low.as_bytes()[..low.char_indices().nth(3).map_or(low.len(), |(i, _)| i)]);
    [suf(2), suf(3), suf(4), pre3]
}

/// Opens a template at token `i`: clears `out`, puts in the features both templates start with
/// (numbered from `base`: a bias, the words of the window, the word's affixes, and the shapes
/// around it), and returns the window (see [`window`]).
pub(super) fn open_template<'f>(
    f: &'f [TokenFeatures],
    i: usize,
    base: u64,
    out: &mut Vec<u64>,
) -> [&'f TokenFeatures; 5] {
    out.clear();
    let [w, p1, p2, n1, n2] = window(f, i);
    out.extend_from_slice(&[
        mix(base, 1),
        mix(base + 1, w.lower),
        mix(base + 2, p1.lower),
        mix(base + 3, n1.lower),
        mix(base + 4, p2.lower),
        mix(base + 5, n2.lower),
        mix(base + 6, w.suf3),
        mix(base + 7, w.suf4),
        mix(base + 8, w.suf2),
        mix(base + 9, w.pre3),
        mix(base + 10, w.shape),
        mix(base + 11, p1.shape),
        mix(base + 12, n1.shape),
        mix(base + 13, p1.shape ^ w.shape.rotate_left(7) ^ n1.shape.rotate_left(13)),
    ]);
    [w, p1, p2, n1, n2]
}

/// A feature template: the feature keys of token `i` of a sentence given the two previous
/// labels. Each model is trained and run with one.
pub(crate) type Template = fn(&[TokenFeatures], usize, usize, usize, &mut Vec<u64>);

/// The features of token `i` given the two previous labels.
pub(crate) fn features(f: &[TokenFeatures], i: usize, prev: usize, prev2: usize, out: &mut Vec<u64>) {
    let [w, p1, _, n1, _] = open_template(f, i, 0, out);
    let p = prev as u64 + 1;
    let pp = prev2 as u64 + 1;
    out.extend_from_slice(&[
        mix(14, w.morph),
        mix(15, w.names),
        mix(16, p1.morph),
        mix(17, n1.morph),
        mix(18, n1.names),
        mix(19, p1.names),
        mix(20, p),
        mix(21, p ^ (pp << 8)),
        mix(22, p ^ w.shape.rotate_left(5)),
        mix(23, (i == 0) as u64),
        mix(24, (w.quoted as u64) ^ w.shape.rotate_left(3)),
        mix(25, w.lemma),
        mix(26, p1.lemma),
        mix(27, n1.lemma),
        mix(28, w.lower ^ n1.lower.rotate_left(11)),
        mix(29, p1.lower ^ w.lower.rotate_left(11)),
        mix(30, p ^ w.lemma.rotate_left(9)),
        mix(31, w.names ^ n1.names.rotate_left(4) ^ (p << 12)),
    ]);
    if !w.is_word {
        out.push(mix(32, w.lower ^ p));
    }
}

/// The most labels a model can have: `Model::score` sums them in a fixed array (the Russian
/// names tagger has seven: O and B/I of three types; the English one nine, with MISC).
const MAX_LABELS: usize = 9;

/// A trained model: labels and quantised weights per feature.
pub(crate) struct Model {
    labels: Vec<String>,
    /// Quantised weights per feature, `labels.len()` of them used, stored with the key so that a
    /// look-up touches one bucket (the tagger's time goes to these look-ups).
    weights: KeyMap<[i16; MAX_LABELS]>,
    /// What a quantised weight is worth.
    scale: f32,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Model {{ labels: {:?}, features: {} }}", self.labels, self.weights.len())
    }
}

const MAGIC: &[u8; 6] = b"PRSP01";

impl Model {
    pub(crate) fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Reads a model written by `Model::to_bytes`.
    pub(crate) fn from_bytes(b: &[u8]) -> Option<Model> {
        let mut pos = 0;
        let mut take = |n: usize| -> Option<&[u8]> {
            let s = b.get(pos..pos + n)?;
            pos += n;
            Some(s)
        };
        if take(6)? != MAGIC {
            return None;
        }
        let n_labels = take(1)?[0] as usize;
        if n_labels > MAX_LABELS {
            return None;
        }
        let mut labels = Vec::with_capacity(n_labels);
        for _ in 0..n_labels {
            let len = take(1)?[0] as usize;
            labels.push(String::from_utf8(take(len)?.to_vec()).ok()?);
        }
        let scale = f32::from_le_bytes(take(4)?.try_into().ok()?);
        let n = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
        let mut weights = KeyMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let key = u64::from_le_bytes(take(8)?.try_into().ok()?);
            let mut w = [0i16; MAX_LABELS];
            for x in &mut w[..n_labels] {
                *x = i16::from_le_bytes(take(2)?.try_into().ok()?);
            }
            weights.insert(key, w);
        }
        Some(Model { labels, weights, scale })
    }

    /// Serialises averaged weights, dropping features whose weights are all below `min`.
    #[cfg(feature = "training")]
    pub(crate) fn to_bytes(labels: &[String], weights: &KeyMap<Vec<f32>>, min: f32) -> Vec<u8> {
        let mut keys: Vec<u64> =
            weights.iter().filter(|(_, w)| w.iter().any(|x| x.abs() >= min)).map(|(k, _)| *k).collect();
        keys.sort_unstable();
        let max = keys.iter().flat_map(|k| weights[k].iter()).fold(0f32, |m, x| m.max(x.abs())).max(1e-9);
        let scale = max / 32767.0;
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(labels.len() as u8);
        for l in labels {
            out.push(l.len() as u8);
            out.extend_from_slice(l.as_bytes());
        }
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            out.extend_from_slice(&k.to_le_bytes());
            for &w in &weights[&k] {
                out.extend_from_slice(&((w / scale).round().clamp(-32767.0, 32767.0) as i16).to_le_bytes());
            }
        }
        out
    }

    fn score(&self, feats: &[u64], scores: &mut [f32]) {
        let mut sum = [0i32; MAX_LABELS];
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for (s, &x) in sum.iter_mut().zip(w) {
                    *s += i32::from(x);
                }
            }
        }
        for (s, &q) in scores.iter_mut().zip(&sum) {
            *s = q as f32 * self.scale;
        }
    }

    /// Greedy left-to-right tagging with the Russian template; returns label indices.
    pub(crate) fn tag(&self, f: &[TokenFeatures]) -> Vec<usize> {
        self.tag_with(f, features)
    }

    /// Greedy left-to-right tagging with feature template `template`; returns label indices.
    pub(crate) fn tag_with(&self, f: &[TokenFeatures], template: Template) -> Vec<usize> {
        let mut out = Vec::with_capacity(f.len());
        let mut feats = Vec::with_capacity(48);
        let mut scores = vec![0.0; self.labels.len()];
        let (mut prev, mut prev2) = (0, 0);
        for i in 0..f.len() {
            template(f, i, prev, prev2, &mut feats);
            self.score(&feats, &mut scores);
            let best = best_allowed(&self.labels, &scores, prev);
            out.push(best);
            prev2 = prev;
            prev = best;
        }
        out
    }
}

/// The best label that continues a valid BIO sequence after `prev`.
pub(crate) fn best_allowed(labels: &[String], scores: &[f32], prev: usize) -> usize {
    let mut best = 0;
    let mut best_score = f32::NEG_INFINITY;
    for (k, s) in scores.iter().enumerate() {
        if let Some(ty) = labels[k].strip_prefix("I-")
            && labels[prev].get(2..) != Some(ty)
        {
            continue;
        }
        if *s > best_score {
            best_score = *s;
            best = k;
        }
    }
    best
}

/// Spans (token ranges) and types of a BIO label sequence.
pub fn spans(labels: &[String], tags: &[usize]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let l = &labels[t];
        if let Some(ty) = l.strip_prefix("I-")
            && cur.as_ref().is_some_and(|(_, c)| c == ty)
        {
            continue;
        }
        if let Some((s, ty)) = cur.take() {
            out.push((s, i, ty));
        }
        if let Some(ty) = l.strip_prefix("B-").or_else(|| l.strip_prefix("I-")) {
            cur = Some((i, ty.to_string()));
        }
    }
    if let Some((s, ty)) = cur {
        out.push((s, tags.len(), ty));
    }
    out
}

/// Averaged-perceptron training state (used by `examples/train.rs`).
#[cfg(feature = "training")]
#[derive(Debug)]
pub struct Trainer {
    labels: Vec<String>,
    template: Template,
    w: KeyMap<Vec<f32>>,
    u: KeyMap<Vec<f32>>,
    c: f32,
}

#[cfg(feature = "training")]
impl Trainer {
    /// A trainer for the given label set (index 0 is `O`).
    pub fn new(labels: Vec<String>) -> Trainer {
        Trainer::with_template(labels, features)
    }

    /// A trainer of the English names tagger (its own feature template) for the given labels.
    pub fn english(labels: Vec<String>) -> Trainer {
        Trainer::with_template(labels, super::english_tagger::features)
    }

    fn with_template(labels: Vec<String>, template: Template) -> Trainer {
        Trainer { labels, template, w: KeyMap::default(), u: KeyMap::default(), c: 1.0 }
    }

    /// One pass over a sentence with gold label indices; returns the number of errors.
    pub fn train_sentence(&mut self, f: &[TokenFeatures], gold: &[usize]) -> usize {
        let l = self.labels.len();
        let mut feats = Vec::with_capacity(40);
        let mut scores = vec![0.0; l];
        let (mut prev, mut prev2) = (0, 0);
        let mut errors = 0;
        let template = self.template;
        for i in 0..f.len() {
            template(f, i, prev, prev2, &mut feats);
            scores.iter_mut().for_each(|s| *s = 0.0);
            for k in &feats {
                if let Some(w) = self.w.get(k) {
                    for (s, x) in scores.iter_mut().zip(w) {
                        *s += x;
                    }
                }
            }
            let guess = best_allowed(&self.labels, &scores, prev);
            if guess != gold[i] {
                errors += 1;
                for k in &feats {
                    let w = self.w.entry(*k).or_insert_with(|| vec![0.0; l]);
                    w[gold[i]] += 1.0;
                    w[guess] -= 1.0;
                    let u = self.u.entry(*k).or_insert_with(|| vec![0.0; l]);
                    u[gold[i]] += self.c;
                    u[guess] -= self.c;
                }
            }
            self.c += 1.0;
            prev2 = prev;
            // Learn from the gold history (teacher forcing) so that the label features are clean.
            prev = gold[i];
        }
        errors
    }

    /// The averaged model as bytes.
    pub fn finish(&self, min: f32) -> Vec<u8> {
        let mut avg: KeyMap<Vec<f32>> = KeyMap::default();
        for (k, w) in &self.w {
            let u = &self.u[k];
            avg.insert(*k, w.iter().zip(u).map(|(w, u)| w - u / self.c).collect());
        }
        Model::to_bytes(&self.labels, &avg, min)
    }
}
