// Orchestration only: runs the stages in order. May use: every stage.
//! The analyzer: text → tokens → sentences → language → morphology → entities → resolution →
//! facts, returning an [`Analysis`].

use std::borrow::Cow;

use crate::analysis::Analysis;
use crate::facts::{self, Date};
use crate::lang::{self, AnalyzedSentence, Lang, LangDetector};
use crate::morph::Stemmer;
use crate::ner;
use crate::ner::{MorphCache, Recognizer, Sent};
use crate::resolve;
use crate::sentence::SentenceSplitter;
use crate::token::{Token, Tokenizer, Words, lower_all};

/// The one entry point: runs every stage over a text. Build once, use from many threads.
///
/// ```
/// use pressa::{Analyzer, Lang};
/// let analyzer = Analyzer::new();
/// let text = "Мэр Москвы Сергей Собянин открыл форум. Он продлится до 5 июня.";
/// let doc = analyzer.analyze(text);
/// assert_eq!(doc.lang, Some(Lang::RU));
/// assert_eq!(doc.sentences.len(), 2);
/// assert_eq!(doc.sentences[1].span.slice(text), "Он продлится до 5 июня.");
/// ```
#[derive(Debug)]
pub struct Analyzer {
    tokenizer: Tokenizer,
    splitter: SentenceSplitter,
    detector: LangDetector,
    stemmer: Stemmer,
    recognizer: Recognizer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

/// Per-document options of [`Analyzer::analyze_with`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Publication date: relative dates («вчера») are resolved against it.
    pub pub_date: Option<Date>,
    /// A language hint, used where detection is unsure.
    pub lang: Option<Lang>,
}

impl Analyzer {
    /// An analyzer with every stage at its defaults. All data is embedded.
    pub fn new() -> Analyzer {
        crate::token::warm_up();
        ner::warm_up();
        facts::warm_up();
        Analyzer {
            tokenizer: Tokenizer::new(),
            splitter: SentenceSplitter::new(),
            detector: LangDetector::new(),
            stemmer: Stemmer::new(),
            recognizer: Recognizer::new(),
        }
    }

