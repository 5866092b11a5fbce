// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! The entity type of the named-entity stage and the view of one sentence its rules read.

use serde::{Deserialize, Serialize};

use crate::text::Span;
use crate::token::Token;

/// Types of named entities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum EntityKind {
    /// A person: «Максим Ликсутов».
    #[serde(rename = "PER")]
    Person,
    /// An organisation: «ОЭЗ «Технополис Москва»», «мэрия Москвы».
    #[serde(rename = "ORG")]
    Organization,
    /// A location: a country, region, city or other place.
    #[serde(rename = "LOC")]
    Location,
    /// A position or job title: «заместитель мэра Москвы», «Deputy Mayor».
    #[serde(rename = "POSITION")]
    Position,
}

/// A named entity with its base form.
///
/// ```
/// use pressa::{Analyzer, EntityKind};
/// let doc = Analyzer::new().analyze("Заместитель мэра Москвы Максим Ликсутов выступил на форуме.");
/// let person = doc.entities.iter().find(|e| e.kind == EntityKind::Person).unwrap();
/// assert_eq!(person.norm, "Максим Ликсутов");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Byte span.
    #[serde(flatten)]
    pub span: Span,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// The base form: «Максима Ликсутова» → «Максим Ликсутов», «мэрии Москвы» → «мэрия Москвы».
    pub norm: String,
    /// Index of the sentence it is in.
    #[serde(skip)]
    pub sentence: usize,
    /// Token range in the document.
    #[serde(skip)]
    pub tokens: std::ops::Range<usize>,
    /// Index of its cluster in [`Analysis::clusters`](crate::Analysis::clusters): the mentions
    /// of one thing share it.
    pub cluster: usize,
}

/// One sentence as the sentence-level passes see it: the document text, the sentence's tokens
/// and their lower-cased forms, where its tokens start in the document, and its index.
#[derive(Clone, Copy)]
pub(crate) struct Sent<'a, 't> {
    pub(crate) text: &'t str,
    pub(crate) tokens: &'a [Token<'t>],
    pub(crate) lows: &'a [std::borrow::Cow<'t, str>],
    pub(crate) offset: usize,
    pub(crate) index: usize,
}

impl<'a, 't> Sent<'a, 't> {
    /// Sentence `index`, over the document's tokens `range` (with their lower-cased forms).
    pub(crate) fn new(
        text: &'t str,
        tokens: &'a [Token<'t>],
        lows: &'a [std::borrow::Cow<'t, str>],
        range: std::ops::Range<usize>,
        index: usize,
    ) -> Sent<'a, 't> {
        Sent { text, tokens: &tokens[range.clone()], lows: &lows[range.clone()], offset: range.start, index }
    }

    /// Is the sentence's token `k` inside one of `entities`?
    pub(crate) fn covered(&self, entities: &[Entity], k: usize) -> bool {
        entities.iter().any(|e| e.tokens.contains(&(self.offset + k)))
    }
}
