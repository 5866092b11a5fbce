// Stage: text, the foundation every later stage stands on. May use: std only.
//! Spans and offsets, letter case and the crate's one small hash.

mod case;
pub(crate) mod hash;
mod letters;
mod quotes;
mod span;

pub(crate) use case::{is_all_caps, is_lower, is_upper, lowercase, lowercase_small};
pub(crate) use letters::{is_acronym, is_cyrillic, is_mark};
pub(crate) use quotes::{closes_quote, is_quote, opens_quote};
pub use span::{CharIndex, Span};
