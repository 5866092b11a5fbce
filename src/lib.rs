//! pressa: reads Russian and English press texts and turns them into structured facts.
#![warn(missing_debug_implementations)]

mod analyzer;
mod lang;
mod sentence;
mod span;
mod stem;
mod token;

pub use analyzer::{Analysis, AnalyzedSentence, Analyzer, WithTokens};
pub use lang::{Lang, LangDetector};
pub use sentence::{Sentence, SentenceSplitter, Sentences};
pub use span::{CharIndex, Span};
pub use stem::Stemmer;
pub use token::{Script, Token, TokenKind, Tokenizer, Tokens};
