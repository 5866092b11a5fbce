// Stage: sentences. May use: text, lexicon, token.
//! Sentence splitter over tokens.
//!
//! A sentence ends at a run of final punctuation («.», «!», «?», «…») followed by something that
//! can start a sentence (a capital, a digit, an opening quote or bracket, a dash), at an
//! abbreviation that can close a sentence («г.», «млн.», «etc.») followed by a capital, and at a
//! paragraph break or a line break before a capital (headlines, list items, also after a comma
//! or semicolon). Closing quotes and brackets after the stop stay with the sentence. Initials
//! («А. С. Пушкин») never end one. No sentence is longer than [`MAX_TOKENS`]: a longer run is cut
//! as a list.

use std::iter::FusedIterator;
use std::ops::Range;

use serde::Serialize;

use crate::text::Span;
use crate::token::{Token, TokenKind};

/// A sentence: its byte span and the range of its tokens in the token slice it was split from.
///
/// ```
/// use pressa::{SentenceSplitter, Tokenizer};
/// let text = "Мэр Москвы С. С. Собянин открыл форум. Он продлится до 5 июня.";
/// let tokens: Vec<_> = Tokenizer::new().tokens(text).collect();
/// let sents: Vec<&str> =
///     SentenceSplitter::new().split(text, &tokens).map(|s| s.span.slice(text)).collect();
/// assert_eq!(sents, ["Мэр Москвы С. С. Собянин открыл форум.", "Он продлится до 5 июня."]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte span from the first token's start to the last token's end.
    #[serde(flatten)]
    pub span: Span,
    /// Indices of the sentence's tokens.
    #[serde(skip)]
    pub tokens: Range<usize>,
}

/// Splits a token sequence into [`Sentence`]s.
#[derive(Clone, Copy, Debug, Default)]
pub struct SentenceSplitter {
    _private: (),
}

impl SentenceSplitter {
    /// A splitter with the default rules.
    pub const fn new() -> SentenceSplitter {
        SentenceSplitter { _private: () }
    }

    /// An iterator over the sentences of `tokens`, which were cut from `text`.
    pub fn split<'a, 't>(&self, text: &'t str, tokens: &'a [Token<'t>]) -> Sentences<'a, 't> {
        Sentences { text, tokens, pos: 0 }
    }
}

/// Iterator over sentences, from [`SentenceSplitter::split`].
#[derive(Clone, Debug)]
pub struct Sentences<'a, 't> {
    text: &'t str,
    tokens: &'a [Token<'t>],
    pos: usize,
}

impl Iterator for Sentences<'_, '_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        let toks = self.tokens;
        let start = self.pos;
        if start >= toks.len() {
            return None;
        }
        let mut i = start;
        let end = loop {
            if i + 1 >= toks.len() {
                break toks.len();
            }
            if let Some(e) = boundary_after(self.text, toks, start, i) {
                break e;
            }
            if i + 1 - start >= MAX_TOKENS {
                break list_item_end(self.text, toks, start, i);
            }
            i += 1;
        };
        self.pos = end;
        Some(Sentence { span: Span::new(toks[start].span.start, toks[end - 1].span.end), tokens: start..end })
    }
}

impl FusedIterator for Sentences<'_, '_> {}

/// The most tokens a sentence has. The longest sentences of the gold corpora have about 300; a
/// run of thousands of tokens without a stop is a list or a table, which a person reads item by
/// item, and every stage after this one does work per sentence that grows with its length.
pub const MAX_TOKENS: usize = 1000;

