// Stage: morphology. May use: text, token.
//! Stems (Snowball) and the Russian dictionary (lemmas, cases, genders, base forms).

mod dict;
mod stem;

pub use dict::Morph;
pub(crate) use dict::{HeadNoun, MorphInfo, is_initial};
pub use stem::Stemmer;
