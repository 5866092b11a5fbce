//! pressa reads Russian and English press texts and turns them into structured facts, fast.
//!
//! # Overview
//!
//! One [`Analyzer`] runs the pipeline over a text and returns an [`Analysis`], which holds:
//!
//! - `tokens` ([`Token`]: zero-copy slices with byte spans, kinds and scripts) and `sentences`
//!   ([`AnalyzedSentence`]), each with its language; `lang`, the language of the document;
//! - `entities` ([`Entity`]: persons, organisations, locations and positions with base forms,
//!   each with its `cluster`) and `clusters` ([`Cluster`]: the mentions of one thing, its fullest
//!   name, ordered by first mention);
//! - `officials` ([`Official`]: person, position and organisation, once per person cluster,
//!   position and organisation, with every mention);
//! - `dates` ([`DateMention`], ISO 8601 values), `money` ([`MoneyMention`], ISO 4217),
//!   `percents` ([`PercentMention`]) and `sectors` ([`SectorMention`], ОКВЭД 2 / NACE Rev. 2).
//!
//! An analysis serialises to JSON (its `Serialize`, with character offsets beside the byte
//! offsets), reads back from it as an [`OwnedAnalysis`] ([`Analysis::into_owned`] gives the
//! same), and prints as a report ([`Analysis::report`]) or an HTML page ([`Analysis::html`]).
//! [`Options`] set a publication date, a language hint and the stages to run. Every stage is also
//! usable on its own: [`Tokenizer`], [`SentenceSplitter`], [`LangDetector`], [`Stemmer`].
//!
//! # Example
//!
//! ```
//! use pressa::{Analyzer, Lang, TokenKind};
//!
//! let analyzer = Analyzer::new();
//! let text = "По поручению мэра Москвы С. С. Собянина форум открылся 21.06.2024. \
//!             Рост составил 8,1%.";
//! let doc = analyzer.analyze(text);
//! assert_eq!(doc.lang, Some(Lang::RU));
//! assert_eq!(doc.sentences.len(), 2);
//! let numbers: Vec<&str> =
//!     doc.tokens.iter().filter(|t| t.kind == TokenKind::Number).map(|t| t.text).collect();
//! assert_eq!(numbers, ["21.06.2024", "8,1"]);
//! // JSON out of the box, with byte and character offsets.
//! let json = serde_json::to_value(&doc).unwrap();
//! assert_eq!(json["sentences"][1]["char_start"], 67);
//! ```
//!
//! # Pipeline
//!
//! Data flows one way: text → [`Tokens`] → [`Sentences`] → languages. The tokenizer follows the
//! Universal Dependencies conventions for Russian and English (hyphenated words whole,
//! abbreviations and initials with their period, English clitics split as in UD: «do|n't»). The
//! sentence splitter works on tokens (abbreviations, initials, closing quotes, paragraph breaks,
//! bullets). Language detection tells Russian from Ukrainian, Belarusian, Bulgarian, Serbian,
//! Macedonian, Kazakh and Mongolian by their alphabets and function words, and names other
//! languages through whatlang.
//!
//! # Offsets
//!
//! Inside the crate every offset is a byte offset ([`Span`]) into the text, and every token's
//! text is a slice of it (zero-copy). The JSON form of an [`Analysis`] carries both byte offsets
//! (`start`, `end`) and character offsets (`char_start`, `char_end`, Unicode code points, end
//! exclusive), since most consumers outside Rust count characters. [`CharIndex`] converts.
//!
//! # Performance
//!
//! The tokenizer scans bytes with an ASCII class table and a fast path for basic Cyrillic (lead
//! bytes `0xD0`/`0xD1`); on Russian news it costs about 21 instructions per byte (callgrind),
//! several times faster than the Rust peer anyseg (see `benches/tokenizer.rs`). Lexicons are
//! embedded with `include_str!` and built once, so [`Analyzer::new`] needs no files.
//!
//! # Crate features
//!
//! | feature | default | what |
//! | --- | --- | --- |
//! | `training` | no | `pressa::training`: the taggers' features and trainer, for `examples/train.rs`; not a stable API |
//! | `rayon` | no | `Analyzer::analyze_many`: many documents on all cores, through rayon |
//!
//! Serde serialisation is always on, since JSON output is part of the contract. The `pressa`
//! command is a separate package of the workspace (`cli/`), so depending on the library pulls in
//! no command-line crates.
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod analysis;
mod analyzer;
mod facts;
mod lang;
mod lexicon;
mod morph;
mod ner;
mod output;
mod resolve;
mod sentence;
mod text;
mod token;

pub use analysis::Analysis;
pub use analyzer::{Analyzer, Options};
pub use facts::{
    Date, DateKind, DateMention, DateParseError, MoneyMention, PercentMention, PubDate, PubDateSource, Qualifier,
    Sector, SectorMention, sectors,
};
pub use lang::AnalyzedSentence;
pub use lang::{Lang, LangDetector};
pub use morph::Stemmer;
pub use ner::{Entity, EntityKind};
pub use output::{
    Located, MentionRecord, OfficialRecord, OwnedAnalysis, SectorRecord, SentenceRecord, TokenRecord, WithTokens,
};
pub use resolve::{Cluster, Official, OfficialMention, Part};
pub use sentence::{Sentence, SentenceSplitter, Sentences};
pub use text::{CharIndex, Span};
pub use token::{Script, Token, TokenKind, Tokenizer, Tokens};

/// The taggers' features and trainer, for `examples/train.rs` (feature `training`); not a
/// stable API.
#[cfg(feature = "training")]
#[allow(missing_docs)]
pub mod training {
    pub use crate::lang::ngrams::{
        MAGIC as NGRAM_MAGIC, SCALE as NGRAM_SCALE, key as ngram_key, script_words, word_events,
    };
    pub use crate::morph::Morph;
    pub use crate::ner::english_tagger::{CaseCounts, CaseTable, EnglishDoc, token_features as english_token_features};
    pub use crate::ner::tagger::{MorphCache, TokenFeatures, Trainer, spans, token_features};

    /// The lower-cased forms of tokens, as the analyzer computes them once per document.
    pub fn lower_all<'t>(tokens: &[crate::Token<'t>]) -> Vec<std::borrow::Cow<'t, str>> {
        crate::token::lower_all(tokens)
    }
}

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
