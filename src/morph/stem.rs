// Stage: morphology. May use: text, lexicon, token.
//! Stems of Russian and English words (Snowball, via rust-stemmers), computed on demand.

use std::borrow::Cow;
use std::fmt;

use crate::text::lowercase;
use crate::token::{Script, Token};

/// Snowball stemmers for Russian and English; the language is chosen by the token's script.
///
/// ```
/// use pressa::{Stemmer, Tokenizer};
/// let stemmer = Stemmer::new();
/// let text = "Фармацевтической промышленности pharmaceuticals";
/// let stems: Vec<String> =
///     Tokenizer::new().tokens(text).map(|t| stemmer.stem(&t).into_owned()).collect();
/// assert_eq!(stems, ["фармацевтическ", "промышлен", "pharmaceut"]);
/// ```
pub struct Stemmer {
    ru: rust_stemmers::Stemmer,
    en: rust_stemmers::Stemmer,
}

impl fmt::Debug for Stemmer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Stemmer { ru, en }")
    }
}

impl Default for Stemmer {
    fn default() -> Self {
        Stemmer::new()
    }
}

impl Stemmer {
    /// Russian and English Snowball stemmers.
    pub fn new() -> Stemmer {
        Stemmer {
            ru: rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Russian),
            en: rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English),
        }
    }

    /// The lower-cased stem of a word token (Cyrillic → Russian, Latin → English); other tokens
    /// are only lower-cased. Borrowed from the text when nothing changes.
    pub fn stem<'t>(&self, token: &Token<'t>) -> Cow<'t, str> {
        self.stem_word(token.text, token.script)
    }

    /// The lower-cased stem of `word` written in `script`.
    pub fn stem_word<'t>(&self, word: &'t str, script: Script) -> Cow<'t, str> {
        let stemmer = match script {
            Script::Cyrillic => &self.ru,
            Script::Latin => &self.en,
            _ => return lowercase(word),
        };
        match lowercase(word) {
            Cow::Borrowed(w) => stemmer.stem(w),
            Cow::Owned(w) => Cow::Owned(stemmer.stem(&w).into_owned()),
        }
    }
}
