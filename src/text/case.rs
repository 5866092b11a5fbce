// Stage: text (the foundation). May use: std only.
//! Letter case: the crate's lower-caser (a `Cow` for look-ups in lexicons, which fold «ё» to «е»,
//! or a fixed buffer for the tokenizer's hot loop) and fast case tests for Russian and ASCII.
//! Words handed to the dictionary are lower-cased as written (`str::to_lowercase`): it tells
//! «ё» from «е».

use std::borrow::Cow;

/// Lower-cases `s` (and folds «ё» to «е», as Snowball expects), borrowing when nothing changes.
pub(crate) fn lowercase(s: &str) -> Cow<'_, str> {
    if s.chars().all(|c| !is_upper(c) && c != 'ё') {
        Cow::Borrowed(s)
    } else {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
                'Ё' | 'ё' => out.push('е'),
                'а'..='я' => out.push(c),
                _ => out.extend(c.to_lowercase().map(|l| if l == 'ё' { 'е' } else { l })),
            }
        }
        Cow::Owned(out)
    }
}

/// The case of a Russian or ASCII letter without the Unicode tables (`Some(true)`: upper), or
/// `None` for any other character. The hot loops ask it of every letter.
#[inline]
fn fast_case(c: char) -> Option<bool> {
    match c {
        'А'..='Я' | 'Ё' => Some(true),
        'а'..='я' | 'ё' => Some(false),
        _ if c.is_ascii_alphabetic() => Some(c.is_ascii_uppercase()),
        _ => None,
    }
}

/// `char::is_uppercase`, through [`fast_case`] first.
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    fast_case(c).unwrap_or_else(|| c.is_uppercase())
}

/// Written in capitals, with two letters or more: «ROTTERDAM», «МОСКВА», «ST», «U.S.» (not «A»,
/// not «Rotterdam»).
pub(crate) fn is_all_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() && !s.chars().any(char::is_lowercase)
}

/// `char::is_lowercase`, through [`fast_case`] first.
#[inline]
pub(crate) fn is_lower(c: char) -> bool {
    fast_case(c).map_or_else(|| c.is_lowercase(), |upper| !upper)
}

/// [`lowercase`] for the tokenizer's hot loop: a short ASCII or basic-Cyrillic word lower-cased
/// into `buf` without allocating («Ё» → «ё», not folded); `None` when the word has other
/// characters or is longer than `buf`.
pub(crate) fn lowercase_small<'b, const N: usize>(word: &str, buf: &'b mut [u8; N]) -> Option<&'b str> {
    let w = word.as_bytes();
    if w.len() > N {
        return None;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_fast_paths_match_std() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}\nhelp: see is_upper in src/text/case.rs");
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}\nhelp: see is_lower in src/text/case.rs");
        }
    }

    #[test]
    fn lowercase_folds_yo_and_keeps_other_scripts() {
        assert_eq!(lowercase("ЁЛКА Москва"), "елка москва");
        assert_eq!(lowercase("İstanbul ΑΘΗΝΑ"), "i̇stanbul αθηνα");
        assert!(matches!(lowercase("уже строчные"), Cow::Borrowed(_)));
    }
}
