// Stage: tokens. May use: text.
//! A lower-cased view of a sentence's tokens, with the number readings the later stages share.

use std::borrow::Cow;

use super::{Token, TokenKind};
use crate::lexicon::lexicon;
use crate::text::{Span, lowercase};

/// Tokens with their lower-cased, ё-folded forms; indices past the end read as "".
#[derive(Clone, Copy)]
pub(crate) struct Words<'a, 't> {
    toks: &'a [Token<'t>],
    low: &'a [Cow<'t, str>],
}

/// The lower-cased forms of all tokens of a document, computed once.
pub(crate) fn lower_all<'t>(toks: &[Token<'t>]) -> Vec<Cow<'t, str>> {
    toks.iter().map(|t| lowercase(t.text)).collect()
}

impl<'a, 't> Words<'a, 't> {
    /// A view of `toks` with their lower-cased forms `low` (same length).
    pub(crate) fn new(toks: &'a [Token<'t>], low: &'a [Cow<'t, str>]) -> Words<'a, 't> {
        debug_assert_eq!(toks.len(), low.len());
        Words { toks, low }
    }

    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lower-cased form of token `i`, or "" past the end.
    pub(crate) fn low(&self, i: usize) -> &str {
        self.low.get(i).map_or("", |s| s)
    }

    /// The text of token `i`, or "" past the end.
    pub(crate) fn text(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| t.text)
    }

    /// The span from token `i` to the end of token `end - 1`.
    pub(crate) fn span(&self, i: usize, end: usize) -> Span {
        Span::new(self.toks[i].span.start, self.toks[end - 1].span.end)
    }

    /// Are tokens `i` and `i + 1` separated by nothing but one space (or nothing)?
    pub(crate) fn tight(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => b.span.start - a.span.end <= 1,
            _ => false,
        }
    }

    /// Is there white space between token `i` and the next one?
    pub(crate) fn spaced(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => b.span.start > a.span.end,
            _ => true,
        }
    }

    /// A whole number written in digits.
    pub(crate) fn number(&self, i: usize) -> Option<u64> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number || !t.text.bytes().all(|b| b.is_ascii_digit()) || t.text.len() > 12 {
            return None;
        }
        t.text.parse().ok()
    }

    /// A number with an optional decimal comma or point: «8,1», «3.5», «1 200» (no-break space).
    pub(crate) fn number_f64(&self, i: usize) -> Option<f64> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        parse_number(t.text)
    }

    /// A year written in four digits.
    pub(crate) fn year(&self, i: usize) -> Option<i32> {
        let t = self.toks.get(i)?;
        if t.text.len() == 4 && t.kind == TokenKind::Number {
            return t.text.parse().ok().filter(|y| (1000..=2200).contains(y));
        }
        None
    }
}

/// Parses «8,1», «3.5», «1 200», «1,200,000» (English thousands), «600 000».
pub(crate) fn parse_number(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let commas = cleaned.matches(',').count();
    let dots = cleaned.matches('.').count();
    let normal = if commas > 1 || (commas == 1 && dots == 0 && is_thousands(&cleaned, ',')) {
        cleaned.replace(',', "")
    } else if dots > 1 {
        cleaned.replace('.', "")
    } else {
        cleaned.replace(',', ".")
    };
    // Infinite values (absurdly long numbers) are kept: callers drop them after scaling.
    let v: f64 = normal.parse().ok()?;
    (!v.is_nan()).then_some(v)
}

/// «1,200» with exactly three digits after each comma and a short first group reads as
/// English thousands; «8,1» and «0,508» as decimals.
fn is_thousands(s: &str, sep: char) -> bool {
    let mut parts = s.split(sep);
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !first.is_empty() && first.len() <= 3 && first != "0" && rest.iter().all(|p| p.len() == 3) && s.is_ascii()
}

lexicon!(RU_MONTHS: numbers, "ru/months.tsv");
lexicon!(EN_MONTHS: numbers, "en/months.tsv");
lexicon!(WEEKDAYS: numbers, "ru/weekdays.tsv");

/// The number of a month named by a lower-cased word: Russian in any case form («марта»),
/// English in full or abbreviated, with or without its period («Sept.»).
pub(crate) fn month(s: &str) -> Option<u32> {
    RU_MONTHS.get(s).or_else(|| EN_MONTHS.get(s.trim_end_matches('.')))
}

/// The weekday named by a lower-cased word (0 = Monday), Russian or English.
pub(crate) fn weekday(s: &str) -> Option<u32> {
    WEEKDAYS.get(s)
}
