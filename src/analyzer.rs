//! The analyzer: text → tokens → sentences → languages, and the [`Analysis`] it returns.

use std::borrow::Cow;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use crate::entity::{
    self, Date, DateMention, Entity, EntityKind, MoneyMention, Official, PercentMention, Recognizer, SectorMention,
};
use crate::lang::{Lang, LangDetector};
use crate::sentence::SentenceSplitter;
use crate::span::{CharIndex, Span};
use crate::stem::Stemmer;
use crate::token::{Script, Token, TokenKind, Tokenizer};

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

/// A sentence of an [`Analysis`], with its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnalyzedSentence {
    /// Byte span of the sentence.
    pub span: Span,
    /// Indices of its tokens in [`Analysis::tokens`].
    pub tokens: std::ops::Range<usize>,
    /// Its language, when it has letters.
    pub lang: Option<Lang>,
}

/// What the analyzer found in one text. Offsets are bytes; the JSON form (its `Serialize`)
/// also carries character (code point) offsets.
///
/// ```
/// use pressa::Analyzer;
/// let doc = Analyzer::new().analyze("Ёлка стоит. Ok.");
/// let json = serde_json::to_value(&doc).unwrap();
/// assert_eq!(json["sentences"][1]["start"], 21);
/// assert_eq!(json["sentences"][1]["char_start"], 12);
/// ```
#[derive(Clone, Debug)]
pub struct Analysis<'t> {
    /// The analysed text.
    pub text: &'t str,
    /// Language of the whole text (the language of most of its letters).
    pub lang: Option<Lang>,
    /// All tokens, in order.
    pub tokens: Vec<Token<'t>>,
    /// Sentences, in order; together they cover every token.
    pub sentences: Vec<AnalyzedSentence>,
    /// Dates, periods and durations with ISO 8601 values.
    pub dates: Vec<DateMention>,
    /// Amounts of money with ISO 4217 currencies.
    pub money: Vec<MoneyMention>,
    /// Percentages and percentage points.
    pub percents: Vec<PercentMention>,
    /// Industry sectors the text mentions, most mentioned first.
    pub sectors: Vec<SectorMention>,
    /// Persons, organisations, locations and positions, in text order.
    pub entities: Vec<Entity>,
    /// Persons with their positions and organisations.
    pub officials: Vec<Official>,
}

