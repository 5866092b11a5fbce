//! Language identification for press text.
//!
//! [`LangDetector`] first counts letters by writing system. Cyrillic text is told apart
//! (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh, Mongolian) by
//! alphabet elimination, hand-written lists of frequent words and endings per language, and —
//! for Russian versus the rest — how many words have a stem in a Russian stem list built from our
//! own corpora (`lexicon/lang/ru_stems.txt`). Latin text is English when its words are frequent
//! English words (`lexicon/lang/en_words.txt`) or look English to a character 4-gram model built
//! from the same list; other Latin-script languages and all other scripts go to whatlang,
//! restricted to the languages of the script. Clear Russian and English never reach whatlang.
//!
//! The weights below were tuned on the odd-numbered lines of the Lingua test data only (see
//! `examples/eval/lang.rs`), with UD_Russian-Taiga and -GSD sentences as a check that Russian
//! with rare words (held out of the stem list) stays Russian.

mod sentences;

pub use sentences::AnalyzedSentence;
pub(crate) use sentences::{NameReading, decide, name_readings};

use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use crate::lexicon::{WordSet, lexicon};

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
const CODES: [&str; 72] = [
    "af", "ak", "am", "ar", "az", "be", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es", "et", "fa",
    "fi", "fr", "gu", "he", "hi", "hr", "hu", "hy", "id", "it", "ja", "jv", "ka", "kk", "km", "kn", "ko", "la", "lt",
    "lv", "mk", "ml", "mn", "mr", "my", "nb", "ne", "nl", "or", "pa", "pl", "pt", "ro", "ru", "si", "sk", "sl", "sn",
    "sr", "sv", "ta", "te", "th", "tk", "tl", "tr", "uk", "ur", "uz", "vi", "yi", "zh", "zu",
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

// ---------------------------------------------------------------------------------------------
// Writing systems
// ---------------------------------------------------------------------------------------------

/// The writing systems the detector tells apart (private; the crate's public `Script` is the
/// tokenizer's).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Writing {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Oriya,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Myanmar,
    Georgian,
    Hangul,
    Ethiopic,
    Khmer,
    Kana,
    Han,
}

const N_WRITING: usize = Writing::Han as usize + 1;

/// The writing system of a letter, by Unicode block; `None` for other characters.
fn writing(c: char) -> Option<Writing> {
    use Writing::*;
    // The two scripts of nearly every letter here, first.
    let cp = c as u32;
    if (0x400..=0x4FF).contains(&cp) {
        return Some(Cyrillic);
    }
    if cp < 0x80 {
        return (c.is_ascii_alphabetic()).then_some(Latin);
    }
    let w = match cp {
        0xAA | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2AF | 0x1E00..=0x1EFF => Latin,
        0xFF21..=0xFF3A | 0xFF41..=0xFF5A => Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Greek,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Cyrillic,
        0x530..=0x58F => Armenian,
        0x590..=0x5FF | 0xFB1D..=0xFB4F => Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Arabic,
        0x900..=0x97F => Devanagari,
        0x980..=0x9FF => Bengali,
        0xA00..=0xA7F => Gurmukhi,
        0xA80..=0xAFF => Gujarati,
        0xB00..=0xB7F => Oriya,
        0xB80..=0xBFF => Tamil,
        0xC00..=0xC7F => Telugu,
        0xC80..=0xCFF => Kannada,
        0xD00..=0xD7F => Malayalam,
        0xD80..=0xDFF => Sinhala,
        0xE00..=0xE7F => Thai,
        0x1000..=0x109F => Myanmar,
        0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Hangul,
        0x1200..=0x137F => Ethiopic,
        0x1780..=0x17FF => Khmer,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => Han,
        _ => return None,
    };
    Some(w)
}

/// The language of a writing system used by one language only.
fn single_language(w: Writing) -> Option<Lang> {
    let code = match w {
        Writing::Greek => "el",
        Writing::Armenian => "hy",
        Writing::Bengali => "bn",
        Writing::Gurmukhi => "pa",
        Writing::Gujarati => "gu",
        Writing::Oriya => "or",
        Writing::Tamil => "ta",
        Writing::Telugu => "te",
        Writing::Kannada => "kn",
        Writing::Malayalam => "ml",
        Writing::Sinhala => "si",
        Writing::Thai => "th",
        Writing::Myanmar => "my",
        Writing::Georgian => "ka",
        Writing::Hangul => "ko",
        Writing::Ethiopic => "am",
        Writing::Khmer => "km",
        Writing::Kana => "ja",
        Writing::Han => "zh",
        Writing::Hebrew => "he",
        Writing::Arabic => "ar",
        Writing::Devanagari => "hi",
        Writing::Latin | Writing::Cyrillic => return None,
    };
    Lang::from_code(code)
}

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

/// A run of letters (with apostrophes between letters) in the input.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
    /// Not glued to a hyphen or a digit: `2-го`, `кое-что` and `90-е` are no function words.
    standalone: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐')
}

/// `char::is_alphabetic`, with fast paths for ASCII and the Cyrillic block.
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7F' => false,
        // U+0482..=U+0489: the thousands sign and combining marks.
        '\u{400}'..='\u{481}' | '\u{48A}'..='\u{52F}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Combining diacritics (stress marks in Russian, decomposed accents): part of the word.
fn is_mark(c: char) -> bool {
    // Combining accents, the soft hyphen and the zero-width joiners, all inside words.
    matches!(c, '\u{300}'..='\u{36F}' | '\u{AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}')
}

/// Letter counts by writing system, and the words, in one pass.
fn scan(text: &str, words: &mut Vec<Word>) -> [u32; N_WRITING] {
    let mut counts = [0u32; N_WRITING];
    let mut start: Option<usize> = None;
    let mut prev = ' ';
    let mut before = ' '; // the character before the current word
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let letter = is_letter(c);
        if letter {
            if let Some(w) = writing(c) {
                counts[w as usize] += 1;
            }
            if start.is_none() {
                start = Some(i);
                before = prev;
            }
        } else if start.is_some() && !is_mark(c) {
            let next_is_letter = chars.peek().is_some_and(|&(_, n)| is_letter(n));
            if !(is_apostrophe(c) && next_is_letter) {
                let s = start.take().unwrap_or(i);
                let glued = |x: char| is_hyphen(x) || x.is_ascii_digit();
                words.push(Word { start: s, end: i, standalone: !glued(before) && !glued(c) });
            }
        }
        prev = c;
    }
    if let Some(s) = start {
        let glued = is_hyphen(before) || before.is_ascii_digit();
        words.push(Word { start: s, end: text.len(), standalone: !glued });
    }
    counts
}

// ---------------------------------------------------------------------------------------------
// Cyrillic
// ---------------------------------------------------------------------------------------------

// The Cyrillic-script languages as bits, in the order of `CYR`.
const RU: u8 = 1;
const UK: u8 = 1 << 1;
const BE: u8 = 1 << 2;
const BG: u8 = 1 << 3;
const SR: u8 = 1 << 4;
const MK: u8 = 1 << 5;
const KK: u8 = 1 << 6;
const MN: u8 = 1 << 7;
const CYR: [Lang; 8] = [Lang::RU, Lang::UK, Lang::BE, Lang::BG, Lang::SR, Lang::MK, Lang::KK, Lang::MN];
const ALL_CYR: u8 = 0xFF;

/// The languages whose alphabet has this lower-case Cyrillic letter. Mongolian is given ї and є
/// too: old Mongolian web text writes them for ү and ө, fonts lacking those.
fn alphabet(c: char) -> u8 {
    match c {
        'и' => ALL_CYR & !BE,
        'й' | 'ь' | 'ю' | 'я' => ALL_CYR & !(SR | MK),
        'щ' => RU | UK | BG | KK | MN,
        'ъ' => RU | BG | KK | MN,
        'ы' | 'э' | 'ё' => RU | BE | KK | MN,
        'і' => UK | BE | KK,
        'ї' | 'є' => UK | MN,
        'ґ' => UK,
        'ў' => BE,
        'ђ' | 'ћ' => SR,
        'ј' | 'љ' | 'њ' | 'џ' => SR | MK,
        'ѓ' | 'ќ' | 'ѕ' | 'ѐ' => MK,
        'ѝ' => BG | MK,
        'ә' | 'ғ' | 'қ' | 'ң' | 'ұ' | 'һ' => KK,
        'ө' | 'ү' => KK | MN,
        'а'..='я' => ALL_CYR,
        _ => 0,
    }
}

