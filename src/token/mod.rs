//! Tokenizer: zero-copy tokens with byte spans, a kind and a script.
//!
//! The conventions follow Universal Dependencies for Russian and English (the gold we measure
//! against): hyphenated words, decimal and grouped numbers («8,1», «600 000») and dates are one
//! token; abbreviations and initials keep their period («г.», «А.», «Mr.»); English clitics are
//! split off as UD splits them («Google|'s», «do|n't»); a run of final punctuation («?!», «...»)
//! and a run of one repeated mark («))))», «--») is one token.
//!
//! The scanner works on bytes: ASCII through a 128-entry class table, basic Cyrillic by its lead
//! bytes `0xD0`–`0xD3`, and only other characters are decoded.

use std::fmt;
use std::iter::FusedIterator;

use serde::Serialize;

use crate::lexicon::lexicon;
use crate::text::Span;

mod words;
pub(crate) use words::{Words, lower_all};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, apostrophes or an abbreviation period.
    Word,
    /// Digits with decimal, group, date or range separators: «8,1», «600 000», «21.06.2024».
    Number,
    /// Punctuation: stops, commas, quotes, brackets, dashes.
    Punct,
    /// Other symbols: «%», «$», «№», «+», HTML entities, emoticons.
    Symbol,
    /// A URL: `https://…`, `www.…`.
    Url,
    /// An e-mail address.
    Email,
    /// `#hashtag`.
    Hashtag,
    /// `@mention`.
    Mention,
    /// One or more emoji, with their modifiers and joiners.
    Emoji,
}

/// The writing system of a token's letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Script {
    /// Only Cyrillic letters.
    Cyrillic,
    /// Only Latin letters.
    Latin,
    /// Letters of more than one script («CDплееры»).
    Mixed,
    /// Other letters (Han, Greek, Arabic …), or no letters at all.
    Other,
}

/// One token: a slice of the text with its byte span, kind and script.
///
/// ```
/// use pressa::{Tokenizer, TokenKind};
/// let text = "Рост ВВП составил 8,1%.";
/// let toks: Vec<_> = Tokenizer::new().tokens(text).collect();
/// assert_eq!(toks[3].text, "8,1");
/// assert_eq!(toks[3].kind, TokenKind::Number);
/// assert_eq!(toks[3].span.slice(text), "8,1");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Token<'t> {
    /// The token's text, `&document[span]`.
    pub text: &'t str,
    /// Byte span in the document.
    #[serde(flatten)]
    pub span: Span,
    /// Kind of token.
    pub kind: TokenKind,
    /// Script of its letters.
    pub script: Script,
}

impl fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}@{}..{}:{:?}", self.text, self.span.start, self.span.end, self.kind)
    }
}

impl Token<'_> {
    /// True for words (including hashtags and mentions are not words).
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True for a word written in `script`.
    #[inline]
    pub(crate) fn is_word_in(&self, script: Script) -> bool {
        self.kind == TokenKind::Word && self.script == script
    }

    /// True when the first character is an uppercase letter.
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(crate::text::is_upper)
    }
}

/// Splits text into [`Token`]s. Cheap to create, holds no state.
///
/// ```
/// use pressa::Tokenizer;
/// let words: Vec<&str> = Tokenizer::new()
///     .tokens("Как сказал А. С. Пушкин, т.е. поэт…")
///     .map(|t| t.text)
///     .collect();
/// assert_eq!(words, ["Как", "сказал", "А.", "С.", "Пушкин", ",", "т.", "е.", "поэт", "…"]);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Tokenizer {
    _private: (),
}

impl Tokenizer {
    /// A tokenizer with the default (UD) conventions.
    pub const fn new() -> Tokenizer {
        Tokenizer { _private: () }
    }

    /// An iterator over the tokens of `text`.
    pub fn tokens<'t>(&self, text: &'t str) -> Tokens<'t> {
        Tokens { text, pos: 0, cyrillic: 0, latin: 0 }
    }
}

/// Iterator over the tokens of a text, from [`Tokenizer::tokens`].
#[derive(Clone, Debug)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
    /// Cyrillic and Latin words so far: Latin words in a mostly Cyrillic text follow the Russian
    /// conventions («al-Haj», «Christie’s» stay whole, as the Russian gold corpora have them).
    cyrillic: u32,
    latin: u32,
}

impl<'t> Tokens<'t> {
    /// The part of the text not yet consumed.
    pub fn as_str(&self) -> &'t str {
        &self.text[self.pos..]
    }
}

// ---- byte classes -------------------------------------------------------------------------

const LOW: u8 = 1; // ASCII lowercase letter
const UPP: u8 = 2; // ASCII uppercase letter
const DIG: u8 = 4; // ASCII digit
const SPC: u8 = 8; // ASCII whitespace
const JOIN: u8 = 16; // may continue a word: - ' . @ & _ /
const LET: u8 = LOW | UPP;
const ALNUM: u8 = LET | DIG;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = if c.is_ascii_lowercase() {
            LOW
        } else if c.is_ascii_uppercase() {
            UPP
        } else if c.is_ascii_digit() {
            DIG
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
            SPC
        } else if matches!(c, b'-' | b'\'' | b'.' | b'@' | b'&' | b'_' | b'/') {
            JOIN
        } else {
            0
        };
        i += 1;
    }
    t
};

#[inline(always)]
fn class(b: u8) -> u8 {
    if b < 0x80 { CLASS[b as usize] } else { 0 }
}

const SCR_LAT: u8 = 1;
const SCR_CYR: u8 = 2;
const SCR_OTH: u8 = 4;

fn script_of(bits: u8) -> Script {
    match bits {
        SCR_CYR => Script::Cyrillic,
        SCR_LAT => Script::Latin,
        0 | SCR_OTH => Script::Other,
        b if b & (SCR_LAT | SCR_CYR) == (SCR_LAT | SCR_CYR) => Script::Mixed,
        b if b & SCR_CYR != 0 => Script::Cyrillic,
        _ => Script::Latin,
    }
}

/// Decodes the char at byte `i` (a char boundary) of `s`.
#[inline]
fn char_at(s: &str, i: usize) -> char {
    // SAFETY-free: slicing at a boundary and taking the first char.
    s[i..].chars().next().unwrap_or('\0')
}