/// Where a run of [`MAX_TOKENS`] tokens from `start` to `i` is cut: after its last line break,
/// else after its last «;» or «,», in its second half; else after token `i`.
fn list_item_end(text: &str, toks: &[Token<'_>], start: usize, i: usize) -> usize {
    let half = start + (i - start) / 2;
    let last = |good: &dyn Fn(usize) -> bool| (half..i).rev().find(|&k| good(k)).map(|k| k + 1);
    last(&|k| newlines_between(text, toks, k) > 0)
        .or_else(|| last(&|k| matches!(toks[k].text, ";" | ",")))
        .unwrap_or(i + 1)
}

fn is_closer(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::Punct => t.text.chars().all(|c| matches!(c, '»' | '”' | '"' | '\'' | ')' | ']' | '’' | '“')),
        // HTML-escaped quotes: &#39;&#39; &quot;
        TokenKind::Symbol => t.text.starts_with("&#39;") || t.text.starts_with("&quot;"),
        _ => false,
    }
}

fn is_quote(t: &Token<'_>) -> bool {
    crate::text::is_quote(t.text)
}

fn is_stop(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct && t.text.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn is_dash(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct && matches!(t.text, "—" | "–" | "-" | "--" | "―")
}

/// List bullets start a new sentence wherever they stand.
fn is_bullet(t: &Token<'_>) -> bool {
    matches!(t.text, "•" | "◦" | "▪" | "●" | "■" | "►" | "▸")
}

/// Can `t` start a sentence?
fn can_start(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::Word => t.is_capitalized() || t.text.chars().next().is_some_and(|c| !c.is_alphabetic()),
        TokenKind::Number | TokenKind::Url | TokenKind::Email | TokenKind::Hashtag | TokenKind::Mention => true,
        TokenKind::Emoji | TokenKind::Symbol => true,
        TokenKind::Punct => {
            let c = t.text.chars().next().unwrap_or(' ');
            matches!(c, '«' | '"' | '“' | '„' | '(' | '[' | '\'' | '‘' | '—' | '–' | '-' | '`' | '…')
        }
    }
}