/// The languages for which a word with this letter is positive evidence (their own letters).
fn signature(c: char) -> u8 {
    match c {
        'ї' | 'є' => UK | MN,
        'ґ' => UK,
        'ў' => BE,
        'ә' | 'ғ' | 'қ' | 'ң' | 'ұ' | 'һ' => KK,
        'ө' | 'ү' => MN,
        'ђ' | 'ћ' => SR,
        'ј' | 'љ' | 'њ' | 'џ' => SR | MK,
        'ѓ' | 'ќ' | 'ѕ' => MK,
        'ѝ' => BG,
        _ => 0,
    }
}

/// Latin letters that stand in for Cyrillic ones inside a Cyrillic word (typing habits: `i` for
/// `і`, `v` for `ү` in Mongolian, `ə` for `ә` in Kazakh).
fn homoglyph(c: char) -> Option<char> {
    Some(match c {
        'a' => 'а',
        'c' => 'с',
        'e' => 'е',
        'o' => 'о',
        'p' => 'р',
        'x' => 'х',
        'y' => 'у',
        'i' => 'і',
        'k' => 'к',
        'm' => 'м',
        't' => 'т',
        'v' => 'ү',
        'b' => 'в',
        'h' => 'н',
        'ə' => 'ә',
        _ => return None,
    })
}

/// Can `text` be written in `lang`'s alphabet? False only for a Cyrillic language and a
/// Cyrillic letter it lacks («ї» is not Kazakh, «қ» not Russian); other pairs are allowed.
pub(crate) fn alphabet_allows(lang: Lang, text: &str) -> bool {
    let Some(i) = CYR.iter().position(|&l| l == lang) else { return true };
    text.chars().filter(|&c| is_cyrillic(c)).all(|c| {
        let mask = alphabet(c.to_lowercase().next().unwrap_or(c));
        mask == 0 || mask & (1 << i) != 0
    })
}

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{52F}').contains(&c)
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'а' | 'е' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'ё' | 'і' | 'ї' | 'є' | 'ө' | 'ү' | 'ә' | 'ұ')
}

fn is_consonant(c: char) -> bool {
    matches!(
        c,
        'б' | 'в'
            | 'г'
            | 'д'
            | 'ж'
            | 'з'
            | 'к'
            | 'л'
            | 'м'
            | 'н'
            | 'п'
            | 'р'
            | 'с'
            | 'т'
            | 'ф'
            | 'х'
            | 'ц'
            | 'ч'
            | 'ш'
            | 'щ'
            | 'ђ'
            | 'ћ'
            | 'ј'
            | 'љ'
            | 'њ'
            | 'џ'
            | 'ѓ'
            | 'ќ'
            | 'ѕ'
            | 'ғ'
            | 'қ'
            | 'ң'
            | 'һ'
    )
}

/// Frequent words of each Cyrillic language (function words, common verbs and nouns of the
/// press, month and weekday names), written from knowledge of the languages
/// (`lexicon/lang/function_words/*.txt`). Words of the other languages that also occur in Russian
/// (three times or more in our Russian corpora, counted as lower-case standalone words) are left
/// out, so that each hit is evidence against Russian; `е`, `й`, `след`, `пред` and `су` are kept,
/// being far more frequent in their languages.
static FUNCTION_WORD_MAP: LazyLock<WordSet<u8>> = LazyLock::new(|| {
    macro_rules! words {
        ($code:literal) => {
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicon/lang/function_words/", $code, ".txt"))
        };
    }
    word_masks(
        [
            (RU, words!("ru")),
            (UK, words!("uk")),
            (BE, words!("be")),
            (BG, words!("bg")),
            (SR, words!("sr")),
            (MK, words!("mk")),
            (KK, words!("kk")),
            (MN, words!("mn")),
        ]
        .into_iter()
        .flat_map(|(mask, data)| crate::lexicon::entries(data).map(move |w| (w, mask))),
    )
});

/// Words that tell the non-Russian languages apart from each other but are common in Russian too.
static SECOND_STAGE_MAP: LazyLock<WordSet<u8>> = LazyLock::new(|| {
    let data = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicon/lang/second_stage_words.tsv"));
    word_masks(WordSet::parse_map(data, "lang/second_stage_words.tsv").iter().map(|(w, code)| {
        let mask = CYR.iter().position(|l| l.code() == code).map_or(0, |k| 1 << k);
        (w, mask)
    }))
});

