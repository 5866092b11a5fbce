// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! The words the entity rules look for (kin, titles, particles, prepositions, kinds of place,
//! position heads and professions) and the token helpers they share (quotes, trimming, spacing).

use std::collections::HashSet;

use crate::lexicon::{WordSet, lexicon};
pub(crate) use crate::text::is_acronym;
use crate::token::{Token, TokenKind};

/// Forms of the names of the Earth, the Moon, the Sun and the planets.
pub(crate) fn is_celestial(low: &str) -> bool {
    const STEMS: [&str; 7] = ["земл", "лун", "солнц", "марс", "венер", "юпитер", "сатурн"];
    const ENDINGS: [&str; 8] = ["", "а", "и", "е", "у", "ю", "ей", "ой"];
    STEMS.iter().any(|st| {
        low.strip_prefix(st).is_some_and(|end| ENDINGS.contains(&end) || (end == "я" && *st == "земл") || end == "ом")
    })
}

// Words that head positions.
lexicon!(pub(crate) POSITION_HEADS, "ru/position_heads.txt");
// Professions NEREL train marks alone as such (written by `examples/train.rs`): they head a
// position too.
lexicon!(pub(crate) PROFESSIONS, "model/professions.txt");

/// The first three letters of the words in [`POSITION_HEADS`] and [`PROFESSIONS`].
pub(crate) static HEAD_PREFIXES: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| {
    WordSet::from_pairs(POSITION_HEADS.iter().chain(PROFESSIONS.iter()).map(|(h, ())| {
        let three = h.char_indices().nth(3).map_or(h.len(), |(k, _)| k);
        (&h[..three], ())
    }))
});

/// FNV hashes of the profession lemmas, as the morphology cache keeps lemmas.
pub(crate) static PROFESSION_HASHES: std::sync::LazyLock<
    HashSet<u64, std::hash::BuildHasherDefault<crate::text::hash::Hasher>>,
> = std::sync::LazyLock::new(|| PROFESSIONS.iter().map(|(p, ())| crate::text::hash::hash(p.as_bytes())).collect());

/// Builds the position-head lists now rather than at the first document.
pub(crate) fn warm_up() {
    let _ = HEAD_PREFIXES.len();
    let _ = PROFESSION_HASHES.len();
}

/// The length of a leading «экс-» («экс-президент»), or 0.
pub(crate) fn ex_prefix(word: &str) -> usize {
    let mut c = word.chars();
    let ex = matches!(
        (c.next(), c.next(), c.next(), c.next()),
        (Some('э' | 'Э'), Some('к' | 'К'), Some('с' | 'С'), Some('-'))
    );
    if ex && c.next().is_some() { "экс-".len() } else { 0 }
}

/// Endings of Russian adjectives and participles, after which a noun agrees rather than ends a
/// name («Щукинском училище»).
pub(crate) const ADJECTIVE_ENDINGS: [&str; 20] = [
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую",
    "ых", "их",
];

// Words for kin, as written: «муж актрисы …», «Сын | А. Лукашенко».
lexicon!(pub(crate) KIN, "ru/kin.txt");

/// A word for kin, as written: «муж актрисы …», «Сын | А. Лукашенко».
pub(crate) fn is_kin(word: &str) -> bool {
    KIN.contains(word)
}

// Forms of address (lemmas), which stand before a name but are not part of it: «Миссис | Обама».
lexicon!(pub(crate) TITLES_OF_ADDRESS, "ru/titles_of_address.txt");

/// Words for kin and forms of address, which stand before a name but are not part of it:
/// «Сын | А. Лукашенко», «Миссис | Обама».
pub(crate) fn is_kin_or_title(lemma: &str) -> bool {
    is_kin(lemma) || TITLES_OF_ADDRESS.contains(lemma)
}

// Lower-case particles inside foreign names: «Коллеж де Франс», «Людвиг ван Бетховен».
lexicon!(pub(crate) NAME_PARTICLES, "ru/name_particles.txt");

/// Lower-case particles inside foreign names: «Коллеж де Франс», «Людвиг ван Бетховен».
pub(crate) fn is_name_particle(low: &str) -> bool {
    NAME_PARTICLES.contains(low)
}

// Prepositions that cannot end a position or precede a name's first word.
lexicon!(pub(crate) PREPOSITIONS, "ru/prepositions.txt");

/// A (lower-cased) preposition that cannot end a position or precede a name's first word.
pub(crate) fn is_preposition(low: &str) -> bool {
    PREPOSITIONS.contains(low)
}

// Stems of common nouns for a kind of place, which a name after it belongs to («аэропорт Хитроу», «в городе Лахор»).
lexicon!(pub(crate) PLACE_NOUNS, "ru/place_noun_stems.txt");

/// A lower-case common noun for a kind of place, which a name after it belongs to («аэропорт
/// Хитроу», «резиденции Чекерс», «в городе Лахор»).
pub(crate) fn is_place_noun(w: &str) -> bool {
    // (Not streets and squares: «улица Ленина» is named after a person.)
    w.chars().next().is_some_and(char::is_lowercase)
        && (PLACE_NOUNS.has_prefix_of(w) || matches!(w, "село" | "села" | "селе" | "река" | "реки" | "реке"))
}

/// Punctuation at the edges is not part of an entity (a closing quote stays when its opening
/// quote is inside).
pub(crate) fn trim(tokens: &[Token<'_>], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && tokens[a].kind == TokenKind::Punct && !crate::text::opens_quote(tokens[a].text) {
        a += 1;
    }
    while a < b && tokens[b - 1].kind == TokenKind::Punct {
        let t = tokens[b - 1].text;
        let closes = crate::text::closes_quote(t) && tokens[a..b - 1].iter().any(|x| crate::text::opens_quote(x.text));
        if closes {
            break;
        }
        b -= 1;
    }
    (a, b)
}

/// A quote that can open a name: «, “, „ or a straight one.
pub(crate) fn opens_quote(t: &Token<'_>) -> bool {
    crate::text::opens_quote(t.text)
}

/// A quote that can close a name: », ”, “ or a straight one.
pub(crate) fn closes_quote(t: &Token<'_>) -> bool {
    crate::text::closes_quote(t.text)
}

/// Whether `tokens` open a «…» (or „…») quote they do not close.
pub(crate) fn open_guillemet(tokens: &[Token<'_>]) -> bool {
    let opens = tokens.iter().filter(|t| matches!(t.text, "«" | "„")).count();
    opens > tokens.iter().filter(|t| t.text == "»").count()
}

/// Extends `a..b` over a closing quote that matches an opening quote inside it.
pub(crate) fn close_quote(tokens: &[Token<'_>], a: usize, b: usize) -> usize {
    if open_guillemet(&tokens[a..b]) && tokens.get(b).is_some_and(|t| matches!(t.text, "»" | "“" | "”")) {
        b + 1
    } else {
        b
    }
}

pub(crate) fn tokens_text(text: &str, tokens: &[Token<'_>]) -> String {
    text[tokens[0].span.start..tokens[tokens.len() - 1].span.end].replace('\n', " ")
}

/// Joins normalised words with the original gaps (no space before «»» etc.).
pub(crate) fn respace(text: &str, tokens: &[Token<'_>], norm: &str) -> String {
    let mut out = String::new();
    for (k, w) in norm.split(' ').enumerate() {
        if k > 0 && k < tokens.len() {
            let gap = &text[tokens[k - 1].span.end..tokens[k].span.start];
            if !gap.is_empty() {
                out.push(' ');
            }
        }
        out.push_str(w);
    }
    out
}
