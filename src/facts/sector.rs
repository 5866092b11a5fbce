// Stage: facts. May use: text, lexicon, token, sentence, lang, morph.
//! Industry sectors: a bilingual taxonomy (`lexicon/sectors.tsv`, ОКВЭД 2 / NACE Rev. 2 codes)
//! whose terms are matched on Snowball stems, so that inflected forms count
//! («фармацевтической промышленности» matches «фармацевтическая промышленность»).

use crate::lexicon::lexicon;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use serde::{Deserialize, Deserializer, Serialize};

use crate::morph::Morph;
use crate::morph::Stemmer;
use crate::text::Span;
use crate::token::{Token, TokenKind, Tokenizer};

/// One sector of the taxonomy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sector {
    /// ОКВЭД 2 / NACE Rev. 2 code: a section letter or section + division, e.g. `C21`.
    pub code: &'static str,
    /// Russian label.
    pub label_ru: &'static str,
    /// English label.
    pub label_en: &'static str,
}

/// A sector a document talks about, with the spans of its mentions.
///
/// ```
/// use pressa::Analyzer;
/// let doc = Analyzer::new().analyze("Проекты в микроэлектронике, фармацевтике и робототехнике.");
/// let codes: Vec<&str> = doc.sectors.iter().map(|s| s.sector.code).collect();
/// assert!(codes.contains(&"C21") && codes.contains(&"C26"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SectorMention {
    /// The sector.
    #[serde(flatten)]
    pub sector: Sector,
    /// How many times it is mentioned.
    pub count: usize,
    /// Byte spans of the mentions.
    pub mentions: Vec<Span>,
}

/// The compiled taxonomy: term stems indexed by their first stem.
struct Taxonomy {
    sectors: Vec<Sector>,
    /// First stem → the terms that start with it, longest first.
    terms: HashMap<String, Vec<Term>>,
    /// A cheap filter before stemming: hashes of the first four characters of every first key
    /// of four characters or more (a stem is a prefix of its word), and of the first three of
    /// the others (three-letter stems, and lemmas, whose words may differ from the fourth
    /// letter on: «сеть», «сетях»).
    prefixes4: HashSet<u64, BuildHasherDefault<crate::text::hash::Hasher>>,
    prefixes3: HashSet<u64, BuildHasherDefault<crate::text::hash::Hasher>>,
}

/// A term of the taxonomy after its first word.
struct Term {
    /// The keys of the following words.
    rest: Vec<String>,
    /// Index of the sector.
    sector: usize,
    /// Names a place, an institution or a person's role (`*` in the file): it counts half.
    weak: bool,
}

/// A sector read back from JSON: the taxonomy's sector with that code.
impl<'de> Deserialize<'de> for Sector {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Sector, D::Error> {
        #[derive(Deserialize)]
        struct Code {
            code: String,
        }
        let Code { code } = Code::deserialize(d)?;
        let found = sectors().iter().find(|s| s.code == code);
        found.cloned().ok_or_else(|| serde::de::Error::custom(format!("unknown sector code {code:?}")))
    }
}

static TAXONOMY: LazyLock<Taxonomy> = LazyLock::new(|| Taxonomy::parse(include_str!("../../lexicon/sectors.tsv")));

/// Builds the taxonomy now rather than at the first document.
pub(crate) fn warm_up() {
    let _ = TAXONOMY.sectors.len();
}

/// All sectors of the taxonomy, in file order.
///
/// ```
/// assert!(pressa::sectors().len() >= 60);
/// ```
pub fn sectors() -> &'static [Sector] {
    &TAXONOMY.sectors
}

/// A hash of the first `n` characters.
fn prefix_hash(word: &str, n: usize) -> u64 {
    word.chars().take(n).fold(crate::text::hash::START, |h, c| crate::text::hash::step(h, c as u64))
}

