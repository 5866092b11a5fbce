// Stage: facts. May use: text, lexicon, token, sentence, lang, morph.
//! Date expressions without a leading preposition: named times, parts of periods, days and months, years, durations.

use super::*;

lexicon!(pub(super) COUNTED_UNITS, "ru/counted_units.txt");

// Words after a bare year that show it counts nothing («2000 года», «2000 по …»): the year stays a date.
lexicon!(pub(super) YEAR_NOT_COUNTING, "ru/year_not_counting.txt");

/// A date expression without a leading preposition: each kind in turn, durations last.
pub(super) fn parse_core(w: &Words<'_, '_>, i: usize) -> Option<(usize, When)> {
    let s = w.low(i);
    if s.is_empty() {
        return None;
    }
    for kind in [named_times, parts_of_periods, months_and_days, years_and_decades] {
        if let Some(found) = kind(w, i, s) {
            return found;
        }
    }
    durations(w, i, s)
}

/// Dates named by words: «21.06.2024», seasons, «в настоящее время», «недавно», «на днях»,
/// «годом позже», weekdays, «вчера», «в прошлом году». `None`: not this kind; `Some(found)`: the answer of [`parse_core`].
pub(super) fn named_times(w: &Words<'_, '_>, i: usize, s: &str) -> Option<Option<(usize, When)>> {
    // 21.06.2024, 2024-06-21
    if let Some(when) = numeric_date(w.text(i)) {
        return Some(Some((i + 1, when)));
    }
    // Seasons: «весной 2012 года», «летом», «зима 2020»
    if let Some(season) = words::season(s) {
        let (end, y) = year_after(w, i + 1);
        // «fall» is a verb too («expect inflation to fall to 2.5%»): a season only with a year
        // after it or a determiner or «in» before it.
        let verb = s == "fall"
            && y.is_none()
            && !(i > 0 && matches!(w.low(i - 1), "in" | "the" | "this" | "last" | "next" | "that" | "early" | "late"));
        if !verb {
            return Some(Some((end, When::Season(y, season))));
        }
    }
    // «в настоящее время», «в настоящий момент», «в данный момент»
    if matches!(s, "настоящее" | "настоящий" | "данный") && matches!(w.low(i + 1), "время" | "момент")
    {
        return Some(Some((i + 2, When::Present)));
    }
    // «в том же году», «в этом же месяце», «в последние годы», «в разные годы», «в выходные»
    if matches!(s, "том" | "тот" | "той" | "этом") && w.low(i + 1) == "же" && words::unit(w.low(i + 2)).is_some()
    {
        return Some(Some((i + 3, When::Vague)));
    }
    if VAGUE_ADJECTIVES.contains(s)
        && matches!(
            w.low(i + 1),
            "годы"
                | "годах"
                | "месяцы"
                | "месяцах"
                | "недели"
                | "неделях"
                | "дни"
                | "днях"
                | "десятилетия"
        )
    {
        return Some(Some((i + 2, When::Vague)));
    }
    if matches!(s, "недавно" | "recently") || (s == "днях" && i > 0 && w.low(i - 1) == "на") {
        return Some(Some((i + 1, When::Vague)));
    }
    // «на сегодняшний день», «с сегодняшнего дня»
    if s.starts_with("сегодняшн") && matches!(w.low(i + 1), "день" | "дня" | "момент") {
        return Some(Some((i + 2, When::RelDays(0))));
    }
    // «годом позже», «двумя неделями ранее», «три дня спустя» (see durations)
    if let Some(unit) = instrumental_unit(s)
        && matches!(w.low(i + 1), "позже" | "ранее" | "раньше" | "спустя")
    {
        let sign = if w.low(i + 1) == "позже" || w.low(i + 1) == "спустя" { 1 } else { -1 };
        return Some(Some((i + 2, When::Ago(Some(1.0), unit, sign))));
    }
    if let Some(Some(n)) = words::cardinal(s).or_else(|| w.number(i).map(|n| Some(n as f64)))
        && let Some(unit) = instrumental_unit(w.low(i + 1))
        && matches!(w.low(i + 2), "позже" | "ранее" | "раньше")
    {
        let sign = if w.low(i + 2) == "позже" { 1 } else { -1 };
        return Some(Some((i + 3, When::Ago(Some(n), unit, sign))));
    }
    if matches!(s, "выходные" | "выходных") {
        return Some(Some((i + 1, When::RelUnit(Unit::Week, 0))));
    }
    // «в ноябре-декабре (2019 года)»
    if let Some((a, b)) = s.split_once('-')
        && let (Some(m1), Some(m2)) = (words::month(a), words::month(b))
    {
        let (end, y) = year_after(w, i + 1);
        return Some(Some((end, When::Range(Box::new(When::Month { y, m: m1 }), Box::new(When::Month { y, m: m2 })))));
    }
    // Weekday, optionally followed by a date: «в пятницу, 21 июня». «Среда» is also the
    // environment («окружающей среды»): only after a preposition.
    if let Some(wd) = words::weekday(s)
        && (!s.starts_with("сред") || i > 0 && is_date_prep(w.low(i - 1)))
    {
        let j = if w.low(i + 1) == "," { i + 2 } else { i + 1 };
        if let Some((end, when @ When::Day { .. })) = parse_core(w, j) {
            return Some(Some((end, when)));
        }
        return Some(Some((i + 1, When::Weekday(wd, 0))));
    }
    if let Some(rel) = words::relative_day(s) {
        return Some(Some((i + 1, When::RelDays(rel))));
    }
    // «в прошлом году», «на этой неделе», «в минувший четверг», «last Monday»
    if let Some(shift) = words::relative_shift(s) {
        if let Some(unit) = words::unit(w.low(i + 1)) {
            if matches!(unit, Unit::Decade | Unit::Century) {
                return Some(None);
            }
            return Some(Some((i + 2, When::RelUnit(unit, shift))));
        }
        if let Some(wd) = words::weekday(w.low(i + 1)) {
            return Some(Some((i + 2, When::Weekday(wd, if shift > 0 { 1 } else { 0 }))));
        }
        if let Some(m) = words::month(w.low(i + 1)) {
            return Some(Some((i + 2, When::RelMonth(m, shift))));
        }
        if matches!(w.low(i + 1), "выходные" | "выходных" | "weekend") {
            return Some(Some((i + 2, When::RelUnit(Unit::Week, shift))));
        }
        return Some(None);
    }
    None
}