    /// Analyses `text`. Never fails: an empty text gives an empty analysis. Relative dates
    /// («вчера») stay without a value; see [`Analyzer::analyze_dated`].
    pub fn analyze<'t>(&self, text: &'t str) -> Analysis<'t> {
        self.analyze_dated(text, None)
    }

    /// Analyses `text` published on `pub_date`, against which relative dates («вчера», «в
    /// прошлом году», «last Monday») and dates without a year are resolved.
    ///
    /// ```
    /// use pressa::{Analyzer, Date};
    /// let pub_date: Date = "2024-05-10".parse().unwrap();
    /// let doc = Analyzer::new().analyze_dated("Вчера в Москве открылся форум.", Some(pub_date));
    /// assert_eq!(doc.dates[0].value.as_deref(), Some("2024-05-09"));
    /// ```
    pub fn analyze_dated<'t>(&self, text: &'t str, pub_date: Option<Date>) -> Analysis<'t> {
        self.analyze_with(text, &Options { pub_date, lang: None })
    }

    /// Analyses `text` with [`Options`]: a publication date and a language hint.
    ///
    /// ```
    /// use pressa::{Analyzer, Lang, Options};
    /// let opts = Options { pub_date: None, lang: Some(Lang::RU) };
    /// let doc = Analyzer::new().analyze_with("Мэр Москвы.", &opts);
    /// assert_eq!(doc.lang, Some(Lang::RU));
    /// ```
    pub fn analyze_with<'t>(&self, text: &'t str, options: &Options) -> Analysis<'t> {
        let pub_date = options.pub_date;
        let tokens: Vec<Token<'t>> = self.tokenizer.tokens(text).collect();
        let mut sentences: Vec<AnalyzedSentence> = self
            .splitter
            .split(text, &tokens)
            .map(|s| AnalyzedSentence { span: s.span, tokens: s.tokens, lang: None })
            .collect();
        let lang = lang::decide(&self.detector, text, &tokens, &mut sentences, options.lang);
        let low = lower_all(&tokens);
        let readings = lang::name_readings(lang, text, &tokens, &sentences);
        // Sentence by sentence: names (where the language stage says they are read), dates,
        // money and percentages.
        let mut cache = MorphCache::default();
        let (mut entities, mut dates, mut money, mut percents) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (k, s) in sentences.iter().enumerate() {
            let r = s.tokens.clone();
            let words = Words::new(&tokens[r.clone()], &low[r.clone()]);
            self.recognizer.sentence(Sent::new(text, &tokens, &low, r, k), readings[k], &mut cache, &mut entities);
            facts::find_dates(&words, pub_date, &mut dates);
            facts::find_money(&words, &mut money, &mut percents);
        }
        // The document: resolution passes and officials, then the sectors.
        let doc = resolve::Doc {
            text,
            tokens: &tokens,
            lows: &low,
            sentences: &sentences,
            readings: &readings,
            cache: &cache,
        };
        let (entities, officials) = resolve::resolve(&self.recognizer, &doc, entities);
        let sectors = facts::find_sectors(&tokens, &low, &self.stemmer, &self.recognizer.morph);
        Analysis { text, lang, tokens, sentences, dates, money, percents, sectors, entities, officials }
    }

    /// The lower-cased Snowball stem of a token (Russian for Cyrillic, English for Latin).
    pub fn stem<'t>(&self, token: &Token<'t>) -> Cow<'t, str> {
        self.stemmer.stem(token)
    }

    /// The language detector the analyzer uses.
    pub fn lang_detector(&self) -> &LangDetector {
        &self.detector
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn thread_safe() {
        assert_send_sync::<Analyzer>();
        assert_send_sync::<Analysis<'static>>();
    }

    #[test]
    fn empty_and_blank() {
        let a = Analyzer::new();
        for text in ["", "   \n\n ", "...", "12 345"] {
            let doc = a.analyze(text);
            assert!(doc.sentences.iter().all(|s| s.lang.is_none()), "{text:?}");
        }
    }

    #[test]
    fn char_offsets_in_json() {
        let doc = Analyzer::new().analyze("Ёж. Ok.");
        let v = serde_json::to_value(doc.with_tokens()).unwrap();
        assert_eq!(v["tokens"][2]["char_start"], 4);
        assert_eq!(v["tokens"][2]["start"], 6);
        assert_eq!(v["tokens"][2]["kind"], "word");
    }

    fn sentence_langs(doc: &Analysis<'_>) -> Vec<&'static str> {
        doc.sentences.iter().map(|s| s.lang.map_or("-", Lang::code)).collect()
    }

    #[test]
    fn addresses_tell_no_language() {
        let doc = Analyzer::new().analyze("Музей открылся в мае. Подробности на сайте https://pushkinmuseum.art/news.");
        assert_eq!(sentence_langs(&doc), ["ru", "ru"]);
    }

    #[test]
    fn a_foreign_name_does_not_make_russian_mongolian() {
        let doc = Analyzer::new().analyze("Глава МИД ФРГ Хайко Маас прибыл в Москву.");
        assert_eq!(sentence_langs(&doc), ["ru"]);
        assert_eq!(doc.lang, Some(Lang::RU));
    }

    #[test]
    fn a_weak_sentence_keeps_a_language_its_letters_need() {
        let text = "Қазақстан Республикасының Президенті жарлыққа қол қойды және үкіметке тапсырма берді. \
                    Верховна Рада України ухвалила закон про бюджет.";
        let doc = Analyzer::new().analyze(text);
        assert_eq!(doc.lang, Some(Lang::from_code("kk").unwrap()));
        assert_eq!(sentence_langs(&doc), ["kk", "uk"]);
        // The taggers learned Russian: no names are read from Kazakh or Ukrainian sentences.
        assert!(doc.entities.is_empty(), "{:?}", doc.entities);
    }
}