/// The word table of `(word, language mask)` pairs, a word's masks joined.
fn word_masks(pairs: impl Iterator<Item = (&'static str, u8)>) -> WordSet<u8> {
    let mut joined: Vec<(&'static str, u8)> = Vec::new();
    let mut at: HashMap<&'static str, usize> = HashMap::new();
    for (w, mask) in pairs {
        match at.get(w) {
            Some(&k) => joined[k].1 |= mask,
            None => {
                at.insert(w, joined.len());
                joined.push((w, mask));
            }
        }
    }
    WordSet::from_pairs(joined)
}

/// Word endings that are rare in Russian: (ending, languages, minimum word length in letters).
/// Checked in order; the first that matches counts.
const ENDINGS: [(&str, u8, usize); 18] = [
    ("ските", BG | MK, 6),
    ("ската", BG | MK, 6),
    ("ското", BG | MK, 6),
    ("ският", BG, 6),
    ("ския", BG, 6),
    ("ият", BG, 5),
    ("ост", BG | SR | MK, 6),
    ("ване", BG, 6),
    ("ват", BG, 7),
    ("аат", MK, 5),
    ("иот", MK, 5),
    ("ото", BG | MK, 5),
    ("ето", BG | MK, 5),
    ("ння", UK, 4),
    ("ття", UK, 4),
    ("ийн", MN, 4),
    ("ын", MN | KK, 4),
    ("цца", BE, 5),
];

/// Endings that occur in Russian but far more often in the languages named; half weight.
const WEAK_ENDINGS: [(&str, u8, usize); 3] = [("ите", BG | MK, 6), ("ата", BG | MK, 6), ("има", SR, 5)];

/// Letter sequences that are rare in Russian.
const INFIXES: [(&str, u8); 16] = [
    ("аа", MN),
    ("ськ", UK),
    ("цьк", UK),
    ("зьк", UK),
    ("ээ", MN),
    ("уу", MN),
    ("үү", MN),
    ("өө", MN),
    ("шы", BE | KK),
    ("жы", BE | KK),
    ("чы", BE | KK),
    ("цыя", BE),
    ("цыю", BE),
    ("цыі", BE),
    ("дзі", BE),
    ("дзя", BE),
];

/// Endings that separate the non-Russian candidates in the second stage.
const SECOND_STAGE_ENDINGS: [(&str, u8, usize); 11] = [
    ("ао", SR, 3),
    ("ео", SR, 3),
    ("ио", SR, 3),
    ("ом", SR, 4),
    ("ога", SR, 5),
    ("ог", SR, 4),
    ("от", MK, 4),
    ("ата", BG | MK, 6),
    ("ите", BG | MK, 5),
    ("ал", BG | MK, 4),
    ("ил", BG | MK, 4),
];

/// Snowball stems of Russian words from our corpora; see `examples/gen_lang_lexicon.rs`.
static RU_STEMS: &str = include_str!("../../lexicon/lang/ru_stems.txt");

/// Weights of the Cyrillic scores (tuned on odd-numbered Lingua lines and UD Russian sentences).
mod cyr_weights {
    /// Per word impossible in a language's alphabet.
    pub const IMPOSSIBLE: f32 = 3.0;
    /// Per word with a language's own letters.
    pub const SIGNATURE: f32 = 1.5;
    /// Per function word of a non-Russian language.
    pub const FUNCTION_WORD: f32 = 3.0;
    /// Per Russian function word.
    pub const RU_FUNCTION_WORD: f32 = 2.0;
    /// Per ending or letter sequence rare in Russian.
    pub const PATTERN: f32 = 2.0;
    /// Head start of Russian.
    pub const RU_PRIOR: f32 = 0.5;
    /// Russian at least this far ahead needs no stem look-ups.
    pub const RU_CLEAR: f32 = 3.0;
    /// Per word whose stem is not Russian.
    pub const FOREIGN_STEM: f32 = 0.5;
    /// Per word whose stem is Russian.
    pub const RUSSIAN_STEM: f32 = 0.5;
    /// Extra per foreign-stem word with a Bulgarian-like article ending.
    pub const FOREIGN_ARTICLE: f32 = 1.0;
    /// Candidates this close to the best go to the second stage.
    pub const SECOND_STAGE_BAND: f32 = 1.0;
    /// Per second-stage word or ending.
    pub const SECOND_STAGE: f32 = 1.0;
}

/// Per-language evidence gathered from the words of a Cyrillic text.
#[derive(Default, Debug)]
struct CyrEvidence {
    impossible: [u16; 8],
    signature: [u16; 8],
    function_words: [u16; 8],
    patterns: [f32; 8],
}

/// A lower-cased Cyrillic word, as a range of the scratch string.
#[derive(Clone, Copy, Debug)]
struct CyrWord {
    start: usize,
    end: usize,
    /// Written in lower case (or the first word of the text), with no Latin stand-ins.
    plain: bool,
    /// Starts with a capital letter and is not the first word: likely a name.
    name: bool,
    standalone: bool,
}

fn add_mask<T: std::ops::AddAssign + Copy>(counts: &mut [T; 8], mask: u8, v: T) {
    if mask == 0 {
        return;
    }
    for (i, c) in counts.iter_mut().enumerate() {
        if mask & (1 << i) != 0 {
            *c += v;
        }
    }
}

/// Lower-cases the Cyrillic words of `text` into `buf`, noting them in `out`, and gathers the
/// evidence.
fn cyr_evidence(text: &str, words: &[Word], buf: &mut String, out: &mut Vec<CyrWord>) -> CyrEvidence {
    let mut ev = CyrEvidence::default();
    for w in words {
        let raw = &text[w.start..w.end];
        let (mut n_cyr, mut n_lat) = (0usize, 0usize);
        for c in raw.chars() {
            match writing(c) {
                Some(Writing::Cyrillic) => n_cyr += 1,
                Some(Writing::Latin) => n_lat += 1,
                _ => {}
            }
        }
        let start = buf.len();
        // Changed by lower-casing or by mapping Latin stand-ins (not by apostrophe spelling).
        let mut changed = false;
        if n_cyr > 0 {
            for c in raw.chars().filter(|&c| !is_mark(c)) {
                let mut push = |l: char| {
                    let m = match l {
                        _ if n_lat > 0 && writing(l) == Some(Writing::Latin) => homoglyph(l).unwrap_or(l),
                        '’' | 'ʼ' => '\'',
                        _ => l,
                    };
                    changed |= m != c && !is_apostrophe(c);
                    buf.push(m);
                };
                match c {
                    'а'..='я' | 'ѐ'..='џ' => push(c),
                    'А'..='Я' => push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
                    'Ѐ'..='Џ' => push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
                    _ => c.to_lowercase().for_each(push),
                }
            }
        } else if raw == "i" && w.standalone {
            // A lone Latin `i` among Cyrillic words is the Ukrainian or Belarusian `і`.
            buf.push('і');
            changed = true;
        } else {
            continue;
        }
        let k = out.len();
        let word = CyrWord {
            start,
            end: buf.len(),
            plain: !changed || k == 0,
            name: k > 0 && raw.chars().next().is_some_and(crate::text::is_upper),
            standalone: w.standalone,
        };
        out.push(word);
        word_evidence(&buf[start..], &word, changed, &mut ev);
        if word.standalone && word.plain && counted_in_genitive_a(&text[..w.start], &buf[start..]) {
            add_mask(&mut ev.patterns, SR, 1.0);
        }
        if let Some(prev) = k.checked_sub(1).map(|j| out[j]) {
            let (this, before) = (&buf[start..], &buf[prev.start..prev.end]);
            // «д-р» (доктор), the South Slavic and Ukrainian abbreviation; Russian writes «доктор».
            if !word.standalone && this == "р" && before == "д" {
                add_mask(&mut ev.patterns, BG | MK | UK, 1.0);
            }
            // «не и» («но не и на …», "but not also"): Bulgarian and Macedonian; Russian says «и не».
            if word.standalone && prev.standalone && this == "и" && before == "не" {
                add_mask(&mut ev.patterns, BG | MK, 1.0);
            }
        }
    }
    ev
}

fn word_evidence(word: &str, info: &CyrWord, changed: bool, ev: &mut CyrEvidence) {
    let mut mask = ALL_CYR;
    let mut sig = 0u8;
    let (mut has_i, mut has_mn_vowel, mut apostrophe, mut has_vowel) = (false, false, false, false);
    // Russian writes ъ only before е, ё, ю, я (объявить); Bulgarian writes it anywhere.
    let mut hard_sign_rule = false;
    let mut syllabic_r = false;
    let mut infixes = 0u16;
    let mut n = 0usize;
    let (mut p2, mut p1) = ('\0', '\0');
    for c in word.chars() {
        n += 1;
        if is_cyrillic(c) {
            mask &= alphabet(c);
            sig |= signature(c);
        }
        match c {
            'і' => has_i = true,
            'ө' | 'ү' => has_mn_vowel = true,
            _ => {}
        }
        apostrophe |= is_apostrophe(c);
        has_vowel |= is_vowel(c);
        hard_sign_rule |= p1 == 'ъ' && !matches!(c, 'е' | 'ё' | 'ю' | 'я');
        // Syllabic r between consonants (Serbian and Macedonian прв, цркве, тврдина).
        syllabic_r |= p1 == 'р' && is_consonant(p2) && is_consonant(c);
        if let Some(k) = infix_at(p2, p1, c) {
            infixes |= 1 << k;
        }
        (p2, p1) = (p1, c);
    }
    hard_sign_rule |= p1 == 'ъ';
    add_mask(&mut ev.impossible, !mask, 1);
    add_mask(&mut ev.signature, sig, 1);
    if has_i {
        add_mask(&mut ev.signature, UK | BE, 1);
        if has_mn_vowel {
            add_mask(&mut ev.signature, KK, 1);
        }
    }
    if hard_sign_rule {
        add_mask(&mut ev.impossible, RU | KK | MN, 1);
        add_mask(&mut ev.signature, BG, 1);
    }
    if apostrophe {
        add_mask(&mut ev.impossible, RU | BG, 1);
        add_mask(&mut ev.signature, UK | BE, 1);
    }
    // A capitalised one-letter word is an initial.
    if info.standalone
        && info.plain
        && !(n == 1 && changed)
        && let Some(m) = FUNCTION_WORD_MAP.get(word)
    {
        add_mask(&mut ev.function_words, m, 1);
    }
    // Every ending in the tables ends in one of these letters.
    if matches!(p1, 'е' | 'а' | 'о' | 'т' | 'я' | 'н') {
        if let Some(&(_, m, _)) = ENDINGS.iter().find(|&&(e, _, min)| n >= min && word.ends_with(e)) {
            add_mask(&mut ev.patterns, m, 1.0);
        } else if let Some(&(_, m, _)) = WEAK_ENDINGS.iter().find(|&&(e, _, min)| n >= min && word.ends_with(e)) {
            add_mask(&mut ev.patterns, m, 0.5);
        }
    }
    // (Most words have none.) A name's letters tell little: «Маас», «Саакашвили».
    if infixes != 0 && !info.name {
        for (k, &(_, m)) in INFIXES.iter().enumerate() {
            if infixes & (1 << k) != 0 {
                add_mask(&mut ev.patterns, m, 1.0);
            }
        }
    }
    if syllabic_r && n >= 4 && has_vowel {
        add_mask(&mut ev.patterns, SR | MK, 1.0);
    }
    // A word whose only vowel is a syllabic r («врх», «крв», «смрт»), in lower case; Russian
    // writes such words only as abbreviations («млрд», «трлн»).
    if syllabic_r && !has_vowel && info.plain && info.standalone && n >= 3 && !matches!(word, "млрд" | "трлн") {
        add_mask(&mut ev.patterns, SR | MK, 1.0);
    }
    // The Bulgarian superlative prefix, glued to its word by a hyphen: «най-много».
    if !info.standalone && word == "най" {
        add_mask(&mut ev.patterns, BG | MK, 1.0);
    }
    // South Slavic adjectives in «-ски» after a consonant («американски», «српски»), which
    // Russian writes «-ский» (its adverbs are «-ески», «по-английски» and nouns «маски»,
    // «записки»), and plurals in «-нти» («конкуренти», Russian «конкуренты»).
    if info.standalone && info.plain && n >= 6 {
        let before = |ending: &str| word.strip_suffix(ending).and_then(|stem| stem.chars().next_back());
        if before("ски").is_some_and(is_consonant) || before("нти").is_some_and(is_vowel) {
            add_mask(&mut ev.patterns, BG | SR | MK, 1.0);
        }
    }
}

/// Serbian counts in the genitive plural, which ends in «-а» («4.510 становника», «58 минута»,
/// «20 година»): is `word` such a noun after the number that ends `before` (an integer whose
/// last digit is 0 or 5–9, or 11–19, in digits and dots of thousands)? Russian has «-а» there
/// only in «года», «века», «числа», «утра», «вечера» and months; years (1000–2099) are left
/// out, a nominative can follow them («в 1998 страна …»).
fn counted_in_genitive_a(before: &str, word: &str) -> bool {
    // (Most words have no number before them.)
    let b = before.as_bytes();
    if !(b.len() >= 2 && b[b.len() - 1] == b' ' && b[b.len() - 2].is_ascii_digit()) {
        return false;
    }
    if !word.ends_with('а') || word.chars().count() < 4 {
        return false;
    }
    if matches!(word, "года" | "века" | "числа" | "утра" | "вечера" | "марта" | "августа")
    {
        return false;
    }
    let before = before.trim_end_matches(' ');
    let rest = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    let number = &before[rest.len()..];
    // Nothing glued before the number (no decimal comma: «3,510»).
    if number.is_empty() || !(rest.is_empty() || rest.ends_with([' ', '('])) {
        return false;
    }
    // Digits, or groups of three after the first separated by dots.
    let mut groups = number.split('.');
    let first = groups.next().unwrap_or("");
    let grouped = number.contains('.');
    let well_formed = !first.is_empty() && first.len() <= if grouped { 3 } else { 9 } && groups.all(|g| g.len() == 3);
    if !well_formed {
        return false;
    }
    let n: u64 = number.bytes().filter(u8::is_ascii_digit).fold(0, |n, b| n * 10 + u64::from(b - b'0'));
    (grouped || !(1000..=2099).contains(&n)) && ((11..=19).contains(&(n % 100)) || matches!(n % 10, 0 | 5..=9))
}

/// A percentage with a decimal point («1.3%», «0.08 %»): Bulgarian and Macedonian news write
/// it often (16 and 1 of the 1,000 Lingua sentences), Russian almost never (1; none in the
/// Russian news corpora), which writes a decimal comma.
fn has_point_percent(text: &str) -> bool {
    if !text.contains('%') {
        return false;
    }
    let b = text.as_bytes();
    b.iter().enumerate().filter(|&(_, &c)| c == b'%').any(|(i, _)| {
        let end = if i > 0 && b[i - 1] == b' ' { i - 1 } else { i };
        let fraction = b[..end].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let point = end - fraction;
        if !((1..=2).contains(&fraction) && point > 1 && b[point - 1] == b'.') {
            return false;
        }
        let whole = b[..point - 1].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let start = point - 1 - whole;
        (1..=3).contains(&whole) && (start == 0 || !matches!(b[start - 1], b'.' | b','))
    })
}

/// The index in `INFIXES` of the infix ending with the letters `a`, `b`, `c`, if any (a fast
/// path for `word.contains(infix)`; the tests check the two agree).
fn infix_at(a: char, b: char, c: char) -> Option<usize> {
    Some(match (a, b, c) {
        (_, 'а', 'а') => 0,
        ('с', 'ь', 'к') => 1,
        ('ц', 'ь', 'к') => 2,
        ('з', 'ь', 'к') => 3,
        (_, 'э', 'э') => 4,
        (_, 'у', 'у') => 5,
        (_, 'ү', 'ү') => 6,
        (_, 'ө', 'ө') => 7,
        (_, 'ш', 'ы') => 8,
        (_, 'ж', 'ы') => 9,
        (_, 'ч', 'ы') => 10,
        ('ц', 'ы', 'я') => 11,
        ('ц', 'ы', 'ю') => 12,
        ('ц', 'ы', 'і') => 13,
        ('д', 'з', 'і') => 14,
        ('д', 'з', 'я') => 15,
        _ => return None,
    })
}

/// Whether the sorted, newline-separated list `data` (after its `#` header) has the line `key`.
/// A binary search over the embedded text itself: nothing to build at start-up.
fn sorted_lines_contain(data: &str, key: &str) -> bool {
    let bytes = data.as_bytes();
    let mut lo = 0usize;
    // Skip the header.
    while lo < bytes.len() && bytes[lo] == b'#' {
        lo = bytes[lo..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| lo + p + 1);
    }
    let mut hi = bytes.len();
    // Invariant: lo and hi are line starts (or the end); the key, if present, starts in [lo, hi).
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let line_start = bytes[lo..mid].iter().rposition(|&b| b == b'\n').map_or(lo, |p| lo + p + 1);
        let line_end = bytes[line_start..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| line_start + p);
        match bytes[line_start..line_end].cmp(key.as_bytes()) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = (line_end + 1).min(bytes.len()),
            std::cmp::Ordering::Greater => hi = line_start,
        }
    }
    false
}