/// Parts of a period: «во второй половине 1950-х», «the end of 2025», «в начале 2018 года»,
/// quarters and centuries. `None`: not this kind; `Some(found)`: the answer of [`parse_core`].
pub(super) fn parts_of_periods(w: &Words<'_, '_>, i: usize, s: &str) -> Option<Option<(usize, When)>> {
    // «во второй половине 1950-х», «в первой половине дня»
    if matches!(s, "первой" | "второй" | "первая" | "вторая") && w.low(i + 1).starts_with("половин")
    {
        if let Some((end, inner)) = parse_core(w, i + 2) {
            return Some(Some((end, When::Time(Box::new(inner), 1, 2))));
        }
        return Some(None);
    }
    // «the end of 2025», «early 2024», «mid-2023»
    if matches!(s, "end" | "beginning" | "start" | "middle") && w.low(i + 1) == "of" {
        return Some(parse_core(w, i + 2).map(|(end, inner)| (end, When::Time(Box::new(inner), 3, 3))));
    }
    if matches!(s, "early" | "late" | "mid")
        && let Some((end, inner @ (When::Year(_) | When::Month { .. } | When::Decade(_)))) = parse_core(w, i + 1)
    {
        return Some(Some((end, When::Time(Box::new(inner), 1, 3))));
    }
    // «в начале 2018 года», «в конце июня», «середина 1990-х»
    if let Some((a, b)) = words::part_of(s) {
        if let Some((end, inner)) = parse_core(w, i + 1) {
            return Some(Some((end, When::Time(Box::new(inner), a, b))));
        }
        return Some(None);
    }
    // «в первом квартале 2025 года», «I квартал», «Q1 2025»
    if let Some(q) = words::ordinal(s).or_else(|| roman(w.text(i))).filter(|q| (1..=4).contains(q))
        && words::is_quarter(w.low(i + 1))
    {
        let (end, y) = year_after(w, i + 2);
        return Some(Some((end, When::Quarter { y, q })));
    }
    if let Some(q) = s.strip_prefix('q').and_then(|q| q.parse::<u32>().ok()).filter(|q| (1..=4).contains(q))
        && let Some(y) = w.year(i + 1)
    {
        return Some(Some((i + 2, When::Quarter { y: Some(y), q })));
    }
    // «XXI век», «двадцатом столетии», «21st century»
    if let Some(c) = roman(w.text(i)).or_else(|| words::ordinal(s)).or_else(|| english_ordinal(s))
        && words::is_century(w.low(i + 1))
        && (1..=30).contains(&c)
    {
        return Some(Some((i + 2, When::Century(c as i32 - 1))));
    }
    None
}