/// Whitespace for the tokenizer: Unicode White_Space plus zero-width spaces and the BOM.
#[inline]
pub(crate) fn is_space_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Combining marks and joiners that belong to the preceding letter.
#[inline]
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200C}' | '\u{00AD}')
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

fn char_script(c: char) -> u8 {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => SCR_LAT,
        '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}' => {
            SCR_CYR
        }
        _ if c.is_alphabetic() => SCR_OTH,
        _ => 0,
    }
}

fn is_emoji(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{2B00}'..='\u{2BFF}'
        | '\u{2300}'..='\u{23FF}' | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}')
}

#[inline]
fn is_emoji_part(c: char) -> bool {
    is_emoji(c) || matches!(c, '\u{FE0F}' | '\u{FE0E}' | '\u{200D}' | '\u{20E3}' | '\u{E0020}'..='\u{E007F}')
}

fn is_punct_char(c: char) -> bool {
    matches!(c,
        '!' | '"' | '\'' | '(' | ')' | ',' | '-' | '.' | '/' | ':' | ';' | '?' | '[' | '\\' | ']'
        | '_' | '{' | '}' | '`' | '«' | '»' | '¡' | '¿' | '·' | '‹' | '›'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3000}'..='\u{303F}'
        | '\u{FF01}'..='\u{FF0F}' | '\u{FE10}'..='\u{FE6F}')
}

/// Sentence-final marks that group into one token: `.`, `!`, `?`, `…`.
#[inline]
fn is_stop_byte_at(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'.' | b'!' | b'?' => 1,
        0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6) => 3,
        _ => 0,
    }
}

// ---- abbreviations ------------------------------------------------------------------------

// Lower-cased abbreviations that keep their period (the single letters are handled apart),
// checked at every word before a period.
lexicon!(ABBREVIATIONS, "ru/abbreviations.txt");

/// The longest abbreviation in bytes; longer words are rejected at once.
const MAX_ABBREVIATION: usize = 12;

/// Touch the lazily built tables (for benchmarks and `Analyzer::new`).
pub(crate) fn warm_up() {
    let _ = ABBREVIATIONS.contains("г");
}

/// Can the abbreviation `word` (without its period), at byte `start`, close a sentence?
/// Units and «г.» do after a number («в 2010 г.», «400 м.»), «э» after «н.», «др.» and «etc.»
/// always; initials and «т.», «им.», «Mr.» never.
pub(crate) fn closes_sentence(text: &str, start: usize, word: &str) -> bool {
    match word {
        "др" | "etc" | "Inc" | "inc" | "Ltd" | "ltd" | "Co" | "Corp" | "Jr" | "Sr" | "Bros" => true,
        "э" => text[..start].trim_end().ends_with("н."),
        "г" | "гг" | "в" | "вв" | "тыс" | "млн" | "млрд" | "трлн" | "руб" | "коп" | "долл" | "ч" | "л" | "с" | "к"
        | "ст" | "см" | "мин" | "м" | "км" | "кг" | "т" | "сек" => {
            // The word before: a number («2010 г.», «1980-х гг.») or a Roman numeral («XX в.»),
            // or a multiplier after a number («1,2 трлн руб.», «5 тыс. км.»).
            let number = |w: &str| {
                w.trim_start_matches(['$', '€', '£', '¥', '₽']).starts_with(|c: char| c.is_ascii_digit())
                    || !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
            };
            let mut before = text[..start].trim_end().rsplit(char::is_whitespace);
            match before.next() {
                Some(w) if matches!(w.trim_end_matches('.'), "тыс" | "млн" | "млрд" | "трлн") => {
                    before.find(|w| !w.is_empty()).is_some_and(number)
                }
                Some(w) => number(w),
                None => false,
            }
        }
        _ => false,
    }
}

/// Well-known top-level domains, in any case: «Gzt.Ru», «зона .РФ», «.eu».
fn is_tld(s: &str) -> bool {
    const TLDS: &[&str] =
        &["ru", "рф", "su", "ua", "by", "kz", "com", "net", "org", "info", "eu", "uk", "de", "рус", "ру"];
    s.len() <= 8 && TLDS.iter().any(|t| t.len() == s.len() && s.to_lowercase() == *t)
}

/// Top-level domain labels written after a dot («Лента.ру», «кремль.рф»).
fn is_domain_label(s: &str) -> bool {
    matches!(s, "ру" | "рф" | "ру/" | "укр" | "бел" | "ком" | "орг" | "su" | "ru" | "com" | "org" | "net")
        || s.is_ascii()
}

// Prefix-like first parts of English compounds that UD keeps whole («e-mail», «co-founder»).
lexicon!(EN_COMPOUND_PREFIXES, "en/compound_prefixes.txt");
// Uninflected first parts of Russian compounds ending in a vowel («шоу-бизнес», «мини-отель»).
lexicon!(RU_COMPOUND_PREFIXES, "ru/compound_prefixes.txt");
// Pronoun and adverb stems that take «-то», «-либо», «-нибудь» as part of the word.
lexicon!(PRONOUN_STEMS, "ru/pronoun_stems.txt");
/// Does a hyphen between `left` and `right` (then `after`, if another hyphen follows) stay inside
/// the word? UD keeps prefixes, particles of pronouns, compound adjectives and names whole, and
/// splits appositions of two inflected nouns («город-государство»), English compounds
/// («search-engine», but «e-mail») and particles after other words («Рыбы-то», «Ступай-ка»).
fn keep_hyphen(left: &str, right: &str, after: Option<&str>, russian: bool) -> bool {
    let digit = |s: &str| s.bytes().any(|b| b.is_ascii_digit());
    if digit(left) || digit(right) || left.is_empty() {
        return true;
    }
    let cap = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    let acronym = |s: &str| s.chars().count() >= 2 && s.chars().all(|c| !c.is_lowercase());
    if acronym(left) && !acronym(right) {
        return true;
    }
    let l = left.to_lowercase();
    let r = right.to_lowercase();
    if left.is_ascii() && right.is_ascii() {
        return russian || (cap(left) && cap(right)) || EN_COMPOUND_PREFIXES.contains(&l);
    }
    if r == "таки" {
        return true;
    }
    if matches!(r.as_str(), "то" | "либо" | "нибудь") {
        return PRONOUN_STEMS.has_prefix_of(&l) || matches!(l.as_str(), "всё" | "все" | "кое");
    }
    if matches!(r.as_str(), "ка" | "де" | "же" | "с" | "тка") {
        return false;
    }
    // Names with a particle inside: Ростов-на-Дону, Комсомольск-на-Амуре.
    if after.is_some() && matches!(r.as_str(), "на" | "де" | "ла" | "ле" | "сюр" | "дель" | "ан") {
        return true;
    }
    if cap(left) && cap(right)
        || cap(right)
            && matches!(
                l.as_str(),
                "на" | "де"
                    | "ла"
                    | "ле"
                    | "сюр"
                    | "дель"
                    | "ан"
                    | "уль"
                    | "ул"
                    | "ад"
                    | "ас"
                    | "ар"
                    | "ур"
            )
    {
        return true;
    }
    if RU_COMPOUND_PREFIXES.contains(&l) {
        return true;
    }
    let last = l.chars().next_back().unwrap_or('о');
    let inflected = matches!(last, 'а' | 'я' | 'ы' | 'и' | 'у' | 'ю' | 'ь' | 'й' | 'ё')
        || ["ов", "ев", "ом", "ем", "ах", "ях"].iter().any(|e| l.ends_with(e)) && l.chars().count() > 4;
    !(inflected && r.chars().count() >= 3)
}

