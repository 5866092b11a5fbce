// Orchestration only: runs the stages in order. May use: every stage.
//! The analyzer: text → tokens → sentences → language → morphology → entities → resolution →
//! facts, returning an [`Analysis`].

use std::borrow::Cow;

use crate::analysis::Analysis;
use crate::facts::{self, Date, PubDate, PubDateSource};
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

/// Per-document options of [`Analyzer::analyze_with`], built with by-value setters: a
/// publication date, a language hint, and the stages to run (all by default). Turning stages off
/// makes the analysis faster: tokens, sentences and languages alone take a fraction of the time.
///
/// ```
/// use pressa::{Analyzer, Lang, Options};
/// let analyzer = Analyzer::new();
/// let text = "Мэр Москвы Сергей Собянин открыл форум 5 июня.";
/// let opts = Options::new().lang(Lang::RU).pub_date("2024-05-10".parse().unwrap());
/// assert_eq!(analyzer.analyze_with(text, &opts).dates[0].value.as_deref(), Some("2024-06-05"));
/// let quick = Options::new().entities(false).facts(false).sectors(false);
/// let doc = analyzer.analyze_with(text, &quick);
/// assert_eq!((doc.lang, doc.sentences.len(), doc.entities.len()), (Some(Lang::RU), 1, 0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Publication date: relative dates («вчера») are resolved against it.
    pub pub_date: Option<Date>,
    /// A language hint, used where detection is unsure.
    pub lang: Option<Lang>,
    /// Find persons, organisations, places, positions and officials.
    pub entities: bool,
    /// Find dates, money and percentages.
    pub facts: bool,
    /// Find industry sectors.
    pub sectors: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { pub_date: None, lang: None, entities: true, facts: true, sectors: true }
    }
}

impl Options {
    /// Every stage, no publication date, no language hint.
    pub fn new() -> Options {
        Options::default()
    }

    /// Resolve relative dates («вчера») against this publication date.
    pub fn pub_date(mut self, date: Date) -> Options {
        self.pub_date = Some(date);
        self
    }

    /// Use this language where detection is unsure.
    pub fn lang(mut self, lang: Lang) -> Options {
        self.lang = Some(lang);
        self
    }

    /// Run the entity stages (names, officials) or not.
    pub fn entities(mut self, on: bool) -> Options {
        self.entities = on;
        self
    }

    /// Run the fact stages (dates, money, percentages) or not.
    pub fn facts(mut self, on: bool) -> Options {
        self.facts = on;
        self
    }