impl Taxonomy {
    fn parse(data: &'static str) -> Taxonomy {
        let stemmer = Stemmer::new();
        let tokenizer = Tokenizer::new();
        let mut sectors = Vec::new();
        let mut terms: HashMap<String, Vec<Term>> = HashMap::new();
        for line in data.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').collect();
            if cols.len() < 5 {
                continue;
            }
            let idx = sectors.len();
            sectors.push(Sector { code: cols[0].trim(), label_ru: cols[1].trim(), label_en: cols[2].trim() });
            for term in cols[3].split(';').chain(cols[4].split(';')) {
                let term = term.trim();
                let (weak, term) = match term.strip_prefix('*') {
                    Some(t) => (true, t),
                    None => (false, term),
                };
                let stems: Vec<String> = tokenizer
                    .tokens(term)
                    .filter(|t| t.kind == TokenKind::Word)
                    .map(|t| term_key(&crate::text::lowercase(t.text), &t, &stemmer, None))
                    .collect();
                if let Some((first, rest)) = stems.split_first() {
                    let list = terms.entry(first.clone()).or_default();
                    if !list.iter().any(|t| t.rest == rest && t.sector == idx) {
                        list.push(Term { rest: rest.to_vec(), sector: idx, weak });
                    }
                }
            }
        }
        for list in terms.values_mut() {
            list.sort_by_key(|t| std::cmp::Reverse(t.rest.len()));
        }
        let (mut prefixes4, mut prefixes3) = (HashSet::default(), HashSet::default());
        for k in terms.keys() {
            match k.strip_prefix('~') {
                Some(lemma) => prefixes3.insert(prefix_hash(lemma, 3)),
                None if k.starts_with('=') || k.chars().count() >= 4 => {
                    prefixes4.insert(prefix_hash(k.trim_start_matches('='), 4))
                }
                None => prefixes3.insert(prefix_hash(k, 3)),
            };
        }
        Taxonomy { sectors, terms, prefixes4, prefixes3 }
    }
}

/// How a word of a term or of the text is looked up.
///
/// For English, the word without a plural «s» (Snowball's English stems merge «electric» with
/// «electricity», «automated» with «automation»). For Russian, whose inflection needs it, the
/// Snowball stem — but a stem of three letters says too little («паром» — ferry — and «пары»
/// share «пар», «метро» and «метров» share «метр»), so such words are looked up by their lemma,
/// as `~lemma`; and a word whose stem would be shorter still (acronyms such as «апк», «ивл»,
/// «нии», whose stems collide with function words like «ни») matches only as written, as `=word`.
/// Terms are written in dictionary form, so a term word is its own lemma (`morph` is `None`), and
/// so is a word written in capitals.
fn term_key(low: &str, t: &Token<'_>, stemmer: &Stemmer, morph: Option<&Morph>) -> String {
    if t.script == crate::token::Script::Latin {
        let singular = low.strip_suffix('s').filter(|w| w.len() >= 3 && !w.ends_with('s'));
        return singular.unwrap_or(low).to_string();
    }
    let stem = stemmer.stem(t);
    match stem.chars().count() {
        n if n >= 4 => stem.into_owned(),
        _ if low.chars().count() <= 4 && stem.chars().count() < 3 => format!("={low}"),
        _ => {
            // Acronyms («ГОК») are their own lemma.
            let acronym = t.text.chars().all(char::is_uppercase);
            let lemma = morph.filter(|_| !acronym).and_then(|m| m.lemma(low));
            format!("~{}", lemma.as_deref().map_or(low.into(), crate::text::lowercase))
        }
    }
}

// Frequent words whose stems collide with sector terms («стали» — became / steel, «поэтому» — «поэт»): they never match.
lexicon!(SECTOR_STOP, "ru/sector_stop.txt");

/// Frequent words whose stems collide with sector terms («стали» — became / steel, «поэтому» —
/// «поэт»): they never match.
fn is_stop_word(low: &str) -> bool {
    SECTOR_STOP.contains(low)
}

/// What a mention of a place, institution or role (`*` in the file) counts for.
const WEAK: f32 = 0.5;
/// What the mentions of a sector must add up to, unless one is in an enumeration of sectors.
const MIN_WEIGHT: f32 = 2.0;

