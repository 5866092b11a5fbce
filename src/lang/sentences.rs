// Stage: language, sentence by sentence. May use: text, token, sentence.
//! The one place where the language of each sentence and of the document is decided, and
//! whether a sentence's names are read by the Russian taggers, by the English rules, or not at all.

use std::borrow::Cow;

use super::{Lang, LangDetector, alphabet_allows};
use crate::text::Span;
use crate::token::{Script, Token, TokenKind};

/// A sentence of an [`Analysis`](crate::Analysis), with its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnalyzedSentence {
    /// Byte span of the sentence.
    pub span: Span,
    /// Indices of its tokens in [`Analysis::tokens`](crate::Analysis::tokens).
    pub tokens: std::ops::Range<usize>,
    /// Its language, when it has letters.
    pub lang: Option<Lang>,
}

/// How the entity stage reads the names of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameReading {
    /// Not at all: a sentence in another Cyrillic language, written with letters Russian lacks.
    Skip,
    /// With the Russian taggers (most of its letters are not Latin).
    Russian,
    /// With the English rules (most of its letters are Latin).
    English,
}

/// Below this confidence a detection is unsure: the hint decides for the document, and a
/// sentence takes the document's language. The Cyrillic and English readings give 0.5 to a tie
/// and 0.6 to a lead of about a third of a function word (`cyrillic::confidence`); whatlang's
/// confidences run lower (0.5 before, which no Cyrillic reading ever fell under: a hint never
/// decided «Мэр Москвы.», read as Mongolian by 0.3).
const UNSURE: f32 = 0.6;

/// Sets the language of every sentence and returns the document's: each sentence by the
/// detector (addresses left out), the document by letter weight and confidence, a `hint`
/// where detection is unsure, and a short uncertain sentence takes the document's language when
/// its script and letters fit it.
pub(crate) fn decide(
    detector: &LangDetector,
    text: &str,
    tokens: &[Token<'_>],
    sentences: &mut [AnalyzedSentence],
    hint: Option<Lang>,
) -> Option<Lang> {
    // Sentence languages, then the document's by letter weight.
    let mut votes: Vec<(Lang, usize, f32)> = Vec::new();
    let mut weak: Vec<usize> = Vec::new();
    for (k, s) in sentences.iter_mut().enumerate() {
        let sentence_tokens = &tokens[s.tokens.clone()];
        let letters = letter_bytes(sentence_tokens);
        if letters == 0 {
            continue;
        }
        let detected = detector.detect_with_confidence(&without_addresses(text, s.span, sentence_tokens));
        if detected.is_none() {
            // Letters, but too few to tell («Да.»): the document's language, if they fit it.
            weak.push(k);
        }
        if let Some((lang, conf)) = detected {
            s.lang = Some(lang);
            if conf < UNSURE {
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
    let lang = match (best, hint) {
        (Some(v), Some(hint)) if v.2 < UNSURE * v.1 as f32 => Some(hint),
        (Some(v), _) => Some(v.0),
        (None, hint) => hint,
    };
    if let Some(hint) = hint {
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
            if script_of_lang(doc_lang) == Some(script) && alphabet_allows(doc_lang, s.span.slice(text)) {
                s.lang = Some(doc_lang);
            }
        }
    }
    lang
}

/// How each sentence's names are read, given the document's language. Not by the Russian
/// taggers in a sentence in another Cyrillic language written with letters Russian lacks («ї»,
/// «қ») in a document that is not Russian: the taggers learned Russian and read Ukrainian or
/// Kazakh text badly. Sentences with Russian letters only may be Russian that detection missed
/// («Хайко Маас» reads as Mongolian), and a Russian document's sentences keep their names
/// («… Reuters (архів)»). English sentences by rule: the taggers learned Russian.
pub(crate) fn name_readings(
    doc: Option<Lang>,
    text: &str,
    tokens: &[Token<'_>],
    sentences: &[AnalyzedSentence],
) -> Vec<NameReading> {
    let other_cyrillic = |l: Lang| l != Lang::RU && script_of_lang(l) == Some(Script::Cyrillic);
    sentences
        .iter()
        .map(|s| {
            let read = doc == Some(Lang::RU)
                || !s.lang.is_some_and(other_cyrillic)
                || alphabet_allows(Lang::RU, s.span.slice(text));
            if !read {
                return NameReading::Skip;
            }
            let (lat, cyr) = tokens[s.tokens.clone()].iter().fold((0, 0), |(l, c), t| match t.script {
                Script::Latin => (l + t.span.len(), c),
                Script::Cyrillic => (l, c + t.span.len()),
                _ => (l, c),
            });
            if lat > cyr { NameReading::English } else { NameReading::Russian }
        })
        .collect()
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
fn script_of_lang(lang: Lang) -> Option<Script> {
    match lang {
        Lang::RU | Lang::UK | Lang::BE | Lang::BG | Lang::SR | Lang::MK | Lang::KK | Lang::MN => Some(Script::Cyrillic),
        Lang::EN => Some(Script::Latin),
        _ => None,
    }
}