/// Month first («в марте 2024 года», «March 5, 2024») or day first («28 июня 2010 года»,
/// «27-28 ноября»). `None`: not this kind; `Some(found)`: the answer of [`parse_core`].
pub(super) fn months_and_days(w: &Words<'_, '_>, i: usize, s: &str) -> Option<Option<(usize, When)>> {
    // Month first: «в марте 2024 года», «июнь 2010», «March 5, 2024», «March 2024»
    if let Some(m) = words::month(s) {
        if let Some(d) = w.number(i + 1).filter(|d| (1..=31).contains(d))
            && words::is_latin(s)
        {
            let mut j = i + 2;
            if w.low(j) == "," {
                j += 1;
            }
            let (end, y) = year_after(w, j);
            let end = if y.is_some() { end } else { i + 2 };
            return Some(Some((end, When::Day { y, m, d: d as u32 })));
        }
        let (end, y) = year_after(w, i + 1);
        // «июня прошлого года», «в феврале этого года»
        if y.is_none()
            && let Some(shift) = words::relative_shift(w.low(i + 1))
            && words::unit(w.low(i + 2)) == Some(Unit::Year)
        {
            return Some(Some((i + 3, When::RelMonth(m, shift))));
        }
        return Some(Some((end, When::Month { y, m })));
    }
    // Day first: «28 июня 2010 года», «27-28 ноября», «5 March 2024»
    if let Some(d) = w.number(i).filter(|d| (1..=31).contains(d)) {
        if let Some(m) = words::month(w.low(i + 1)) {
            let (end, y) = year_after(w, i + 2);
            return Some(Some((with_time(w, end), When::Day { y, m, d: d as u32 })));
        }
        // «19 и 20 апреля»: the first day alone, with the month of the second.
        if matches!(w.low(i + 1), "и" | ",")
            && w.number(i + 2).is_some_and(|d| (1..=31).contains(&d))
            && let Some(m) = words::month(w.low(i + 3))
        {
            let (_, y) = year_after(w, i + 4);
            return Some(Some((i + 1, When::Day { y, m, d: d as u32 })));
        }
        if matches!(w.low(i + 1), "-" | "–" | "—")
            && let Some(d2) = w.number(i + 2).filter(|d| (1..=31).contains(d))
            && let Some(m) = words::month(w.low(i + 3))
        {
            let (end, y) = year_after(w, i + 4);
            let a = When::Day { y, m, d: d as u32 };
            let b = When::Day { y, m, d: d2 as u32 };
            return Some(Some((end, When::Range(Box::new(a), Box::new(b)))));
        }
    }
    None
}