/// Does a new sentence visibly start at byte `i`: end of text, or spaces then a capital?
fn sentence_starts_after(text: &str, i: usize) -> bool {
    let rest = text[i..].trim_start();
    match rest.chars().next() {
        None => true,
        Some(c) => i < text.len() && rest.len() < text.len() - i && c.is_uppercase(),
    }
}

fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    if chars.next().is_none() {
        // A single letter: an initial (uppercase) or a Russian one-letter abbreviation
        // («г.», «т.», «е.», «в.»), but not the pronoun «я».
        return first.is_uppercase() || (char_script(first) == SCR_CYR && first.is_lowercase() && first != 'я');
    }
    if word.len() > MAX_ABBREVIATION {
        return false;
    }
    let mut buf = [0u8; MAX_ABBREVIATION];
    lower_small(word, &mut buf).is_some_and(|lower| ABBREVIATIONS.contains(lower))
}

/// Lower-cases a short ASCII or basic-Cyrillic word into `buf` without allocating; `None` when
/// the word has other characters.
fn lower_small<'b>(word: &str, buf: &'b mut [u8; MAX_ABBREVIATION]) -> Option<&'b str> {
    let w = word.as_bytes();
    let mut k = 0;
    while k < w.len() {
        let c = w[k];
        if c < 0x80 {
            buf[k] = c.to_ascii_lowercase();
            k += 1;
        } else if c == 0xD0 && k + 1 < w.len() {
            let d = w[k + 1];
            let (x, y) = match d {
                0x90..=0x9F => (0xD0, d + 0x20), // А–П → а–п
                0xA0..=0xAF => (0xD1, d - 0x20), // Р–Я → р–я
                0x81 => (0xD1, 0x91),            // Ё → ё
                _ => (0xD0, d),
            };
            buf[k] = x;
            buf[k + 1] = y;
            k += 2;
        } else if c == 0xD1 && k + 1 < w.len() {
            buf[k] = c;
            buf[k + 1] = w[k + 1];
            k += 2;
        } else {
            return None;
        }
    }
    std::str::from_utf8(&buf[..w.len()]).ok()
}

// ---- the scanner --------------------------------------------------------------------------

impl<'t> Iterator for Tokens<'t> {
    type Item = Token<'t>;

    #[inline]
    fn next(&mut self) -> Option<Token<'t>> {
        let text = self.text;
        let b = text.as_bytes();
        let n = b.len();
        let mut i = self.pos;
        // Skip whitespace.
        loop {
            if i >= n {
                self.pos = n;
                return None;
            }
            let c = b[i];
            if c < 0x80 {
                if CLASS[c as usize] & SPC != 0 {
                    i += 1;
                    continue;
                }
                break;
            }
            if c == 0xD0 || c == 0xD1 {
                break;
            }
            let ch = char_at(text, i);
            if is_space_char(ch) {
                i += ch.len_utf8();
                continue;
            }
            break;
        }
        let start = i;
        if let Some((end, script)) = fast_word(b, start) {
            self.pos = end;
            self.count(script);
            return Some(Token { text: &text[start..end], span: Span::new(start, end), kind: TokenKind::Word, script });
        }
        let (end, kind, scr) = scan(text, start, self.cyrillic > self.latin);
        debug_assert!(end > start && text.is_char_boundary(end));
        self.pos = end;
        let script = script_of(scr);
        if kind == TokenKind::Word {
            self.count(script);
        }
        Some(Token { text: &text[start..end], span: Span::new(start, end), kind, script })
    }
}

impl Tokens<'_> {
    #[inline]
    fn count(&mut self, script: Script) {
        match script {
            Script::Cyrillic => self.cyrillic += 1,
            Script::Latin => self.latin += 1,
            _ => {}
        }
    }
}

impl FusedIterator for Tokens<'_> {}

/// Fast path: a plain ASCII or basic-Cyrillic word ended by a space or ordinary punctuation.
/// Anything else (joiners, marks, other scripts, URLs, abbreviations) is left to [`scan`], which
/// gives the same result for these words (checked by a property test).
#[inline(always)]
fn fast_word(b: &[u8], start: usize) -> Option<(usize, Script)> {
    let n = b.len();
    let c = b[start];
    if c < 0x80 {
        if CLASS[c as usize] & LET == 0 || url_prefix(&b[start..]) {
            return None;
        }
        let j =
            start + 1 + b[start + 1..].iter().position(|&x| CLASS[x as usize] & ALNUM == 0).unwrap_or(n - start - 1);
        let ends = j == n || (b[j] < 0x80 && CLASS[b[j] as usize] & JOIN == 0) || ends_word(b, j);
        (ends && english_split(&b[start..j]).is_none()).then_some((j, Script::Latin))
    } else if c == 0xD0 || c == 0xD1 {
        let mut j = start + 2;
        while j < n && b[j] & 0xFE == 0xD0 {
            j += 2;
        }
        let ends = j == n || (b[j] < 0x80 && CLASS[b[j] as usize] & (JOIN | ALNUM) == 0) || ends_word(b, j);
        (ends && (j - start < 12 || glued_words(&b[start..j]).is_none())).then_some((j, Script::Cyrillic))
    } else {
        None
    }
}

