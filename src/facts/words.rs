// Stage: facts. May use: text, token.
//! The words that dates, money and percentages are recognised by.

use super::date::Unit;
use crate::lexicon::lexicon;
use crate::token::Words;
pub(crate) use crate::token::{month, weekday};

/// A cheap filter: can a date start at token `i`?
pub(crate) fn could_start_date(w: &Words<'_, '_>, i: usize) -> bool {
    let s = w.low(i);
    let first = s.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii_digit() || roman_like(w.text(i)) {
        return true;
    }
    s.len() <= 24
        && (super::date::is_date_prep(s)
            || matches!(s, "q1" | "q2" | "q3" | "q4")
            || month(s).is_some()
            || weekday(s).is_some()
            || relative_day(s).is_some()
            || relative_shift(s).is_some()
            || part_of(s).is_some()
            || ordinal(s).is_some()
            || cardinal(s).is_some()
            || half_unit(s).is_some()
            || s.starts_with("сегодняшн")
            || season(s).is_some()
            || super::date::HEDGE_WORDS.contains(s)
            || super::date::VAGUE_ADJECTIVES.contains(s)
            || super::date::OTHER_STARTS.contains(s)
            || super::date::instrumental_unit(s).is_some()
            || s.contains('-'))
}

fn roman_like(s: &str) -> bool {
    !s.is_empty() && s.len() <= 6 && s.bytes().all(|c| matches!(c, b'I' | b'V' | b'X' | b'L'))
}

/// Days relative to today: «вчера» → -1.
pub(crate) fn relative_day(s: &str) -> Option<i64> {
    Some(match s {
        "позавчера" => -2,
        "вчера" | "накануне" | "yesterday" => -1,
        "сегодня" | "today" => 0,
        "завтра" | "tomorrow" => 1,
        "послезавтра" => 2,
        _ => return None,
    })
}

/// «прошлый» → -1, «этот» → 0, «следующий» → 1.
pub(crate) fn relative_shift(s: &str) -> Option<i32> {
    Some(match s {
        "позапрошлом" | "позапрошлый" | "позапрошлого" => -2,
        "прошлом" | "прошлый" | "прошлого" | "прошлой" | "прошлую" | "минувшем" | "минувший" | "минувшего"
        | "минувшей" | "минувшую" | "минувшие" | "прошедшие" | "прошедшем" | "last" => {
            -1
        }
        "этом" | "этот" | "этого" | "этой" | "эту" | "текущем" | "текущего" | "нынешнем" | "нынешнего" | "this" => {
            0
        }
        "следующем"
        | "следующий"
        | "следующего"
        | "следующей"
        | "следующую"
        | "будущем"
        | "будущего"
        | "грядущем"
        | "next" => 1,
        _ => return None,
    })
}

/// A unit of time in any form: «году», «лет», «месяцев», «недели», «дней», «years».
pub(crate) fn unit(s: &str) -> Option<Unit> {
    Some(match s {
        "год" | "года" | "году" | "годом" | "годе" | "годы" | "годов" | "годам" | "годах" | "лет" | "year"
        | "years" => Unit::Year,
        "месяц" | "месяца" | "месяце" | "месяцу" | "месяцы" | "месяцев" | "месяцам" | "месяцах" | "month"
        | "months" => Unit::Month,
        "неделя" | "неделе" | "неделю" | "недели" | "недель" | "неделям" | "неделях" | "week" | "weeks" => {
            Unit::Week
        }
        "день" | "дня" | "дней" | "дни" | "дням" | "днях" | "сутки" | "суток" | "day" | "days" => {
            Unit::Day
        }
        "десятилетие" | "десятилетия" | "десятилетий" | "decade" | "decades" => {
            Unit::Decade
        }
        "век" | "века" | "веке" | "веков" | "столетие" | "столетия" | "столетий" | "century" | "centuries" => {
            Unit::Century
        }
        _ => return None,
    })
}

/// «полгода», «полвека».
pub(crate) fn half_unit(s: &str) -> Option<(f64, Unit)> {
    match s {
        "полгода" => Some((0.5, Unit::Year)),
        "полвека" => Some((0.5, Unit::Century)),
        _ => None,
    }
}

/// «начале» (month parts 1–10), «середине», «конце»: the part of the period (kept for later use).
pub(crate) fn part_of(s: &str) -> Option<(u32, u32)> {
    Some(match s {
        "начале" | "начало" | "начала" => (1, 3),
        "середине" | "середина" | "середины" => (2, 3),
        "конце" | "конец" | "конца" => (3, 3),
        _ => return None,
    })
}

