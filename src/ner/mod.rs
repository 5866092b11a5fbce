// Stage: named entities, sentence by sentence. May use: text, token, sentence, lang, morph.
//! Persons, organisations, locations and positions: the taggers and the sentence rules.

pub(crate) mod chinese;
mod english;
mod names;
mod organisations;
pub(crate) mod tagger;

#[cfg(test)]
pub(crate) use names::tests;
pub use names::{Entity, EntityKind};
pub(crate) use names::{Recognizer, Sent, is_kin, is_place_noun, is_preposition, open_guillemet, opens_quote, warm_up};
pub(crate) use tagger::MorphCache;