/// Scans one token starting at `start` (not whitespace). Returns end, kind, script bits.
#[inline]
/// `russian`: the text so far is mostly Cyrillic (Latin words then keep hyphens and clitics).
fn scan(text: &str, start: usize, russian: bool) -> (usize, TokenKind, u8) {
    let b = text.as_bytes();
    let c = b[start];
    if c < 0x80 {
        let cl = CLASS[c as usize];
        if cl & LET != 0 {
            if url_prefix(&b[start..])
                && let Some(end) = scan_url(text, start)
            {
                return (end, TokenKind::Url, 0);
            }
            return scan_word_ctx(text, start, russian);
        }
        if cl & DIG != 0 {
            return scan_number(text, start);
        }
        return scan_ascii_punct(text, start);
    }
    if c == 0xD0 || c == 0xD1 {
        return scan_word_ctx(text, start, russian);
    }
    let ch = char_at(text, start);
    if is_word_char(ch) && !is_mark(ch) {
        if ch.is_numeric() && !ch.is_alphabetic() && ch.is_ascii() {
            return scan_number(text, start);
        }
        return scan_word_ctx(text, start, russian);
    }
    if is_emoji(ch) {
        let mut i = start;
        while i < b.len() {
            let c2 = char_at(text, i);
            if !is_emoji_part(c2) {
                break;
            }
            i += c2.len_utf8();
        }
        return (i, TokenKind::Emoji, 0);
    }
    if ch == '…' {
        return (stop_run(b, start), TokenKind::Punct, 0);
    }
    if (ch == '’' || ch == 'ʼ')
        && let Some(end) = clitic_at(text, start)
    {
        return (end, TokenKind::Word, SCR_LAT);
    }
    // A run of one repeated mark.
    let len = ch.len_utf8();
    let mut i = start + len;
    while b[i..].starts_with(&b[start..start + len]) {
        i += len;
    }
    let kind = if is_punct_char(ch) { TokenKind::Punct } else { TokenKind::Symbol };
    (i, kind, 0)
}

/// English words that UD writes as two: can|not, gon|na, got|ta, wan|na. The length of the
/// first part.
#[inline]
fn english_split(w: &[u8]) -> Option<usize> {
    if !matches!(w.len(), 5 | 6) || !matches!(w[0] | 0x20, b'c' | b'g' | b'w') {
        return None;
    }
    ["cannot", "gonna", "gotta", "wanna"].iter().any(|f| w.eq_ignore_ascii_case(f.as_bytes())).then_some(3)
}

/// Does the non-ASCII character at `j` surely end a word? Latin-1 punctuation («, », NBSP …)
/// and general punctuation (dashes, quotes, «…»), but not hyphens, apostrophes, joiners or
/// letter-like signs.
#[inline]
fn ends_word(b: &[u8], j: usize) -> bool {
    match (b[j], b.get(j + 1).copied().unwrap_or(0)) {
        (0xC2, x) => !matches!(x, 0xAA | 0xAD | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE),
        (0xE2, 0x80) => !matches!(b.get(j + 2), Some(0x8B..=0x8D | 0x90 | 0x91 | 0x99)),
        _ => false,
    }
}

/// A cheap test for the start of `http://`, `https://`, `ftp://` or `www.`.
#[inline]
fn url_prefix(b: &[u8]) -> bool {
    b.len() > 4
        && match b[0] | 0x20 {
            b'h' => b[1..4].eq_ignore_ascii_case(b"ttp"),
            b'w' => b[1..4].eq_ignore_ascii_case(b"ww."),
            b'f' => b[1..4].eq_ignore_ascii_case(b"tp:"),
            _ => false,
        }
}

fn stop_run(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        let l = is_stop_byte_at(b, i);
        if l == 0 {
            break;
        }
        i += l;
    }
    i
}

fn scan_ascii_punct(text: &str, start: usize) -> (usize, TokenKind, u8) {
    let b = text.as_bytes();
    let n = b.len();
    let c = b[start];
    let next = b.get(start + 1).copied().unwrap_or(0);
    match c {
        // A top-level domain on its own: «в зоне .РФ», «на .eu домене».
        b'.' if is_word_start(text, start + 1)
            && !text[..start].chars().next_back().is_some_and(char::is_alphanumeric)
            && is_tld(&text[start + 1..scan_plain_word(text, start + 1).0]) =>
        {
            return (scan_plain_word(text, start + 1).0, TokenKind::Word, SCR_LAT);
        }
        b'.' | b'!' | b'?' => return (stop_run(b, start), TokenKind::Punct, 0),
        b'#' | b'@' if is_word_start(text, start + 1) => {
            let mut i = start + 1;
            loop {
                let (e, _, _) = scan_plain_word(text, i);
                i = e;
                // Hashtags and mentions join with `_`, mentions also with `-` and `.`.
                if i + 1 < n
                    && (b[i] == b'_' || (c == b'@' && matches!(b[i], b'-' | b'.')))
                    && is_word_start(text, i + 1)
                {
                    i += 1;
                    continue;
                }
                break;
            }
            let kind = if c == b'#' { TokenKind::Hashtag } else { TokenKind::Mention };
            return (i, kind, 0);
        }
        b'&' => {
            if let Some(len) = html_entity_len(&b[start..]) {
                let ent = &b[start..start + len];
                let mut i = start + len;
                while b[i..].starts_with(ent) {
                    i += len;
                }
                return (i, TokenKind::Symbol, 0);
            }
        }
        b':' | b';' => {
            // Emoticons: :) :( :-) :D ;)
            let mut j = start + 1;
            if next == b'-' {
                j += 1;
            }
            if let Some(&e) = b.get(j)
                && (matches!(e, b')' | b'(') || (matches!(e, b'D' | b'P') && !is_word_start(text, j + 1)))
            {
                // :) :))) :-(
                let mut k = j + 1;
                while matches!(e, b')' | b'(') && b.get(k) == Some(&e) {
                    k += 1;
                }
                return (k, TokenKind::Symbol, 0);
            }
        }
        b'\'' => {
            if let Some(end) = clitic_at(text, start) {
                return (end, TokenKind::Word, SCR_LAT);
            }
            if class(next) & DIG != 0 {
                // '68
                let (e, _, _) = scan_number(text, start + 1);
                return (e, TokenKind::Number, 0);
            }
        }
        _ => {}
    }
    let mut i = start + 1;
    while i < n && b[i] == c {
        i += 1;
    }
    let kind = if matches!(c, b'$' | b'%' | b'+' | b'<' | b'=' | b'>' | b'^' | b'|' | b'~' | b'&' | b'*') {
        TokenKind::Symbol
    } else {
        TokenKind::Punct
    };
    (i, kind, 0)
}

