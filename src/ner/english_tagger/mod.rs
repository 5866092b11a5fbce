// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! The English names tagger: the greedy averaged perceptron of [`super::tagger`] with English
//! features — word, shape, affixes, the word's look in the rest of the document (capitalised
//! elsewhere, in lower case elsewhere: what tells a name in an all-caps headline), a headline
//! flag, the word's place in its run of capitalised words, and the English word lists as a
//! small gazetteer. Trained by `examples/train.rs` on
//! CoNLL-2003 eng.train (PER, ORG, LOC, MISC; MISC is learned so that it is not taken for the
//! others, and left out of the output).

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::{Arc, LazyLock};

use super::entity::{Entity, EntityKind, Sent};
use super::names::Recognizer;
use super::tagger::{TokenFeatures, affixes, mix, open_template, shape_hash};
use crate::text::hash::{Hasher, hash as fnv};
use crate::text::{Span, is_all_caps};
use crate::token::{Token, TokenKind};

/// How a document writes its words — for each lower-cased word, whether it appears in lower
/// case, capitalised inside a sentence, and in all capitals — and what the sentences before took
/// its words for (the tagger's labels, or the gold in training): a name is one thing throughout
/// an article.
#[derive(Debug, Default)]
pub struct EnglishDoc {
    seen: HashMap<u64, u8, BuildHasherDefault<Hasher>>,
    taken: HashMap<u64, u8, BuildHasherDefault<Hasher>>,
    /// How many sentences [`EnglishDoc::remember`] was given.
    remembered: usize,
    /// How English at large writes each word; `None`: [`CASE`], the committed table.
    case: Option<Arc<CaseTable>>,
    /// How much of the document is numbers: 0 under a tenth of its words and numbers, 1 under a
    /// quarter, 2 more (results, tables, scorecards: where a city is a team).
    numbers: u64,
}

/// How English text at large writes a word inside a sentence, where a capital says something:
/// 1 mostly in lower case («seconds», «video»), 3 mostly capitalised («Reuters»), 2 both
/// («Bush», «bush»), 0 too rare to tell. Counted by `examples/train.rs` over CoNLL-2003
/// eng.train and English text of other genres (UD English-EWT, the English originals of UD
/// Russian-PUD, Lingua's English sentences): what tells a name from a capitalised common word
/// the tagger never saw in training («30 Seconds to Mars»). Stored as word hashes and classes
/// only.
#[derive(Debug, Default)]
pub struct CaseTable(HashMap<u64, u8, BuildHasherDefault<Hasher>>);

/// The committed case table (`lexicon/model/en_case.bin`).
static CASE: LazyLock<CaseTable> =
    LazyLock::new(|| CaseTable::from_bytes(include_bytes!("../../../lexicon/model/en_case.bin")));

impl CaseTable {
    /// Reads records of a little-endian word hash (8 bytes) and its class (1 byte).
    fn from_bytes(bytes: &[u8]) -> CaseTable {
        let records = bytes.chunks_exact(9);
        CaseTable(records.map(|r| (u64::from_le_bytes(r[..8].try_into().unwrap()), r[8])).collect())
    }

    fn class(&self, lower: u64) -> u8 {
        self.0.get(&lower).copied().unwrap_or(0)
    }
}

/// Counts, for each lower-cased word, how often it is written in lower case and capitalised
/// inside a sentence (not at its start, not in capitals) — the data of a [`CaseTable`].
#[cfg(feature = "training")]
#[derive(Debug, Default, Clone)]
pub struct CaseCounts(HashMap<String, [u32; 2]>);

#[cfg(feature = "training")]
impl CaseCounts {
    /// Counts the words of `text` (its `tokens` and their lower-cased forms `lows`).
    pub fn add(&mut self, text: &str, tokens: &[Token<'_>], lows: &[Cow<'_, str>]) {
        for (i, low) in lows.iter().enumerate() {
            let k = match written(text, tokens, i) {
                LOWER if !initial(text, tokens, i) => 0,
                TITLE_INSIDE => 1,
                _ => continue,
            };
            self.0.entry(low.to_string()).or_default()[k] += 1;
        }
    }

