//! Entities and facts found in the sentences: dates, money, percentages, industry sectors.

mod calendar;
mod chinese;
mod date;
mod document;
mod english;
mod money;
pub(crate) mod morph;
mod names;
pub(crate) mod ner;
mod official;
mod organisations;
mod sector;
pub(crate) mod words;

pub use calendar::{Date, DateParseError};
pub use date::{DateKind, DateMention};
pub use money::{MoneyMention, PercentMention, Qualifier};
pub(crate) use names::Recognizer;
pub use names::{Entity, EntityKind};
pub use official::{Official, Part};
pub use sector::{Sector, SectorMention, sectors};

use crate::analyzer::{Analysis, AnalyzedSentence};
use crate::{Lang, Script};

/// Builds the embedded word lists now rather than at the first document: the sector taxonomy
/// and the position heads.
pub(crate) fn warm_up() {
    sector::warm_up();
    names::warm_up();
}

/// Does the Russian tagging read names in this sentence? Not in a sentence in another
/// Cyrillic language written with letters Russian lacks («ї», «қ») in a document that is not
/// Russian: the taggers learned Russian and read Ukrainian or Kazakh text badly. Sentences with
/// Russian letters only may be Russian that detection missed («Хайко Маас» reads as
/// Mongolian), and a Russian document's sentences keep their names («… Reuters (архів)»).
fn reads_names(doc: Option<Lang>, s: &AnalyzedSentence, text: &str) -> bool {
    let other_cyrillic = |l: Lang| l != Lang::RU && crate::analyzer::script_of_lang(l) == Some(Script::Cyrillic);
    doc == Some(Lang::RU)
        || !s.lang.is_some_and(other_cyrillic)
        || crate::lang::alphabet_allows(Lang::RU, s.span.slice(text))
}

/// Runs the extractors over the sentences of an analysis that has its tokens and sentences,
/// filling in its entities, officials, dates, money, percentages and sectors.
pub(crate) fn extract(
    a: &mut Analysis<'_>,
    pub_date: Option<Date>,
    stemmer: &crate::stem::Stemmer,
    recognizer: &Recognizer,
) {
    let (text, tokens) = (a.text, &a.tokens);
    let low = words::lower_all(tokens);
    let mut cache = ner::MorphCache::default();
    let names: Vec<bool> = a.sentences.iter().map(|s| reads_names(a.lang, s, text)).collect();
    for (k, s) in a.sentences.iter().enumerate() {
        let r = s.tokens.clone();
        let w = words::Words::new(&tokens[r.clone()], &low[r.clone()]);
        if names[k] {
            recognizer.sentence(text, &w, r.start, k, &mut cache, &mut a.entities);
        }
        date::find(&w, pub_date, &mut a.dates);
        money::find(&w, &mut a.money, &mut a.percents);
    }
    a.entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
    recognizer.check_persons(text, tokens, &mut a.entities);
    recognizer.place_first_names(text, tokens, &mut a.entities);
    recognizer.same_surname(text, tokens, &a.sentences, &mut a.entities);
    recognizer.unions_of_states(text, tokens, &mut a.entities);
    recognizer.one_type_per_name(text, tokens, &cache, &mut a.entities);
    recognizer.repeated_organisations(text, tokens, &a.sentences, &cache, &mut a.entities);
    recognizer.drop_products(tokens, &cache, &mut a.entities);
    recognizer.agree_genders(text, tokens, &mut a.entities);
    a.sectors = sector::find(tokens, &low, stemmer, &recognizer.morph);
    a.officials = official::link(text, tokens, &mut a.entities, recognizer);
    official::link_surnames(&a.entities, &mut a.officials);
    let mut professions = Vec::new();
    for (k, s) in a.sentences.iter().enumerate().filter(|&(k, _)| names[k]) {
        let r = s.tokens.clone();
        let sent = names::Sent { text, tokens: &tokens[r.clone()], lows: &low[r.clone()], offset: r.start, index: k };
        recognizer.add_professions(sent, &a.entities, &cache, &mut professions);
    }
    if !professions.is_empty() {
        a.entities.extend(professions);
        a.entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
    }
}