fn html_entity_len(b: &[u8]) -> Option<usize> {
    // &#39; &#x27; &quot;
    let mut i = 1;
    if b.get(1) == Some(&b'#') {
        i = 2;
        if matches!(b.get(2), Some(b'x' | b'X')) {
            i = 3;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            i += 1;
        }
        if i == s || i - s > 6 {
            return None;
        }
    } else {
        let s = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i == s || i - s > 8 {
            return None;
        }
    }
    (b.get(i) == Some(&b';')).then_some(i + 1)
}

/// An English clitic at `start` (an apostrophe directly after a letter): `'s`, `'ll`, `’re`…
fn clitic_at(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    if start == 0 {
        return None;
    }
    let prev = text[..start].chars().next_back()?;
    if !prev.is_ascii_alphabetic() {
        return None;
    }
    let alen = if b[start] == b'\'' { 1 } else { char_at(text, start).len_utf8() };
    let s = start + alen;
    let mut e = s;
    while e < b.len() && b[e].is_ascii_alphabetic() {
        e += 1;
    }
    if e < b.len() && is_word_start(text, e) {
        return None;
    }
    let suf = &text[s..e];
    CLITICS.iter().any(|c| c.eq_ignore_ascii_case(suf)).then_some(e)
}

const CLITICS: [&str; 6] = ["s", "m", "d", "ll", "re", "ve"];

/// True when a letter or digit starts at byte `i`.
#[inline]
fn is_word_start(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match b.get(i) {
        None => false,
        Some(&c) if c < 0x80 => CLASS[c as usize] & ALNUM != 0,
        Some(&c) if (0xD0..=0xD3).contains(&c) => true,
        Some(_) => {
            let ch = char_at(text, i);
            ch.is_alphanumeric()
        }
    }
}

#[inline]
fn is_letter_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match b.get(i) {
        None => false,
        Some(&c) if c < 0x80 => CLASS[c as usize] & LET != 0,
        Some(&c) if (0xD0..=0xD3).contains(&c) => true,
        Some(_) => char_at(text, i).is_alphabetic(),
    }
}

#[inline]
fn is_upper_word_start(text: &str, i: usize) -> bool {
    i < text.len() && char_at(text, i).is_uppercase()
}

#[inline]
fn is_lower_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match b.get(i) {
        None => false,
        Some(&c) if c < 0x80 => CLASS[c as usize] & LOW != 0,
        Some(_) => char_at(text, i).is_lowercase(),
    }
}

/// Letters, digits and marks only, from `i`. Returns end, kind-neutral, script bits.
#[inline(always)]
fn scan_plain_word(text: &str, mut i: usize) -> (usize, TokenKind, u8) {
    let b = text.as_bytes();
    let n = b.len();
    let mut scr = 0u8;
    while i < n {
        let c = b[i];
        if c < 0x80 {
            let cl = CLASS[c as usize];
            if cl & ALNUM == 0 {
                break;
            }
            scr |= (cl & LET != 0) as u8; // SCR_LAT == 1
            i += 1;
        } else if (0xD0..=0xD3).contains(&c) {
            scr |= SCR_CYR;
            i += 2;
        } else {
            let ch = char_at(text, i);
            if !is_word_char(ch) {
                break;
            }
            scr |= char_script(ch);
            i += ch.len_utf8();
        }
    }
    (i, TokenKind::Word, scr)
}

/// Two Cyrillic words glued together by lost markup («закончилосьСмерть»): the offset of a
/// capital that follows at least four lower-case letters, with two letters after.
fn glued_words(w: &[u8]) -> Option<usize> {
    // Only a lower-case start: «ВымпелКом», «МегаФон» are names. Then a branch-free look for
    // any capital after the fourth letter: most words have none.
    if !w.len().is_multiple_of(2)
        || !(w[0] == 0xD1 || (w[0] == 0xD0 && w[1] >= 0xB0))
        || !w[8..].chunks_exact(2).fold(false, |acc, c| acc | ((c[0] == 0xD0) & (c[1] < 0xB0)))
    {
        return None;
    }
    let mut lower_run = 0;
    let mut k = 2;
    while k < w.len() {
        let (a, b) = (w[k], w[k + 1]);
        if a == 0xD0 && b < 0xB0 {
            if lower_run >= 3 && k >= 8 && w.len() - k >= 4 {
                return Some(k);
            }
            lower_run = 0;
        } else if a == 0xD0 || a == 0xD1 {
            lower_run += 1;
        } else {
            return None;
        }
        k += 2;
    }
    None
}

/// Hyphens that join word parts: ASCII `-`, U+2010 and U+2011.
#[inline]
fn hyphen_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'-') => 1,
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x90 | 0x91)) => 3,
        _ => 0,
    }
}

/// Apostrophes inside words: `'`, `’`, `ʼ`.
#[inline]
fn apostrophe_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'\'') => 1,
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x99) => 3,
        Some(0xCA) if b.get(i + 1) == Some(&0xBC) => 2,
        _ => 0,
    }
}

fn scan_word_ctx(text: &str, start: usize, russian: bool) -> (usize, TokenKind, u8) {
    scan_word_with(text, start, true, russian)
}

