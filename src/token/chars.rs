// Stage: tokens. May use: text, lexicon.
//! Byte classes and character tests of the scanner's hot loop.

use super::*;

/// Currency signs written before an amount («$5», «€200»).
pub(super) const CURRENCY_SIGNS: [char; 5] = ['$', '€', '£', '¥', '₽'];

// ---- byte classes -------------------------------------------------------------------------

pub(super) const LOW: u8 = 1; // ASCII lowercase letter
pub(super) const UPP: u8 = 2; // ASCII uppercase letter
pub(super) const DIG: u8 = 4; // ASCII digit
pub(super) const SPC: u8 = 8; // ASCII whitespace
pub(super) const JOIN: u8 = 16; // may continue a word: - ' . @ & _ /
pub(super) const LET: u8 = LOW | UPP;
pub(super) const ALNUM: u8 = LET | DIG;

pub(super) static CLASS: [u8; 256] = {
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
pub(super) fn class(b: u8) -> u8 {
    if b < 0x80 { CLASS[b as usize] } else { 0 }
}

pub(super) const SCR_LAT: u8 = 1;
pub(super) const SCR_CYR: u8 = 2;
pub(super) const SCR_OTH: u8 = 4;

pub(super) fn script_of(bits: u8) -> Script {
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
pub(super) fn char_at(s: &str, i: usize) -> char {
    // SAFETY-free: slicing at a boundary and taking the first char.
    s[i..].chars().next().unwrap_or('\0')
}

/// Whitespace for the tokenizer: Unicode White_Space plus zero-width spaces and the BOM.
#[inline]
pub(crate) fn is_space_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

pub(super) use crate::text::is_mark;

#[inline]
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

pub(super) fn char_script(c: char) -> u8 {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => SCR_LAT,
        '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}' => {
            SCR_CYR
        }
        _ if c.is_alphabetic() => SCR_OTH,
        _ => 0,
    }
}

pub(super) fn is_emoji(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{2B00}'..='\u{2BFF}'
        | '\u{2300}'..='\u{23FF}' | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}')
}

#[inline]
pub(super) fn is_emoji_part(c: char) -> bool {
    is_emoji(c) || matches!(c, '\u{FE0F}' | '\u{FE0E}' | '\u{200D}' | '\u{20E3}' | '\u{E0020}'..='\u{E007F}')
}

pub(super) fn is_punct_char(c: char) -> bool {
    matches!(c,
        '!' | '"' | '\'' | '(' | ')' | ',' | '-' | '.' | '/' | ':' | ';' | '?' | '[' | '\\' | ']'
        | '_' | '{' | '}' | '`' | '«' | '»' | '¡' | '¿' | '·' | '‹' | '›'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3000}'..='\u{303F}'
        | '\u{FF01}'..='\u{FF0F}' | '\u{FE10}'..='\u{FE6F}')
}

/// Sentence-final marks that group into one token: `.`, `!`, `?`, `…`.
#[inline]
pub(super) fn is_stop_byte_at(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'.' | b'!' | b'?' => 1,
        0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6) => 3,
        _ => 0,
    }
}