/// Russian's score after the stem look-ups: each word whose Snowball stem is in the Russian stem
/// list adds `RUSSIAN_STEM`; each other word takes `FOREIGN_STEM`, and `FOREIGN_ARTICLE` more if
/// it ends like a Bulgarian or Macedonian definite noun (`-та`, `-то`, `-те`, `-ът`, `-ят`). Names
/// (capitalised words after the first), short words and words with letters outside the Russian
/// alphabet do not count. Stops as soon as the remaining words cannot carry `ru` across `rival`.
fn russian_stem_score(buf: &str, words: &[CyrWord], mut ru: f32, rival: f32) -> f32 {
    use cyr_weights::*;
    let counted = |w: &&CyrWord| {
        let word = &buf[w.start..w.end];
        !w.name && word.chars().nth(2).is_some() && word.chars().all(|c| alphabet(c) & RU != 0)
    };
    let mut left = words.iter().filter(counted).count() as f32;
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Russian);
    let mut norm = String::new();
    for w in words.iter().filter(counted) {
        if ru - (FOREIGN_STEM + FOREIGN_ARTICLE) * left >= rival || ru + RUSSIAN_STEM * left < rival {
            break;
        }
        left -= 1.0;
        let word = &buf[w.start..w.end];
        norm.clear();
        norm.extend(word.chars().map(|c| if c == 'ё' { 'е' } else { c }));
        if sorted_lines_contain(RU_STEMS, &stemmer.stem(&norm)) {
            ru += RUSSIAN_STEM;
        } else {
            ru -= FOREIGN_STEM;
            if ["та", "то", "те", "ът", "ят"].iter().any(|e| word.ends_with(e)) {
                ru -= FOREIGN_ARTICLE;
            }
        }
    }
    ru
}