fn scan_word_with(text: &str, start: usize, attach_period: bool, russian: bool) -> (usize, TokenKind, u8) {
    let b = text.as_bytes();
    let n = b.len();
    let (mut i, _, mut scr) = scan_plain_word(text, start);
    if scr == SCR_CYR
        && i - start >= 12
        && let Some(cut) = glued_words(&b[start..i])
    {
        return (start + cut, TokenKind::Word, scr);
    }
    let mut apostrophe: Option<usize> = None;
    let mut seg_start = start;
    loop {
        if i >= n {
            break;
        }
        let c = b[i];
        let h = hyphen_len(b, i);
        if h > 0 {
            if is_word_start(text, i + h) {
                let (e, _, s) = scan_plain_word(text, i + h);
                let next = (b.get(e) == Some(&b'-')).then(|| scan_plain_word(text, e + 1).0).filter(|&f| f > e + 1);
                let after = next.map(|f| &text[e + 1..f]);
                if !keep_hyphen(&text[seg_start..i], &text[i + h..e], after, russian) {
                    break;
                }
                scr |= s;
                seg_start = i + h;
                i = e;
                continue;
            }
            break;
        }
        let a = apostrophe_len(b, i);
        if a > 0 {
            if is_letter_at(text, i + a) {
                apostrophe = Some(i);
                let (e, _, s) = scan_plain_word(text, i + a);
                scr |= s;
                i = e;
                continue;
            }
            break;
        }
        match c {
            b'.' => {
                if !is_letter_at(text, i + 1) {
                    break;
                }
                let one_letter = text[seg_start..i].chars().nth(1).is_none();
                let (e, _, s) = scan_plain_word(text, i + 1);
                let next_one = text[i + 1..e].chars().nth(1).is_none();
                if e < n && b[e] == b'@' {
                    return scan_email(text, start, e, scr | s);
                }
                if one_letter && next_one && b.get(e) == Some(&b'.') {
                    if scr != SCR_LAT || s != SCR_LAT {
                        // Russian dotted abbreviations split at each period (UD): т.|е.|
                        return (i + 1, TokenKind::Word, scr);
                    }
                    // Latin dotted acronym: U.S. P.S. i.e. — keep the final period too.
                    scr |= s;
                    i = e + 1;
                    while is_letter_at(text, i) {
                        let (e2, _, s2) = scan_plain_word(text, i);
                        if text[i..e2].chars().nth(1).is_some() || b.get(e2) != Some(&b'.') {
                            break;
                        }
                        scr |= s2;
                        i = e2 + 1;
                    }
                    return (i, TokenKind::Word, scr);
                }
                // An initial glued to the surname: «В.Жириновский», «А.С.Пушкин».
                if one_letter && i == start + text[start..i].len() && is_upper_word_start(text, i + 1) && !next_one {
                    return (i + 1, TokenKind::Word, scr);
                }
                let left_latin = scr & SCR_CYR == 0;
                if is_lower_at(text, i + 1) && !left_latin && !is_domain_label(&text[i + 1..e]) {
                    // A Russian abbreviation glued to the next word: «соц.сетях», «ст.л.»
                    return (i + 1, TokenKind::Word, scr);
                }
                if (is_lower_at(text, i + 1) || is_tld(&text[i + 1..e])) && i - start >= 2 && !one_letter {
                    // Domain-like: Space.com, Лента.ру, alt.animals.cat, Gzt.Ru
                    scr |= s;
                    seg_start = i + 1;
                    i = e;
                    continue;
                }
                break;
            }
            b'@' => {
                return scan_email(text, start, i, scr);
            }
            b'&' | b'_' | b'/' => {
                // a&m, AT&T, snake_case, b/c, км/ч: only between short parts.
                if !is_letter_at(text, i + 1) {
                    break;
                }
                let (e, _, s) = scan_plain_word(text, i + 1);
                let short = |t: &str| t.chars().count() <= 3;
                if c == b'_' || (short(&text[seg_start..i]) && short(&text[i + 1..e])) {
                    scr |= s;
                    seg_start = i + 1;
                    i = e;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    // Abbreviation period, unless the abbreviation closes the sentence («в 2010 г|.| Потом»).
    if attach_period && i < n && b[i] == b'.' && b.get(i + 1) != Some(&b'.') && !is_word_start(text, i + 1) {
        let word = &text[start..i];
        // A capital after a number is a unit, not an initial: «962°C.», «до 10 G.»
        // A Latin capital before a Cyrillic sentence is no initial either: «классу S. В …».
        let unit = word.len() == 1
            && (text[..start].trim_end().ends_with(|c: char| c.is_ascii_digit() || c == '°')
                || word.as_bytes()[0].is_ascii_uppercase()
                    && text[i + 1..].trim_start().starts_with(|c: char| char_script(c) == SCR_CYR && c.is_uppercase()));
        let closes = unit || closes_sentence(text, start, word);
        if is_abbreviation(word) && !(closes && sentence_starts_after(text, i + 1)) {
            return (i + 1, TokenKind::Word, scr);
        }
    }
    // A dangling hyphen before a conjunction: «кино- и фотосъёмка».
    if i + 2 < n && b[i] == b'-' && b[i + 1] == b' ' {
        let rest = &text[i + 2..];
        for conj in ["и ", "или ", "and ", "or "] {
            if rest.starts_with(conj) {
                return (i + 1, TokenKind::Word, scr);
            }
        }
    }
    if scr == SCR_LAT && !russian {
        // English clitics as UD splits them: Google|'s, do|n't, can|not, gon|na.
        if let Some(a) = apostrophe {
            let alen = apostrophe_len(b, a);
            let suf = &text[a + alen..i];
            if CLITICS.iter().any(|c| c.eq_ignore_ascii_case(suf)) && a > start {
                return (a, TokenKind::Word, scr);
            }
            if suf.eq_ignore_ascii_case("t") && a >= start + 2 && matches!(b[a - 1], b'n' | b'N') {
                return (a - 1, TokenKind::Word, scr);
            }
        }
        if apostrophe.is_none()
            && let Some(cut) = english_split(&b[start..i])
        {
            return (start + cut, TokenKind::Word, scr);
        }
    }
    (i, TokenKind::Word, scr)
}

fn scan_email(text: &str, _start: usize, at: usize, scr: u8) -> (usize, TokenKind, u8) {
    // local@domain.tld — the domain needs a dot followed by letters.
    let b = text.as_bytes();
    let mut i = at + 1;
    let mut dots = 0;
    let mut last_ok = None;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphanumeric() || c == b'-' || c >= 0x80 && is_word_start(text, i) {
            i += if c < 0x80 { 1 } else { char_at(text, i).len_utf8() };
            if dots > 0 {
                last_ok = Some(i);
            }
        } else if c == b'.' && is_word_start(text, i + 1) {
            dots += 1;
            i += 1;
        } else {
            break;
        }
    }
    match last_ok {
        Some(e) => (e, TokenKind::Email, 0),
        None => (at, TokenKind::Word, scr),
    }
}

fn scan_url(text: &str, start: usize) -> Option<usize> {
    let rest = &text.as_bytes()[start..];
    let lower_starts = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    if !(lower_starts(b"http://")
        || lower_starts(b"https://")
        || lower_starts(b"ftp://")
        || (lower_starts(b"www.") && is_word_start(text, start + 4)))
    {
        return None;
    }
    let b = text.as_bytes();
    let mut i = start;
    let mut parens = 0i32;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if CLASS[c as usize] & SPC != 0 || matches!(c, b'"' | b'<' | b'>') {
                break;
            }
            match c {
                b'(' => parens += 1,
                b')' => parens -= 1,
                _ => {}
            }
            i += 1;
        } else {
            let ch = char_at(text, i);
            if is_space_char(ch) || matches!(ch, '«' | '»' | '“' | '”' | '„') {
                break;
            }
            i += ch.len_utf8();
        }
    }
    // Trailing punctuation belongs to the sentence.
    while i > start {
        let c = b[i - 1];
        if matches!(c, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'') || (c == b')' && parens < 0) {
            if c == b')' {
                parens += 1;
            }
            i -= 1;
        } else {
            break;
        }
    }
    (i > start + 4).then_some(i)
}

fn scan_number(text: &str, start: usize) -> (usize, TokenKind, u8) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = start;
    while i < n && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut plain = true; // only digits and space groups so far
    loop {
        if i >= n {
            break;
        }
        let c = b[i];
        let next_digit = b.get(i + 1).is_some_and(u8::is_ascii_digit);
        match c {
            // A range of two numbers is three tokens, as with a dash: «2-3 раза», «2007-2008»
            // like «2024–2026». Phone-like groups (853-7906, 212-902-3724) stay one token.
            b'-' if next_digit && is_range(b, start, i) => break,
            b'.' | b',' | b':' | b'/' | b'-' if next_digit => {
                i += 1;
                while i < n && b[i].is_ascii_digit() {
                    i += 1;
                }
                plain = false;
            }
            b'-' if is_letter_at(text, i + 1) => {
                // 1990-х, 3-й, 10-недельный
                let (e, kind, s) = scan_word_with(text, i + 1, false, false);
                return (e, kind, s);
            }
            _ if c < 0x80 && CLASS[c as usize] & LET != 0 => {
                // English ordinals and one-letter suffixes stay: 5th, 3D, 4G; «200г», «5л» split.
                let (e, _, s) = scan_plain_word(text, i);
                let suffix = &text[i..e];
                let ordinal = ["st", "nd", "rd", "th"].iter().any(|o| o.eq_ignore_ascii_case(suffix));
                // A brand written with a leading digit: «3Com» (capital, then lower case).
                let brand = suffix.len() >= 3
                    && suffix.as_bytes()[0].is_ascii_uppercase()
                    && suffix.as_bytes()[1..].iter().all(u8::is_ascii_lowercase);
                if s == SCR_LAT && (ordinal || brand || e == i + 1) {
                    return (e, TokenKind::Word, s);
                }
                break;
            }
            _ => {
                // Digit groups after a no-break space: 600 000, 1 200 000.
                if plain
                    && i - start <= 3
                    && let Some(e) = digit_groups(text, i)
                {
                    i = e;
                    plain = false;
                    continue;
                }
                break;
            }
        }
    }
    (i, TokenKind::Number, 0)
}

