//! Entities and facts found in the sentences: dates, money, percentages, industry sectors.

mod calendar;
mod date;
mod english;
mod money;
pub(crate) mod morph;
mod names;
pub(crate) mod ner;
mod official;
mod sector;
pub(crate) mod words;

pub use calendar::{Date, DateParseError};
pub use date::{DateKind, DateMention};
pub use money::{MoneyMention, PercentMention, Qualifier};
pub(crate) use names::Recognizer;
pub use names::{Entity, EntityKind};
pub use official::{Official, Part};
pub(crate) use sector::warm_up;
pub use sector::{Sector, SectorMention, sectors};

use crate::token::Token;

/// What the entity stage finds in one document.
#[derive(Clone, Debug, Default)]
pub(crate) struct Found {
    pub dates: Vec<DateMention>,
    pub money: Vec<MoneyMention>,
    pub percents: Vec<PercentMention>,
    pub sectors: Vec<SectorMention>,
    pub entities: Vec<Entity>,
    pub officials: Vec<Official>,
}

/// Runs the extractors over each sentence (token ranges) of a document.
pub(crate) fn extract<'t>(
    text: &'t str,
    tokens: &[Token<'t>],
    sentences: impl Iterator<Item = std::ops::Range<usize>>,
    pub_date: Option<Date>,
    stemmer: &crate::stem::Stemmer,
    recognizer: &Recognizer,
) -> Found {
    let low = words::lower_all(tokens);
    let mut found = Found::default();
    let mut cache = ner::MorphCache::default();
    for (k, r) in sentences.enumerate() {
        recognizer.sentence(text, &tokens[r.clone()], r.start, k, &mut cache, &mut found.entities);
        let w = words::Words::new(&tokens[r.clone()], &low[r]);
        date::find(&w, pub_date, &mut found.dates);
        money::find(&w, &mut found.money, &mut found.percents);
    }
    found.entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
    found.sectors = sector::find(tokens, stemmer);
    found.officials = official::link(text, tokens, &mut found.entities, recognizer);
    official::link_surnames(&found.entities, &mut found.officials);
    found
}
