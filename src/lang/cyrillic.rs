// Stage: language. May use: text, lexicon, token, sentence.
//! Cyrillic text: frequent words, endings and Russian word forms as evidence for each language.

use super::*;

/// Frequent words of each Cyrillic language (function words, common verbs and nouns of the
/// press, month and weekday names), written from knowledge of the languages
/// (`lexicon/lang/function_words/*.txt`). Words of the other languages that also occur in Russian
/// (three times or more in our Russian corpora, counted as lower-case standalone words) are left
/// out, so that each hit is evidence against Russian; `е`, `й`, `след`, `пред` and `су` are kept,
/// being far more frequent in their languages.
pub(super) static FUNCTION_WORD_MAP: LazyLock<WordSet<u8>> = LazyLock::new(|| {
    macro_rules! words {
        ($code:literal) => {
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicon/lang/function_words/", $code, ".txt"))
        };
    }
    word_masks(
        [
            (RU, words!("ru")),
            (UK, words!("uk")),
            (BE, words!("be")),
            (BG, words!("bg")),
            (SR, words!("sr")),
            (MK, words!("mk")),
            (KK, words!("kk")),
            (MN, words!("mn")),
        ]
        .into_iter()
        .flat_map(|(mask, data)| crate::lexicon::entries(data).map(move |w| (w, mask))),
    )
});

/// Words that tell the non-Russian languages apart from each other but are common in Russian too.
pub(super) static SECOND_STAGE_MAP: LazyLock<WordSet<u8>> = LazyLock::new(|| {
    let data = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicon/lang/second_stage_words.tsv"));
    word_masks(crate::lexicon::pairs(data, "lang/second_stage_words.tsv").map(|(w, code)| {
        let mask = CYR.iter().position(|l| l.code() == code).map_or(0, |k| 1 << k);
        (w, mask)
    }))
});