// The word «год» in any form, Russian and English («года», «году», «г.», «year»).
lexicon!(YEAR_WORDS, "ru/year_words.txt");

pub(crate) fn is_year_word(s: &str) -> bool {
    YEAR_WORDS.contains(s)
}

/// Seasons in any form: «весной» → `SP`.
pub(crate) fn season(s: &str) -> Option<&'static str> {
    Some(match s {
        "весна" | "весной" | "весну" | "весне" | "весны" | "spring" => "SP",
        "лето" | "летом" | "лета" | "summer" => "SU",
        "осень" | "осенью" | "осени" | "autumn" | "fall" => "FA",
        "зима" | "зимой" | "зиму" | "зимы" | "зиме" | "winter" => "WI",
        _ => return None,
    })
}

pub(crate) fn is_point(s: &str) -> bool {
    matches!(s, "пункт" | "пункта" | "пунктов" | "пунктам" | "пунктах" | "point" | "points")
}

pub(crate) fn is_quarter(s: &str) -> bool {
    matches!(s, "квартал" | "квартале" | "квартала" | "кв." | "quarter")
}

// The word «век» in any form, Russian and English.
lexicon!(CENTURY_WORDS, "ru/century_words.txt");

pub(crate) fn is_century(s: &str) -> bool {
    CENTURY_WORDS.contains(s)
}

pub(crate) fn is_latin(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
}

/// Ordinal words: «первом» → 1 … «двадцать первом» is not handled (two words).
pub(crate) fn ordinal(s: &str) -> Option<u32> {
    const STEMS: [(&str, u32); 20] = [
        ("перв", 1),
        ("втор", 2),
        ("трет", 3),
        ("четверт", 4),
        ("пят", 5),
        ("шест", 6),
        ("седьм", 7),
        ("восьм", 8),
        ("девят", 9),
        ("десят", 10),
        ("одиннадцат", 11),
        ("двенадцат", 12),
        ("тринадцат", 13),
        ("четырнадцат", 14),
        ("пятнадцат", 15),
        ("шестнадцат", 16),
        ("семнадцат", 17),
        ("восемнадцат", 18),
        ("девятнадцат", 19),
        ("двадцат", 20),
    ];
    const ENDINGS: [&str; 12] = ["ый", "ой", "ий", "ом", "ем", "ого", "его", "ая", "ья", "ье", "ую", "ью"];
    // (The ending first: most words have none of these, and then no stem is tried.)
    if ENDINGS.iter().any(|e| s.ends_with(e)) {
        for (stem, n) in STEMS {
            if let Some(end) = s.strip_prefix(stem)
                && ENDINGS.contains(&end)
            {
                return Some(n);
            }
        }
    }
    match s {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        _ => None,
    }
}

/// Cardinal number words: «три» → Some(Some(3)), «несколько» → Some(None).
pub(crate) fn cardinal(s: &str) -> Option<Option<f64>> {
    let n = match s {
        "один" | "одного" | "одну" | "одним" | "одном" | "одной" | "one" => 1.0,
        "два" | "две" | "двух" | "двум" | "двумя" | "пару" | "пара" | "two" => 2.0,
        "три" | "трех" | "трем" | "тремя" | "three" => 3.0,
        "четыре" | "четырех" | "четырем" | "four" => 4.0,
        "пять" | "пяти" | "five" => 5.0,
        "шесть" | "шести" | "six" => 6.0,
        "семь" | "семи" | "seven" => 7.0,
        "восемь" | "восьми" | "eight" => 8.0,
        "девять" | "девяти" | "nine" => 9.0,
        "десять" | "десяти" | "ten" => 10.0,
        "пятнадцать" | "пятнадцати" => 15.0,
        "двадцать" | "двадцати" | "twenty" => 20.0,
        "тридцать" | "тридцати" => 30.0,
        "сорок" | "сорока" => 40.0,
        "пятьдесят" | "пятидесяти" => 50.0,
        "сто" | "ста" | "сотня" => 100.0,
        "двести" | "двухсот" => 200.0,
        "триста" | "трехсот" => 300.0,
        "четыреста" | "четырехсот" => 400.0,
        "пятьсот" | "пятисот" => 500.0,
        "полтора" | "полутора" => 1.5,
        "несколько"
        | "нескольких"
        | "several"
        | "few"
        | "many"
        | "многие"
        | "многих"
        | "сотен"
        | "сотни"
        | "десятков"
        | "десятки" => return Some(None),
        _ => return None,
    };
    Some(Some(n))
}
