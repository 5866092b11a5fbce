// Stage: language. May use: text, lexicon, token, sentence.
//! The detector: letters by writing system, then the evidence of the script's languages.

use super::*;

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
    pub(super) cyrillic: whatlang::Detector,
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
    /// system the detector knows), or too few to tell: fewer than four Cyrillic letters, all of
    /// the Russian alphabet («Да.» is Russian, Bulgarian, Serbian or Macedonian).
    ///
    /// ```
    /// use pressa::{Lang, LangDetector};
    /// let detector = LangDetector::new();
    /// let ru = "Центральный банк сохранил ключевую ставку на уровне 16% годовых.";
    /// let uk = "Верховна Рада ухвалила закон про державний бюджет на наступний рік.";
    /// assert_eq!(detector.detect(ru), Some(Lang::RU));
    /// assert_eq!(detector.detect(uk), Some(Lang::UK));
    /// assert_eq!(detector.detect("2024 — 15:30"), None);
    /// assert_eq!(detector.detect("Да."), None);
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
        // (A word per six bytes or so, up to a paragraph's worth; longer texts grow it.)
        let mut words = Vec::with_capacity((text.len() / 6).clamp(4, 256));
        let counts = scan(text, &mut words);
        let (main, &n) = counts.iter().enumerate().max_by_key(|&(i, &c)| (c, std::cmp::Reverse(i)))?;
        if n == 0 {
            return None;
        }
        let mut main = WRITINGS[main];
        let (lat, cyr) = (counts[Writing::Latin as usize], counts[Writing::Cyrillic as usize]);
        if matches!(main, Writing::Latin | Writing::Cyrillic) && lat > 0 && cyr > 0 {
            main = latin_or_cyrillic(text, &words, lat, cyr);
        }
        let (lang, conf) = match main {
            Writing::Cyrillic => self.detect_cyrillic(text, &words)?,
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
        let (lang, conf) = match detector.detect(text) {
            Some(info) => match Lang::from_whatlang(info.lang()) {
                Some(lang) => (lang, info.confidence() as f32),
                None => (Lang::EN, 0.0),
            },
            None => (Lang::EN, 0.0),
        };
        // The Latin-script Slavic languages are close kin; whatlang knows neither Bosnian nor
        // Serbian in Latin letters. Their n-gram statistics decide among them.
        if LATIN_SLAVIC_NGRAMS.codes.contains(&lang.code())
            && let Some((code, margin)) =
                LATIN_SLAVIC_NGRAMS.best(words.iter().map(|w| &text[w.start..w.end]), latin_slavic_word)
            && let Some(lang) = Lang::from_code(code)
        {
            return (lang, confidence(margin));
        }
        (lang, conf)
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

/// The writing of a text with both Latin and Cyrillic words: the one with more words in lower
/// case (running text, where names and brands are capitalised), and on a tie the one with more
/// letters, Cyrillic letters counting double: Cyrillic press quotes Latin names far more often
/// than Latin text quotes Cyrillic.
fn latin_or_cyrillic(text: &str, words: &[Word], lat: u32, cyr: u32) -> Writing {
    let (mut lat_lower, mut cyr_lower) = (0u32, 0u32);
    for w in words {
        let word = &text[w.start..w.end];
        let Some(first) = word.chars().next() else { continue };
        // (A lone letter is a label or a variable — «пункт b», «<a …>x</a>» — not running text.)
        // (Nor are hashtags: «… Вечерние Мелодии … #soviet #jazz»; and a hyphenated compound is
        // one word: «klat-tiak», «trah-to-ri».)
        let continued = text[..w.start].ends_with(is_hyphen);
        if !first.is_lowercase() || word.chars().nth(1).is_none() || w.tag || continued {
            continue;
        }
        match writing(first) {
            Some(Writing::Latin) => lat_lower += 1,
            Some(Writing::Cyrillic) => cyr_lower += 1,
            _ => {}
        }
    }
    match lat_lower.cmp(&cyr_lower) {
        std::cmp::Ordering::Greater => Writing::Latin,
        std::cmp::Ordering::Less => Writing::Cyrillic,
        std::cmp::Ordering::Equal if 2 * cyr >= lat => Writing::Cyrillic,
        std::cmp::Ordering::Equal => Writing::Latin,
    }
}

/// Words of one Latin-script Slavic language its neighbours write otherwise («travnja», «tko»),
/// with the languages they name as bits in the order of the model's languages.
pub(super) static LATIN_SLAVIC_WORDS: LazyLock<WordSet<u8>> = LazyLock::new(|| {
    let data = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicon/lang/latin_slavic_words.tsv"));
    let codes = &LATIN_SLAVIC_NGRAMS.codes;
    assert!(codes.len() <= 8, "lang/latin_slavic_words.tsv: at most 8 languages as bits");
    word_masks(crate::lexicon::pairs(data, "lang/latin_slavic_words.tsv").map(|(w, named)| {
        let bit = |code: &str| codes.iter().position(|&c| c == code).map_or(0, |k| 1u8 << k);
        (w, named.split(',').fold(0, |mask, code| mask | bit(code)))
    }))
});

/// Nats a word of `LATIN_SLAVIC_WORDS` adds to each language it names. In Lingua's samples the
/// words stand 196 times in Croatian text, 5 times in Bosnian («nitko», «obitelji») and in no
/// other language's. Tried 0, 2, 3, 5, 6, 8, 12 on the held-out Latin-script paragraphs:
/// Croatian right 95.8 / 95.8 / 95.8 / 96.4 / 97.0 / 97.0 / 97.0 %, the others unchanged.
const LATIN_SLAVIC_WORD: f32 = 6.0;

/// The evidence of a lower-cased word for the Latin-script Slavic languages, added to their
/// scores (the model's cost units).
fn latin_slavic_word(word: &str, scores: &mut [f32]) {
    if let Some(mask) = LATIN_SLAVIC_WORDS.get(word) {
        add_mask(scores, mask, LATIN_SLAVIC_WORD * super::ngrams::SCALE);
    }
}

/// The n-gram statistics of the Latin-script Slavic languages.
pub(super) static LATIN_SLAVIC_NGRAMS: LazyLock<NgramModel> =
    LazyLock::new(|| NgramModel::parse(include_bytes!("../../lexicon/lang/ngrams_latin_slavic.bin")));

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
