//! Industry sectors: a bilingual taxonomy (`lexicon/sectors.tsv`, ОКВЭД 2 / NACE Rev. 2 codes)
//! whose terms are matched on Snowball stems, so that inflected forms count
//! («фармацевтической промышленности» matches «фармацевтическая промышленность»).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use serde::Serialize;

use crate::span::Span;
use crate::stem::Stemmer;
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
#[derive(Clone, Debug, PartialEq, Serialize)]
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
    /// First stem → (the following stems, sector index), longest terms first.
    terms: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// Hashes of the first four characters of every first stem: a cheap filter before stemming.
    prefixes: HashSet<u64>,
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

/// A hash of the first four characters, to skip words no term starts like.
fn prefix_hash(word: &str) -> u64 {
    word.chars().take(4).fold(crate::fnv::START, |h, c| crate::fnv::step(h, c as u64))
}

impl Taxonomy {
    fn parse(data: &'static str) -> Taxonomy {
        let stemmer = Stemmer::new();
        let tokenizer = Tokenizer::new();
        let mut sectors = Vec::new();
        let mut terms: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
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
                // Short words (acronyms such as «апк», «ивл», «нии») match only as written: their
                // stems collide with function words («ни»).
                let stems: Vec<String> = tokenizer
                    .tokens(term.trim())
                    .filter(|t| t.kind == TokenKind::Word)
                    .map(|t| term_key(&crate::stem::lowercase(t.text), &t, &stemmer))
                    .collect();
                if let Some((first, rest)) = stems.split_first() {
                    let list = terms.entry(first.clone()).or_default();
                    if !list.iter().any(|(r, i)| r == rest && *i == idx) {
                        list.push((rest.to_vec(), idx));
                    }
                }
            }
        }
        for list in terms.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        let prefixes = terms.keys().map(|k| prefix_hash(k.trim_start_matches('='))).collect();
        Taxonomy { sectors, terms, prefixes }
    }
}

/// The key a word is looked up by: `=word` for short words; for English the word without a
/// plural «s» (Snowball's English stems merge «electric» with «electricity», «automated» with
/// «automation»); for Russian, whose inflection needs it, the Snowball stem.
fn term_key(low: &str, t: &Token<'_>, stemmer: &Stemmer) -> String {
    if low.chars().count() <= 4 {
        format!("={low}")
    } else if t.script == crate::token::Script::Latin {
        low.strip_suffix('s').filter(|w| !w.ends_with('s')).unwrap_or(low).to_string()
    } else {
        stemmer.stem(t).into_owned()
    }
}

/// Frequent words whose stems collide with sector terms («стали» — became / steel, «поэтому» —
/// «поэт»): they never match.
fn is_stop_word(low: &str) -> bool {
    matches!(
        low,
        "стал"
            | "стала"
            | "стало"
            | "стали"
            | "стать"
            | "станет"
            | "станут"
            | "стану"
            | "становится"
            | "поэтому"
            | "также"
            | "однако"
            | "может"
            | "можно"
            | "будет"
            | "были"
            | "было"
            | "является"
            | "являются"
    )
}

/// Finds the sectors a text is about among `tokens` (`low`: the same, lower-cased), most
/// mentioned first.
pub(crate) fn find(tokens: &[Token<'_>], low: &[std::borrow::Cow<'_, str>], stemmer: &Stemmer) -> Vec<SectorMention> {
    let tax = &*TAXONOMY;
    // Stems only of the words whose first letters can start a term.
    let mut stems: Vec<Option<String>> = vec![None; tokens.len()];
    let mut candidate = false;
    for (k, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        let low = &low[k];
        if tax.prefixes.contains(&prefix_hash(low)) && !is_stop_word(low) {
            stems[k] = Some(term_key(low, t, stemmer));
            candidate = true;
        }
    }
    if !candidate {
        return Vec::new();
    }
    // (first token, end token, sector) of every match, in text order.
    let mut matches: Vec<(usize, usize, usize)> = Vec::new();
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
        for (rest, idx) in list {
            let mut j = k + 1;
            let ok = rest.iter().all(|r| {
                // The next word token must have this stem; words that cannot start a term were
                // not stemmed, so stem them here.
                while j < tokens.len() && tokens[j].kind != TokenKind::Word && tokens[j].text == "-" {
                    j += 1;
                }
                let Some(t) = tokens.get(j).filter(|t| t.kind == TokenKind::Word) else { return false };
                let low = crate::stem::lowercase(t.text);
                let s = match &stems[j] {
                    Some(s) => s.clone(),
                    None if is_stop_word(&low) => String::new(),
                    None => term_key(&low, t, stemmer),
                };
                j += 1;
                s == *r
            });
            if ok {
                match matched {
                    None => matched = Some((j, vec![*idx])),
                    Some((end, ref mut v)) if end == j => v.push(*idx),
                    _ => {}
                }
            }
        }
        match matched {
            Some((end, idxs)) => {
                for i in idxs {
                    matches.push((k, end, i));
                }
                k = end;
            }
            None => k += 1,
        }
    }
    // A sector is a topic of the text when it is named twice, or once in an enumeration of
    // sectors («в микроэлектронике, электротранспорте, фармацевтике»); a single passing mention
    // («доставлен в больницу») is not.
    let joiner = |t: &Token<'_>| matches!(t.text, "," | ";" | "и" | "или" | "а" | "также" | "and" | "or");
    let listed = |a: &(usize, usize, usize)| {
        matches.iter().any(|b| {
            b.2 != a.2 && {
                let (x, y) = if b.0 >= a.1 { (a.1, b.0) } else { (b.1, a.0) };
                y >= x && y - x <= 3 && tokens[x..y].iter().all(joiner)
            }
        })
    };
    let mut found: HashMap<usize, (Vec<Span>, bool)> = HashMap::new();
    for m in &matches {
        let e = found.entry(m.2).or_default();
        e.0.push(Span::new(tokens[m.0].span.start, tokens[m.1 - 1].span.end));
        e.1 |= listed(m);
    }
    let mut out: Vec<SectorMention> = found
        .into_iter()
        .filter(|(_, (mentions, listed))| mentions.len() >= 2 || *listed)
        .map(|(i, (mentions, _))| SectorMention { sector: tax.sectors[i].clone(), count: mentions.len(), mentions })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.sector.code.cmp(b.sector.code)));
    out
}
