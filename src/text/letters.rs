// Stage: text, the foundation. May use: std only.
//! Letter tests the stages share: acronyms, Cyrillic letters, combining marks.

/// An acronym: two or more letters, all capitals: «МИД», «ФИДЕ», «NZ» (not «S7» or «Т.»).
pub(crate) fn is_acronym(word: &str) -> bool {
    word.chars().nth(1).is_some() && word.chars().all(char::is_uppercase)
}

/// A letter of the Cyrillic block or its supplement (U+0400–U+052F): Russian and the other
/// Cyrillic alphabets.
pub(crate) fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{52F}').contains(&c)
}

/// A combining mark that belongs to the letter before it: accents (Russian stress marks,
/// decomposed diacritics), the marks of other scripts, the soft hyphen and the zero-width
/// non-joiner. (The zero-width joiner is not: it joins emoji as well as letters.)
#[inline]
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200C}' | '\u{00AD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms() {
        for w in ["МИД", "ФИДЕ", "NZ", "США"] {
            assert!(is_acronym(w), "{w}");
        }
        for w in ["М", "Мид", "12", "--", "iPhone", "S7", "Т."] {
            assert!(!is_acronym(w), "{w}");
        }
    }
}
