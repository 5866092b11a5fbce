// Stage: output. May use: every stage before it.
//! [`OwnedAnalysis`]: an analysis that owns its data, in the shape of the JSON contract, so that
//! JSON written by pressa reads back into Rust types; and the record types both share.

use serde::{Deserialize, Serialize};

use crate::Analysis;
use crate::facts::{DateMention, MoneyMention, PercentMention, PubDate, Sector, SectorMention};
use crate::lang::{AnalyzedSentence, Lang};
use crate::ner::Entity;
use crate::resolve::{Cluster, Official, OfficialMention, Part};
use crate::text::{CharIndex, Span};
use crate::token::{Script, TokenKind};

/// An item of an analysis with its character offsets and its text, as the JSON has it: the
/// item's own fields (its byte `start` and `end` among them), then `char_start`, `char_end`
/// (code points, end exclusive) and `text`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Located<T, S = String> {
    /// The item.
    #[serde(flatten)]
    pub item: T,
    /// Character offset of its start.
    pub char_start: usize,
    /// Character offset after its end.
    pub char_end: usize,
    /// Its text.
    pub text: S,
}

impl<T, S> Located<T, S> {
    /// `item` at byte `span` of `text`.
    pub(super) fn new<'t>(idx: &CharIndex, text: &'t str, span: Span, item: T) -> Located<T, S>
    where
        S: From<&'t str>,
    {
        Located {
            item,
            char_start: idx.char_offset(span.start),
            char_end: idx.char_offset(span.end),
            text: S::from(span.slice(text)),
        }
    }
}

/// A sentence as the JSON has it: byte and character offsets and its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRecord {
    /// Byte span.
    #[serde(flatten)]
    pub span: Span,
    /// Character offset of its start.
    pub char_start: usize,
    /// Character offset after its end.
    pub char_end: usize,
    /// Its language, when it has one.
    pub lang: Option<Lang>,
}

impl SentenceRecord {
    /// The record of sentence `s`.
    pub(super) fn new(idx: &CharIndex, s: &AnalyzedSentence) -> SentenceRecord {
        SentenceRecord {
            span: s.span,
            char_start: idx.char_offset(s.span.start),
            char_end: idx.char_offset(s.span.end),
            lang: s.lang,
        }
    }
}

/// An official as the JSON has it: person, position and organisation with their offsets and
/// texts, the person's cluster and every mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfficialRecord<S = String, P = Part> {
    /// The person.
    pub person: Located<P, S>,
    /// The position.
    pub position: Located<P, S>,
    /// The organisation, when named.
    pub org: Option<Located<P, S>>,
    /// The person's cluster.
    pub cluster: Option<usize>,
    /// Where the text names this official.
    pub mentions: Vec<MentionRecord<S>>,
}

/// One mention of an official: the person's and the position's spans and texts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord<S = String> {
    /// The person.
    pub person: Located<Span, S>,
    /// The position.
    pub position: Located<Span, S>,
}

/// A sector as the JSON has it: code and labels, count, and the words that named it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SectorRecord<S = String, X = Sector> {
    /// The sector: code and labels.
    #[serde(flatten)]
    pub sector: X,
    /// How many times the text names it.
    pub count: usize,
    /// The words that named it.
    pub mentions: Vec<Located<Span, S>>,
}

impl<S> MentionRecord<S> {
    /// The record of mention `m`.
    pub(super) fn new<'t>(idx: &CharIndex, text: &'t str, m: &OfficialMention) -> MentionRecord<S>
    where
        S: From<&'t str>,
    {
        MentionRecord {
            person: Located::new(idx, text, m.person, m.person),
            position: Located::new(idx, text, m.position, m.position),
        }
    }
}

