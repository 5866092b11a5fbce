// Stage: language. May use: text, lexicon, token, sentence.
//! The Cyrillic languages as bits, their alphabets and the letters that tell them apart.

use super::*;

// ---------------------------------------------------------------------------------------------
// Cyrillic
// ---------------------------------------------------------------------------------------------

// The Cyrillic-script languages as bits, in the order of `CYR`.
pub(super) const RU: u8 = 1;
pub(super) const UK: u8 = 1 << 1;
pub(super) const BE: u8 = 1 << 2;
pub(super) const BG: u8 = 1 << 3;
pub(super) const SR: u8 = 1 << 4;
pub(super) const MK: u8 = 1 << 5;
pub(super) const KK: u8 = 1 << 6;
pub(super) const MN: u8 = 1 << 7;
pub(super) const CYR: [Lang; 8] = [Lang::RU, Lang::UK, Lang::BE, Lang::BG, Lang::SR, Lang::MK, Lang::KK, Lang::MN];
pub(super) const ALL_CYR: u8 = 0xFF;

/// The languages whose alphabet has this lower-case Cyrillic letter. Mongolian is given ї and є
/// too: old Mongolian web text writes them for ү and ө, fonts lacking those.
pub(super) fn alphabet(c: char) -> u8 {
    match c {
        'и' => ALL_CYR & !BE,
        'й' | 'ь' | 'ю' | 'я' => ALL_CYR & !(SR | MK),
        'щ' => RU | UK | BG | KK | MN,
        'ъ' => RU | BG | KK | MN,
        'ы' | 'э' | 'ё' => RU | BE | KK | MN,
        'і' => UK | BE | KK,
        'ї' | 'є' => UK | MN,
        'ґ' => UK,
        'ў' => BE,
        'ђ' | 'ћ' => SR,
        'ј' | 'љ' | 'њ' | 'џ' => SR | MK,
        'ѓ' | 'ќ' | 'ѕ' | 'ѐ' => MK,
        'ѝ' => BG | MK,
        'ә' | 'ғ' | 'қ' | 'ң' | 'ұ' | 'һ' => KK,
        'ө' | 'ү' => KK | MN,
        'а'..='я' => ALL_CYR,
        _ => 0,
    }
}

/// The languages for which a word with this letter is positive evidence (their own letters).
pub(super) fn signature(c: char) -> u8 {
    match c {
        'ї' | 'є' => UK | MN,
        'ґ' => UK,
        'ў' => BE,
        'ә' | 'ғ' | 'қ' | 'ң' | 'ұ' | 'һ' => KK,
        'ө' | 'ү' => MN,
        'ђ' | 'ћ' => SR,
        'ј' | 'љ' | 'њ' | 'џ' => SR | MK,
        'ѓ' | 'ќ' | 'ѕ' => MK,
        'ѝ' => BG,
        _ => 0,
    }
}

/// Latin letters that stand in for Cyrillic ones inside a Cyrillic word (typing habits: `i` for
/// `і`, `v` for `ү` in Mongolian, `ə` for `ә` in Kazakh).
pub(super) fn homoglyph(c: char) -> Option<char> {
    Some(match c {
        'a' => 'а',
        'c' => 'с',
        'e' => 'е',
        'o' => 'о',
        'p' => 'р',
        'x' => 'х',
        'y' => 'у',
        'i' => 'і',
        'k' => 'к',
        'm' => 'м',
        't' => 'т',
        'v' => 'ү',
        'b' => 'в',
        'h' => 'н',
        'ə' => 'ә',
        _ => return None,
    })
}

/// Can `text` be written in `lang`'s alphabet? False only for a Cyrillic language and a
/// Cyrillic letter it lacks («ї» is not Kazakh, «қ» not Russian); other pairs are allowed.
pub(crate) fn alphabet_allows(lang: Lang, text: &str) -> bool {
    let Some(i) = CYR.iter().position(|&l| l == lang) else { return true };
    text.chars().filter(|&c| is_cyrillic(c)).all(|c| {
        let mask = alphabet(c.to_lowercase().next().unwrap_or(c));
        mask == 0 || mask & (1 << i) != 0
    })
}

pub(super) use crate::text::is_cyrillic;

pub(super) fn is_vowel(c: char) -> bool {
    matches!(c, 'а' | 'е' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'ё' | 'і' | 'ї' | 'є' | 'ө' | 'ү' | 'ә' | 'ұ')
}

pub(super) fn is_consonant(c: char) -> bool {
    matches!(
        c,
        'б' | 'в'
            | 'г'
            | 'д'
            | 'ж'
            | 'з'
            | 'к'
            | 'л'
            | 'м'
            | 'н'
            | 'п'
            | 'р'
            | 'с'
            | 'т'
            | 'ф'
            | 'х'
            | 'ц'
            | 'ч'
            | 'ш'
            | 'щ'
            | 'ђ'
            | 'ћ'
            | 'ј'
            | 'љ'
            | 'њ'
            | 'џ'
            | 'ѓ'
            | 'ќ'
            | 'ѕ'
            | 'ғ'
            | 'қ'
            | 'ң'
            | 'һ'
    )
}