/// A confidence in 0.5..1 from how far the winner is ahead.
fn confidence(margin: f32) -> f32 {
    0.5 + 0.5 * (margin.max(0.0) / 3.0).tanh()
}

impl LangDetector {
    fn detect_cyrillic(&self, text: &str, words: &[Word]) -> (Lang, f32) {
        use cyr_weights::*;
        let mut buf = String::with_capacity(text.len());
        let mut cwords = Vec::with_capacity(words.len());
        let mut ev = cyr_evidence(text, words, &mut buf, &mut cwords);
        if has_point_percent(text) {
            add_mask(&mut ev.patterns, BG | MK, 0.5);
        }
        let count = |c: u16| f32::from(c);
        let mut score = [0f32; 8];
        // Russian has no letters and no rare patterns of its own.
        score[0] = RU_FUNCTION_WORD * count(ev.function_words[0]) + RU_PRIOR - IMPOSSIBLE * count(ev.impossible[0]);
        for (i, s) in score.iter_mut().enumerate().skip(1) {
            *s = FUNCTION_WORD * count(ev.function_words[i])
                + PATTERN * ev.patterns[i]
                + SIGNATURE * count(ev.signature[i])
                - IMPOSSIBLE * count(ev.impossible[i]);
        }
        // Non-Russian candidates need positive evidence, except Bulgarian, which has no letters of
        // its own and is the fallback for Cyrillic text that does not read as Russian.
        let candidate = |i: usize| i > 0 && (score[i] > 0.0 || CYR[i] == Lang::BG);
        // The first of the best, in the order of `CYR` (Bulgarian is always a candidate).
        let best = (1..8).filter(|&i| candidate(i)).reduce(|b, i| if score[i] > score[b] { i } else { b }).unwrap_or(3);
        let mut ru = score[0];
        if ru >= RU_CLEAR && ru >= score[best] {
            return (Lang::RU, confidence(ru - score[best]));
        }
        if ru < RU_CLEAR {
            ru = russian_stem_score(&buf, &cwords, ru, score[best]);
        }
        if ru >= score[best] {
            return (Lang::RU, confidence(ru - score[best]));
        }
        // Second stage: candidates close to the best.
        let mut top: Vec<usize> =
            (1..8).filter(|&i| candidate(i) && score[i] >= score[best] - SECOND_STAGE_BAND).collect();
        if top.len() > 1 {
            let mut extra = [0f32; 8];
            for w in &cwords {
                let word = &buf[w.start..w.end];
                if w.standalone
                    && let Some(m) = SECOND_STAGE_MAP.get(word)
                {
                    add_mask(&mut extra, m, SECOND_STAGE);
                }
                let n = word.chars().count();
                if let Some(&(_, m, _)) =
                    SECOND_STAGE_ENDINGS.iter().find(|&&(e, _, min)| n >= min && word.ends_with(e))
                {
                    add_mask(&mut extra, m, SECOND_STAGE);
                }
            }
            let total = |i: usize| score[i] + extra[i];
            let max = top.iter().map(|&i| total(i)).fold(f32::MIN, f32::max);
            top.retain(|&i| total(i) == max);
        }
        let mut pick = top[0];
        let runner_up =
            (0..8).filter(|&i| i != pick).map(|i| if i == 0 { ru } else { score[i] }).fold(f32::MIN, f32::max);
        let mut conf = confidence(score[pick] - runner_up);
        // Bulgarian by default only (no evidence of its own): whatlang, among the languages the
        // alphabet allows; and whatlang breaks ties, except Serbian against Macedonian, where its
        // profiles lean to Macedonian.
        let by_default = CYR[pick] == Lang::BG && score[pick] <= 0.0;
        let tie = top.len() > 1 && !(top.contains(&4) && top.contains(&5));
        if (by_default || tie)
            && let Some(info) = self.cyrillic.detect(text)
            && let Some(i) = Lang::from_whatlang(info.lang()).and_then(|l| CYR.iter().position(|&c| c == l))
            && i > 0
            && (if by_default { ev.impossible[i] == 0 } else { top.contains(&i) })
        {
            pick = i;
            conf = info.confidence() as f32;
        }
        (CYR[pick], conf)
    }
}

// ---------------------------------------------------------------------------------------------
// Latin: English or not
// ---------------------------------------------------------------------------------------------

/// English word forms with counts; see `examples/gen_lang_lexicon.rs`.
static EN_WORDS: &str = include_str!("../../lexicon/lang/en_words.txt");

// Short words frequent in English and in other Latin-script languages alike (`a`, `in`, `de`,
// `die`, `is`, …): neutral, or weak evidence when they are very frequent in English.
lexicon!(SHARED_WORDS, "lang/latin_shared.txt");

// Frequent function words of other Latin-script languages that are not English words: each
// counts like a word with diacritics.
lexicon!(FOREIGN_WORDS, "lang/latin_foreign.txt");

/// Weights of the English score (tuned on odd-numbered Lingua lines).
mod en_weights {
    /// Per word in the English lexicon (seen at least twice)…
    pub const KNOWN: f32 = 2.0;
    /// …plus this much for the most frequent ones (scaled by log10 of the count / 3).
    pub const FREQUENT: f32 = 1.0;
    /// Per shared word seen at least 50 times in English.
    pub const SHARED: f32 = 0.5;
    /// Per unknown word: this times (mean log-probability per letter − `TYPICAL`)…
    pub const SHAPE: f32 = 2.0;
    /// …around this typical mean log-probability,…
    pub const TYPICAL: f32 = -2.2;
    /// …clamped to −`SHAPE_MIN`..=`SHAPE_MAX`.
    pub const SHAPE_MIN: f32 = 3.0;
    /// See `SHAPE_MIN`.
    pub const SHAPE_MAX: f32 = 1.0;
    /// Per word with diacritics or a foreign function word.
    pub const FOREIGN: f32 = 4.0;
    /// Mean score from which a text is English without asking whatlang.
    pub const ENGLISH: f32 = 0.3;
    /// Mean score below which English is ruled out; between the two, whatlang decides.
    pub const NOT_ENGLISH: f32 = -0.5;
}

/// Symbols of the character model: a–z, start padding, end of word.
const SYMBOLS: usize = 28;
const START: usize = 26;
const END: usize = 27;
const ORDER: usize = 4;

/// The English lexicon and a character 4-gram model (Witten-Bell) over its word types.
struct English {
    counts: WordSet<u32>,
    /// `grams[n - 1][g]`: count of the n-gram with index g.
    grams: [Vec<u32>; ORDER],
    /// `contexts[n - 1][h]`: count of n-grams with the (n-1)-symbol history h…
    contexts: [Vec<u32>; ORDER],
    /// …and how many different symbols follow h.
    followers: [Vec<u32>; ORDER],
}

static ENGLISH: LazyLock<English> = LazyLock::new(English::new);

impl English {
    fn new() -> English {
        let counts = WordSet::from_pairs(
            crate::lexicon::entries(EN_WORDS)
                .filter_map(|l| l.split_once('\t'))
                .map(|(w, c)| (w, c.parse().unwrap_or(1))),
        );
        let mut grams: [Vec<u32>; ORDER] = Default::default();
        let mut contexts: [Vec<u32>; ORDER] = Default::default();
        let mut followers: [Vec<u32>; ORDER] = Default::default();
        for n in 1..=ORDER {
            grams[n - 1] = vec![0; SYMBOLS.pow(n as u32)];
            contexts[n - 1] = vec![0; SYMBOLS.pow(n as u32 - 1)];
            followers[n - 1] = vec![0; SYMBOLS.pow(n as u32 - 1)];
        }
        let mut sym = Vec::new();
        for (w, _) in counts.iter() {
            padded(w, &mut sym);
            for i in ORDER - 1..sym.len() {
                for n in 1..=ORDER {
                    let g = index(&sym[i + 1 - n..=i]);
                    let h = g / SYMBOLS;
                    grams[n - 1][g] += 1;
                    contexts[n - 1][h] += 1;
                    if grams[n - 1][g] == 1 {
                        followers[n - 1][h] += 1;
                    }
                }
            }
        }
        English { counts, grams, contexts, followers }
    }

