// Stage: facts. May use: text, token, sentence, lang, morph.
//! Dates (with ISO 8601 values), money, percentages and industry sectors.

mod calendar;
mod date;
mod dateline;
mod money;
mod sector;
pub(crate) mod words;

pub use calendar::{Date, DateParseError};
pub use date::{DateKind, DateMention};
pub use dateline::{PubDate, PubDateSource};
pub use money::{MoneyMention, PercentMention, Qualifier};
pub use sector::{Sector, SectorMention, sectors};
pub(crate) use {
    date::find as find_dates, dateline::dateline, money::find as find_money, sector::find as find_sectors,
    sector::warm_up,
};
