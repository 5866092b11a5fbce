// Stage: tokens. May use: text, lexicon.
//! Where a word ends: abbreviations that keep their period, hyphens inside words, domains.

use super::*;

// ---- abbreviations ------------------------------------------------------------------------

// Lower-cased abbreviations that keep their period (the single letters are handled apart),
// checked at every word before a period.
lexicon!(pub(super) ABBREVIATIONS, "ru/abbreviations.txt");

/// The longest abbreviation in bytes; longer words are rejected at once.
pub(super) const MAX_ABBREVIATION: usize = 12;

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
                w.trim_start_matches(CURRENCY_SIGNS).starts_with(|c: char| c.is_ascii_digit())
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
pub(super) fn is_tld(s: &str) -> bool {
    const TLDS: &[&str] =
        &["ru", "рф", "su", "ua", "by", "kz", "com", "net", "org", "info", "eu", "uk", "de", "рус", "ру"];
    s.len() <= 8 && TLDS.iter().any(|t| t.len() == s.len() && s.to_lowercase() == *t)
}

/// Top-level domain labels written after a dot («Лента.ру», «кремль.рф»).
pub(super) fn is_domain_label(s: &str) -> bool {
    matches!(s, "ру" | "рф" | "ру/" | "укр" | "бел" | "ком" | "орг" | "su" | "ru" | "com" | "org" | "net")
        || s.is_ascii()
}

// Prefix-like first parts of English compounds that UD keeps whole («e-mail», «co-founder»).
lexicon!(pub(super) EN_COMPOUND_PREFIXES, "en/compound_prefixes.txt");
// Uninflected first parts of Russian compounds ending in a vowel («шоу-бизнес», «мини-отель»).
lexicon!(pub(super) RU_COMPOUND_PREFIXES, "ru/compound_prefixes.txt");
// Pronoun and adverb stems that take «-то», «-либо», «-нибудь» as part of the word.
lexicon!(pub(super) PRONOUN_STEMS, "ru/pronoun_stems.txt");
/// Does a hyphen between `left` and `right` (then `after`, if another hyphen follows) stay inside
/// the word? UD keeps prefixes, particles of pronouns, compound adjectives and names whole, and
/// splits appositions of two inflected nouns («город-государство»), English compounds
/// («search-engine», but «e-mail») and particles after other words («Рыбы-то», «Ступай-ка»).
pub(super) fn keep_hyphen(left: &str, right: &str, after: Option<&str>, russian: bool) -> bool {
    let digit = |s: &str| s.bytes().any(|b| b.is_ascii_digit());
    if digit(left) || digit(right) || left.is_empty() {
        return true;
    }
    let cap = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    if crate::text::is_acronym(left) && !crate::text::is_acronym(right) {
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
pub(super) fn sentence_starts_after(text: &str, i: usize) -> bool {
    let rest = text[i..].trim_start();
    match rest.chars().next() {
        None => true,
        Some(c) => i < text.len() && rest.len() < text.len() - i && c.is_uppercase(),
    }
}

pub(super) fn is_abbreviation(word: &str) -> bool {
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
    crate::text::lowercase_small(word, &mut buf).is_some_and(|lower| ABBREVIATIONS.contains(lower))
}