    /// Witten-Bell probability of the last symbol of `g` given the others.
    fn prob(&self, g: &[usize]) -> f32 {
        let mut p = 1.0 / (SYMBOLS - 1) as f32;
        for n in 1..=g.len() {
            let gram = index(&g[g.len() - n..]);
            let h = gram / SYMBOLS;
            let c = self.contexts[n - 1][h];
            if c > 0 {
                let t = self.followers[n - 1][h] as f32;
                p = (self.grams[n - 1][gram] as f32 + t * p) / (c as f32 + t);
            }
        }
        p
    }

    /// Mean log-probability per symbol of a lower-case a–z word.
    fn shape(&self, word: &str, sym: &mut Vec<usize>) -> f32 {
        padded(word, sym);
        let steps = sym.len() - (ORDER - 1);
        let total: f32 = (ORDER - 1..sym.len()).map(|i| self.prob(&sym[i + 1 - ORDER..=i]).ln()).sum();
        total / steps as f32
    }

    /// The per-word English score of a lower-case word, or `None` when it does not count.
    fn word_score(&self, word: &str, sym: &mut Vec<usize>) -> Option<f32> {
        use en_weights::*;
        if !word.is_ascii() || FOREIGN_WORDS.contains(word) {
            return Some(-FOREIGN);
        }
        let count = self.counts.get(word).unwrap_or(0);
        if SHARED_WORDS.contains(word) {
            return (count >= 50).then_some(SHARED);
        }
        if count >= 2 {
            return Some(KNOWN + FREQUENT * ((count as f32).log10() / 3.0).min(1.0));
        }
        Some((SHAPE * (self.shape(word, sym) - TYPICAL)).clamp(-SHAPE_MIN, SHAPE_MAX))
    }
}

/// The symbol index of an n-gram.
fn index(g: &[usize]) -> usize {
    g.iter().fold(0, |acc, &s| acc * SYMBOLS + s)
}

/// `word` (a–z) as symbols, with ORDER-1 start symbols and an end symbol.
fn padded(word: &str, sym: &mut Vec<usize>) {
    sym.clear();
    sym.extend(std::iter::repeat_n(START, ORDER - 1));
    sym.extend(word.bytes().map(|b| if b.is_ascii_lowercase() { (b - b'a') as usize } else { END }));
    sym.push(END);
}

/// Romance elided articles and prepositions (`l'`, `d'`, `dell'`, …) …
const ELISIONS: [&str; 14] = ["l", "d", "s", "qu", "c", "j", "n", "m", "t", "dell", "all", "nell", "dall", "sull"];
/// … unless what follows is an English contraction (`'s`, `'t`, `'re`, …).
const CONTRACTIONS: [&str; 7] = ["s", "t", "re", "ve", "ll", "d", "m"];

/// Mean English score of the Latin words of a text; `None` when no word counts. Capitalised words
/// after the first are taken for names and skipped when at least three other words remain, but
/// words with diacritics always count. Words are split at apostrophes, the way the English
/// lexicon counts them (`do|n't` → `don`, `t`), except Romance elisions (`l'économie`), which
/// count as foreign.
fn english_score(text: &str, words: &[Word]) -> Option<f32> {
    let en = &*ENGLISH;
    let mut sym = Vec::new();
    let mut lower = String::new();
    // (word, elision) for each Latin word part.
    let mut latin: Vec<(&str, bool)> = Vec::new();
    for w in words {
        let raw = &text[w.start..w.end];
        if !raw.chars().all(|c| is_apostrophe(c) || writing(c) == Some(Writing::Latin)) {
            continue;
        }
        if let Some((head, tail)) = raw.split_once(is_apostrophe) {
            let (head_l, tail_l) = (head.to_lowercase(), tail.to_lowercase());
            if ELISIONS.contains(&head_l.as_str()) && !CONTRACTIONS.contains(&tail_l.as_str()) {
                latin.push((raw, true));
                continue;
            }
        }
        latin.extend(raw.split(is_apostrophe).filter(|p| !p.is_empty()).map(|p| (p, false)));
    }
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let plain = latin.iter().enumerate().filter(|&(k, &(w, _))| k == 0 || !capital(w)).count();
    let (mut sum, mut n) = (0f32, 0u32);
    for (k, &(w, elision)) in latin.iter().enumerate() {
        if elision {
            sum -= en_weights::FOREIGN;
            n += 1;
            continue;
        }
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        let name = k > 0 && capital(w) && plain >= 3;
        if name && lower.is_ascii() && !FOREIGN_WORDS.contains(&lower) {
            continue;
        }
        if let Some(s) = en.word_score(&lower, &mut sym) {
            sum += s;
            n += 1;
        }
    }
    (n > 0).then(|| sum / n as f32)
}

// ---------------------------------------------------------------------------------------------
// The detector
// ---------------------------------------------------------------------------------------------

/// Detects the language of a sentence or a document: Russian and English first of all, and
/// which other language a text is in when it is neither.
///
/// Building one is cheap (a few small allocations); the English model and the word tables are
/// built once per process, on first use. It is `Send + Sync`: share one across threads.
#[derive(Debug, Clone)]
pub struct LangDetector {
    /// whatlang for Cyrillic text that is not Russian.
    cyrillic: whatlang::Detector,
    /// whatlang for Latin text that is not English.
    latin_not_english: whatlang::Detector,
    /// whatlang for Latin text that may be English.
    latin: whatlang::Detector,
}

impl Default for LangDetector {
    fn default() -> LangDetector {
        LangDetector::new()
    }
}

impl LangDetector {
    /// A detector for all the languages it knows (see [`Lang::from_code`]).
    pub fn new() -> LangDetector {
        use whatlang::Lang as W;
        let latin: Vec<W> = whatlang::Script::Latin.langs().to_vec();
        LangDetector {
            cyrillic: whatlang::Detector::with_allowlist(vec![W::Ukr, W::Bel, W::Bul, W::Srp, W::Mkd]),
            latin_not_english: whatlang::Detector::with_allowlist(
                latin.iter().copied().filter(|&l| l != W::Eng).collect(),
            ),
            latin: whatlang::Detector::with_allowlist(latin),
        }
    }

    /// Language of a sentence or document; `None` when the text has no letters (of a writing
    /// system the detector knows).
    ///
    /// ```
    /// use pressa::{Lang, LangDetector};
    /// let detector = LangDetector::new();
    /// let ru = "Центральный банк сохранил ключевую ставку на уровне 16% годовых.";
    /// let uk = "Верховна Рада ухвалила закон про державний бюджет на наступний рік.";
    /// assert_eq!(detector.detect(ru), Some(Lang::RU));
    /// assert_eq!(detector.detect(uk), Some(Lang::UK));
    /// assert_eq!(detector.detect("2024 — 15:30"), None);
    /// ```
    pub fn detect(&self, text: &str) -> Option<Lang> {
        self.detect_with_confidence(text).map(|(lang, _)| lang)
    }

    /// Same as [`LangDetector::detect`], with a confidence in `0..=1` (1 when the alphabet alone
    /// decides; about 0.5 when the runner-up was close).
    ///
    /// ```
    /// use pressa::{Lang, LangDetector};
    /// let (lang, conf) = LangDetector::new()
    ///     .detect_with_confidence("The central bank kept its key rate unchanged on Friday.")
    ///     .unwrap();
    /// assert_eq!(lang, Lang::EN);
    /// assert!(conf > 0.5);
    /// ```
    pub fn detect_with_confidence(&self, text: &str) -> Option<(Lang, f32)> {
        let mut words = Vec::new();
        let counts = scan(text, &mut words);
        let (main, &n) = counts.iter().enumerate().max_by_key(|&(i, &c)| (c, std::cmp::Reverse(i)))?;
        if n == 0 {
            return None;
        }
        let main = WRITINGS[main];
        let (lang, conf) = match main {
            Writing::Cyrillic => self.detect_cyrillic(text, &words),
            Writing::Latin => self.detect_latin(text, &words),
            other => self.detect_other(text, other, &counts),
        };
        Some((lang, conf.clamp(0.0, 1.0)))
    }