    /// Run the sector stage or not.
    pub fn sectors(mut self, on: bool) -> Options {
        self.sectors = on;
        self
    }
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
        self.analyze_with(text, &Options { pub_date, ..Options::default() })
    }

    /// Analyses `text` with [`Options`]: a publication date and a language hint.
    ///
    /// ```
    /// use pressa::{Analyzer, Lang, Options};
    /// let opts = Options::new().lang(Lang::RU);
    /// let doc = Analyzer::new().analyze_with("Мэр Москвы.", &opts);
    /// assert_eq!(doc.lang, Some(Lang::RU));
    /// ```
    pub fn analyze_with<'t>(&self, text: &'t str, options: &Options) -> Analysis<'t> {
        let tokens: Vec<Token<'t>> = self.tokenizer.tokens(text).collect();
        let mut sentences: Vec<AnalyzedSentence> = self
            .splitter
            .split(text, &tokens)
            .map(|s| AnalyzedSentence { span: s.span, tokens: s.tokens, lang: None })
            .collect();
        let lang = lang::decide(&self.detector, text, &tokens, &mut sentences, options.lang);
        let low = lower_all(&tokens);
        let readings = lang::name_readings(lang, text, &tokens, &sentences);
        // The publication date: given, else the dateline's.
        let pub_date = match options.pub_date {
            Some(value) => Some(PubDate { value, source: PubDateSource::Given }),
            None if options.facts => facts::dateline(text, &tokens, &low, &sentences)
                .map(|value| PubDate { value, source: PubDateSource::Dateline }),
            None => None,
        };
        // Sentence by sentence: names (where the language stage says they are read), dates,
        // money and percentages.
        let mut cache = MorphCache::default();
        // How the document writes its words, for the English tagger.
        let mut english = (options.entities && readings.contains(&lang::NameReading::English))
            .then(|| ner::EnglishDoc::new(text, &tokens, &low));
        let (mut entities, mut dates, mut money, mut percents) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (k, s) in sentences.iter().enumerate() {
            let r = s.tokens.clone();
            let words = Words::new(&tokens[r.clone()], &low[r.clone()]);
            if options.entities {
                let sent = Sent::new(text, &tokens, &low, r, k);
                self.recognizer.sentence(sent, readings[k], &mut cache, english.as_mut(), &mut entities);
            }
            if options.facts {
                facts::find_dates(&words, pub_date.map(|p| p.value), &mut dates);
                facts::find_money(&words, &mut money, &mut percents);
            }
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
        let (entities, officials, clusters) =
            if options.entities { resolve::resolve(&self.recognizer, &doc, entities) } else { Default::default() };
        let sectors = if options.sectors {
            facts::find_sectors(&tokens, &low, &self.stemmer, &self.recognizer.morph)
        } else {
            Vec::new()
        };
        Analysis {
            text,
            lang,
            pub_date,
            tokens,
            sentences,
            dates,
            money,
            percents,
            sectors,
            entities,
            officials,
            clusters,
        }
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

/// Many documents on all cores (with the `rayon` feature).
#[cfg(feature = "rayon")]
impl Analyzer {
    /// Analyses `texts` in parallel on rayon's global thread pool (all cores unless the program
    /// set it up otherwise), with the same `options` for each; the analyses come in input order
    /// and equal [`Analyzer::analyze_with`]'s one by one.
    ///
    /// ```
    /// use pressa::{Analyzer, Options};
    /// let texts = ["Мэр Москвы Сергей Собянин открыл форум.", "Tesla CEO Elon Musk spoke."];
    /// let docs = Analyzer::new().analyze_many(&texts, &Options::new());
    /// assert_eq!(docs.len(), 2);
    /// assert_eq!(docs[1].text, texts[1]);
    /// ```
    pub fn analyze_many<'t, S: AsRef<str> + Sync>(&self, texts: &'t [S], options: &Options) -> Vec<Analysis<'t>> {
        use rayon::prelude::*;
        texts.par_iter().map(|t| self.analyze_with(t.as_ref(), options)).collect()
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

    #[test]
    fn an_unsure_sentence_takes_the_documents_language() {
        // «Мэр Москвы.» alone is read as Mongolian by a hair (0.3 of a point); in a Russian
        // document, or with a hint, it is Russian.
        let doc = Analyzer::new().analyze("Мэр Москвы. Сергей Собянин открыл новую станцию метро на севере города.");
        assert_eq!(sentence_langs(&doc), ["ru", "ru"]);
        let hinted = Analyzer::new().analyze_with("Мэр Москвы.", &Options::new().lang(Lang::RU));
        assert_eq!((hinted.lang, sentence_langs(&hinted)), (Some(Lang::RU), vec!["ru"]));
    }

    #[cfg(feature = "rayon")]
    #[test]
    fn many_documents_come_back_in_order_as_one_by_one() {
        let texts: Vec<String> =
            (0..64).map(|i| format!("Глава {i} компании «Ромашка» Иван Петров приехал в Москву {i} мая.")).collect();
        let analyzer = Analyzer::new();
        let opts = Options::new();
        let many = analyzer.analyze_many(&texts, &opts);
        for (text, doc) in texts.iter().zip(&many) {
            let one = analyzer.analyze_with(text, &opts);
            assert_eq!((doc.text, &doc.entities, &doc.dates), (one.text, &one.entities, &one.dates));
        }
    }
}
