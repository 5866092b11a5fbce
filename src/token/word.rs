// Stage: tokens. May use: text, lexicon.
//! Words with joiners (hyphens, apostrophes, periods), e-mails, URLs and numbers.

use super::*;

pub(super) fn scan_word_ctx(text: &str, start: usize, russian: bool) -> (usize, TokenKind, u8) {
    scan_word_with(text, start, true, russian)
}

pub(super) fn scan_word_with(text: &str, start: usize, attach_period: bool, russian: bool) -> (usize, TokenKind, u8) {
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
    finish_word(text, start, i, scr, apostrophe, attach_period, russian)
}

/// The end of a word scanned from `start` to `i`: its abbreviation period, a dangling hyphen
/// before a conjunction, or an English clitic split off (`apostrophe`: where its last one is).
#[inline]
pub(super) fn finish_word(
    text: &str,
    start: usize,
    i: usize,
    scr: u8,
    apostrophe: Option<usize>,
    attach_period: bool,
    russian: bool,
) -> (usize, TokenKind, u8) {
    let b = text.as_bytes();
    let n = b.len();
    // Abbreviation period, unless the abbreviation closes the sentence («в 2010 г|.| Потом»).
    if attach_period && i < n && b[i] == b'.' && b.get(i + 1) != Some(&b'.') && !is_word_start(text, i + 1) {
        let word = &text[start..i];
        // A capital right after a number is a unit, not an initial: «962°C.», «40C.». After a
        // space it is an initial in a list of scores («Chandana 56 S. Waugh b …»), unless a
        // Cyrillic sentence follows: «до 10 G. Потом», «классу S. В …».
        let unit = word.len() == 1
            && (text[..start].ends_with(|c: char| c.is_ascii_digit() || c == '°')
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

pub(super) fn scan_email(text: &str, _start: usize, at: usize, scr: u8) -> (usize, TokenKind, u8) {
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

pub(super) fn scan_url(text: &str, start: usize) -> Option<usize> {
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

pub(super) fn scan_number(text: &str, start: usize) -> (usize, TokenKind, u8) {
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
                if s == SCR_LAT && (e == i + 1 || suffix_stays(&text[..start], &text[start..i], &text[i..e])) {
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

/// Do the Latin letters `suffix`, glued to `number` (which `before` precedes), stay in its token?
/// An English ordinal («5th»), a brand written with a leading digit («3Com»: a capital, then
/// lower case), or a call sign: one digit glued to two capitals («6PR», «3AW», «2GB»), a name
/// rather than a number and a unit; not a time («9PM»), nor an amount («$5BN», «7MN»; three
/// capitals may be a currency: «5USD»).
fn suffix_stays(before: &str, number: &str, suffix: &str) -> bool {
    let b = suffix.as_bytes();
    ["st", "nd", "rd", "th"].iter().any(|o| o.eq_ignore_ascii_case(suffix))
        || b.len() >= 3 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase)
        || b.len() == 2
            && b.iter().all(u8::is_ascii_uppercase)
            && number.len() == 1
            && !matches!(suffix, "AM" | "PM" | "BN" | "MN" | "TN")
            && !before.ends_with(CURRENCY_SIGNS)
}

/// Is the hyphen at `h` (after the number that starts at `start`) a range between two numbers
/// rather than a joiner inside a code or phone number?
pub(super) fn is_range(b: &[u8], start: usize, h: usize) -> bool {
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
pub(super) fn digit_groups(text: &str, mut i: usize) -> Option<usize> {
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
