// The plain data every stage fills in; the analyzer builds it, the output stage prints it.
//! [`Analysis`]: what the analyzer found in one text.

use crate::facts::{DateMention, MoneyMention, PercentMention, PubDate, SectorMention};
use crate::lang::AnalyzedSentence;
use crate::lang::Lang;
use crate::ner::Entity;
use crate::resolve::{Cluster, Official};
use crate::token::Token;

/// What the analyzer found in one text. Offsets are bytes; the JSON form (its `Serialize`)
/// also carries character (code point) offsets.
///
/// ```
/// use pressa::Analyzer;
/// let doc = Analyzer::new().analyze("Ёлка стоит. Ok.");
/// let json = serde_json::to_value(&doc).unwrap();
/// assert_eq!(json["sentences"][1]["start"], 21);
/// assert_eq!(json["sentences"][1]["char_start"], 12);
/// ```
#[derive(Clone, Debug)]
pub struct Analysis<'t> {
    /// The analysed text.
    pub text: &'t str,
    /// Language of the whole text (the language of most of its letters).
    pub lang: Option<Lang>,
    /// The publication date relative dates were resolved against: given, or read from the
    /// dateline.
    pub pub_date: Option<PubDate>,
    /// All tokens, in order.
    pub tokens: Vec<Token<'t>>,
    /// Sentences, in order; together they cover every token.
    pub sentences: Vec<AnalyzedSentence>,
    /// Dates, periods and durations with ISO 8601 values.
    pub dates: Vec<DateMention>,
    /// Amounts of money with ISO 4217 currencies.
    pub money: Vec<MoneyMention>,
    /// Percentages and percentage points.
    pub percents: Vec<PercentMention>,
    /// Industry sectors the text mentions, most mentioned first.
    pub sectors: Vec<SectorMention>,
    /// Persons, organisations, locations and positions, in text order.
    pub entities: Vec<Entity>,
    /// Persons with their positions and organisations, once per person, position and
    /// organisation.
    pub officials: Vec<Official>,
    /// The things the entities name: each groups the mentions of one person, organisation,
    /// place or position, ordered by first mention.
    pub clusters: Vec<Cluster>,
}

impl<'t> Analysis<'t> {
    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token<'t>] {
        &self.tokens[self.sentences[i].tokens.clone()]
    }
}
