//! Language identification (work in progress: temporary whatlang-only stub).

use std::fmt;

/// ISO 639-1 language, e.g. [`Lang::RU`]; serialises as its code string (`"ru"`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Lang([u8; 2]);

const CODES: [&str; 11] = ["be", "bg", "en", "kk", "mk", "mn", "ru", "sr", "uk", "zh", "ja"];

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
    /// Serbian.
    pub const SR: Lang = Lang(*b"sr");
    /// Macedonian.
    pub const MK: Lang = Lang(*b"mk");
    /// Kazakh.
    pub const KK: Lang = Lang(*b"kk");
    /// Mongolian.
    pub const MN: Lang = Lang(*b"mn");

    /// The ISO 639-1 code, e.g. `"ru"`.
    pub fn code(self) -> &'static str {
        CODES.iter().copied().find(|c| c.as_bytes() == self.0).unwrap_or("ru")
    }

    /// The language with this ISO 639-1 code, if the detector can return it.
    pub fn from_code(code: &str) -> Option<Lang> {
        CODES.iter().find(|c| **c == code).map(|c| {
            let b = c.as_bytes();
            Lang([b[0], b[1]])
        })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// Detects the language of a sentence or document.
#[derive(Debug, Clone, Default)]
pub struct LangDetector {
    _private: (),
}

impl LangDetector {
    /// A detector with the built-in lexicons.
    pub fn new() -> LangDetector {
        LangDetector { _private: () }
    }

    /// Language of a sentence or document; `None` when the text has no letters.
    pub fn detect(&self, text: &str) -> Option<Lang> {
        self.detect_with_confidence(text).map(|(l, _)| l)
    }

    /// Same as [`LangDetector::detect`], with a confidence in `0..=1`.
    pub fn detect_with_confidence(&self, text: &str) -> Option<(Lang, f32)> {
        let info = whatlang::detect(text)?;
        let lang = match info.lang() {
            whatlang::Lang::Eng => Lang::EN,
            whatlang::Lang::Ukr => Lang::UK,
            whatlang::Lang::Bel => Lang::BE,
            whatlang::Lang::Bul => Lang::BG,
            whatlang::Lang::Srp => Lang::SR,
            whatlang::Lang::Mkd => Lang::MK,
            _ => Lang::RU,
        };
        Some((lang, info.confidence() as f32))
    }
}