    fn detect_latin(&self, text: &str, words: &[Word]) -> (Lang, f32) {
        use en_weights::*;
        let score = english_score(text, words);
        let detector = match score {
            Some(s) if s >= ENGLISH => return (Lang::EN, confidence(2.0 * (s - NOT_ENGLISH))),
            Some(s) if s < NOT_ENGLISH => &self.latin_not_english,
            _ => &self.latin,
        };
        match detector.detect(text) {
            Some(info) => match Lang::from_whatlang(info.lang()) {
                Some(lang) => (lang, info.confidence() as f32),
                None => (Lang::EN, 0.0),
            },
            None => (Lang::EN, 0.0),
        }
    }

    fn detect_other(&self, text: &str, main: Writing, counts: &[u32; N_WRITING]) -> (Lang, f32) {
        // Japanese mixes kana into Han text.
        let (kana, han) = (counts[Writing::Kana as usize], counts[Writing::Han as usize]);
        if main == Writing::Han && kana * 20 > kana + han {
            return (Lang::from_code("ja").unwrap_or(Lang::EN), 0.9);
        }
        let single = single_language(main);
        if matches!(main, Writing::Arabic | Writing::Devanagari | Writing::Hebrew) {
            if let Some((lang, conf)) = whatlang::detect(text)
                .and_then(|info| Lang::from_whatlang(info.lang()).map(|l| (l, info.confidence() as f32)))
                && !CYR.contains(&lang)
                && lang != Lang::EN
            {
                return (lang, conf);
            }
            return (single.unwrap_or(Lang::EN), 0.5);
        }
        (single.unwrap_or(Lang::EN), 1.0)
    }
}

