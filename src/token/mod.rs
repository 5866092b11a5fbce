// Stage: tokens. May use: text, lexicon.
//! Tokenizer: zero-copy tokens with byte spans, a kind and a script.
//!
//! The conventions follow Universal Dependencies for Russian and English (the gold we measure
//! against): hyphenated words, decimal and grouped numbers («8,1», «600 000») and dates are one
//! token; abbreviations and initials keep their period («г.», «А.», «Mr.»); English clitics are
//! split off as UD splits them («Google|'s», «do|n't»); a run of final punctuation («?!», «...»)
//! and a run of one repeated mark («))))», «--») is one token.
//!
//! The scanner works on bytes: ASCII through a 128-entry class table, basic Cyrillic by its lead
//! bytes `0xD0`–`0xD3`, and only other characters are decoded.

use std::fmt;
use std::iter::FusedIterator;

use serde::{Deserialize, Serialize};

use crate::lexicon::lexicon;
use crate::text::Span;

mod chars;
mod rules;
mod scan;
mod word;
mod words;

use chars::*;
pub(crate) use rules::warm_up;
use rules::*;
use scan::*;
use word::*;
pub(crate) use words::{Words, lower_all, month, weekday};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, apostrophes or an abbreviation period.
    Word,
    /// Digits with decimal, group, date or range separators: «8,1», «600 000», «21.06.2024».
    Number,
    /// Punctuation: stops, commas, quotes, brackets, dashes.
    Punct,
    /// Other symbols: «%», «$», «№», «+», HTML entities, emoticons.
    Symbol,
    /// A URL: `https://…`, `www.…`.
    Url,
    /// An e-mail address.
    Email,
    /// `#hashtag`.
    Hashtag,
    /// `@mention`.
    Mention,
    /// One or more emoji, with their modifiers and joiners.
    Emoji,
}

/// The writing system of a token's letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Script {
    /// Only Cyrillic letters.
    Cyrillic,
    /// Only Latin letters.
    Latin,
    /// Letters of more than one script («CDплееры»).
    Mixed,
    /// Other letters (Han, Greek, Arabic …), or no letters at all.
    Other,
}

/// One token: a slice of the text with its byte span, kind and script.
///
/// ```
/// use pressa::{Tokenizer, TokenKind};
/// let text = "Рост ВВП составил 8,1%.";
/// let toks: Vec<_> = Tokenizer::new().tokens(text).collect();
/// assert_eq!(toks[3].text, "8,1");
/// assert_eq!(toks[3].kind, TokenKind::Number);
/// assert_eq!(toks[3].span.slice(text), "8,1");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Token<'t> {
    /// The token's text, `&document[span]`.
    pub text: &'t str,
    /// Byte span in the document.
    #[serde(flatten)]
    pub span: Span,
    /// Kind of token.
    pub kind: TokenKind,
    /// Script of its letters.
    pub script: Script,
}

impl fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}@{}..{}:{:?}", self.text, self.span.start, self.span.end, self.kind)
    }
}

impl Token<'_> {
    /// True for words (including hashtags and mentions are not words).
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True for a word written in `script`.
    #[inline]
    pub(crate) fn is_word_in(&self, script: Script) -> bool {
        self.kind == TokenKind::Word && self.script == script
    }

    /// True when the first character is an uppercase letter.
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(crate::text::is_upper)
    }

    /// True for a word in capitals with two letters or more: «ROTTERDAM», «МОСКВА», «U.S.» (not
    /// «A», not «Rotterdam»).
    #[inline]
    pub(crate) fn is_all_caps(&self) -> bool {
        self.kind == TokenKind::Word && crate::text::is_all_caps(self.text)
    }
}

/// Splits text into [`Token`]s. Cheap to create, holds no state.
///
/// ```
/// use pressa::Tokenizer;
/// let words: Vec<&str> = Tokenizer::new()
///     .tokens("Как сказал А. С. Пушкин, т.е. поэт…")
///     .map(|t| t.text)
///     .collect();
/// assert_eq!(words, ["Как", "сказал", "А.", "С.", "Пушкин", ",", "т.", "е.", "поэт", "…"]);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Tokenizer {
    _private: (),
}

impl Tokenizer {
    /// A tokenizer with the default (UD) conventions.
    pub const fn new() -> Tokenizer {
        Tokenizer { _private: () }
    }

    /// An iterator over the tokens of `text`.
    pub fn tokens<'t>(&self, text: &'t str) -> Tokens<'t> {
        Tokens { text, pos: 0, cyrillic: 0, latin: 0 }
    }
}

/// Iterator over the tokens of a text, from [`Tokenizer::tokens`].
#[derive(Clone, Debug)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
    /// Cyrillic and Latin words so far: Latin words in a mostly Cyrillic text follow the Russian
    /// conventions («al-Haj», «Christie’s» stay whole, as the Russian gold corpora have them).
    cyrillic: u32,
    latin: u32,
}

impl<'t> Tokens<'t> {
    /// The part of the text not yet consumed.
    pub fn as_str(&self) -> &'t str {
        &self.text[self.pos..]
    }
}

// ---- the scanner --------------------------------------------------------------------------

impl<'t> Iterator for Tokens<'t> {
    type Item = Token<'t>;

    #[inline]
    fn next(&mut self) -> Option<Token<'t>> {
        let text = self.text;
        let b = text.as_bytes();
        let n = b.len();
        let mut i = self.pos;
        // Skip whitespace.
        loop {
            if i >= n {
                self.pos = n;
                return None;
            }
            let c = b[i];
            if c < 0x80 {
                if CLASS[c as usize] & SPC != 0 {
                    i += 1;
                    continue;
                }
                break;
            }
            if c == 0xD0 || c == 0xD1 {
                break;
            }
            let ch = char_at(text, i);
            if is_space_char(ch) {
                i += ch.len_utf8();
                continue;
            }
            break;
        }
        let start = i;
        if let Some((end, script)) = fast_word(b, start) {
            self.pos = end;
            self.count(script);
            return Some(Token { text: &text[start..end], span: Span::new(start, end), kind: TokenKind::Word, script });
        }
        let (end, kind, scr) = scan(text, start, self.cyrillic > self.latin);
        debug_assert!(end > start && text.is_char_boundary(end));
        self.pos = end;
        let script = script_of(scr);
        if kind == TokenKind::Word {
            self.count(script);
        }
        Some(Token { text: &text[start..end], span: Span::new(start, end), kind, script })
    }
}

impl Tokens<'_> {
    #[inline]
    fn count(&mut self, script: Script) {
        match script {
            Script::Cyrillic => self.cyrillic += 1,
            Script::Latin => self.latin += 1,
            _ => {}
        }
    }
}

impl FusedIterator for Tokens<'_> {}

#[cfg(test)]
mod tests;