impl Analyzer {
    /// An analyzer with every stage at its defaults. All data is embedded.
    pub fn new() -> Analyzer {
        crate::token::warm_up();
        entity::warm_up();
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
        // Sentence languages, then the document's by letter weight.
        let mut votes: Vec<(Lang, usize, f32)> = Vec::new();
        let mut weak: Vec<usize> = Vec::new();
        for (k, s) in sentences.iter_mut().enumerate() {
            let sentence_tokens = &tokens[s.tokens.clone()];
            let letters = letter_bytes(sentence_tokens);
            if letters == 0 {
                continue;
            }
            if let Some((lang, conf)) =
                self.detector.detect_with_confidence(&without_addresses(text, s.span, sentence_tokens))
            {
                s.lang = Some(lang);
                if conf < 0.5 {
                    weak.push(k);
                }
                match votes.iter_mut().find(|v| v.0 == lang) {
                    Some(v) => {
                        v.1 += letters;
                        v.2 += conf * letters as f32;
                    }
                    None => votes.push((lang, letters, conf * letters as f32)),
                }
            }
        }
        let best = votes.iter().max_by(|a, b| a.2.total_cmp(&b.2));
        // The hint decides when detection is unsure (little text, or weak on average).
        let lang = match (best, options.lang) {
            (Some(v), Some(hint)) if v.2 < 0.5 * v.1 as f32 => Some(hint),
            (Some(v), _) => Some(v.0),
            (None, hint) => hint,
        };
        if let Some(hint) = options.lang {
            for s in sentences.iter_mut().filter(|s| s.lang.is_none() && !s.tokens.is_empty()) {
                if letter_bytes(&tokens[s.tokens.clone()]) > 0 {
                    s.lang = Some(hint);
                }
            }
        }
        // A short, uncertain sentence takes the document's language when it shares its script.
        if let Some(doc_lang) = lang {
            for k in weak {
                let s = &mut sentences[k];
                let script = dominant_script(&tokens[s.tokens.clone()]);
                // …and when its letters fit that language («України» is no Kazakh).
                if script_of_lang(doc_lang) == Some(script)
                    && crate::lang::alphabet_allows(doc_lang, s.span.slice(text))
                {
                    s.lang = Some(doc_lang);
                }
            }
        }
        let mut analysis = Analysis {
            text,
            lang,
            tokens,
            sentences,
            dates: Vec::new(),
            money: Vec::new(),
            percents: Vec::new(),
            sectors: Vec::new(),
            entities: Vec::new(),
            officials: Vec::new(),
        };
        entity::extract(&mut analysis, pub_date, &self.stemmer, &self.recognizer);
        analysis
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

fn letter_bytes(tokens: &[Token<'_>]) -> usize {
    tokens.iter().filter(|t| t.kind == TokenKind::Word).map(|t| t.span.len()).sum()
}

/// URLs, e-mail addresses, hashtags and mentions: no evidence of a language.
fn is_address(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Url | TokenKind::Email | TokenKind::Hashtag | TokenKind::Mention)
}

/// The sentence at `span` with its addresses blanked out, for language detection: «Подробности
/// на сайте https://…» is Russian. Borrowed when it has none (almost always).
fn without_addresses<'t>(text: &'t str, span: Span, tokens: &[Token<'_>]) -> Cow<'t, str> {
    let mut plain = Cow::Borrowed(span.slice(text));
    for t in tokens.iter().filter(|t| is_address(t)) {
        let (a, b) = (t.span.start - span.start, t.span.end - span.start);
        plain.to_mut().replace_range(a..b, &" ".repeat(b - a));
    }
    plain
}

fn dominant_script(tokens: &[Token<'_>]) -> Script {
    let (mut cyr, mut lat) = (0, 0);
    for t in tokens.iter().filter(|t| !is_address(t)) {
        match t.script {
            Script::Cyrillic => cyr += t.span.len(),
            Script::Latin => lat += t.span.len(),
            _ => {}
        }
    }
    if cyr >= lat && cyr > 0 {
        Script::Cyrillic
    } else if lat > 0 {
        Script::Latin
    } else {
        Script::Other
    }
}

/// The script a language is written in, for the languages the detector models.
pub(crate) fn script_of_lang(lang: Lang) -> Option<Script> {
    match lang {
        Lang::RU | Lang::UK | Lang::BE | Lang::BG | Lang::SR | Lang::MK | Lang::KK | Lang::MN => Some(Script::Cyrillic),
        Lang::EN => Some(Script::Latin),
        _ => None,
    }
}

impl<'t> Analysis<'t> {
    /// A readable report: language, sentences, officials, entities, dates, money, percentages
    /// and sectors, one section each.
    ///
    /// ```
    /// use pressa::Analyzer;
    /// let doc = Analyzer::new().analyze("Мэр Москвы Сергей Собянин открыл форум 5 июня 2024 года.");
    /// let report = doc.report();
    /// assert!(report.contains("Сергей Собянин — мэр Москвы"));
    /// assert!(report.contains("2024-06-05"));
    /// ```
    pub fn report(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let a = self;
        let words = a.tokens.iter().filter(|t| t.is_word()).count();
        let _ = writeln!(
            out,
            "language: {}   characters: {}   tokens: {}   words: {}   sentences: {}",
            a.lang.map_or("?", |l| l.code()),
            a.text.chars().count(),
            a.tokens.len(),
            words,
            a.sentences.len()
        );
        let _ = writeln!(out, "\nsentences:");
        for (i, s) in a.sentences.iter().enumerate() {
            let text = s.span.slice(a.text).replace('\n', " ");
            let short: String = text.chars().take(100).collect();
            let more = if text.chars().count() > 100 { "…" } else { "" };
            let _ = writeln!(out, "  {:>3} [{}] {short}{more}", i + 1, s.lang.map_or("??", |l| l.code()));
        }
        if !a.officials.is_empty() {
            let _ = writeln!(out, "\nofficials:");
            for o in &a.officials {
                let org = o.org.as_ref().map_or(String::new(), |g| format!("  [{}]", g.norm));
                let _ = writeln!(out, "  {} — {}{org}", o.person.norm, o.position.norm);
            }
        }
        for (label, kind) in [
            ("persons", EntityKind::Person),
            ("organisations", EntityKind::Organization),
            ("locations", EntityKind::Location),
            ("positions", EntityKind::Position),
        ] {
            let mut names: Vec<&str> = a.entities.iter().filter(|e| e.kind == kind).map(|e| e.norm.as_str()).collect();
            names.sort_unstable();
            names.dedup();
            if !names.is_empty() {
                let _ = writeln!(out, "\n{label}: {}", names.join("; "));
            }
        }
        if !a.dates.is_empty() {
            let _ = writeln!(out, "\ndates:");
            for d in &a.dates {
                let kind = format!("{:?}", d.kind).to_lowercase();
                let _ =
                    writeln!(out, "  {:<32} {:<10} {}", d.span.slice(a.text), kind, d.value.as_deref().unwrap_or("–"));
            }
        }
        for m in &a.money {
            let amount = m.amount.map_or("?".to_string(), |v| format!("{v}"));
            let max = m.amount_max.map_or(String::new(), |v| format!("–{v}"));
            let q = m.qualifier.map_or(String::new(), |q| format!(" ({q:?})").to_lowercase());
            let _ = writeln!(out, "money: {:<30} {amount}{max} {}{q}", m.span.slice(a.text), m.currency);
        }
        for p in &a.percents {
            let v = p.value.map_or("?".to_string(), |v| format!("{v}"));
            let unit = if p.points { "percentage points" } else { "%" };
            let _ = writeln!(out, "percent: {:<28} {v} {unit}", p.span.slice(a.text));
        }
        if !a.sectors.is_empty() {
            let _ = writeln!(out, "\nsectors (ОКВЭД 2 / NACE Rev. 2):");
            for s in &a.sectors {
                let _ =
                    writeln!(out, "  {:<6} {} / {} ×{}", s.sector.code, s.sector.label_ru, s.sector.label_en, s.count);
            }
        }
        out
    }

    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token<'t>] {
        &self.tokens[self.sentences[i].tokens.clone()]
    }

    /// A serialisable view that also lists the tokens (`"tokens": [span + "kind" + "text"]`).
    pub fn with_tokens(&self) -> WithTokens<'_, 't> {
        WithTokens(self)
    }

    fn serialize_with<S: Serializer>(&self, serializer: S, tokens: bool) -> Result<S::Ok, S::Error> {
        let idx = CharIndex::new(self.text);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("lang", &self.lang)?;
        map.serialize_entry(
            "sentences",
            &Seq(self.sentences.iter().map(|s| SpanOut::new(&idx, s.span).with_lang(s.lang)).collect()),
        )?;
        fn located<'a, T>(idx: &CharIndex, text: &'a str, span: Span, item: &'a T) -> Located<'a, T> {
            Located {
                item,
                char_start: idx.char_offset(span.start),
                char_end: idx.char_offset(span.end),
                text: span.slice(text),
            }
        }
        map.serialize_entry(
            "entities",
            &Seq(self.entities.iter().map(|d| located(&idx, self.text, d.span, d)).collect()),
        )?;
        let part = |p: &entity::Part| PartOut {
            span: SpanOut::new(&idx, p.span).with_text(p.span.slice(self.text)),
            norm: p.norm.clone(),
        };
        map.serialize_entry(
            "officials",
            &Seq(self
                .officials
                .iter()
                .map(|o| OfficialOut {
                    person: part(&o.person),
                    position: part(&o.position),
                    org: o.org.as_ref().map(part),
                })
                .collect()),
        )?;
        map.serialize_entry("dates", &Seq(self.dates.iter().map(|d| located(&idx, self.text, d.span, d)).collect()))?;
        map.serialize_entry("money", &Seq(self.money.iter().map(|d| located(&idx, self.text, d.span, d)).collect()))?;
        map.serialize_entry(
            "percents",
            &Seq(self.percents.iter().map(|d| located(&idx, self.text, d.span, d)).collect()),
        )?;
        map.serialize_entry(
            "sectors",
            &Seq(self
                .sectors
                .iter()
                .map(|s| SectorOut {
                    sector: &s.sector,
                    count: s.count,
                    mentions: Seq(s
                        .mentions
                        .iter()
                        .map(|&m| SpanOut::new(&idx, m).with_text(m.slice(self.text)))
                        .collect()),
                })
                .collect()),
        )?;
        if tokens {
            map.serialize_entry(
                "tokens",
                &Seq(self.tokens.iter().map(|t| SpanOut::new(&idx, t.span).with_token(t)).collect()),
            )?;
        }
        map.end()
    }
}

impl Serialize for Analysis<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.serialize_with(serializer, false)
    }
}

/// An [`Analysis`] serialised with its tokens; from [`Analysis::with_tokens`].
#[derive(Clone, Copy, Debug)]
pub struct WithTokens<'a, 't>(&'a Analysis<'t>);

impl Serialize for WithTokens<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_with(serializer, true)
    }
}

