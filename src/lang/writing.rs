// Stage: language. May use: text, lexicon, token, sentence.
//! Writing systems and the word scanner the detector reads text with.

use super::*;

// ---------------------------------------------------------------------------------------------
// Writing systems
// ---------------------------------------------------------------------------------------------

/// The writing systems the detector tells apart (private; the crate's public `Script` is the
/// tokenizer's).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Writing {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Oriya,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Myanmar,
    Georgian,
    Hangul,
    Ethiopic,
    Khmer,
    Kana,
    Han,
}

pub(super) const N_WRITING: usize = Writing::Han as usize + 1;

/// The writing system of a letter, by Unicode block; `None` for other characters.
pub(super) fn writing(c: char) -> Option<Writing> {
    use Writing::*;
    // The two scripts of nearly every letter here, first.
    let cp = c as u32;
    if (0x400..=0x4FF).contains(&cp) {
        return Some(Cyrillic);
    }
    if cp < 0x80 {
        return (c.is_ascii_alphabetic()).then_some(Latin);
    }
    let w = match cp {
        0xAA | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2AF | 0x1E00..=0x1EFF => Latin,
        0xFF21..=0xFF3A | 0xFF41..=0xFF5A => Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Greek,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Cyrillic,
        0x530..=0x58F => Armenian,
        0x590..=0x5FF | 0xFB1D..=0xFB4F => Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Arabic,
        0x900..=0x97F => Devanagari,
        0x980..=0x9FF => Bengali,
        0xA00..=0xA7F => Gurmukhi,
        0xA80..=0xAFF => Gujarati,
        0xB00..=0xB7F => Oriya,
        0xB80..=0xBFF => Tamil,
        0xC00..=0xC7F => Telugu,
        0xC80..=0xCFF => Kannada,
        0xD00..=0xD7F => Malayalam,
        0xD80..=0xDFF => Sinhala,
        0xE00..=0xE7F => Thai,
        0x1000..=0x109F => Myanmar,
        0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Hangul,
        0x1200..=0x137F => Ethiopic,
        0x1780..=0x17FF => Khmer,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => Han,
        _ => return None,
    };
    Some(w)
}

/// The language of a writing system used by one language only.
pub(super) fn single_language(w: Writing) -> Option<Lang> {
    let code = match w {
        Writing::Greek => "el",
        Writing::Armenian => "hy",
        Writing::Bengali => "bn",
        Writing::Gurmukhi => "pa",
        Writing::Gujarati => "gu",
        Writing::Oriya => "or",
        Writing::Tamil => "ta",
        Writing::Telugu => "te",
        Writing::Kannada => "kn",
        Writing::Malayalam => "ml",
        Writing::Sinhala => "si",
        Writing::Thai => "th",
        Writing::Myanmar => "my",
        Writing::Georgian => "ka",
        Writing::Hangul => "ko",
        Writing::Ethiopic => "am",
        Writing::Khmer => "km",
        Writing::Kana => "ja",
        Writing::Han => "zh",
        Writing::Hebrew => "he",
        Writing::Arabic => "ar",
        Writing::Devanagari => "hi",
        Writing::Latin | Writing::Cyrillic => return None,
    };
    Lang::from_code(code)
}

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

/// A run of letters (with apostrophes between letters) in the input.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Not glued to a hyphen or a digit: `2-го`, `кое-что` and `90-е` are no function words.
    pub(super) standalone: bool,
    /// In a hashtag or an identifier (`#юмор`, `#bossa_nova`): a label, capitalised or not,
    /// rather than running text.
    pub(super) tag: bool,
}

impl Word {
    /// The word `start..end`, with the character `before` it and the one that ends it, if any.
    fn new(start: usize, end: usize, before: char, after: Option<char>) -> Word {
        Word { start, end, standalone: !glues(before) && !after.is_some_and(glues), tag: matches!(before, '#' | '_') }
    }
}

pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

pub(super) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐')
}

/// `char::is_alphabetic`, with fast paths for ASCII and the Cyrillic block.
pub(super) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7F' => false,
        // U+0482..=U+0489: the thousands sign and combining marks.
        '\u{400}'..='\u{481}' | '\u{48A}'..='\u{52F}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Combining marks and the joiners (U+200D, U+2060): inside words.
