// Stage: named entities, sentence by sentence. May use: text, token, sentence, lang, morph.
//! Persons, organisations, locations and positions: the taggers and the sentence rules.

mod base_forms;
pub(crate) mod chinese;
mod english;
pub(crate) mod english_tagger;
mod entity;
mod names;
mod organisations;
pub(crate) mod tagger;
mod words;

pub(crate) use english::{
    country_of, is_kin as is_english_kin, is_legal_form, is_plural_title, is_position_break, is_rank, is_tenure_word,
    possessive_before,
};
pub(crate) use english_tagger::{EnglishDoc, is_headline};
pub(crate) use entity::Sent;
pub use entity::{Entity, EntityKind};
pub(crate) use names::Recognizer;
#[cfg(test)]
pub(crate) use names::tests;
pub(crate) use tagger::MorphCache;
pub(crate) use words::{is_kin, is_place_noun, is_preposition, open_guillemet, opens_quote, warm_up};