/// Is the hyphen at `h` (after the number that starts at `start`) a range between two numbers
/// rather than a joiner inside a code or phone number?
fn is_range(b: &[u8], start: usize, h: usize) -> bool {
    let first = &b[start..h];
    if first.iter().any(|&c| !(c.is_ascii_digit() || c == b',' || c == b'.')) {
        return false; // 1.2.3-4, 12:30-13:00 and the like stay whole
    }
    let mut e = h + 1;
    while e < b.len()
        && (b[e].is_ascii_digit() || (matches!(b[e], b',' | b'.') && b.get(e + 1).is_some_and(u8::is_ascii_digit)))
    {
        e += 1;
    }
    let second = &b[h + 1..e];
    let digits = |s: &[u8]| s.iter().filter(|c| c.is_ascii_digit()).count();
    let more = b.get(e) == Some(&b'-') && b.get(e + 1).is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80);
    let phone = digits(first) == 3 && digits(second) == 4;
    !more && !phone && digits(first) <= 4 && digits(second) <= 4 && !b.get(e).is_some_and(u8::is_ascii_alphabetic)
}

/// Groups of exactly three digits after no-break or narrow spaces after a 1–3 digit number.
fn digit_groups(text: &str, mut i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut found = false;
    loop {
        // A plain space is ambiguous («в 2010 100 человек»); the gold corpora split there.
        let sp = match b.get(i) {
            Some(0xC2) if b.get(i + 1) == Some(&0xA0) => 2, // NBSP
            Some(0xE2) if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x89 | 0xAF)) => 3,
            _ => 0,
        };
        if sp == 0 {
            break;
        }
        let g = i + sp;
        if g + 3 <= b.len()
            && b[g..g + 3].iter().all(u8::is_ascii_digit)
            && !b.get(g + 3).is_some_and(u8::is_ascii_digit)
            && !is_letter_at(text, g + 3)
        {
            i = g + 3;
            found = true;
        } else {
            break;
        }
    }
    found.then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        Tokenizer::new().tokens(s).map(|t| t.text).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let got = toks($text);
                let want: &[&str] = &$expected;
                assert_eq!(got, want, "\ninput: {:?}\nhelp: the scanner is in src/token.rs", $text);
            }
        };
    }

    t!(ru_hyphen, "северо-западный Ростов-на-Дону", ["северо-западный", "Ростов-на-Дону"]);
    t!(arabic_name_particles, "Нур-уль-Хак Кадри", ["Нур-уль-Хак", "Кадри"]);
    t!(
        ru_numbers,
        "8,1 млн и 1\u{a0}200 человек, 600\u{202f}000 руб.",
        ["8,1", "млн", "и", "1\u{a0}200", "человек", ",", "600\u{202f}000", "руб", "."]
    );
    t!(dates, "21.06.2024 и 2024–2026 гг.", ["21.06.2024", "и", "2024", "–", "2026", "гг", "."]);
    t!(quotes, "«Лунай» „да“ “yes”", ["«", "Лунай", "»", "„", "да", "“", "“", "yes", "”"]);
    t!(
        initials,
        "А. С. Пушкин и В.Жириновский, А.С.Пушкин",
        ["А.", "С.", "Пушкин", "и", "В.", "Жириновский", ",", "А.", "С.", "Пушкин"]
    );
    t!(abbrev, "т.е. в 2010 г. в Mr. Smith", ["т.", "е.", "в", "2010", "г.", "в", "Mr.", "Smith"]);
    t!(abbrev_end, "в 2010 г. Потом U.S. Army", ["в", "2010", "г", ".", "Потом", "U.S.", "Army"]);
    t!(
        abbrev_end_after_multiplier,
        "5 млн руб. в год, 1,2 трлн руб. Ранее $10 млрд. Потом",
        ["5", "млн", "руб.", "в", "год", ",", "1,2", "трлн", "руб", ".", "Ранее", "$", "10", "млрд", ".", "Потом"]
    );
    t!(clitics, "Google's plan don't can't I'm", ["Google", "'s", "plan", "do", "n't", "ca", "n't", "I", "'m"]);
    t!(en_hyphens, "the search-engine and e-mail", ["the", "search", "-", "engine", "and", "e-mail"]);
    t!(
        latin_in_russian,
        "пишет, что Сами (Sami al-Haj) и дом Christie’s",
        ["пишет", ",", "что", "Сами", "(", "Sami", "al-Haj", ")", "и", "дом", "Christie’s"]
    );
    t!(cannot, "I cannot go", ["I", "can", "not", "go"]);
    t!(
        url_email,
        "см. https://cnews.ru/news, пишите a.b@mail.ru.",
        ["см.", "https://cnews.ru/news", ",", "пишите", "a.b@mail.ru", "."]
    );
    t!(hashtags, "#сочи @user_1 привет", ["#сочи", "@user_1", "привет"]);
    t!(emoji, "Ура😍😍😍 🙏🏻", ["Ура", "😍😍😍", "🙏🏻"]);
    t!(cjk, "Инь Юн (尹力)", ["Инь", "Юн", "(", "尹力", ")"]);
    t!(stops, "Что?! Да... Нет…", ["Что", "?!", "Да", "...", "Нет", "…"]);
    t!(ordinals, "1990-х 3-й 28-го", ["1990-х", "3-й", "28-го"]);
    t!(
        ranges,
        "в 2-3 раза, 2007-2008, тел. 853-7906, 212-902-3724, 3-4-х",
        [
            "в",
            "2",
            "-",
            "3",
            "раза",
            ",",
            "2007",
            "-",
            "2008",
            ",",
            "тел.",
            "853-7906",
            ",",
            "212-902-3724",
            ",",
            "3-4-х"
        ]
    );
    t!(html, "``Черка&#39;&#39; --", ["``", "Черка", "&#39;&#39;", "--"]);
    t!(domain, "Об этом сообщил Лента.ру и CNews.", ["Об", "этом", "сообщил", "Лента.ру", "и", "CNews", "."]);
    t!(sentence_end_lower, "конец. начало", ["конец", ".", "начало"]);
    t!(accent, "Составно́е число́", ["Составно́е", "число́"]);
    t!(emoticon, "ok :) fine :-( так:)))", ["ok", ":)", "fine", ":-(", "так", ":)))"]);
    t!(
        hyphens,
        "Ростов-на-Дону, из-за, кто-то, мины-ловушки, e-mail, премьер-министр",
        [
            "Ростов-на-Дону",
            ",",
            "из-за",
            ",",
            "кто-то",
            ",",
            "мины",
            "-",
            "ловушки",
            ",",
            "e-mail",
            ",",
            "премьер-министр"
        ]
    );
    t!(
        glued_abbrev,
        "в соц.сетях 200г, 500GB и 3Com",
        ["в", "соц.", "сетях", "200", "г", ",", "500", "GB", "и", "3Com"]
    );
    t!(
        glued_words,
        "Чем дело закончилосьСмерть депутата ДИиПП МакЛарен ВымпелКом",
        ["Чем", "дело", "закончилось", "Смерть", "депутата", "ДИиПП", "МакЛарен", "ВымпелКом"]
    );
    t!(tld, "Gzt.Ru и зона .РФ, конец.", ["Gzt.Ru", "и", "зона", ".РФ", ",", "конец", "."]);
    t!(percent, "более 90% и $3", ["более", "90", "%", "и", "$", "3"]);
    t!(ya, "Это я. Он", ["Это", "я", ".", "Он"]);

    #[test]
    fn kinds_and_scripts() {
        let t: Vec<_> = Tokenizer::new().tokens("CNews сообщил 5 %").collect();
        assert_eq!(t[0].script, Script::Latin);
        assert_eq!(t[1].script, Script::Cyrillic);
        assert_eq!(t[2].kind, TokenKind::Number);
        assert_eq!(t[3].kind, TokenKind::Symbol);
    }

    /// The tokenizer without its fast path: `scan` alone.
    fn slow_tokens(text: &str) -> Vec<(usize, usize, TokenKind, Script)> {
        let mut out = Vec::new();
        let mut i = 0;
        let (mut cyr, mut lat) = (0, 0);
        while i < text.len() {
            let ch = char_at(text, i);
            if is_space_char(ch) {
                i += ch.len_utf8();
                continue;
            }
            let (e, kind, scr) = scan(text, i, cyr > lat);
            if kind == TokenKind::Word {
                match script_of(scr) {
                    Script::Cyrillic => cyr += 1,
                    Script::Latin => lat += 1,
                    _ => {}
                }
            }
            out.push((i, e, kind, script_of(scr)));
            i = e;
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn fast_path_equals_slow_path(s in "[a-zA-Zа-яА-ЯёЁ0-9 .,'’\\-@&_/«»—–…:;!?()\u{a0}\u{301}іґў]{0,40}") {
            let fast: Vec<_> = Tokenizer::new().tokens(&s).map(|t| (t.span.start, t.span.end, t.kind, t.script)).collect();
            proptest::prop_assert_eq!(fast, slow_tokens(&s));
        }
    }

    #[test]
    fn as_str_is_rest() {
        let mut it = Tokenizer::new().tokens("мэр Москвы");
        it.next();
        assert_eq!(it.as_str(), " Москвы");
    }
}
