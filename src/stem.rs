//! Stems of Russian and English words (Snowball, via rust-stemmers), computed on demand.

use std::borrow::Cow;
use std::fmt;

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

/// Lower-cases `s` (and folds «ё» to «е», as Snowball expects), borrowing when nothing changes.
pub(crate) fn lowercase(s: &str) -> Cow<'_, str> {
    if s.chars().all(|c| !is_upper(c) && c != 'ё') {
        Cow::Borrowed(s)
    } else {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
                'Ё' | 'ё' => out.push('е'),
                'а'..='я' => out.push(c),
                _ => out.extend(c.to_lowercase().map(|l| if l == 'ё' { 'е' } else { l })),
            }
        }
        Cow::Owned(out)
    }
}

/// The case of a Russian or ASCII letter without the Unicode tables (`Some(true)`: upper), or
/// `None` for any other character. The hot loops ask it of every letter.
#[inline]
fn fast_case(c: char) -> Option<bool> {
    match c {
        'А'..='Я' | 'Ё' => Some(true),
        'а'..='я' | 'ё' => Some(false),
        _ if c.is_ascii_alphabetic() => Some(c.is_ascii_uppercase()),
        _ => None,
    }
}

/// `char::is_uppercase`, through [`fast_case`] first.
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    fast_case(c).unwrap_or_else(|| c.is_uppercase())
}

/// `char::is_lowercase`, through [`fast_case`] first.
#[inline]
pub(crate) fn is_lower(c: char) -> bool {
    fast_case(c).map_or_else(|| c.is_lowercase(), |upper| !upper)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_fast_paths_match_std() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}\nhelp: see is_upper in src/stem.rs");
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}\nhelp: see is_lower in src/stem.rs");
        }
    }

    #[test]
    fn lowercase_folds_yo_and_keeps_other_scripts() {
        assert_eq!(lowercase("ЁЛКА Москва"), "елка москва");
        assert_eq!(lowercase("İstanbul ΑΘΗΝΑ"), "i̇stanbul αθηνα");
        assert!(matches!(lowercase("уже строчные"), Cow::Borrowed(_)));
    }
}