/// A span in the JSON contract: bytes, then code points, end exclusive, plus extra fields.
#[derive(Serialize)]
struct SpanOut<'a> {
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<Option<Lang>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<TokenKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    script: Option<Script>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

impl<'a> SpanOut<'a> {
    fn new(idx: &CharIndex, span: Span) -> SpanOut<'a> {
        SpanOut {
            start: span.start,
            end: span.end,
            char_start: idx.char_offset(span.start),
            char_end: idx.char_offset(span.end),
            lang: None,
            kind: None,
            script: None,
            text: None,
        }
    }

    fn with_lang(mut self, lang: Option<Lang>) -> Self {
        self.lang = Some(lang);
        self
    }

    fn with_text(mut self, text: &'a str) -> Self {
        self.text = Some(text);
        self
    }

    fn with_token(mut self, t: &Token<'a>) -> Self {
        self.kind = Some(t.kind);
        self.script = Some(t.script);
        self.text = Some(t.text);
        self
    }
}

/// An item that serialises its own byte span, with character offsets and its text added.
#[derive(Serialize)]
struct Located<'a, T> {
    #[serde(flatten)]
    item: &'a T,
    char_start: usize,
    char_end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct PartOut<'a> {
    #[serde(flatten)]
    span: SpanOut<'a>,
    norm: String,
}

#[derive(Serialize)]
struct OfficialOut<'a> {
    person: PartOut<'a>,
    position: PartOut<'a>,
    org: Option<PartOut<'a>>,
}

#[derive(Serialize)]
struct SectorOut<'a> {
    #[serde(flatten)]
    sector: &'a entity::Sector,
    count: usize,
    mentions: Seq<SpanOut<'a>>,
}

struct Seq<T>(Vec<T>);

impl<T: Serialize> Serialize for Seq<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for x in &self.0 {
            seq.serialize_element(x)?;
        }
        seq.end()
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