    /// Adds the counts of `other`.
    pub fn merge(&mut self, other: &CaseCounts) {
        for (w, c) in &other.0 {
            let e = self.0.entry(w.clone()).or_default();
            for (a, b) in e.iter_mut().zip(c) {
                *a += b;
            }
        }
    }

    /// Each word's class (see [`CaseTable`]): seen at least twice, and four times in five in
    /// one case, or both.
    fn classes(&self) -> impl Iterator<Item = (u64, u8)> + '_ {
        self.0.iter().filter(|(_, c)| c[0] + c[1] >= 2).map(|(w, &[lower, cap])| {
            let total = lower + cap;
            let class = if lower * 5 >= total * 4 {
                1
            } else if cap * 5 >= total * 4 {
                3
            } else {
                2
            };
            (fnv(w.as_bytes()), class)
        })
    }

    /// The table of these counts.
    pub fn table(&self) -> CaseTable {
        CaseTable(self.classes().collect())
    }

    /// The table's bytes (records sorted by hash: the same counts give the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut records: Vec<(u64, u8)> = self.classes().collect();
        records.sort_unstable();
        records.iter().flat_map(|&(h, c)| h.to_le_bytes().into_iter().chain([c])).collect()
    }
}

const LOWER: u8 = 1;
const TITLE_INSIDE: u8 = 2;
const ALL_CAPS: u8 = 4;

/// Does English at large write this word (lower case) mostly in lower case inside a sentence
/// («farm», «finance», «press»; not «treasury», «reuters»)? From the case table.
pub(super) fn mostly_lower_case(low: &str) -> bool {
    CASE.class(fnv(low.as_bytes())) == 1
}

/// A document's first sentence of at most this many words is its title. (Not remembering
/// CoNLL's headlines, all of them this short, moved eng.testa micro F1 by +0.2 to +0.3 over
/// three training orders, WikiGold by −0.3 to +0.9; with every first sentence a title,
/// WikiGold, whose first sentences are long, fell 1.4: 61.8 → 60.4.)
pub const TITLE_WORDS: usize = 12;

