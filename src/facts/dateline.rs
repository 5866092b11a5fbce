// Stage: facts. May use: text, token, sentence, lang, morph.
//! Datelines: the place and date a news story opens with — «ROTTERDAM, March 5, 2024 —»,
//! «LONDON 1996-08-30», «МОСКВА, 5 марта 2024 г. /ТАСС/» — give the document's publication date
//! when none is passed, so that «on Tuesday», «last year», «вчера» get values.

use serde::{Deserialize, Serialize};

use std::borrow::Cow;

use super::calendar::Date;
use super::date::{DateMention, find};
use crate::lang::AnalyzedSentence;
use crate::token::{Token, Words};

/// Where an analysis's publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PubDateSource {
    /// Passed in ([`Options::pub_date`](crate::Options::pub_date), `--pub-date`, a JSONL
    /// `"date"`).
    Given,
    /// Read from the story's dateline.
    Dateline,
}

/// The publication date relative dates were resolved against, and where it came from.
///
/// ```
/// use pressa::{Analyzer, PubDateSource};
/// let doc = Analyzer::new().analyze("ROTTERDAM, March 5, 2024 — The port said on Tuesday it would grow.");
/// let p = doc.pub_date.unwrap();
/// assert_eq!((p.value.to_string().as_str(), p.source), ("2024-03-05", PubDateSource::Dateline));
/// assert_eq!(doc.dates[1].value.as_deref(), Some("2024-03-05"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PubDate {
    /// The date.
    #[serde(with = "as_string")]
    pub value: Date,
    /// Where it came from.
    pub source: PubDateSource,
}

/// A date as its ISO 8601 string in JSON.
mod as_string {
    use super::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(d)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(|_| serde::de::Error::custom(format!("not a date: {s:?}")))
    }
}

/// The publication date a dateline gives: in one of the first two sentences, a place in
/// capitals (up to four words), a comma or not, then a full date, then a dash, a slash, a
/// bracket, a full stop or the end of the line.
pub(crate) fn dateline(
    text: &str,
    all: &[Token<'_>],
    lows: &[Cow<'_, str>],
    sentences: &[AnalyzedSentence],
) -> Option<Date> {
    for s in sentences.iter().take(2) {
        let (tokens, words) = (&all[s.tokens.clone()], Words::new(&all[s.tokens.clone()], &lows[s.tokens.clone()]));
        let place = tokens.iter().take_while(|t| t.is_all_caps()).count();
        if place == 0 || place > 4 {
            continue;
        }
        let at = place + usize::from(tokens.get(place).is_some_and(|t| t.text == ","));
        let Some(start) = tokens.get(at) else { continue };
        let mut dates: Vec<DateMention> = Vec::new();
        find(&words, None, &mut dates);
        let Some(d) = dates.iter().find(|d| d.span.start == start.span.start) else { continue };
        let next = tokens.iter().find(|t| t.span.start >= d.span.end);
        let ends = match next {
            None => true,
            Some(n) => {
                matches!(n.text, "—" | "–" | "-" | "/" | "(" | "." | ":")
                    || text[d.span.end..n.span.start].contains('\n')
            }
        };
        if ends && let Some(date) = d.value.as_deref().and_then(|v| v.parse::<Date>().ok()) {
            return Some(date);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, Options, PubDateSource};

    fn pub_date(text: &str) -> Option<String> {
        Analyzer::new().analyze(text).pub_date.map(|p| p.value.to_string())
    }

    #[test]
    fn datelines_give_the_publication_date() {
        assert_eq!(pub_date("ROTTERDAM, March 5, 2024 — The port grew."), Some("2024-03-05".into()));
        assert_eq!(pub_date("LONDON 1996-08-30\nShares fell on Friday."), Some("1996-08-30".into()));
        assert_eq!(pub_date("МОСКВА, 5 марта 2024 г. /ТАСС/. Вчера прошла встреча."), Some("2024-03-05".into()));
        // A headline first, the dateline in the second sentence.
        assert_eq!(pub_date("Ports sign a deal\n\nSHANGHAI, 2024-03-05 — The deal…"), Some("2024-03-05".into()));
    }

    #[test]
    fn a_date_in_running_text_is_no_dateline() {
        assert_eq!(pub_date("On March 5, 2024 the port grew."), None);
        assert_eq!(pub_date("The EU, March 5, 2024, said so."), None);
        assert_eq!(pub_date("NEW YORK (Reuters) - Stocks rose."), None);
    }

    #[test]
    fn a_given_date_wins() {
        let opts = Options::new().pub_date("2025-01-01".parse().unwrap());
        let doc = Analyzer::new().analyze_with("ROTTERDAM, March 5, 2024 — The port grew.", &opts);
        let p = doc.pub_date.unwrap();
        assert_eq!((p.value.to_string().as_str(), p.source), ("2025-01-01", PubDateSource::Given));
    }
}
