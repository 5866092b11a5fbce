//! pressa: reads Russian and English press texts and turns them into structured facts.
#![warn(missing_debug_implementations)]

mod lang;
mod sentence;
mod span;
mod token;

pub use lang::{Lang, LangDetector};
pub use sentence::{Sentence, SentenceSplitter, Sentences};
pub use span::{CharIndex, Span};
pub use token::{Script, Token, TokenKind, Tokenizer, Tokens};