const WRITINGS: [Writing; N_WRITING] = [
    Writing::Latin,
    Writing::Cyrillic,
    Writing::Greek,
    Writing::Armenian,
    Writing::Hebrew,
    Writing::Arabic,
    Writing::Devanagari,
    Writing::Bengali,
    Writing::Gurmukhi,
    Writing::Gujarati,
    Writing::Oriya,
    Writing::Tamil,
    Writing::Telugu,
    Writing::Kannada,
    Writing::Malayalam,
    Writing::Sinhala,
    Writing::Thai,
    Writing::Myanmar,
    Writing::Georgian,
    Writing::Hangul,
    Writing::Ethiopic,
    Writing::Khmer,
    Writing::Kana,
    Writing::Han,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// `t!(detector, "text", "code")`: asserts the detected language, naming the file to fix.
    macro_rules! check {
        ($cases:expr) => {
            let d = LangDetector::new();
            let mut failures = Vec::new();
            for &(text, want) in $cases {
                let got = d.detect_with_confidence(text);
                if got.map(|(l, _)| l.code()) != Some(want) {
                    failures.push(format!("  {text:?}: want {want}, got {got:?}"));
                }
            }
            assert!(failures.is_empty(), "wrong language:\n{}\nhelp: tune src/lang.rs", failures.join("\n"));
        };
    }

    const RU: &[(&str, &str)] = &[
        ("Правительство России утвердило план развития транспортной инфраструктуры до 2030 года.", "ru"),
        ("В Москве прошли переговоры министров иностранных дел двух стран.", "ru"),
        ("Курс доллара снизился.", "ru"),
        ("Акции «Газпрома» подорожали на 3% после публикации отчётности.", "ru"),
        ("Президент подписал указ.", "ru"),
        ("По словам Дмитрия Пескова, встреча пройдёт в закрытом режиме.", "ru"),
        ("Объём торгов на Московской бирже вырос на 12%.", "ru"),
        ("Сбербанк снизил ставки по ипотеке", "ru"),
        ("Глава Минфина Антон Силуанов заявил, что бюджет будет исполнен без дефицита.", "ru"),
        ("Шойгу", "ru"),
        // Russian «-ски» words: adverbs, «по-английски», nouns.
        ("Записки врача практически не сохранились, а маски и краски продаются везде.", "ru"),
        ("Он говорит по-английски и по-немецки.", "ru"),
    ];

    const UK: &[(&str, &str)] = &[
        ("Кабінет міністрів України затвердив нову програму підтримки малого бізнесу.", "uk"),
        ("У Києві відбулася зустріч представників уряду та профспілок.", "uk"),
        ("Ціни на пальне знову зросли.", "uk"),
        ("Це рішення ухвалили ще минулого тижня.", "uk"),
        // Latin `i` for `і`, as typed on Russian keyboards.
        ("Вiн сказав, що у вiйськових немає iнших варiантiв.", "uk"),
    ];

    const BE: &[(&str, &str)] = &[
        ("Урад Беларусі абмеркаваў пытанні развіцця сельскай гаспадаркі.", "be"),
        ("У Мінску прайшла сустрэча кіраўнікоў абласцей.", "be"),
        ("Гэта было вельмі цікава.", "be"),
    ];

    const BG: &[(&str, &str)] = &[
        ("Правителството одобри проектобюджета за следващата година.", "bg"),
        ("Министърът на финансите заяви, че данъците няма да бъдат увеличени.", "bg"),
        ("Депутатите гласуваха промените в закона.", "bg"),
        ("Това е добра новина за българските износители.", "bg"),
        // «най-» and «-ски» adjectives, «-нти» plurals (no function word of its own here).
        ("Основни доставчици — американски, канадски и германски фирми.", "bg"),
        ("Туристи и студенти пристигат най-често през юли.", "bg"),
    ];

    const SR: &[(&str, &str)] = &[
        ("Влада Србије усвојила је нови закон о буџету.", "sr"),
        ("Председник је разговарао са новинарима у Београду.", "sr"),
        ("Цене горива су поново порасле.", "sr"),
        ("Ђоковић је освојио турнир.", "sr"),
        // A vowelless word with a syllabic r and little else.
        ("Он чини крв и смрт.", "sr"),
    ];

    const MK: &[(&str, &str)] = &[
        ("Владата на Македонија денеска ќе одржи седница.", "mk"),
        ("Министерот изјави дека платите ќе бидат зголемени.", "mk"),
        ("Градот се наоѓа во близина на границата.", "mk"),
    ];

    const KK: &[(&str, &str)] = &[
        ("Қазақстан үкіметі жаңа экономикалық бағдарламаны бекітті.", "kk"),
        ("Астанада халықаралық форум өтті.", "kk"),
    ];

    const MN: &[(&str, &str)] = &[
        ("Монгол Улсын Засгийн газар шинэ хөтөлбөр баталлаа.", "mn"),
        ("Улаанбаатар хотод олон улсын чуулган боллоо.", "mn"),
    ];

    const EN: &[(&str, &str)] = &[
        ("The government approved a new budget plan on Tuesday.", "en"),
        ("Shares of the company rose 3% after the announcement.", "en"),
        ("Oil prices fell sharply.", "en"),
        ("The central bank said inflation would slow next year, according to Reuters.", "en"),
        ("President signs the bill", "en"),
    ];

    const OTHER: &[(&str, &str)] = &[
        ("Die Regierung hat am Dienstag einen neuen Haushaltsplan beschlossen.", "de"),
        ("Le gouvernement a présenté mardi un nouveau projet de loi sur les retraites.", "fr"),
        ("El Gobierno aprobó ayer el nuevo presupuesto para el próximo año.", "es"),
        ("中国政府周二公布了新的经济刺激计划。", "zh"),
        ("日本政府は新しい経済対策を発表した。", "ja"),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.", "el"),
        ("أعلنت الحكومة عن خطة اقتصادية جديدة.", "ar"),
        ("정부는 새로운 경제 정책을 발표했다.", "ko"),
    ];

    #[test]
    fn russian() {
        check!(RU);
    }

    #[test]
    fn ukrainian() {
        check!(UK);
    }

    #[test]
    fn belarusian() {
        check!(BE);
    }

    #[test]
    fn bulgarian() {
        check!(BG);
    }

    #[test]
    fn serbian() {
        check!(SR);
    }

    #[test]
    fn macedonian() {
        check!(MK);
    }

    #[test]
    fn kazakh() {
        check!(KK);
    }

    #[test]
    fn mongolian() {
        check!(MN);
    }

    #[test]
    fn english() {
        check!(EN);
    }

    #[test]
    fn other_languages() {
        check!(OTHER);
    }

    #[test]
    fn no_letters_no_language() {
        let d = LangDetector::new();
        for text in ["", "   ", "12345", "2024-06-21 15:30", "🙂🙂🙂", "—", "'", "-", "%$#@!"] {
            assert_eq!(d.detect(text), None, "{text:?}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        let d = LangDetector::new();
        let long = "Москва ".repeat(10_000);
        let texts = [
            "ъ",
            "Ъ",
            "a'b'c",
            "'ъ'",
            "i",
            "I",
            "Москва-2024 Moscow 🙂 北京",
            "\u{301}\u{301}",
            "ﬁ ﬂ",
            "İstanbul",
            "ǅ",
            "\u{200F}שלום\u{200E}",
            "кое-что 2-го 90-е",
            "Ха-ха-ха!!!",
            "mixed Кириллица and Latin words in one line",
            long.as_str(),
        ];
        for text in texts {
            if let Some((_, conf)) = d.detect_with_confidence(text) {
                assert!((0.0..=1.0).contains(&conf), "{text:?}: {conf}");
            }
        }
    }

    #[test]
    fn codes_round_trip() {
        assert!(CODES.windows(2).all(|w| w[0] < w[1]), "CODES must be sorted");
        for code in CODES {
            assert_eq!(Lang::from_code(code).map(Lang::code), Some(code));
        }
        assert_eq!(Lang::from_code("xx"), None);
        assert_eq!(Lang::from_code("RU"), None);
        for lang in CYR {
            assert!(CODES.contains(&lang.code()));
        }
        assert_eq!(format!("{:?} {}", Lang::KK, Lang::MN), "Lang(kk) mn");
        assert_eq!(serde_json::to_string(&Lang::RU).unwrap(), "\"ru\"");
    }

    #[test]
    fn every_whatlang_language_has_a_code() {
        for &l in whatlang::Lang::all() {
            assert!(Lang::from_whatlang(l).is_some(), "{l:?}");
        }
    }

    #[test]
    fn lexicons_are_sorted() {
        for (name, data) in [("ru_stems", RU_STEMS), ("en_words", EN_WORDS)] {
            let keys: Vec<&str> =
                data.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').next().unwrap_or("")).collect();
            assert!(keys.len() > 1000, "{name}");
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "lexicon/lang/{name}.txt is not sorted: rerun the generator");
        }
    }

    #[test]
    fn stem_list_lookup() {
        for stem in ["президент", "правительств", "москв"] {
            assert!(sorted_lines_contain(RU_STEMS, stem), "{stem}");
        }
        for stem in ["", "#", "правителство", "zzz", "ёёёёё"] {
            assert!(!sorted_lines_contain(RU_STEMS, stem), "{stem}");
        }
        let tiny = "# header\nb\nd\nf";
        for (k, want) in [("a", false), ("b", true), ("c", false), ("d", true), ("f", true), ("g", false)] {
            assert_eq!(sorted_lines_contain(tiny, k), want, "{k}");
        }
    }

    #[test]
    fn infix_fast_path_matches_contains() {
        let letters: Vec<char> = "асьцзкэуүөшжчыяюідо".chars().collect();
        let mut words: Vec<String> = Vec::new();
        for &a in &letters {
            for &b in &letters {
                for &c in &letters {
                    words.push([a, b, c].iter().collect());
                    words.push(['о', a, b, c, 'а'].iter().collect());
                }
            }
        }
        words.extend(["українського", "шырокі", "рацыю", "дзіця", "баярлалаа", "үүрэг"].map(String::from));
        for w in &words {
            let naive: u16 =
                INFIXES.iter().enumerate().filter(|(_, (inf, _))| w.contains(inf)).map(|(k, _)| 1 << k).sum();
            let (mut fast, mut p2, mut p1) = (0u16, '\0', '\0');
            for c in w.chars() {
                if let Some(k) = infix_at(p2, p1, c) {
                    fast |= 1 << k;
                }
                (p2, p1) = (p1, c);
            }
            assert_eq!(fast, naive, "{w}");
        }
    }

    #[test]
    fn endings_end_in_prefiltered_letters() {
        for (e, _, _) in ENDINGS.iter().chain(&WEAK_ENDINGS) {
            let last = e.chars().last().unwrap();
            assert!(
                matches!(last, 'е' | 'а' | 'о' | 'т' | 'я' | 'н'),
                "{e}: add {last} to the prefilter in word_evidence"
            );
        }
    }

    #[test]
    fn serbian_counts_in_the_genitive_in_a() {
        for (before, word) in
            [("има 12.300 ", "војника"), ("за 20 ", "година"), ("после 45 ", "минута"), ("(15 ", "дана")]
        {
            assert!(counted_in_genitive_a(before, word), "{before}{word}");
        }
        // Russian: years, dates, times of day, decimals, 1–4 and words that do not end in «-а».
        for (before, word) in [
            ("в 1998 ", "страна"),
            ("с 2010 ", "года"),
            ("8 ", "марта"),
            ("в 5 ", "утра"),
            ("3,510 ", "миллиона"),
            ("2 ", "часа"),
            ("23 ", "минуты"),
        ] {
            assert!(!counted_in_genitive_a(before, word), "{before}{word}");
        }
    }

    /// The lower-cased Cyrillic words of `text` and their evidence.
    fn cyr_words(text: &str) -> (Vec<String>, CyrEvidence) {
        let (mut words, mut buf, mut out) = (Vec::new(), String::new(), Vec::new());
        scan(text, &mut words);
        let ev = cyr_evidence(text, &words, &mut buf, &mut out);
        (out.iter().map(|w| buf[w.start..w.end].to_string()).collect(), ev)
    }

    #[test]
    fn not_also_is_south_slavic() {
        let patterns = |text: &str| cyr_words(text).1.patterns;
        let bg = CYR.iter().position(|&l| l == Lang::BG).unwrap();
        assert_eq!(patterns("Той говори, но не и пише.")[bg], 1.0);
        assert_eq!(patterns("Он говорит, но и не пишет.")[bg], 0.0);
        // «д-р» before a name.
        assert_eq!(patterns("Говори д-р Петров.")[bg], 1.0);
    }

    #[test]
    fn soft_hyphens_stay_inside_words() {
        let (words, _) = cyr_words("За гэ\u{AD}та бра\u{AD}кань\u{AD}е\u{AD}рам");
        assert_eq!(words, ["за", "гэта", "браканьерам"]);
    }

    #[test]
    fn percentages_with_a_decimal_point() {
        for t in ["Акциите поскъпнаха с 1.3%.", "спад 0.08 % за ден", "до 12.5%"] {
            assert!(has_point_percent(t), "{t}");
        }
        for t in ["рост на 1,3%", "выросли на 13 %", "версия 2.0.15%", "21.06.2024"] {
            assert!(!has_point_percent(t), "{t}");
        }
    }

    #[test]
    fn is_letter_matches_std() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn send_sync() {
        fn assert_all<T: Send + Sync + Clone + std::fmt::Debug>() {}
        assert_all::<LangDetector>();
        assert_all::<Lang>();
    }
}