impl<S, P> OfficialRecord<S, P> {
    /// The record of official `o`, each part as `part` gives it (borrowed or owned).
    pub(super) fn new<'t, 'o>(
        idx: &CharIndex,
        text: &'t str,
        o: &'o Official,
        part: impl Fn(&'o Part) -> P,
    ) -> OfficialRecord<S, P>
    where
        S: From<&'t str>,
    {
        let located = |p: &'o Part| Located::new(idx, text, p.span, part(p));
        OfficialRecord {
            person: located(&o.person),
            position: located(&o.position),
            org: o.org.as_ref().map(located),
            cluster: o.cluster,
            mentions: o.mentions.iter().map(|m| MentionRecord::new(idx, text, m)).collect(),
        }
    }
}

impl<S, X> SectorRecord<S, X> {
    /// The record of sector mention `s`, with its sector as `sector` (borrowed or owned).
    pub(super) fn new<'t>(idx: &CharIndex, text: &'t str, s: &SectorMention, sector: X) -> SectorRecord<S, X>
    where
        S: From<&'t str>,
    {
        SectorRecord {
            sector,
            count: s.count,
            mentions: s.mentions.iter().map(|&m| Located::new(idx, text, m, m)).collect(),
        }
    }
}

/// A token as the JSON's `tokens` has it (with `--tokens`, or [`Analysis::with_tokens`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenRecord {
    /// Byte span.
    #[serde(flatten)]
    pub span: Span,
    /// Kind of token.
    pub kind: TokenKind,
    /// Script of its letters.
    pub script: Script,
}

/// An analysis that owns its data: what [`Analysis`] serialises to, and what its JSON reads back
/// into (`serde_json::from_str::<OwnedAnalysis>`). Made from an analysis by
/// [`Analysis::into_owned`].
///
/// ```
/// use pressa::{Analyzer, OwnedAnalysis};
/// let doc = Analyzer::new().analyze("Мэр Москвы Сергей Собянин открыл форум 5 июня 2024 года.");
/// let json = serde_json::to_string(&doc).unwrap();
/// let back: OwnedAnalysis = serde_json::from_str(&json).unwrap();
/// assert_eq!(back.officials[0].person.item.norm, "Сергей Собянин");
/// assert_eq!(back.dates[0].item.value.as_deref(), Some("2024-06-05"));
/// assert_eq!(back, doc.into_owned());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnedAnalysis {
    /// Language of the whole text.
    pub lang: Option<Lang>,
    /// The publication date and where it came from.
    #[serde(default)]
    pub pub_date: Option<PubDate>,
    /// Sentences, in order.
    pub sentences: Vec<SentenceRecord>,
    /// Persons, organisations, locations and positions, in text order.
    pub entities: Vec<Located<Entity>>,
    /// Officials, once per person, position and organisation.
    pub officials: Vec<OfficialRecord>,
    /// Dates, periods and durations.
    pub dates: Vec<Located<DateMention>>,
    /// Amounts of money.
    pub money: Vec<Located<MoneyMention>>,
    /// Percentages and percentage points.
    pub percents: Vec<Located<PercentMention>>,
    /// Industry sectors, most mentioned first.
    pub sectors: Vec<SectorRecord>,
    /// The things the entities name.
    pub clusters: Vec<Cluster>,
    /// The tokens, when the JSON lists them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<Located<TokenRecord>>>,
}

impl Analysis<'_> {
    /// The analysis as owned data, as the default JSON has it: without its tokens, and without
    /// the entities' sentence and token indices (`0` and `0..0`, which the JSON does not carry).
    /// Equal to what its JSON reads back into.
    pub fn into_owned(self) -> OwnedAnalysis {
        let idx = CharIndex::new(self.text);
        let text = self.text;
        OwnedAnalysis {
            lang: self.lang,
            pub_date: self.pub_date,
            sentences: self.sentences.iter().map(|s| SentenceRecord::new(&idx, s)).collect(),
            entities: self
                .entities
                .into_iter()
                .map(|e| Located::new(&idx, text, e.span, Entity { sentence: 0, tokens: 0..0, ..e }))
                .collect(),
            officials: self.officials.iter().map(|o| OfficialRecord::new(&idx, text, o, Part::clone)).collect(),
            dates: self.dates.into_iter().map(|d| Located::new(&idx, text, d.span, d)).collect(),
            money: self.money.into_iter().map(|m| Located::new(&idx, text, m.span, m)).collect(),
            percents: self.percents.into_iter().map(|p| Located::new(&idx, text, p.span, p)).collect(),
            sectors: self.sectors.iter().map(|s| SectorRecord::new(&idx, text, s, s.sector.clone())).collect(),
            clusters: self.clusters,
            tokens: None,
        }
    }
}