/// Line breaks between token `i` and `i + 1`: 0, 1, or 2 for a paragraph break.
fn newlines_between(text: &str, toks: &[Token<'_>], i: usize) -> usize {
    let gap = &text[toks[i].span.end..toks[i + 1].span.start];
    let n = gap.bytes().filter(|&b| b == b'\n').count();
    n.min(2)
}

/// If the sentence that started at token `start` ends after token `i`, the index past its last
/// token (closers included).
fn boundary_after(text: &str, toks: &[Token<'_>], start: usize, i: usize) -> Option<usize> {
    let t = &toks[i];
    let nl = newlines_between(text, toks, i);
    if nl >= 2 {
        return Some(i + 1);
    }
    let next = &toks[i + 1];
    if is_bullet(next) && i >= start {
        return Some(i + 1);
    }
    if nl == 1 && !matches!(t.text, "," | ":" | ";" | "-" | "(") && (can_start(next) || is_stop(t)) {
        return Some(i + 1);
    }
    // A list, one item a line: «Антон Силуанов — министр финансов,⏎Максим Решетников — …».
    if nl == 1 && matches!(t.text, "," | ";") && next.kind == TokenKind::Word && next.is_capitalized() {
        return Some(i + 1);
    }
    // «… и т. п. Потом», «… и др. Потом», emoji at the end of a post.
    let closing_abbreviation = t.kind == TokenKind::Word
        && (matches!(t.text, "др." | "etc." | "пр.")
            || matches!(t.text, "п." | "д.") && i > start && toks[i - 1].text == "т.");
    if (closing_abbreviation || t.kind == TokenKind::Emoji) && next.is_capitalized() {
        return Some(i + 1);
    }
    if is_stop(t) {
        // Closing quotes and brackets stay with the sentence.
        let mut j = i + 1;
        while j < toks.len()
            && (is_closer(&toks[j]) && toks[j - 1].span.end == toks[j].span.start
                || is_quote(&toks[j]) && toks.get(j + 1).is_some_and(|p| matches!(p.text, "," | "." | ";" | ":" | ")")))
        {
            j += 1;
        }
        if j >= toks.len() {
            return Some(toks.len());
        }
        let n = &toks[j];
        if !can_start(n) {
            // A lower-case start after a plain stop still begins a sentence in informal text
            // («i can't wait. what about you»), unless the stop is an ellipsis or follows a short
            // word that may be an unlisted abbreviation («проч. и»).
            let lower_word = n.kind == TokenKind::Word && n.text.chars().next().is_some_and(char::is_lowercase);
            let ellipsis = t.text.contains("..") || t.text.contains('…');
            let short_before =
                i > start && toks[i - 1].kind == TokenKind::Word && toks[i - 1].text.chars().count() <= 3;
            if !lower_word || ellipsis || short_before || j != i + 1 {
                return None;
            }
        }
        // «— Как дела? — спросил он.»: a dash followed by a lower-case word continues.
        if is_dash(n) && toks.get(j + 1).is_some_and(|w| w.kind == TokenKind::Word && !w.is_capitalized()) {
            return None;
        }
        // A list number «1.» at the start of a sentence.
        if t.text == "." && i == start + 1 && toks[start].kind == TokenKind::Number && toks[start].text.len() <= 2 {
            return None;
        }
        return Some(j);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::Tokenizer;

    fn split(text: &str) -> Vec<&str> {
        let toks: Vec<_> = Tokenizer::new().tokens(text).collect();
        SentenceSplitter::new().split(text, &toks).map(|s| s.span.slice(text)).collect()
    }

    macro_rules! s {
        ($name:ident, $text:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let want: &[&str] = &$expected;
                assert_eq!(split($text), want, "\ninput: {:?}\nhelp: rules are in src/sentence.rs", $text);
            }
        };
    }

    s!(
        initials,
        "Поэт А. С. Пушкин родился в Москве. Это известно.",
        ["Поэт А. С. Пушкин родился в Москве.", "Это известно."]
    );
    s!(abbrev_inside, "Это т. е. пример. Ул. Ленина, д. 5.", ["Это т. е. пример.", "Ул. Ленина, д. 5."]);
    s!(year_end, "Это было в 2010 г. Потом всё изменилось.", ["Это было в 2010 г.", "Потом всё изменилось."]);
    s!(
        quote_after_stop,
        "«Мы готовы», — сказал он. «Да!» Он ушёл.",
        ["«Мы готовы», — сказал он.", "«Да!»", "Он ушёл."]
    );
    s!(dialogue_dash, "— Как дела? — спросил он. — Хорошо.", ["— Как дела? — спросил он.", "— Хорошо."]);
    s!(
        headline,
        "Москва и Китай\n\nПредставители обсудили связи.",
        ["Москва и Китай", "Представители обсудили связи."]
    );
    s!(mr, "Mr. Smith went to Washington. He left.", ["Mr. Smith went to Washington.", "He left."]);
    s!(lower_after_stop, "Он сказал... и ушёл. okay. so what", ["Он сказал... и ушёл.", "okay.", "so what"]);
    s!(
        etc,
        "Книги, журналы и т. п. Потом пришёл. Ура 😍 Мы тут",
        ["Книги, журналы и т. п.", "Потом пришёл.", "Ура 😍", "Мы тут"]
    );
    s!(bullets, "Судьи: • Грэм Полл (Англия) • Маркус Мерк", ["Судьи:", "• Грэм Полл (Англия)", "• Маркус Мерк"]);
    s!(brackets, "Он ушёл (навсегда.) Потом пришёл.", ["Он ушёл (навсегда.)", "Потом пришёл."]);

    #[test]
    fn joined_sentences_cover_tokens() {
        let text = "Раз. Два! Три? Четыре… пять";
        let toks: Vec<_> = Tokenizer::new().tokens(text).collect();
        let sents: Vec<_> = SentenceSplitter::new().split(text, &toks).collect();
        let covered: usize = sents.iter().map(|s| s.tokens.len()).sum();
        assert_eq!(covered, toks.len());
        assert!(sents.windows(2).all(|w| w[0].tokens.end == w[1].tokens.start));
    }
}
