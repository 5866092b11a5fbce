// Stage: tokens. May use: text, lexicon.
//! The scanner: one token from a byte offset, with fast paths for plain words and ASCII punctuation.

use super::*;

/// Fast path: a plain ASCII or basic-Cyrillic word ended by a space or ordinary punctuation.
/// Anything else (joiners, marks, other scripts, URLs, abbreviations) is left to [`scan`], which
/// gives the same result for these words (checked by a property test).
#[inline(always)]
pub(super) fn fast_word(b: &[u8], start: usize) -> Option<(usize, Script)> {
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
pub(super) fn scan(text: &str, start: usize, russian: bool) -> (usize, TokenKind, u8) {
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
pub(super) fn english_split(w: &[u8]) -> Option<usize> {
    if !matches!(w.len(), 5 | 6) || !matches!(w[0] | 0x20, b'c' | b'g' | b'w') {
        return None;
    }
    ["cannot", "gonna", "gotta", "wanna"].iter().any(|f| w.eq_ignore_ascii_case(f.as_bytes())).then_some(3)
}

/// Does the non-ASCII character at `j` surely end a word? Latin-1 punctuation («, », NBSP …)
/// and general punctuation (dashes, quotes, «…»), but not hyphens, apostrophes, joiners or
/// letter-like signs.
#[inline]
pub(super) fn ends_word(b: &[u8], j: usize) -> bool {
    match (b[j], b.get(j + 1).copied().unwrap_or(0)) {
        (0xC2, x) => !matches!(x, 0xAA | 0xAD | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE),
        (0xE2, 0x80) => !matches!(b.get(j + 2), Some(0x8B..=0x8D | 0x90 | 0x91 | 0x99)),
        _ => false,
    }
}

/// A cheap test for the start of `http://`, `https://`, `ftp://` or `www.`.
#[inline]
pub(super) fn url_prefix(b: &[u8]) -> bool {
    b.len() > 4
        && match b[0] | 0x20 {
            b'h' => b[1..4].eq_ignore_ascii_case(b"ttp"),
            b'w' => b[1..4].eq_ignore_ascii_case(b"ww."),
            b'f' => b[1..4].eq_ignore_ascii_case(b"tp:"),
            _ => false,
        }
}

pub(super) fn stop_run(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        let l = is_stop_byte_at(b, i);
        if l == 0 {
            break;
        }
        i += l;
    }
    i
}

pub(super) fn scan_ascii_punct(text: &str, start: usize) -> (usize, TokenKind, u8) {
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

pub(super) fn html_entity_len(b: &[u8]) -> Option<usize> {
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
pub(super) fn clitic_at(text: &str, start: usize) -> Option<usize> {
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

pub(super) const CLITICS: [&str; 6] = ["s", "m", "d", "ll", "re", "ve"];

/// True when a letter or digit starts at byte `i`.
#[inline]
pub(super) fn is_word_start(text: &str, i: usize) -> bool {
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
pub(super) fn is_letter_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match b.get(i) {
        None => false,
        Some(&c) if c < 0x80 => CLASS[c as usize] & LET != 0,
        Some(&c) if (0xD0..=0xD3).contains(&c) => true,
        Some(_) => char_at(text, i).is_alphabetic(),
    }
}

#[inline]
pub(super) fn is_upper_word_start(text: &str, i: usize) -> bool {
    i < text.len() && char_at(text, i).is_uppercase()
}

#[inline]
pub(super) fn is_lower_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match b.get(i) {
        None => false,
        Some(&c) if c < 0x80 => CLASS[c as usize] & LOW != 0,
        Some(_) => char_at(text, i).is_lowercase(),
    }
}

/// Letters, digits and marks only, from `i`. Returns end, kind-neutral, script bits.
#[inline(always)]
pub(super) fn scan_plain_word(text: &str, mut i: usize) -> (usize, TokenKind, u8) {
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
pub(super) fn glued_words(w: &[u8]) -> Option<usize> {
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
pub(super) fn hyphen_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'-') => 1,
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x90 | 0x91)) => 3,
        _ => 0,
    }
}

/// Apostrophes inside words: `'`, `’`, `ʼ`.
#[inline]
pub(super) fn apostrophe_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'\'') => 1,
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x99) => 3,
        Some(0xCA) if b.get(i + 1) == Some(&0xBC) => 2,
        _ => 0,
    }
}
