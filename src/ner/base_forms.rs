// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! Base forms of entities: persons by the dictionary's name forms (Chinese names by their own
//! rule), positions and organisations as phrases, the text's spacing kept where nothing changed.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::entity::EntityKind;
use super::names::Recognizer;
use super::words::{ex_prefix, respace, tokens_text};
use crate::text::hash::Hasher;
use crate::token::{Script, Token};

/// A base form's key: the type, the gender the document shows, the surface.
type Key = (EntityKind, Option<&'static str>, String);

thread_local! {
    /// Base forms already computed on this thread. Names recur within and across documents and
    /// the base form depends only on the key, so each thread keeps the last 4,096: a cache, never
    /// a difference in output (the corpus tests analyse documents in every order).
    static BASE_FORMS: RefCell<HashMap<Key, String, BuildHasherDefault<Hasher>>> = RefCell::default();
}

impl Recognizer {
    /// The base form of an entity's tokens.
    pub(crate) fn normalize(&self, text: &str, tokens: &[Token<'_>], kind: EntityKind) -> String {
        self.normalize_as(text, tokens, kind, None)
    }

    /// The base form of a position over `tokens` whose span starts at byte `start`: without
    /// «экс-» when the span leaves it out («экс-[президент Перу]», see `sentence`).
    pub(crate) fn position_norm(&self, text: &str, tokens: &[Token<'_>], start: usize) -> String {
        let norm = self.normalize(text, tokens, EntityKind::Position);
        if start > tokens[0].span.start { norm[ex_prefix(&norm)..].to_string() } else { norm }
    }

    /// [`Recognizer::normalize`], for a person whose gender the document shows.
    pub(crate) fn normalize_as(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        kind: EntityKind,
        gender: Option<&'static str>,
    ) -> String {
        let key = (kind, gender, text[tokens[0].span.start..tokens[tokens.len() - 1].span.end].to_string());
        if let Some(norm) = BASE_FORMS.with_borrow(|m| m.get(&key).cloned()) {
            return norm;
        }
        let norm = self.normalize_uncached(text, tokens, kind, gender);
        BASE_FORMS.with_borrow_mut(|m| {
            if m.len() >= 4096 {
                m.clear();
            }
            m.insert(key, norm.clone());
        });
        norm
    }

    fn normalize_uncached(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        kind: EntityKind,
        gender: Option<&'static str>,
    ) -> String {
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        if kind == EntityKind::Person
            && let Some(norm) = super::chinese::normalize(&words)
        {
            return norm;
        }
        let norm = match kind {
            EntityKind::Person => {
                let names: Vec<&str> = words.iter().copied().filter(|w| w.chars().any(char::is_alphabetic)).collect();
                if names.len() == words.len() {
                    self.morph.normalize_person(&names, gender)
                } else {
                    return tokens_text(text, tokens);
                }
            }
            EntityKind::Position => {
                // A title is a common noun: «Мэра Москвы» at a sentence start → «мэр Москвы».
                let norm = self.morph.normalize_phrase(&words);
                let first = words[0];
                if tokens[0].script == Script::Cyrillic
                    && first.chars().count() > 1
                    && first.chars().skip(1).all(|c| !c.is_uppercase())
                {
                    let mut c = norm.chars();
                    let head: String = c.next().map(|h| h.to_lowercase().collect()).unwrap_or_default();
                    return respace(text, tokens, &(head + c.as_str()));
                }
                norm
            }
            _ => self.morph.normalize_phrase(&words),
        };
        // Keep the original spacing where the normalisation did not change a word.
        if norm.split(' ').eq(words.iter().copied()) { tokens_text(text, tokens) } else { respace(text, tokens, &norm) }
    }
}