/// Is a document's first sentence of these tokens short enough to be its title?
fn title_sized(tokens: &[Token<'_>]) -> bool {
    tokens.iter().filter(|t| t.kind == TokenKind::Word).count() <= TITLE_WORDS
}

/// A sentence written in capitals (four words in five at least).
pub(crate) fn is_headline(tokens: &[Token<'_>]) -> bool {
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    let caps = tokens.iter().filter(|t| t.is_all_caps()).count();
    words >= 2 && caps * 5 >= words * 4
}

/// Does token `i` start a sentence or a line (so that its capital says nothing)?
fn initial(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    i == 0
        || matches!(tokens[i - 1].text, "." | "!" | "?" | ":" | "\"" | "“" | "-" | "—" | "(" | "'" | "``")
        || text[tokens[i - 1].span.end..tokens[i].span.start].contains('\n')
}

/// How token `i` is written: `LOWER`, `ALL_CAPS`, `TITLE_INSIDE` (capitalised, not at the start
/// of a sentence or line), or 0 (a capital that says nothing, or no word).
fn written(text: &str, tokens: &[Token<'_>], i: usize) -> u8 {
    let t = &tokens[i];
    match t.text.chars().next() {
        _ if t.kind != TokenKind::Word => 0,
        Some(c) if c.is_lowercase() => LOWER,
        _ if is_all_caps(t.text) => ALL_CAPS,
        Some(c) if c.is_uppercase() && !initial(text, tokens, i) => TITLE_INSIDE,
        _ => 0,
    }
}

impl EnglishDoc {
    /// Reads how the document `text` (its `tokens` and their lower-cased forms) writes each word.
    pub fn new(text: &str, tokens: &[Token<'_>], lows: &[Cow<'_, str>]) -> EnglishDoc {
        let mut seen: HashMap<u64, u8, BuildHasherDefault<Hasher>> = HashMap::default();
        let (mut numbers, mut words) = (0, 0);
        for (i, (t, low)) in tokens.iter().zip(lows).enumerate() {
            match t.kind {
                TokenKind::Word => {
                    words += 1;
                    *seen.entry(fnv(low.as_bytes())).or_default() |= written(text, tokens, i);
                }
                TokenKind::Number => numbers += 1,
                _ => {}
            }
        }
        let numbers = match numbers * 20 {
            n if n < 2 * (numbers + words) => 0,
            n if n < 5 * (numbers + words) => 1,
            _ => 2,
        };
        EnglishDoc { seen, taken: HashMap::default(), remembered: 0, case: None, numbers }
    }

    /// The same document read with another case table (the trainer's, counted without the
    /// document's own part of the training data).
    #[cfg(feature = "training")]
    pub fn with_case_table(mut self, table: Arc<CaseTable>) -> EnglishDoc {
        self.case = Some(table);
        self
    }

    fn bits(&self, lower: u64) -> u64 {
        let seen = self.seen.get(&lower).copied().unwrap_or(0);
        let taken = self.taken.get(&lower).copied().unwrap_or(0);
        u64::from(seen) | u64::from(taken) << 5
    }

    /// Remembers the types of the names of a sentence (its `tokens`, their lower-cased forms
    /// `lows`; `spans`, token ranges with `PER`, `ORG`, `LOC` or `MISC`) for the sentences after
    /// it. Not from a headline in capitals, nor from the document's title (its first sentence,
    /// if of at most [`TITLE_WORDS`] words: «Pirelli cables look to tap Chinese growth»): the
    /// names there are the hardest to type, and a wrong type would spread.
    pub fn remember(&mut self, tokens: &[Token<'_>], lows: &[Cow<'_, str>], spans: &[(usize, usize, String)]) {
        let first = self.remembered == 0;
        self.remembered += 1;
        if is_headline(tokens) || first && title_sized(tokens) {
            return;
        }
        for (a, b, ty) in spans {
            let bit = match ty.as_str() {
                "PER" => 1,
                "ORG" => 2,
                "LOC" => 4,
                _ => 8,
            };
            for low in &lows[*a..*b] {
                if low.chars().next().is_some_and(char::is_alphabetic) {
                    *self.taken.entry(fnv(low.as_bytes())).or_default() |= bit;
                }
            }
        }
    }
}

/// Where each token stands in its run of capitalised words («of», «the», «for» and «&» inside
/// such a run count as part of it): 0 outside any, else the run's length (at most 4) times 4
/// plus 0 for a run of one word, 1 for its first word, 2 inside it, 3 for its last.
fn capitalised_runs(tokens: &[Token<'_>]) -> Vec<u64> {
    let cap = super::english::capitalised;
    let mut out = vec![0u64; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        if !cap(&tokens[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len()
            && (cap(&tokens[j])
                || matches!(tokens[j].text, "of" | "the" | "for" | "&") && tokens.get(j + 1).is_some_and(cap))
        {
            j += 1;
        }
        let len = (j - i).min(4) as u64;
        for (k, o) in out[i..j].iter_mut().enumerate() {
            let place = match (k, j - i) {
                (_, 1) => 0,
                (0, _) => 1,
                (k, n) if k + 1 == n => 3,
                _ => 2,
            };
            *o = len * 4 + place;
        }
        i = j;
    }
    out
}

/// The per-token features of an English sentence: `names` carries the word's look in the
/// document, whether the sentence is a headline in capitals, and what the sentences before took
/// the word for; `morph` its gazetteer classes; `numbers` how much of the document is numbers;
/// `first`, `head` and `head_class` the first and last words of the token's run of capitalised
/// words («Scottish Labour Party»: a word's name may be told by a head two or more words away).
pub fn token_features(tokens: &[Token<'_>], lows: &[Cow<'_, str>], doc: &EnglishDoc) -> Vec<TokenFeatures> {
    let headline = is_headline(tokens);
    let runs = capitalised_runs(tokens);
    let case = doc.case.as_deref().unwrap_or(&CASE);
    // The first word and the head of each run of two words or more: its last word (runs never
    // touch: a word outside one lies between).
    let mut ends = vec![[0u64; 3]; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let j = (i..tokens.len()).find(|&k| runs[k] == 0).unwrap_or(tokens.len());
        if j > i + 1 {
            let head = &lows[j - 1];
            let class = super::english::gazetteer(head) | u64::from(case.class(fnv(head.as_bytes()))) << 8;
            ends[i..j].fill([fnv(lows[i].as_bytes()), fnv(head.as_bytes()), class]);
        }
        i = j + 1;
    }
    tokens
        .iter()
        .zip(lows)
        .zip(runs)
        .zip(ends)
        .map(|(((t, low), run), [first, head, head_class])| {
            let lower = fnv(low.as_bytes());
            let [suf2, suf3, suf4, pre3] = affixes(low);
            // Digits as one digit: «1996» and «2024» are one word to the model (a word without
            // digits is itself).
            let lemma = if low.bytes().any(|b| b.is_ascii_digit()) {
                let digits: String = low.chars().map(|c| if c.is_ascii_digit() { '0' } else { c }).collect();
                fnv(digits.as_bytes())
            } else {
                lower
            };
            TokenFeatures {
                lower,
                lemma,
                shape: shape_hash(t),
                suf2,
                suf3,
                suf4,
                pre3,
                morph: super::english::gazetteer(low),
                names: doc.bits(lower) | (u64::from(headline) << 4),
                run,
                case: u64::from(case.class(lower)),
                is_word: t.kind == TokenKind::Word,
                numbers: doc.numbers,
                head,
                first,
                head_class,
                // (The Russian fields stay empty.)
                ..super::tagger::NONE
            }
        })
        .collect()
}

/// The English feature template: the word and its neighbours, affixes and shapes, the word's
/// look in the document and its gazetteer classes, its run of capitalised words, with the labels
/// before.
pub(crate) fn features(f: &[TokenFeatures], i: usize, prev: usize, prev2: usize, out: &mut Vec<u64>) {
    let [w, p1, _, n1, n2] = open_template(f, i, 100, out);
    let p = prev as u64 + 1;
    let pp = prev2 as u64 + 1;
    out.extend_from_slice(&[
        mix(114, w.morph),
        mix(115, p1.morph),
        mix(116, n1.morph),
        mix(117, w.names),
        mix(118, p1.names ^ w.names.rotate_left(8)),
        mix(119, n1.names ^ w.names.rotate_left(8)),
        mix(120, p),
        mix(121, p ^ (pp << 8)),
        mix(122, p ^ w.shape.rotate_left(5)),
        mix(123, p ^ w.lower.rotate_left(5)),
        mix(124, (i == 0) as u64 ^ w.shape.rotate_left(3)),
        mix(125, w.lemma),
        mix(126, w.lower ^ n1.lower.rotate_left(11)),
        mix(127, p1.lower ^ w.lower.rotate_left(11)),
        mix(128, w.names ^ w.shape.rotate_left(9)),
        mix(129, w.morph ^ w.shape.rotate_left(9)),
        mix(130, p ^ w.names.rotate_left(9)),
        mix(131, n1.lower ^ w.shape.rotate_left(9)),
        mix(132, p1.lower ^ w.shape.rotate_left(9)),
        mix(133, n1.shape ^ n2.shape.rotate_left(7) ^ w.shape.rotate_left(13)),
        mix(134, w.suf3 ^ w.shape.rotate_left(5)),
        mix(135, p1.lemma ^ n1.lemma.rotate_left(11)),
        mix(137, (w.names >> 5) ^ w.shape.rotate_left(9)),
        mix(138, (w.names >> 5) ^ (n1.names >> 5).rotate_left(4) ^ (p1.names >> 5).rotate_left(8)),
        mix(140, w.run ^ w.shape.rotate_left(7)),
        mix(141, w.case ^ w.shape.rotate_left(7)),
        mix(142, w.case ^ p.rotate_left(9)),
        mix(143, w.case ^ p1.case.rotate_left(8) ^ n1.case.rotate_left(16)),
        mix(144, w.numbers ^ w.morph.rotate_left(2) ^ w.shape.rotate_left(9)),
        mix(145, w.numbers ^ (w.names >> 5).rotate_left(2) ^ w.case.rotate_left(7)),
        mix(146, w.head ^ (w.run & 3).rotate_left(40)),
        mix(147, w.head ^ p.rotate_left(40)),
        mix(148, w.first ^ (w.run & 3).rotate_left(40)),
        mix(149, w.head_class ^ (w.run & 3).rotate_left(40)),
    ]);
    if !w.is_word {
        out.push(mix(136, w.lower ^ p));
    }
}

/// The entity of type `kind` over tokens `a..b` of sentence `s` (indices within the sentence).
fn entity(s: Sent<'_, '_>, a: usize, b: usize, kind: EntityKind) -> Entity {
    let span = Span::new(s.tokens[a].span.start, s.tokens[b - 1].span.end);
    let norm = span.slice(s.text).replace('\n', " ");
    Entity { span, kind, norm, sentence: s.index, tokens: s.offset + a..s.offset + b, cluster: 0 }
}

/// The tagger's persons, organisations and places of sentence `s` (its `spans`: token ranges
/// and types), and the token ranges of what it took for none of them (MISC).
fn tagged_entities(s: Sent<'_, '_>, spans: Vec<(usize, usize, String)>) -> (Vec<Entity>, Vec<(usize, usize)>) {
    let Sent { tokens, lows, offset, .. } = s;
    // A name that ends in a company's legal form, or stands right before one, is the
    // company's, whatever the tagger took it for: «Barnett Banks Inc.», «Pirelli SpA».
    let legal =
        |k: usize| tokens.get(k).is_some_and(super::english::capitalised) && super::english::is_legal_form(&lows[k]);
    // What the tagger took for neither a person, an organisation nor a place («Davis Cup»).
    let mut misc: Vec<(usize, usize)> = Vec::new();
    let mut own = Vec::new();
    for (a, mut b, ty) in spans {
        if legal(b) {
            b += 1;
        }
        let kind = match ty.as_str() {
            _ if legal(b - 1) => EntityKind::Organization,
            // An event, a prize or a work, whatever the tagger took it for: «Rimington Trophy».
            _ if super::english::is_event(&lows[a..b]) => {
                misc.push((offset + a, offset + b));
                continue;
            }
            "PER" => EntityKind::Person,
            "ORG" => EntityKind::Organization,
            "LOC" => EntityKind::Location,
            _ => {
                misc.push((offset + a, offset + b));
                continue;
            }
        };
        own.push(entity(s, a, b, kind));
    }
    (own, misc)
}

impl Recognizer {
    /// An English sentence: persons, organisations and places from the English tagger; positions
    /// from the rules, with the places and organisations the rules find inside a position where
    /// the tagger found nothing («Dutch Minister …» → the Netherlands).
    pub(super) fn english_sentence(&self, s: Sent<'_, '_>, doc: &mut EnglishDoc, out: &mut Vec<Entity>) {
        let Sent { text, tokens, lows, offset, index } = s;
        let feats = token_features(tokens, lows, doc);
        let tags = self.english.tag_with(&feats, features);
        let mut spans = super::tagger::spans(self.english.labels(), &tags);
        corrections::nobiliary_persons(tokens, &mut spans);
        corrections::bracketed_letters(tokens, &mut spans);
        corrections::definitions(tokens, lows, &feats, &mut spans);
        corrections::possessive_names(tokens, lows, &mut spans);
        corrections::possessive_organisations(tokens, lows, &feats, &mut spans);
        doc.remember(tokens, lows, &spans);
        let (mut own, misc) = tagged_entities(s, spans);
        corrections::names_across_or(s, &mut own);
        corrections::coordinated_organisations(s, &mut own);
        corrections::clubs_of_places(s, &feats, &mut own);
        let mut rules = Vec::new();
        super::english::sentence(text, tokens, offset, index, &mut rules);
        corrections::longer_organisations(s, &own, &mut rules);
        // The positions' spans and where their tokens end.
        let positions: Vec<(Span, usize)> =
            rules.iter().filter(|e| e.kind == EntityKind::Position).map(|e| (e.span, e.tokens.end)).collect();
        // A tagged name that runs out of a position («Deputy Mayor of [London Justine Simons]»)
        // gives way to what the rules read there.
        let holds = |p: &Span, e: &Entity| p.start <= e.span.start && e.span.end <= p.end;
        let crosses =
            |e: &Entity| positions.iter().any(|(p, _)| p.start < e.span.end && e.span.start < p.end && !holds(p, e));
        // No person inside a position («Deputy [Mayor] of London»).
        let within = |e: &Entity| positions.iter().any(|(p, _)| holds(p, e));
        // (But the person whose position it is stays: «President Clinton 's aides».)
        let owner =
            |e: &Entity| lows.get(e.tokens.end - offset).is_some_and(|w| matches!(w.as_ref(), "'" | "’" | "'s"));
        own.retain(|e| !(crosses(e) || e.kind == EntityKind::Person && within(e) && !owner(e)));
        // Positions; and over the tagger, the names the rules read inside a position or as the
        // person right after it, after «Mr.» or «Dr.», after a kind of organisation («engineering
        // firm Royal HaskoningDHV»), or ending in a word for a street.
        for mut e in rules {
            let inside = within(&e);
            // No one is named right before a plural title: «Three African leaders».
            if inside
                && e.kind == EntityKind::Person
                && lows.get(e.tokens.end - offset).is_some_and(|w| crate::ner::is_plural_title(w))
            {
                continue;
            }
            // No person stands right before a title: «Baltimore Orioles manager», «Pirelli SpA
            // chairman» (but an event the tagger read there is none either: «Australia 's Davis
            // Cup coach»).
            if inside
                && e.kind == EntityKind::Person
                && !misc.iter().any(|&(a, b)| a < e.tokens.end && e.tokens.start < b)
                && lows.get(e.tokens.end - offset).is_some_and(|w| super::english::is_title(w))
            {
                e.kind = EntityKind::Organization;
            }
            // A country or listed place the tagger read where the rules read a position's
            // organisation stays a place: «commander-in-chief of Tajikistan 's armed forces»
            // (not «chief executive of Microsoft», whatever the tagger read there).
            if inside
                && e.kind == EntityKind::Organization
                && own.iter().any(|o| o.kind == EntityKind::Location && o.span == e.span)
                && super::english::is_country_or_place(&e.norm)
                && !lows[e.tokens.start - offset..e.tokens.end - offset]
                    .iter()
                    .any(|w| super::english::gazetteer(w) & 2 != 0)
            {
                e.kind = EntityKind::Location;
            }
            let local = e.tokens.start - offset;
            let after = e.kind == EntityKind::Person && positions.iter().any(|&(_, end)| end == e.tokens.start);
            let titled =
                e.kind == EntityKind::Person && local > 0 && super::english::opens_person(tokens[local - 1].text);
            let street =
                e.kind == EntityKind::Location && super::english::is_street_word(&lows[e.tokens.end - offset - 1]);
            let kind = e.kind == EntityKind::Organization
                && local > 0
                && super::english::is_kind_of_organisation(&lows[local - 1]);
            if e.kind == EntityKind::Position {
                own.push(e);
            } else if inside || after || titled || street || kind {
                own.retain(|o| {
                    o.kind == EntityKind::Position || o.span.end <= e.span.start || e.span.end <= o.span.start
                });
                own.push(e);
            }
        }
        let mut named = corrections::organisations_before_titles(s, &feats, &own, &misc);
        own.append(&mut named);
        corrections::regnal_numbers(s, &mut own);
        corrections::dateline_place(s, &mut own);
        own.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        out.append(&mut own);
    }
}

mod corrections;
#[cfg(test)]
mod tests;