/// The word table of `(word, language mask)` pairs, a word's masks joined.
pub(super) fn word_masks(pairs: impl Iterator<Item = (&'static str, u8)>) -> WordSet<u8> {
    let mut joined: Vec<(&'static str, u8)> = Vec::new();
    let mut at: HashMap<&'static str, usize> = HashMap::new();
    for (w, mask) in pairs {
        match at.get(w) {
            Some(&k) => joined[k].1 |= mask,
            None => {
                at.insert(w, joined.len());
                joined.push((w, mask));
            }
        }
    }
    WordSet::from_pairs(joined)
}

/// Word endings that are rare in Russian: (ending, languages, minimum word length in letters).
/// Checked in order; the first that matches counts.
pub(super) const ENDINGS: [(&str, u8, usize); 18] = [
    ("ските", BG | MK, 6),
    ("ската", BG | MK, 6),
    ("ското", BG | MK, 6),
    ("ският", BG, 6),
    ("ския", BG, 6),
    ("ият", BG, 5),
    ("ост", BG | SR | MK, 6),
    ("ване", BG, 6),
    ("ват", BG, 7),
    ("аат", MK, 5),
    ("иот", MK, 5),
    ("ото", BG | MK, 5),
    ("ето", BG | MK, 5),
    ("ння", UK, 4),
    ("ття", UK, 4),
    ("ийн", MN, 4),
    ("ын", MN | KK, 4),
    ("цца", BE, 5),
];

/// Endings that occur in Russian but far more often in the languages named; half weight, and
/// none in a Russian word form («палата», «скажите»).
pub(super) const WEAK_ENDINGS: [(&str, u8, usize); 3] = [("ите", BG | MK, 6), ("ата", BG | MK, 6), ("има", SR, 5)];

/// Letter sequences that are rare in Russian.
pub(super) const INFIXES: [(&str, u8); 16] = [
    ("аа", MN),
    ("ськ", UK),
    ("цьк", UK),
    ("зьк", UK),
    ("ээ", MN),
    ("уу", MN),
    ("үү", MN),
    ("өө", MN),
    ("шы", BE | KK),
    ("жы", BE | KK),
    ("чы", BE | KK),
    ("цыя", BE),
    ("цыю", BE),
    ("цыі", BE),
    ("дзі", BE),
    ("дзя", BE),
];

/// The bits of the double letters among `INFIXES` (аа, ээ, уу, үү, өө).
const DOUBLE_LETTER_INFIXES: u16 = 1 | 1 << 4 | 1 << 5 | 1 << 6 | 1 << 7;

/// Endings that separate the non-Russian candidates in the second stage.
pub(super) const SECOND_STAGE_ENDINGS: [(&str, u8, usize); 11] = [
    ("ао", SR, 3),
    ("ео", SR, 3),
    ("ио", SR, 3),
    ("ом", SR, 4),
    ("ога", SR, 5),
    ("ог", SR, 4),
    ("от", MK, 4),
    ("ата", BG | MK, 6),
    ("ите", BG | MK, 5),
    ("ал", BG | MK, 4),
    ("ил", BG | MK, 4),
];

/// Weights of the Cyrillic scores (tuned on odd-numbered Lingua lines and UD Russian sentences).
pub(super) mod cyr_weights {
    /// Per word impossible in a language's alphabet.
    pub const IMPOSSIBLE: f32 = 3.0;
    /// Per word with a language's own letters.
    pub const SIGNATURE: f32 = 1.5;
    /// Per function word of a non-Russian language.
    pub const FUNCTION_WORD: f32 = 3.0;
    /// Per Russian function word.
    pub const RU_FUNCTION_WORD: f32 = 2.0;
    /// Per ending or letter sequence rare in Russian.
    pub const PATTERN: f32 = 2.0;
    /// Head start of Russian.
    pub const RU_PRIOR: f32 = 0.5;
    /// Russian at least this far ahead needs no dictionary look-ups.
    pub const RU_CLEAR: f32 = 3.0;
    /// Per word that is no Russian word form. Measured on the even lines the character models
    /// learn from: of the words the look-ups count, 1.5 % of the Russian ones are no Russian
    /// word form, and 58–69 % of the Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian
    /// ones, so a word that is no form is evidence of ln(0.015 / 0.65) ≈ −3.8 nats against
    /// Russian and a form of ln(0.985 / 0.35) ≈ +1.0 for it: no form weighs several times a
    /// form. Tried with `NGRAMS` 0.2 and `RUSSIAN_WORD` 0.5: 1.4, 1.75, 2.0 — UD Russian
    /// sentences off 28 / 31 / 32, Belarusian and Bulgarian lines labelled `ru` 0.54 / 0.54 %
    /// each time (0.4 for `RUSSIAN_WORD` moves one line of each to its language and reads
    /// «Шойгу» as Kazakh); 0.5 with `NGRAMS` 0.1, the weights before: 25 off, 1.1 / 1.1 %.
    pub const FOREIGN_WORD: f32 = 1.4;
    /// Per Russian word form.
    pub const RUSSIAN_WORD: f32 = 0.5;
    /// Extra per foreign word with a Bulgarian-like article ending.
    pub const FOREIGN_ARTICLE: f32 = 1.0;
    /// Candidates this close to the best go to the second stage.
    pub const SECOND_STAGE_BAND: f32 = 1.0;
    /// Per second-stage word or ending.
    pub const SECOND_STAGE: f32 = 1.0;
    /// Per nat of a language's log-likelihood over Russian's under the character models
    /// (`ngrams.rs`). Tried 0.1, 0.2, 0.3 (with `FOREIGN_WORD` 1.4 and `RUSSIAN_WORD` 0.4): the
    /// weight trades the neighbours' lines labelled `ru` against UD Russian — Belarusian 1.0 /
    /// 0.5 / 0.5 %, UD Russian 99.3 / 99.3 / 99.2 %.
    pub const NGRAMS: f32 = 0.2;
    /// At most this many nats per letter of a word, for or against a language (tried: 1, 2, 4,
    /// 8; 4 and 8 gain a few tenths on the neighbours' lines, and read «Мэр Москвы.» as
    /// Belarusian and «Шойгу» as Mongolian).
    pub const NGRAMS_PER_LETTER: f32 = 2.0;
    /// Fewer letters than this in all, none outside the Russian alphabet: no language.
    pub const MIN_LETTERS: usize = 4;
}

/// The n-gram statistics of the Cyrillic languages, in the order of `CYR`.
pub(super) static CYRILLIC_NGRAMS: LazyLock<NgramModel> =
    LazyLock::new(|| NgramModel::parse(include_bytes!("../../lexicon/lang/ngrams_cyrillic.bin")));

/// Per-language evidence gathered from the words of a Cyrillic text.
#[derive(Default, Debug)]
pub(super) struct CyrEvidence {
    /// The n-gram log-likelihood of each language (in cost units, `ngrams::SCALE` per nat).
    pub(super) ngrams: [f32; 8],
    pub(super) impossible: [u16; 8],
    pub(super) signature: [u16; 8],
    pub(super) function_words: [u16; 8],
    pub(super) patterns: [f32; 8],
    /// Words with a letter outside the Russian alphabet.
    pub(super) not_russian_letters: u16,
}

/// A lower-cased Cyrillic word, as a range of the scratch string.
#[derive(Clone, Copy, Debug)]
pub(super) struct CyrWord {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Written in lower case (or the first word of the text), with no Latin stand-ins.
    pub(super) plain: bool,
    /// Starts with a capital letter and is not the first word: likely a name.
    pub(super) name: bool,
    pub(super) standalone: bool,
}

pub(super) fn add_mask<T: std::ops::AddAssign + Copy>(counts: &mut [T], mask: u8, v: T) {
    if mask == 0 {
        return;
    }
    for (i, c) in counts.iter_mut().enumerate() {
        if mask & (1 << i) != 0 {
            *c += v;
        }
    }
}

/// Lower-cases the Cyrillic words of `text` into `buf`, noting them in `out`, and gathers the
/// evidence.
pub(super) fn cyr_evidence(text: &str, words: &[Word], buf: &mut String, out: &mut Vec<CyrWord>) -> CyrEvidence {
    let mut ev = CyrEvidence::default();
    // A text in capitals («ГЕРБ, ПЕЧАТ, ЗНАМЕ, ХИМН»: a headline, a shout) shows no names by case.
    let shouted = !text.chars().any(char::is_lowercase);
    for w in words {
        let raw = &text[w.start..w.end];
        let (mut n_cyr, mut n_lat) = (0usize, 0usize);
        for c in raw.chars() {
            match writing(c) {
                Some(Writing::Cyrillic) => n_cyr += 1,
                Some(Writing::Latin) => n_lat += 1,
                _ => {}
            }
        }
        let start = buf.len();
        // Changed by lower-casing or by mapping Latin stand-ins (not by apostrophe spelling).
        let mut changed = false;
        if n_cyr > 0 {
            for c in raw.chars().filter(|&c| !is_mark(c)) {
                let mut push = |l: char| {
                    let m = match l {
                        _ if n_lat > 0 && writing(l) == Some(Writing::Latin) => homoglyph(l).unwrap_or(l),
                        '’' | 'ʼ' => '\'',
                        _ => l,
                    };
                    changed |= m != c && !is_apostrophe(c);
                    buf.push(m);
                };
                match c {
                    'а'..='я' | 'ѐ'..='џ' => push(c),
                    'А'..='Я' => push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
                    'Ѐ'..='Џ' => push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
                    _ => c.to_lowercase().for_each(push),
                }
            }
        } else if raw == "i" && w.standalone {
            // A lone Latin `i` among Cyrillic words is the Ukrainian or Belarusian `і`.
            buf.push('і');
            changed = true;
        } else {
            continue;
        }
        let k = out.len();
        let word = CyrWord {
            start,
            end: buf.len(),
            plain: !changed || k == 0,
            name: k > 0 && raw.chars().next().is_some_and(crate::text::is_upper) && !shouted,
            standalone: w.standalone,
        };
        out.push(word);
        word_evidence(&buf[start..], &word, changed, &mut ev);
        if word.standalone && word.plain && counted_in_genitive_a(&text[..w.start], &buf[start..]) {
            add_mask(&mut ev.patterns, SR, 1.0);
        }
        if &buf[start..] == "г" && text[w.end..].starts_with('.') && is_age_before(&text[..w.start]) {
            add_mask(&mut ev.patterns, BG | MK, 1.0);
        }
        if let Some(prev) = k.checked_sub(1).map(|j| out[j]) {
            let (this, before) = (&buf[start..], &buf[prev.start..prev.end]);
            // «д-р» (доктор), the South Slavic and Ukrainian abbreviation; Russian writes «доктор».
            if !word.standalone && this == "р" && before == "д" {
                add_mask(&mut ev.patterns, BG | MK | UK, 1.0);
            }
            // «не и» («но не и на …», "but not also"): Bulgarian and Macedonian; Russian says «и не».
            if word.standalone && prev.standalone && this == "и" && before == "не" {
                add_mask(&mut ev.patterns, BG | MK, 1.0);
            }
        }
    }
    ev
}

pub(super) fn word_evidence(word: &str, info: &CyrWord, changed: bool, ev: &mut CyrEvidence) {
    let mut mask = ALL_CYR;
    let mut sig = 0u8;
    let (mut has_i, mut has_mn_vowel, mut apostrophe, mut has_vowel) = (false, false, false, false);
    // Russian writes ъ only before е, ё, ю, я (объявить); Bulgarian writes it anywhere.
    let mut hard_sign_rule = false;
    let mut syllabic_r = false;
    let mut infixes = 0u16;
    // A letter three times over is emphasis («Даааа», «Клааас»), not a double vowel.
    let mut elongated = false;
    let mut n = 0usize;
    let (mut p2, mut p1) = ('\0', '\0');
    for c in word.chars() {
        n += 1;
        if is_cyrillic(c) {
            mask &= alphabet(c);
            sig |= signature(c);
        }
        match c {
            'і' => has_i = true,
            'ө' | 'ү' => has_mn_vowel = true,
            _ => {}
        }
        apostrophe |= is_apostrophe(c);
        has_vowel |= is_vowel(c);
        hard_sign_rule |= p1 == 'ъ' && !matches!(c, 'е' | 'ё' | 'ю' | 'я');
        // Syllabic r between consonants (Serbian and Macedonian прв, цркве, тврдина).
        syllabic_r |= p1 == 'р' && is_consonant(p2) && is_consonant(c);
        if let Some(k) = infix_at(p2, p1, c) {
            infixes |= 1 << k;
        }
        elongated |= p2 == c && p1 == c;
        (p2, p1) = (p1, c);
    }
    hard_sign_rule |= p1 == 'ъ';
    if elongated {
        infixes &= !DOUBLE_LETTER_INFIXES;
    }
    add_mask(&mut ev.impossible, !mask, 1);
    ev.not_russian_letters += u16::from(mask & RU == 0);
    add_mask(&mut ev.signature, sig, 1);
    if has_i {
        add_mask(&mut ev.signature, UK | BE, 1);
        if has_mn_vowel {
            add_mask(&mut ev.signature, KK, 1);
        }
    }
    if hard_sign_rule {
        add_mask(&mut ev.impossible, RU | KK | MN, 1);
        add_mask(&mut ev.signature, BG, 1);
    }
    if apostrophe {
        add_mask(&mut ev.impossible, RU | BG, 1);
        add_mask(&mut ev.signature, UK | BE, 1);
    }
    // A capitalised one-letter word is an initial.
    if info.standalone
        && info.plain
        && !(n == 1 && changed)
        && let Some(m) = FUNCTION_WORD_MAP.get(word)
    {
        add_mask(&mut ev.function_words, m, 1);
    }
    // Every ending in the tables ends in one of these letters.
    if matches!(p1, 'е' | 'а' | 'о' | 'т' | 'я' | 'н') {
        if let Some(&(_, m, _)) = ENDINGS.iter().find(|&&(e, _, min)| n >= min && word.ends_with(e)) {
            add_mask(&mut ev.patterns, m, 1.0);
        } else if let Some(&(_, m, _)) = WEAK_ENDINGS.iter().find(|&&(e, _, min)| n >= min && word.ends_with(e))
            && !crate::lexicon::russian_dictionary().is_known(word)
        {
            // (Not in a Russian word form: «палата», «скажите».)
            add_mask(&mut ev.patterns, m, 0.5);
        }
    }
    // (Most words have none.) A name's letters tell little: «Маас», «Саакашвили».
    if infixes != 0 && !info.name {
        for (k, &(_, m)) in INFIXES.iter().enumerate() {
            if infixes & (1 << k) != 0 {
                add_mask(&mut ev.patterns, m, 1.0);
            }
        }
    }
    if syllabic_r && n >= 4 && has_vowel {
        add_mask(&mut ev.patterns, SR | MK, 1.0);
    }
    // A word whose only vowel is a syllabic r («врх», «крв», «смрт»), in lower case; Russian
    // writes such words only as abbreviations («млрд», «трлн»).
    if syllabic_r && !has_vowel && info.plain && info.standalone && n >= 3 && !matches!(word, "млрд" | "трлн") {
        add_mask(&mut ev.patterns, SR | MK, 1.0);
    }
    // The Bulgarian superlative prefix, glued to its word by a hyphen: «най-много».
    if !info.standalone && word == "най" {
        add_mask(&mut ev.patterns, BG | MK, 1.0);
    }
    // South Slavic adjectives in «-ски» after a consonant («американски», «српски»), which
    // Russian writes «-ский» (its adverbs are «-ески», «по-английски» and nouns «маски»,
    // «записки»), and plurals in «-нти» («конкуренти», Russian «конкуренты»).
    if info.standalone && info.plain && n >= 6 {
        let before = |ending: &str| word.strip_suffix(ending).and_then(|stem| stem.chars().next_back());
        if before("ски").is_some_and(is_consonant) || before("нти").is_some_and(is_vowel) {
            add_mask(&mut ev.patterns, BG | SR | MK, 1.0);
        }
    }
}

/// Serbian counts in the genitive plural, which ends in «-а» («4.510 становника», «58 минута»,
/// «20 година»): is `word` such a noun after the number that ends `before` (an integer whose
/// last digit is 0 or 5–9, or 11–19, in digits and dots of thousands)? Russian has «-а» there
/// only in «года», «века», «числа», «утра», «вечера» and months; years (1000–2099) are left
/// out, a nominative can follow them («в 1998 страна …»).
pub(super) fn counted_in_genitive_a(before: &str, word: &str) -> bool {
    // (Most words have no number before them.)
    let b = before.as_bytes();
    if !(b.len() >= 2 && b[b.len() - 1] == b' ' && b[b.len() - 2].is_ascii_digit()) {
        return false;
    }
    if !word.ends_with('а') || word.chars().count() < 4 {
        return false;
    }
    if matches!(word, "года" | "века" | "числа" | "утра" | "вечера" | "марта" | "августа")
    {
        return false;
    }
    let before = before.trim_end_matches(' ');
    let rest = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    let number = &before[rest.len()..];
    // Nothing glued before the number (no decimal comma: «3,510»).
    if number.is_empty() || !(rest.is_empty() || rest.ends_with([' ', '('])) {
        return false;
    }
    // Digits, or groups of three after the first separated by dots.
    let mut groups = number.split('.');
    let first = groups.next().unwrap_or("");
    let grouped = number.contains('.');
    let well_formed = !first.is_empty() && first.len() <= if grouped { 3 } else { 9 } && groups.all(|g| g.len() == 3);
    if !well_formed {
        return false;
    }
    let n: u64 = number.bytes().filter(u8::is_ascii_digit).fold(0, |n, b| n * 10 + u64::from(b - b'0'));
    (grouped || !(1000..=2099).contains(&n)) && ((11..=19).contains(&(n % 100)) || matches!(n % 10, 0 | 5..=9))
}

/// Does `before` end in a number of one or two digits (and a space), not the end of a range
/// or a date? Bulgarian and Macedonian abbreviate years of age or duration «г.» («Марин
/// ПЕНКОВ (23 г.)», «по-стари от 3 г.»); Russian writes «г.» after a year only (none after a
/// number under 100 in the Russian corpora).
pub(super) fn is_age_before(before: &str) -> bool {
    let b = before.strip_suffix([' ', '\u{a0}']).unwrap_or(before).as_bytes();
    let digits = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let start = b.len() - digits;
    (1..=2).contains(&digits) && (start == 0 || !matches!(b[start - 1], b'.' | b',' | b'-' | b'/' | b':' | 0x80..))
}

/// A percentage with a decimal point («1.3%», «0.08 %»): Bulgarian and Macedonian news write
/// it often (16 and 1 of the 1,000 Lingua sentences), Russian almost never (1; none in the
/// Russian news corpora), which writes a decimal comma.
pub(super) fn has_point_percent(text: &str) -> bool {
    if !text.contains('%') {
        return false;
    }
    let b = text.as_bytes();
    b.iter().enumerate().filter(|&(_, &c)| c == b'%').any(|(i, _)| {
        let end = if i > 0 && b[i - 1] == b' ' { i - 1 } else { i };
        let fraction = b[..end].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let point = end - fraction;
        if !((1..=2).contains(&fraction) && point > 1 && b[point - 1] == b'.') {
            return false;
        }
        let whole = b[..point - 1].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let start = point - 1 - whole;
        (1..=3).contains(&whole) && (start == 0 || !matches!(b[start - 1], b'.' | b','))
    })
}

/// The index in `INFIXES` of the infix ending with the letters `a`, `b`, `c`, if any (a fast
/// path for `word.contains(infix)`; the tests check the two agree).
pub(super) fn infix_at(a: char, b: char, c: char) -> Option<usize> {
    Some(match (a, b, c) {
        (_, 'а', 'а') => 0,
        ('с', 'ь', 'к') => 1,
        ('ц', 'ь', 'к') => 2,
        ('з', 'ь', 'к') => 3,
        (_, 'э', 'э') => 4,
        (_, 'у', 'у') => 5,
        (_, 'ү', 'ү') => 6,
        (_, 'ө', 'ө') => 7,
        (_, 'ш', 'ы') => 8,
        (_, 'ж', 'ы') => 9,
        (_, 'ч', 'ы') => 10,
        ('ц', 'ы', 'я') => 11,
        ('ц', 'ы', 'ю') => 12,
        ('ц', 'ы', 'і') => 13,
        ('д', 'з', 'і') => 14,
        ('д', 'з', 'я') => 15,
        _ => return None,
    })
}

/// Russian's score after the dictionary look-ups: each word that is a Russian word form (in
/// rumorph's OpenCorpora dictionary) adds `RUSSIAN_WORD`; each other word takes `FOREIGN_WORD`,
/// and `FOREIGN_ARTICLE` more if it ends like a Bulgarian or Macedonian definite noun (`-та`,
/// `-то`, `-те`, `-ът`, `-ят`). Names (capitalised words after the first), short words and words
/// with letters outside the Russian alphabet do not count. Stops as soon as the remaining words
/// cannot carry `ru` across `rival`.
pub(super) fn russian_word_score(buf: &str, words: &[CyrWord], mut ru: f32, rival: f32) -> f32 {
    use cyr_weights::*;
    let counted = |w: &&CyrWord| {
        let word = &buf[w.start..w.end];
        !w.name && word.chars().nth(2).is_some() && word.chars().all(|c| alphabet(c) & RU != 0)
    };
    let mut left = words.iter().filter(counted).count() as f32;
    let dictionary = crate::lexicon::russian_dictionary();
    for w in words.iter().filter(counted) {
        if ru - (FOREIGN_WORD + FOREIGN_ARTICLE) * left >= rival || ru + RUSSIAN_WORD * left < rival {
            break;
        }
        left -= 1.0;
        let word = &buf[w.start..w.end];
        if dictionary.is_known(word) {
            ru += RUSSIAN_WORD;
        } else {
            ru -= FOREIGN_WORD;
            if ["та", "то", "те", "ът", "ят"].iter().any(|e| word.ends_with(e)) {
                ru -= FOREIGN_ARTICLE;
            }
        }
    }
    ru
}

/// A confidence in 0.5..1 from how far the winner is ahead.
pub(super) fn confidence(margin: f32) -> f32 {
    0.5 + 0.5 * (margin.max(0.0) / 3.0).tanh()
}

impl LangDetector {
    /// The language of a text written mainly in Cyrillic; `None` when its words hold fewer than
    /// `cyr_weights::MIN_LETTERS` letters, none of them outside the Russian alphabet («Да.», «Ого!», «1932
    /// г.»): such a line reads the same in several languages.
    pub(super) fn detect_cyrillic(&self, text: &str, words: &[Word]) -> Option<(Lang, f32)> {
        use cyr_weights::*;
        let mut buf = String::with_capacity(text.len());
        let mut cwords = Vec::with_capacity(words.len());
        let mut ev = cyr_evidence(text, words, &mut buf, &mut cwords);
        if ev.impossible[0] == 0 && buf.chars().nth(MIN_LETTERS - 1).is_none() {
            return None;
        }
        // The n-grams of the words that are not names (a name's letters tell little:
        // «Саакашвили» in Russian text). Each word's say is bounded by its length: the n-grams
        // of a short word overlap most («мэр» would read as Mongolian).
        for w in cwords.iter().filter(|w| !w.name) {
            let word = &buf[w.start..w.end];
            let mut here = [0f32; 8];
            CYRILLIC_NGRAMS.add_word(word, &mut here);
            let bound = NGRAMS_PER_LETTER * super::ngrams::SCALE * word.chars().count() as f32;
            for (n, &h) in ev.ngrams.iter_mut().zip(&here).skip(1) {
                *n += (h - here[0]).clamp(-bound, bound);
            }
        }
        if has_point_percent(text) {
            add_mask(&mut ev.patterns, BG | MK, 0.5);
        }
        let count = |c: u16| f32::from(c);
        let mut score = [0f32; 8];
        // Russian has no letters and no rare patterns of its own.
        score[0] = RU_FUNCTION_WORD * count(ev.function_words[0]) + RU_PRIOR - IMPOSSIBLE * count(ev.impossible[0]);
        for (i, s) in score.iter_mut().enumerate().skip(1) {
            *s = FUNCTION_WORD * count(ev.function_words[i])
                + PATTERN * ev.patterns[i]
                + SIGNATURE * count(ev.signature[i])
                - IMPOSSIBLE * count(ev.impossible[i]);
        }
        // The n-grams: each language's log-likelihood over Russian's, in nats.
        for (s, &n) in score.iter_mut().zip(&ev.ngrams).skip(1) {
            *s += NGRAMS * n / super::ngrams::SCALE;
        }
        // Non-Russian candidates need positive evidence, except Bulgarian, which has no letters of
        // its own and is the fallback for Cyrillic text that does not read as Russian; and a
        // language that can spell every word where Russian cannot («Игорь Сідоренко»).
        let spells = |i: usize| ev.not_russian_letters > 0 && ev.impossible[i] == 0;
        let candidate = |i: usize| i > 0 && (score[i] > 0.0 || CYR[i] == Lang::BG || spells(i));
        // The first of the best, in the order of `CYR` (Bulgarian is always a candidate).
        let best = (1..8).filter(|&i| candidate(i)).reduce(|b, i| if score[i] > score[b] { i } else { b }).unwrap_or(3);
        let mut ru = score[0];
        if ru >= RU_CLEAR && ru >= score[best] {
            return Some((Lang::RU, confidence(ru - score[best])));
        }
        if ru < RU_CLEAR {
            ru = russian_word_score(&buf, &cwords, ru, score[best]);
        }
        if ru >= score[best] {
            return Some((Lang::RU, confidence(ru - score[best])));
        }
        // Second stage: candidates close to the best.
        let mut top: Vec<usize> =
            (1..8).filter(|&i| candidate(i) && score[i] >= score[best] - SECOND_STAGE_BAND).collect();
        if top.len() > 1 {
            let mut extra = [0f32; 8];
            for w in &cwords {
                let word = &buf[w.start..w.end];
                if w.standalone
                    && let Some(m) = SECOND_STAGE_MAP.get(word)
                {
                    add_mask(&mut extra, m, SECOND_STAGE);
                }
                let n = word.chars().count();
                if let Some(&(_, m, _)) =
                    SECOND_STAGE_ENDINGS.iter().find(|&&(e, _, min)| n >= min && word.ends_with(e))
                {
                    add_mask(&mut extra, m, SECOND_STAGE);
                }
            }
            let total = |i: usize| score[i] + extra[i];
            let max = top.iter().map(|&i| total(i)).fold(f32::MIN, f32::max);
            top.retain(|&i| total(i) == max);
        }
        let mut pick = top[0];
        let runner_up =
            (0..8).filter(|&i| i != pick).map(|i| if i == 0 { ru } else { score[i] }).fold(f32::MIN, f32::max);
        let mut conf = confidence(score[pick] - runner_up);
        // Bulgarian by default only (no evidence of its own): whatlang, among the languages the
        // alphabet allows; and whatlang breaks ties, except Serbian against Macedonian, where its
        // profiles lean to Macedonian.
        let by_default = CYR[pick] == Lang::BG && score[pick] <= 0.0;
        let tie = top.len() > 1 && !(top.contains(&4) && top.contains(&5));
        if (by_default || tie)
            && let Some(info) = self.cyrillic.detect(text)
            && let Some(i) = Lang::from_whatlang(info.lang()).and_then(|l| CYR.iter().position(|&c| c == l))
            && i > 0
            && (if by_default { ev.impossible[i] == 0 } else { top.contains(&i) })
        {
            pick = i;
            conf = info.confidence() as f32;
        }
        Some((CYR[pick], conf))
    }
}
