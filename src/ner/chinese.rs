// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! Chinese names in Russian text, written in the Palladius system: «Инь Юн», «Си Цзиньпин»,
//! «Ван И». A surname of one syllable comes first, then a given name of one or two syllables
//! written as one word; Russian declines only the given name, and only when it ends in a
//! consonant («с Инь Юном», «визит Си Цзиньпина»).

use crate::lexicon::lexicon;

// Common Chinese surnames, one syllable each, in Palladius spelling.
lexicon!(SURNAMES, "zh/surnames.txt");

// Palladius finals after a consonant, the syllables with no consonant, and the initials.
lexicon!(FINALS, "zh/palladius_finals.txt");
lexicon!(BARE, "zh/palladius_bare.txt");
lexicon!(INITIALS, "zh/palladius_initials.txt");

/// Is `s` (lower case) one Palladius syllable?
fn is_syllable(s: &str) -> bool {
    // (An initial is one or two letters, and a final follows it.)
    let cut = |n: usize| s.char_indices().nth(n).map(|(k, _)| k);
    BARE.contains(s)
        || [cut(1), cut(2)].into_iter().flatten().any(|k| INITIALS.contains(&s[..k]) && FINALS.contains(&s[k..]))
}

/// Can `s` (lower case) be read as `n` syllables or fewer?
fn syllables(s: &str, n: usize) -> bool {
    if s.is_empty() {
        return true;
    }
    n > 0
        && s.char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .chain([s.len()])
            .any(|i| is_syllable(&s[..i]) && syllables(&s[i..], n - 1))
}

/// Is `word` (lower case) a common Chinese surname?
pub(crate) fn is_surname(word: &str) -> bool {
    word.len() <= 12 && SURNAMES.contains(word)
}

/// Are `surname` and `given` (lower case) a common Chinese surname and a given name?
pub(crate) fn is_name(surname: &str, given: &str) -> bool {
    is_surname(surname) && given_name_base(given).is_some()
}

/// The base form of a given name (lower case), one or two syllables, as written or without a
/// Russian case ending after a final consonant («юном» → «юн», «цзиньпина» → «цзиньпин»);
/// `None` when the word is no such name.
pub(crate) fn given_name_base(word: &str) -> Option<String> {
    // Hard endings follow «-н» («Юна», «Юном»), soft ones «-нь» («Цзюня», «Цзэминем»).
    for (ending, soft) in
        [("ом", false), ("ем", true), ("а", false), ("я", true), ("у", false), ("ю", true), ("е", false)]
    {
        let Some(stem) = word.strip_suffix(ending).filter(|s| s.ends_with(['н', 'р'])) else { continue };
        let base = if soft { format!("{stem}ь") } else { stem.to_string() };
        if syllables(&base, 2) {
            return Some(base);
        }
    }
    syllables(word, 2).then(|| word.to_string())
}

/// The base form of a person named `words` when they are a Chinese name: the surname as
/// written, the given name without its case ending («Инь Юном» → «Инь Юн»).
pub(crate) fn normalize(words: &[&str]) -> Option<String> {
    let [surname, given] = words else { return None };
    if !is_surname(&crate::text::lowercase(surname)) {
        return None;
    }
    let low = crate::text::lowercase(given);
    let base = given_name_base(&low)?;
    // The given name's own capital and letters up to the ending, then the base's («ь»).
    let kept = base.chars().zip(low.chars()).take_while(|(a, b)| a == b).count();
    let end = given.char_indices().nth(kept).map_or(given.len(), |(i, _)| i);
    let rest: String = base.chars().skip(kept).collect();
    Some(format!("{surname} {}{rest}", &given[..end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_and_their_forms() {
        for (word, base) in [
            ("юн", "юн"),
            ("юном", "юн"),
            ("цзиньпина", "цзиньпин"),
            ("цзиньпин", "цзиньпин"),
            ("кэцян", "кэцян"),
            ("и", "и"),
            ("хэ", "хэ"),
            ("чжэнфэй", "чжэнфэй"),
            ("цзюня", "цзюнь"),
            ("цзэминем", "цзэминь"),
        ] {
            assert_eq!(given_name_base(word).as_deref(), Some(base), "{word}");
        }
        for word in ["харви", "гус", "гог", "дамм", "петрович"] {
            assert_eq!(given_name_base(word), None, "{word}");
        }
    }

    #[test]
    fn surnames() {
        assert!(is_surname("инь") && is_surname("си") && is_surname("ван") && is_surname("лю"));
        assert!(!is_surname("иван") && !is_surname("у"));
    }

    #[test]
    fn base_forms() {
        assert_eq!(normalize(&["Инь", "Юном"]).as_deref(), Some("Инь Юн"));
        assert_eq!(normalize(&["Лю", "Хэ"]).as_deref(), Some("Лю Хэ"));
        assert_eq!(normalize(&["Си", "Цзиньпина"]).as_deref(), Some("Си Цзиньпин"));
        assert_eq!(normalize(&["Цзян", "Цзэминя"]).as_deref(), Some("Цзян Цзэминь"));
        assert_eq!(normalize(&["Максима", "Ликсутова"]), None);
    }
}
