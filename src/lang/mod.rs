// Stage: language. May use: text, lexicon, token, sentence.
//! Language identification for press text.
//!
//! [`LangDetector`] first counts letters by writing system. Cyrillic text is told apart
//! (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh, Mongolian) by
//! alphabet elimination, hand-written lists of frequent words and endings per language, and —
//! for Russian versus the rest — how many words are Russian word forms (rumorph's OpenCorpora
//! dictionary, the one the morphology stage reads), and character language models learned from
//! real lines of each language (`lexicon/lang/ngrams_cyrillic.bin`, see `src/lang/ngrams.rs`); a
//! line whose words use letters Russian lacks is not Russian unless its words say so. Tags, links,
//! e-mail addresses and handles are no words; a line with fewer than four letters, none outside
//! the Russian alphabet, has no language. Latin text is English when its words are frequent
//! English words (`lexicon/lang/en_words.txt`) or look English to a character 4-gram model built
//! from the same list; other Latin-script languages and all other scripts go to whatlang,
//! restricted to the languages of the script, the Latin-script Slavic languages then told apart
//! by their own character models. Clear Russian and English never reach whatlang.
//!
//! The weights below were tuned on the odd-numbered lines of the Lingua test data only (see
//! `examples/eval/lang.rs`), with UD_Russian-Taiga and -GSD sentences as a check that Russian
//! with rare words stays Russian.

mod alphabet;
mod cyrillic;
mod detector;
mod english;
pub(crate) mod ngrams;
mod sentences;
mod writing;

pub use detector::LangDetector;
pub use sentences::AnalyzedSentence;
pub(crate) use sentences::{NameReading, decide, name_readings};

use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use crate::lexicon::{WordSet, lexicon};

use alphabet::*;
use cyrillic::*;
use english::*;
use ngrams::NgramModel;
use writing::*;

// ---------------------------------------------------------------------------------------------
// Lang
// ---------------------------------------------------------------------------------------------

/// ISO 639-1 language, e.g. [`Lang::RU`]; serialises as its code string (`"ru"`).
///
/// ```
/// use pressa::Lang;
/// assert_eq!(Lang::from_code("uk"), Some(Lang::UK));
/// assert_eq!(Lang::RU.code(), "ru");
/// assert_eq!(Lang::EN.to_string(), "en");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang([u8; 2]);

/// Every code the detector can return, sorted: the whatlang languages plus Kazakh and Mongolian.
const CODES: [&str; 73] = [
    "af", "ak", "am", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es", "et",
    "fa", "fi", "fr", "gu", "he", "hi", "hr", "hu", "hy", "id", "it", "ja", "jv", "ka", "kk", "km", "kn", "ko", "la",
    "lt", "lv", "mk", "ml", "mn", "mr", "my", "nb", "ne", "nl", "or", "pa", "pl", "pt", "ro", "ru", "si", "sk", "sl",
    "sn", "sr", "sv", "ta", "te", "th", "tk", "tl", "tr", "uk", "ur", "uz", "vi", "yi", "zh", "zu",
];

impl Lang {
    /// Russian.
    pub const RU: Lang = Lang(*b"ru");
    /// English.
    pub const EN: Lang = Lang(*b"en");
    /// Ukrainian.
    pub const UK: Lang = Lang(*b"uk");
    /// Belarusian.
    pub const BE: Lang = Lang(*b"be");
    /// Bulgarian.
    pub const BG: Lang = Lang(*b"bg");
    /// Serbian (Cyrillic script).
    pub const SR: Lang = Lang(*b"sr");
    /// Macedonian.
    pub const MK: Lang = Lang(*b"mk");
    /// Kazakh (Cyrillic script).
    pub const KK: Lang = Lang(*b"kk");
    /// Mongolian (Cyrillic script).
    pub const MN: Lang = Lang(*b"mn");

    /// The ISO 639-1 code, e.g. `"ru"`.
    pub fn code(self) -> &'static str {
        match CODES.binary_search_by(|c| c.as_bytes().cmp(&self.0[..])) {
            Ok(i) => CODES[i],
            Err(_) => unreachable!("a Lang is only made from CODES"),
        }
    }

    /// The language with this ISO 639-1 code, if the detector can return it (any code in
    /// lower case: `"ru"`, `"en"`, `"zh"`, …).
    pub fn from_code(code: &str) -> Option<Lang> {
        let i = CODES.binary_search(&code).ok()?;
        let b = CODES[i].as_bytes();
        Some(Lang([b[0], b[1]]))
    }

    /// The language of a whatlang result, if it has an ISO 639-1 code.
    fn from_whatlang(lang: whatlang::Lang) -> Option<Lang> {
        use whatlang::Lang as W;
        let code = match lang {
            W::Epo => "eo",
            W::Eng => "en",
            W::Rus => "ru",
            W::Cmn => "zh",
            W::Spa => "es",
            W::Por => "pt",
            W::Ita => "it",
            W::Ben => "bn",
            W::Fra => "fr",
            W::Deu => "de",
            W::Ukr => "uk",
            W::Kat => "ka",
            W::Ara => "ar",
            W::Hin => "hi",
            W::Jpn => "ja",
            W::Heb => "he",
            W::Yid => "yi",
            W::Pol => "pl",
            W::Amh => "am",
            W::Jav => "jv",
            W::Kor => "ko",
            W::Nob => "nb",
            W::Dan => "da",
            W::Swe => "sv",
            W::Fin => "fi",
            W::Tur => "tr",
            W::Nld => "nl",
            W::Hun => "hu",
            W::Ces => "cs",
            W::Ell => "el",
            W::Bul => "bg",
            W::Bel => "be",
            W::Mar => "mr",
            W::Kan => "kn",
            W::Ron => "ro",
            W::Slv => "sl",
            W::Hrv => "hr",
            W::Srp => "sr",
            W::Mkd => "mk",
            W::Lit => "lt",
            W::Lav => "lv",
            W::Est => "et",
            W::Tam => "ta",
            W::Vie => "vi",
            W::Urd => "ur",
            W::Tha => "th",
            W::Guj => "gu",
            W::Uzb => "uz",
            W::Pan => "pa",
            W::Aze => "az",
            W::Ind => "id",
            W::Tel => "te",
            W::Pes => "fa",
            W::Mal => "ml",
            W::Ori => "or",
            W::Mya => "my",
            W::Nep => "ne",
            W::Sin => "si",
            W::Khm => "km",
            W::Tuk => "tk",
            W::Aka => "ak",
            W::Zul => "zu",
            W::Sna => "sn",
            W::Afr => "af",
            W::Lat => "la",
            W::Slk => "sk",
            W::Cat => "ca",
            W::Tgl => "tl",
            W::Hye => "hy",
            W::Cym => "cy",
        };
        Lang::from_code(code)
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Lang::from_code(&code).ok_or_else(|| serde::de::Error::custom(format!("unknown language code {code:?}")))
    }
}

#[cfg(test)]
mod tests;