/// Decades («1990-х годов», «the 1990s»), years and year ranges («2024–2026 гг.»). `None`: not this kind; `Some(found)`: the answer of [`parse_core`].
pub(super) fn years_and_decades(w: &Words<'_, '_>, i: usize, _: &str) -> Option<Option<(usize, When)>> {
    // Decades: «1990-х годов», «в 1990-е», «the 1990s»
    if let Some(dec) = decade(w.text(i)) {
        let end = if words::is_year_word(w.low(i + 1)) { i + 2 } else { i + 1 };
        return Some(Some((end, When::Decade(dec))));
    }
    // Years and year ranges: «2024 г.», «в 2012 году», «2024–2026 гг.», «1996—2003», «2024–26»
    if let Some(y) = w.year(i) {
        if matches!(w.low(i + 1), "-" | "–" | "—")
            && let Some(y2) = w.year(i + 2).or_else(|| short_year(w.text(i + 2), y))
            && y2 > y
        {
            let end = if words::is_year_word(w.low(i + 3)) { i + 4 } else { i + 3 };
            return Some(Some((end, When::Range(Box::new(When::Year(y)), Box::new(When::Year(y2))))));
        }
        if words::is_year_word(w.low(i + 1)) {
            return Some(Some((i + 2, When::Year(y))));
        }
        // A bare year only where nothing follows that it could count («2000 человек»).
        let next = w.low(i + 1);
        let counts_something = next.chars().next().is_some_and(char::is_alphabetic)
            && !words::is_latin(next)
            && !YEAR_NOT_COUNTING.contains(next);
        if !counts_something && (1800..=2100).contains(&y) {
            return Some(Some((i + 1, When::Year(y))));
        }
        return Some(None);
    }
    None
}

/// Durations and counts back: «год назад», «около 14 лет», «два дня назад», «two years ago».
pub(super) fn durations(w: &Words<'_, '_>, i: usize, s: &str) -> Option<(usize, When)> {
    // «год назад», «неделю спустя»; after a preposition see `parse`.
    if matches!(s, "год" | "месяц" | "неделю" | "день" | "сутки" | "век" | "year" | "month" | "week" | "day")
        && matches!(w.low(i + 1), "назад" | "спустя" | "тому" | "ago" | "later")
        && let Some(unit) = words::unit(s)
    {
        return Some(ago_or_duration(w, i + 1, Some(1.0), unit));
    }
    // Durations and «N лет назад»: «около 14 лет», «за 20 лет», «два дня назад», «two years ago»
    let (n, j) = match w.number_f64(i) {
        Some(n) => (Some(n), i + 1),
        None => match words::cardinal(s) {
            Some(n) => (n, i + 1),
            None => {
                return words::half_unit(s).map(|(n, u)| {
                    let (end, when) = ago_or_duration(w, i + 1, Some(n), u);
                    (end, when)
                });
            }
        },
    };
    // A count of units: «лет», «года», «дней» — not the singular locative of a point in time
    // («в 2024 году», «в этом месяце»), and not absurd amounts.
    if matches!(w.low(j), "году" | "годом" | "годе" | "месяце" | "неделе" | "веке") || n.is_some_and(|n| n > 1000.0)
    {
        return None;
    }
    // Counts only in the genitive or accusative («лет», «года», «месяцев», «неделю»), not «годам».
    if !COUNTED_UNITS.contains(w.low(j)) {
        return None;
    }
    let unit = words::unit(w.low(j))?;
    let (end, when) = ago_or_duration(w, j + 1, n, unit);
    Some((end, when))
}

pub(in crate::facts) fn instrumental_unit(s: &str) -> Option<Unit> {
    Some(match s {
        "годом" | "годами" => Unit::Year,
        "месяцем" | "месяцами" => Unit::Month,
        "неделей" | "неделями" => Unit::Week,
        "днем" | "днями" => Unit::Day,
        _ => return None,
    })
}

pub(super) fn ago_or_duration(w: &Words<'_, '_>, j: usize, n: Option<f64>, unit: Unit) -> (usize, When) {
    match w.low(j) {
        "назад" | "ago" => (j + 1, When::Ago(n, unit, -1)),
        "тому" if w.low(j + 1) == "назад" => (j + 2, When::Ago(n, unit, -1)),
        "спустя" | "later" => (j + 1, When::Ago(n, unit, 1)),
        _ => (j, When::Duration(n, unit)),
    }
}

