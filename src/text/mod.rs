// Stage: text, the foundation every later stage stands on. May use: std only.
//! Spans and offsets, letter case and the crate's one small hash.

mod case;
pub(crate) mod hash;
mod span;

pub(crate) use case::{is_lower, is_upper, lowercase, lowercase_small};
pub use span::{CharIndex, Span};