/// Finds the sectors a text is about among `tokens` (`low`: the same, lower-cased), most
/// mentioned first.
pub(crate) fn find(
    tokens: &[Token<'_>],
    low: &[std::borrow::Cow<'_, str>],
    stemmer: &Stemmer,
    morph: &Morph,
) -> Vec<SectorMention> {
    let tax = &*TAXONOMY;
    // Stems only of the words whose first letters can start a term.
    let mut stems: Vec<Option<String>> = vec![None; tokens.len()];
    let mut candidate = false;
    for (k, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        let low = &low[k];
        let candidate_word =
            tax.prefixes4.contains(&prefix_hash(low, 4)) || tax.prefixes3.contains(&prefix_hash(low, 3));
        if candidate_word && !is_stop_word(low) {
            stems[k] = Some(term_key(low, t, stemmer, Some(morph)));
            candidate = true;
        }
    }
    if !candidate {
        return Vec::new();
    }
    // (first token, end token, sector, weak) of every match, in text order.
    let mut matches: Vec<(usize, usize, usize, bool)> = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let Some(stem) = stems[k].as_deref() else {
            k += 1;
            continue;
        };
        let Some(list) = tax.terms.get(stem) else {
            k += 1;
            continue;
        };
        let mut matched = None;
        for term in list {
            let mut j = k + 1;
            let ok = term.rest.iter().all(|r| {
                // The next word token must have this stem; words that cannot start a term were
                // not stemmed, so stem them here.
                while j < tokens.len() && tokens[j].kind != TokenKind::Word && tokens[j].text == "-" {
                    j += 1;
                }
                let Some(t) = tokens.get(j).filter(|t| t.kind == TokenKind::Word) else { return false };
                let low = crate::text::lowercase(t.text);
                let s = match &stems[j] {
                    Some(s) => s.clone(),
                    None if is_stop_word(&low) => String::new(),
                    None => term_key(&low, t, stemmer, Some(morph)),
                };
                j += 1;
                s == *r
            });
            if ok {
                match matched {
                    None => matched = Some((j, vec![term])),
                    Some((end, ref mut v)) if end == j => v.push(term),
                    _ => {}
                }
            }
        }
        match matched {
            Some((end, terms)) => {
                for t in terms {
                    matches.push((k, end, t.sector, t.weak));
                }
                k = end;
            }
            None => k += 1,
        }
    }
    // A sector is a topic of the text when it is named twice, or once in an enumeration of
    // three or more sectors («в микроэлектронике, электротранспорте, фармацевтике»); a single
    // passing mention («доставлен в больницу»), or a pair («спорта и культуры»), is not. Places,
    // institutions and roles count half: a story set in a hospital or about a footballer's
    // wedding is not about health care or sport.
    let joiner = |t: &Token<'_>| matches!(t.text, "," | ";" | "и" | "или" | "а" | "также" | "and" | "or");
    let mut listed = vec![false; matches.len()];
    let mut chain_start = 0;
    for i in 1..=matches.len() {
        let linked = i < matches.len() && {
            let (x, y) = (matches[i - 1].1, matches[i].0);
            // «, », «и», «, а также», or a joiner and a modifier: «robotics, pharmaceuticals and green shipping».
            y > x
                && y - x <= 3
                && joiner(&tokens[x])
                && tokens[x + 1..y].iter().all(|t| joiner(t) || t.text.chars().all(char::is_lowercase))
        };
        if !linked {
            let chain = &matches[chain_start..i];
            let distinct: HashSet<usize> = chain.iter().map(|m| m.2).collect();
            if distinct.len() >= 3 {
                listed[chain_start..i].fill(true);
            }
            chain_start = i;
        }
    }
    // Per sector: mentions, listed, weight.
    let mut found: HashMap<usize, (Vec<Span>, bool, f32)> = HashMap::new();
    for (m, &listed) in matches.iter().zip(&listed) {
        let e = found.entry(m.2).or_default();
        e.0.push(Span::new(tokens[m.0].span.start, tokens[m.1 - 1].span.end));
        e.1 |= listed;
        e.2 += if m.3 { WEAK } else { 1.0 };
    }
    let mut out: Vec<SectorMention> = found
        .into_iter()
        .filter(|(_, (_, listed, weight))| *weight >= MIN_WEIGHT || *listed)
        .map(|(i, (mentions, _, _))| SectorMention { sector: tax.sectors[i].clone(), count: mentions.len(), mentions })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.sector.code.cmp(b.sector.code)));
    out
}

#[cfg(test)]
mod tests {
    use crate::Analyzer;

    fn codes(text: &str) -> Vec<&'static str> {
        let mut c: Vec<&str> = Analyzer::new().analyze(text).sectors.iter().map(|s| s.sector.code).collect();
        c.sort_unstable();
        c
    }

    #[test]
    fn short_stems_match_by_lemma() {
        // «сеть» has a three-letter stem: its inflected forms still match …
        assert_eq!(codes("Ролик разошёлся по социальным сетям. В социальной сети его посмотрели миллионы."), ["J63"]);
        // … but «пары» is not a ferry («паром») for sharing the stem «пар».
        assert!(codes("Пара поженилась в июне. Пары пришли на праздник, пару поздравили.").is_empty());
    }

    #[test]
    fn places_and_roles_count_half() {
        assert!(codes("Его доставили в больницу. В больнице врачи осмотрели его.").is_empty());
        assert_eq!(
            codes("Больницы переполнены. Система здравоохранения не справляется, врачи и больницы просят помощи."),
            ["Q86"]
        );
    }

    #[test]
    fn enumerations_of_three_or_more() {
        assert_eq!(
            codes("Зона специализируется на микроэлектронике, фармацевтике и робототехнике."),
            ["C21", "C26", "C28"]
        );
        assert!(codes("Он говорил о поддержке спорта и культуры.").is_empty());
    }
}