pub(super) fn is_mark(c: char) -> bool {
    crate::text::is_mark(c) || matches!(c, '\u{200D}' | '\u{2060}')
}

/// A hyphen or a digit next to a word glues it (`2-го`, `кое-что`): no function word.
fn glues(c: char) -> bool {
    is_hyphen(c) || c.is_ascii_digit()
}

/// Letter counts by writing system, and the words, in one pass.
pub(super) fn scan(text: &str, words: &mut Vec<Word>) -> [u32; N_WRITING] {
    let mut counts = [0u32; N_WRITING];
    let mut start: Option<usize> = None;
    let mut prev = ' ';
    let mut before = ' '; // the character before the current word
    let mut chars = text.char_indices().peekable();
    // The end of the last run of text checked for addresses.
    let mut checked = 0;
    while let Some((i, c)) = chars.next() {
        // Markup, addresses and handles are no words of any language.
        if (start.is_none() && i >= checked) || c == '<' || c == '&' {
            let skip = match c {
                '<' | '&' => markup_len(&text[i..]),
                _ if i >= checked && (c.is_ascii_alphanumeric() || c == '@') => {
                    let (run, address) = address_run(&text[i..]);
                    checked = i + run;
                    if address { run } else { 0 }
                }
                _ => 0,
            };
            if skip > 0 {
                if let Some(s) = start.take() {
                    words.push(Word::new(s, i, before, None));
                }
                while chars.next_if(|&(k, _)| k < i + skip).is_some() {}
                prev = ' ';
                continue;
            }
        }
        let letter = is_letter(c);
        if letter {
            if let Some(w) = writing(c) {
                counts[w as usize] += 1;
            }
            if start.is_none() {
                start = Some(i);
                before = prev;
            }
        } else if start.is_some() && !is_mark(c) {
            let next_is_letter = chars.peek().is_some_and(|&(_, n)| is_letter(n));
            if !(is_apostrophe(c) && next_is_letter) {
                let s = start.take().unwrap_or(i);
                words.push(Word::new(s, i, before, Some(c)));
            }
        }
        prev = c;
    }
    if let Some(s) = start {
        words.push(Word::new(s, text.len(), before, None));
    }
    counts
}

/// The length of the tag (`<a href=…>`, `</strong>`) or character entity (`&amp;`, `&#39;`) that
/// `rest` starts with, or 0.
fn markup_len(rest: &str) -> usize {
    let b = rest.as_bytes();
    match b {
        [b'<', next, ..] if next.is_ascii_alphabetic() || matches!(next, b'/' | b'!') => {
            // A tag ends within a line and a few hundred bytes (a long link).
            let limit = b.len().min(2048);
            b[1..limit].iter().take_while(|&&x| x != b'\n' && x != b'<').position(|&x| x == b'>').map_or(0, |p| p + 2)
        }
        [b'&', ..] => {
            let body = b[1..].iter().take(9).take_while(|x| x.is_ascii_alphanumeric() || **x == b'#').count();
            if body > 0 && b.get(1 + body) == Some(&b';') { body + 2 } else { 0 }
        }
        _ => 0,
    }
}

/// The length of the run of non-space characters that `rest` starts with (quotes and brackets
/// end it), and whether it is an address: a link (`https://…`, `www.…`, `goo.gl/…`), an e-mail
/// address or a handle (`@name`).
fn address_run(rest: &str) -> (usize, bool) {
    let b = rest.as_bytes();
    let run = b
        .iter()
        .position(|&x| x.is_ascii_whitespace() || matches!(x, b'<' | b'>' | b'"' | b'(' | b')' | b'[' | b']'))
        .unwrap_or(b.len());
    let r = &b[..run];
    let dot_then_slash = r.iter().position(|&x| x == b'.').is_some_and(|d| r[d..].contains(&b'/'));
    let address = r.windows(3).any(|w| w == b"://")
        || r.contains(&b'@')
        || (r.len() > 4 && r[..4].eq_ignore_ascii_case(b"www."))
        || (r[0].is_ascii_alphabetic() && dot_then_slash);
    (run, address)
}