/// An optional year after a day or month: «2010 года», «2010 г.», «2010», «2019г».
pub(super) fn year_after(w: &Words<'_, '_>, j: usize) -> (usize, Option<i32>) {
    // «1945-го», «2019-м»
    if let Some((y, suf)) = w.low(j).split_once('-')
        && y.len() == 4
        && matches!(suf, "го" | "м" | "й")
        && let Ok(y) = y.parse::<i32>()
    {
        let end = if words::is_year_word(w.low(j + 1)) { j + 2 } else { j + 1 };
        return (end, Some(y));
    }
    match w.year(j) {
        Some(y) if words::is_year_word(w.low(j + 1)) => (j + 2, Some(y)),
        Some(y) => (j + 1, Some(y)),
        None => (j, None),
    }
}

/// «в 15:30», «в 10 часов» after a date: included in the span.
pub(super) fn with_time(w: &Words<'_, '_>, j: usize) -> usize {
    if w.low(j) == "в" && w.text(j + 1).len() == 5 && w.text(j + 1).as_bytes()[2] == b':' {
        return j + 2;
    }
    j
}

/// dd.mm.yyyy, dd.mm.yy, yyyy-mm-dd.
pub(super) fn numeric_date(s: &str) -> Option<When> {
    let b = s.as_bytes();
    if !b.first()?.is_ascii_digit() {
        return None;
    }
    let parts: Vec<&str> = s.split(['.', '-', '/']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let sep = b[parts[0].len()];
    if sep == b'-' && parts[0].len() == 4 {
        let (y, m, d) = (parts[0].parse().ok()?, parts[1].parse().ok()?, parts[2].parse().ok()?);
        return Some(When::Day { y: Some(y), m, d });
    }
    if sep == b'.' && parts[0].len() <= 2 && parts[1].len() <= 2 {
        let (d, m): (u32, u32) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
        let y: i32 = match parts[2].len() {
            4 => parts[2].parse().ok()?,
            2 => {
                let yy: i32 = parts[2].parse().ok()?;
                if yy < 50 { 2000 + yy } else { 1900 + yy }
            }
            _ => return None,
        };
        if (1..=12).contains(&m) && (1..=31).contains(&d) {
            return Some(When::Day { y: Some(y), m, d });
        }
    }
    None
}

/// «1990-х», «1990-е», «1990s» → 199.
pub(super) fn decade(s: &str) -> Option<i32> {
    let digits: &str = s.get(..4)?;
    let rest = &s[4..];
    if !digits.bytes().all(|c| c.is_ascii_digit()) || !digits.ends_with('0') {
        return None;
    }
    if matches!(rest, "-х" | "-е" | "-x" | "-ые" | "-ых" | "-м" | "-ми" | "s" | "'s") {
        return digits[..3].parse().ok();
    }
    None
}

/// «2024–26» → 2026.
pub(super) fn short_year(s: &str, first: i32) -> Option<i32> {
    if s.len() == 2 && s.bytes().all(|c| c.is_ascii_digit()) {
        let yy: i32 = s.parse().ok()?;
        let y = first / 100 * 100 + yy;
        return Some(if y > first { y } else { y + 100 });
    }
    None
}

pub(super) fn roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|c| matches!(c, b'I' | b'V' | b'X' | b'L')) {
        return None;
    }
    let val = |c: u8| match c {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        _ => 50,
    };
    let b = s.as_bytes();
    let mut total = 0i32;
    for k in 0..b.len() {
        let v = val(b[k]);
        if k + 1 < b.len() && v < val(b[k + 1]) {
            total -= v;
        } else {
            total += v;
        }
    }
    (total > 0).then_some(total as u32)
}

pub(super) fn english_ordinal(s: &str) -> Option<u32> {
    let n = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if n.len() == s.len() || !["st", "nd", "rd", "th"].contains(&&s[n.len()..]) {
        return None;
    }
    n.parse().ok()
}
