// Stage: facts. May use: text, lexicon, token, sentence, lang, morph.
//! Dates and periods → ISO 8601 / TimeML (TIMEX3) values.
//!
//! Russian and English: «28 июня 2010 года» → `2010-06-28`, «в 2024 г.» → `2024`,
//! «2024–2026 гг.» and «с 2024 по 2026 год» → `2024/2026`, «в 1990-х» → `199`, «XXI век» → `20`,
//! «в первом квартале 2025 года» → `2025-Q1`, «March 5, 2024» → `2024-03-05`. Relative dates
//! («вчера», «в прошлом году», «last Monday») are resolved against the publication date when one
//! is given, else left without a value; a date without a year stays partial (`--06-28`).
//! Durations («в течение трёх лет», «for two years») get an ISO 8601 duration (`P3Y`).
//! Spans follow the NEREL convention: a leading preposition («в», «с», «до» …) is included.

use crate::lexicon::lexicon;
use serde::Serialize;

use super::calendar::{Date, days_in_month};
use super::words;
use crate::text::Span;
use crate::token::Words;

/// A date, period or duration found in the text.
///
/// ```
/// use pressa::{Analyzer, DateKind};
/// let doc = Analyzer::new().analyze("Программа рассчитана на 2024–2026 гг. и начнётся 28 июня 2024 года.");
/// assert_eq!(doc.dates[0].kind, DateKind::Range);
/// assert_eq!(doc.dates[0].value.as_deref(), Some("2024/2026"));
/// assert_eq!(doc.dates[1].value.as_deref(), Some("2024-06-28"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateMention {
    /// Byte span.
    #[serde(flatten)]
    pub span: Span,
    /// What kind of expression it is.
    pub kind: DateKind,
    /// The normalised value (ISO 8601 / TIMEX3), when it could be determined.
    pub value: Option<String>,
}

/// Kinds of date expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateKind {
    /// A point or calendar unit: a day, month, year, decade, century, quarter, season.
    Date,
    /// A range of two dates: `2024/2026`.
    Range,
    /// Relative to the publication date: «вчера», «в прошлом году», «last Monday».
    Relative,
    /// An amount of time: «в течение трёх лет» → `P3Y`.
    Duration,
}

/// A parsed date expression before it is turned into a value.
#[derive(Clone, Debug, PartialEq)]
enum When {
    Day {
        y: Option<i32>,
        m: u32,
        d: u32,
    },
    Month {
        y: Option<i32>,
        m: u32,
    },
    Year(i32),
    Decade(i32),
    Century(i32),
    Quarter {
        y: Option<i32>,
        q: u32,
    },
    Range(Box<When>, Box<When>),
    /// Days relative to the publication date (вчера = -1).
    RelDays(i64),
    /// A calendar unit relative to the publication date (в прошлом году = (Year, -1)).
    RelUnit(Unit, i32),
    /// The last such weekday on or before the publication date, shifted by weeks.
    Weekday(u32, i32),
    /// Some amount of a unit before (negative) or after the publication date.
    Ago(Option<f64>, Unit, i32),
    Duration(Option<f64>, Unit),
    /// Some part of a year or month: «в начале 2018 года» keeps the value of the inner date.
    Time(Box<When>, u32, u32),
    /// A season of a year: «весной 2012 года» → `2012-SP`.
    Season(Option<i32>, &'static str),
    /// Relative without a computable value: «в том же году», «в последние годы».
    Vague,
    /// «в настоящее время» → `PRESENT_REF`.
    Present,
    /// A month of a year relative to the publication date: «в феврале этого года», «в следующем мае».
    RelMonth(u32, i32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

impl Unit {
    fn iso(self) -> &'static str {
        match self {
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Month => "M",
            Unit::Year | Unit::Decade | Unit::Century => "Y",
        }
    }

    fn years(self) -> f64 {
        match self {
            Unit::Decade => 10.0,
            Unit::Century => 100.0,
            _ => 1.0,
        }
    }
}

/// Finds the dates in the words of one sentence. `pub_date` resolves relative expressions.
pub(crate) fn find(w: &Words<'_, '_>, pub_date: Option<Date>, out: &mut Vec<DateMention>) {
    let mut i = 0;
    while i < w.len() {
        if words::could_start_date(w, i)
            && let Some((end, when)) = parse(w, i)
        {
            let (kind, value) = resolve(&when, pub_date);
            let mut span = w.span(i, end);
            // «в 2008г.»: a year word glued to the number leaves its period out (NEREL).
            if end >= 2 && matches!(w.low(end - 1), "г." | "гг.") && !w.spaced(end - 2) {
                span.end -= 1;
            }
            out.push(DateMention { span, kind, value });
            i = end;
            continue;
        }
        i += 1;
    }
}

// Prepositions that NEREL includes in a date span.
lexicon!(DATE_PREPOSITIONS, "ru/date_prepositions.txt");

/// Prepositions that NEREL includes in a date span.
pub(super) fn is_date_prep(s: &str) -> bool {
    DATE_PREPOSITIONS.contains(s)
}

// Single words that hedge a following duration: «почти полвека», «каждые три года», «за
// последние 200 лет».
lexicon!(pub(super) HEDGE_WORDS, "ru/date_hedges.txt");
// Adjectives of vague spans of time: «в последние годы», «в разные годы».
lexicon!(pub(super) VAGUE_ADJECTIVES, "ru/date_vague_adjectives.txt");
// Other words that can start a date expression: «в настоящее время», «в том же году», «в
// выходные», «недавно», «на днях», «во второй половине», «the end of», «год назад».
lexicon!(pub(super) OTHER_STARTS, "ru/date_other_starts.txt");

/// Hedges and set words that belong to a following duration: «почти полвека», «не более трёх
/// лет», «каждые три года», «за последние 200 лет». The tokens they take.
fn hedge(w: &Words<'_, '_>, i: usize) -> usize {
    match (w.low(i), w.low(i + 1)) {
        ("не", "более" | "менее" | "больше" | "меньше") => 2,
        (s, _) if HEDGE_WORDS.contains(s) => 1,
        _ => 0,
    }
}

/// A duration, optionally after hedges: «почти через два года», «больше недели», «за последний
/// месяц», «1 год 5 месяцев».
fn hedged_duration(w: &Words<'_, '_>, i: usize) -> Option<(usize, When)> {
    let j = i + hedge(w, i);
    // «почти через два года»
    if w.low(j) == "через" {
        return parse(w, j).filter(|(_, x)| matches!(x, When::Ago(..)));
    }
    // One unit: «больше недели», «за последний месяц»
    if let Some(unit) = single_unit(w.low(j)) {
        return Some(compound(w, j + 1, When::Duration(Some(1.0), unit)));
    }
    let (end, when) = parse_core(w, j)?;
    matches!(when, When::Duration(..) | When::Ago(..) | When::Vague).then(|| compound(w, end, when))
}

/// A unit word meaning one of it: «год», «года», «месяц», «неделю», «недели», «сутки».
fn single_unit(s: &str) -> Option<Unit> {
    match s {
        "год" | "года" | "месяц" | "месяца" | "неделю" | "недели" | "сутки" | "суток" | "день" | "дня" | "year"
        | "month" | "week" | "day" => words::unit(s),
        _ => None,
    }
}

/// «1 год 5 месяцев»: a duration followed by a smaller one is one mention (the larger unit's
/// value is kept).
fn compound(w: &Words<'_, '_>, end: usize, when: When) -> (usize, When) {
    if let When::Duration(..) = when
        && let Some(n) = w.number(end)
        && n < 1000
        && matches!(w.low(end + 1), "месяцев" | "месяца" | "месяц" | "дней" | "дня" | "день" | "недель" | "недели")
    {
        return match (w.low(end + 2), when) {
            ("назад", When::Duration(n, u)) => (end + 3, When::Ago(n, u, -1)),
            (_, when) => (end + 2, when),
        };
    }
    (end, when)
}

fn parse(w: &Words<'_, '_>, i: usize) -> Option<(usize, When)> {
    // «в течение (примерно) трёх лет», «на протяжении …»
    if matches!(w.low(i), "в" | "на") && matches!(w.low(i + 1), "течение" | "течении" | "протяжении")
    {
        return hedged_duration(w, i + 2);
    }
    if hedge(w, i) > 0
        && let Some(found) = hedged_duration(w, i)
    {
        return Some(found);
    }
    // «за последние 200 лет», «на ближайшие недели»
    if matches!(w.low(i), "за" | "на" | "в" | "во")
        && hedge(w, i + 1) > 0
        && let Some(found) = hedged_duration(w, i + 1)
    {
        return Some(found);
    }
    // Without a preposition or hedge, a count of years is an age («52 года»): only «… назад».
    if let Some((end, when)) = parse_core(w, i) {
        return match when {
            // …unless two units make it a length of time: «1 год 6 месяцев».
            When::Duration(..) => Some(compound(w, end, when)).filter(|(e, _)| *e > end),
            x => Some((end, x)),
        };
    }
    // «на год», «за неделю», «через месяц», «в течение недели»: one unit.
    if matches!(w.low(i), "на" | "за" | "через")
        && matches!(w.low(i + 1), "год" | "месяц" | "неделю" | "сутки" | "полгода")
        && let Some(unit) = words::unit(w.low(i + 1)).or(Some(Unit::Year))
    {
        let n = if w.low(i + 1) == "полгода" { 0.5 } else { 1.0 };
        let sign = if w.low(i) == "через" { 1 } else { 0 };
        return Some((i + 2, if sign == 0 { When::Duration(Some(n), unit) } else { When::Ago(Some(n), unit, 1) }));
    }
    if is_date_prep(w.low(i)) {
        let prep = w.low(i);
        if let Some((end, when)) = parse_core(w, i + 1) {
            // «в 55 лет», «до 60 лет» are ages; «за 20 лет», «на 5 лет», «около 14 лет» durations.
            if matches!(when, When::Duration(..)) && !matches!(prep, "за" | "на" | "через" | "около") {
                return None;
            }
            // «с 2024 по 2026 год», «с 1 по 5 марта», «с 1950 до 1966 года»
            if matches!(prep, "с" | "со" | "от")
                && matches!(w.low(end), "по" | "до")
                && let Some((end2, to)) = parse_core(w, end + 1)
            {
                return Some((end2, range(when, to)));
            }
            let when = match (prep, when) {
                ("через", When::Duration(n, u)) => When::Ago(n, u, 1),
                (_, x) => x,
            };
            return Some((end, when));
        }
        // «с 1 по 5 марта»: the first day borrows month and year from the second.
        if matches!(prep, "с" | "со" | "от")
            && let Some(d1) = w.number(i + 1).filter(|d| (1..=31).contains(d))
            && matches!(w.low(i + 2), "по" | "до")
            && let Some((end, When::Day { y, m, d })) = parse_core(w, i + 3)
        {
            return Some((
                end,
                When::Range(Box::new(When::Day { y, m, d: d1 as u32 }), Box::new(When::Day { y, m, d })),
            ));
        }
        return None;
    }
    None
}

fn range(from: When, to: When) -> When {
    let from = match (&from, &to) {
        // «с 1 по 5 марта»-like borrowing is handled by the caller; here fill a missing year.
        (When::Day { y: None, m, d }, When::Day { y: Some(y), .. }) => When::Day { y: Some(*y), m: *m, d: *d },
        (When::Month { y: None, m }, When::Month { y: Some(y), .. }) => When::Month { y: Some(*y), m: *m },
        _ => from,
    };
    When::Range(Box::new(from), Box::new(to))
}

// Units of time in the genitive or accusative, the forms a number counts («лет», «года», «месяцев», «неделю»).
lexicon!(COUNTED_UNITS, "ru/counted_units.txt");

// Words after a bare year that show it counts nothing («2000 года», «2000 по …»): the year stays a date.
lexicon!(YEAR_NOT_COUNTING, "ru/year_not_counting.txt");

/// A date expression without a leading preposition.
fn parse_core(w: &Words<'_, '_>, i: usize) -> Option<(usize, When)> {
    let s = w.low(i);
    if s.is_empty() {
        return None;
    }
    // 21.06.2024, 2024-06-21
    if let Some(when) = numeric_date(w.text(i)) {
        return Some((i + 1, when));
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
            return Some((end, When::Season(y, season)));
        }
    }
    // «в настоящее время», «в настоящий момент», «в данный момент»
    if matches!(s, "настоящее" | "настоящий" | "данный") && matches!(w.low(i + 1), "время" | "момент")
    {
        return Some((i + 2, When::Present));
    }
    // «в том же году», «в этом же месяце», «в последние годы», «в разные годы», «в выходные»
    if matches!(s, "том" | "тот" | "той" | "этом") && w.low(i + 1) == "же" && words::unit(w.low(i + 2)).is_some()
    {
        return Some((i + 3, When::Vague));
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
        return Some((i + 2, When::Vague));
    }
    if matches!(s, "недавно" | "recently") || (s == "днях" && i > 0 && w.low(i - 1) == "на") {
        return Some((i + 1, When::Vague));
    }
    // «на сегодняшний день», «с сегодняшнего дня»
    if s.starts_with("сегодняшн") && matches!(w.low(i + 1), "день" | "дня" | "момент") {
        return Some((i + 2, When::RelDays(0)));
    }
    // «годом позже», «двумя неделями ранее», «три дня спустя» (see durations)
    if let Some(unit) = instrumental_unit(s)
        && matches!(w.low(i + 1), "позже" | "ранее" | "раньше" | "спустя")
    {
        let sign = if w.low(i + 1) == "позже" || w.low(i + 1) == "спустя" { 1 } else { -1 };
        return Some((i + 2, When::Ago(Some(1.0), unit, sign)));
    }
    if let Some(Some(n)) = words::cardinal(s).or_else(|| w.number(i).map(|n| Some(n as f64)))
        && let Some(unit) = instrumental_unit(w.low(i + 1))
        && matches!(w.low(i + 2), "позже" | "ранее" | "раньше")
    {
        let sign = if w.low(i + 2) == "позже" { 1 } else { -1 };
        return Some((i + 3, When::Ago(Some(n), unit, sign)));
    }
    if matches!(s, "выходные" | "выходных") {
        return Some((i + 1, When::RelUnit(Unit::Week, 0)));
    }
    // «в ноябре-декабре (2019 года)»
    if let Some((a, b)) = s.split_once('-')
        && let (Some(m1), Some(m2)) = (words::month(a), words::month(b))
    {
        let (end, y) = year_after(w, i + 1);
        return Some((end, When::Range(Box::new(When::Month { y, m: m1 }), Box::new(When::Month { y, m: m2 }))));
    }
    // Weekday, optionally followed by a date: «в пятницу, 21 июня». «Среда» is also the
    // environment («окружающей среды»): only after a preposition.
    if let Some(wd) = words::weekday(s)
        && (!s.starts_with("сред") || i > 0 && is_date_prep(w.low(i - 1)))
    {
        let j = if w.low(i + 1) == "," { i + 2 } else { i + 1 };
        if let Some((end, when @ When::Day { .. })) = parse_core(w, j) {
            return Some((end, when));
        }
        return Some((i + 1, When::Weekday(wd, 0)));
    }
    if let Some(rel) = words::relative_day(s) {
        return Some((i + 1, When::RelDays(rel)));
    }
    // «в прошлом году», «на этой неделе», «в минувший четверг», «last Monday»
    if let Some(shift) = words::relative_shift(s) {
        if let Some(unit) = words::unit(w.low(i + 1)) {
            if matches!(unit, Unit::Decade | Unit::Century) {
                return None;
            }
            return Some((i + 2, When::RelUnit(unit, shift)));
        }
        if let Some(wd) = words::weekday(w.low(i + 1)) {
            return Some((i + 2, When::Weekday(wd, if shift > 0 { 1 } else { 0 })));
        }
        if let Some(m) = words::month(w.low(i + 1)) {
            return Some((i + 2, When::RelMonth(m, shift)));
        }
        if matches!(w.low(i + 1), "выходные" | "выходных" | "weekend") {
            return Some((i + 2, When::RelUnit(Unit::Week, shift)));
        }
        return None;
    }
    // «во второй половине 1950-х», «в первой половине дня»
    if matches!(s, "первой" | "второй" | "первая" | "вторая") && w.low(i + 1).starts_with("половин")
    {
        if let Some((end, inner)) = parse_core(w, i + 2) {
            return Some((end, When::Time(Box::new(inner), 1, 2)));
        }
        return None;
    }
    // «the end of 2025», «early 2024», «mid-2023»
    if matches!(s, "end" | "beginning" | "start" | "middle") && w.low(i + 1) == "of" {
        return parse_core(w, i + 2).map(|(end, inner)| (end, When::Time(Box::new(inner), 3, 3)));
    }
    if matches!(s, "early" | "late" | "mid")
        && let Some((end, inner @ (When::Year(_) | When::Month { .. } | When::Decade(_)))) = parse_core(w, i + 1)
    {
        return Some((end, When::Time(Box::new(inner), 1, 3)));
    }
    // «в начале 2018 года», «в конце июня», «середина 1990-х»
    if let Some((a, b)) = words::part_of(s) {
        if let Some((end, inner)) = parse_core(w, i + 1) {
            return Some((end, When::Time(Box::new(inner), a, b)));
        }
        return None;
    }
    // «в первом квартале 2025 года», «I квартал», «Q1 2025»
    if let Some(q) = words::ordinal(s).or_else(|| roman(w.text(i))).filter(|q| (1..=4).contains(q))
        && words::is_quarter(w.low(i + 1))
    {
        let (end, y) = year_after(w, i + 2);
        return Some((end, When::Quarter { y, q }));
    }
    if let Some(q) = s.strip_prefix('q').and_then(|q| q.parse::<u32>().ok()).filter(|q| (1..=4).contains(q))
        && let Some(y) = w.year(i + 1)
    {
        return Some((i + 2, When::Quarter { y: Some(y), q }));
    }
    // «XXI век», «двадцатом столетии», «21st century»
    if let Some(c) = roman(w.text(i)).or_else(|| words::ordinal(s)).or_else(|| english_ordinal(s))
        && words::is_century(w.low(i + 1))
        && (1..=30).contains(&c)
    {
        return Some((i + 2, When::Century(c as i32 - 1)));
    }
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
            return Some((end, When::Day { y, m, d: d as u32 }));
        }
        let (end, y) = year_after(w, i + 1);
        // «июня прошлого года», «в феврале этого года»
        if y.is_none()
            && let Some(shift) = words::relative_shift(w.low(i + 1))
            && words::unit(w.low(i + 2)) == Some(Unit::Year)
        {
            return Some((i + 3, When::RelMonth(m, shift)));
        }
        return Some((end, When::Month { y, m }));
    }
    // Day first: «28 июня 2010 года», «27-28 ноября», «5 March 2024»
    if let Some(d) = w.number(i).filter(|d| (1..=31).contains(d)) {
        if let Some(m) = words::month(w.low(i + 1)) {
            let (end, y) = year_after(w, i + 2);
            return Some((with_time(w, end), When::Day { y, m, d: d as u32 }));
        }
        // «19 и 20 апреля»: the first day alone, with the month of the second.
        if matches!(w.low(i + 1), "и" | ",")
            && w.number(i + 2).is_some_and(|d| (1..=31).contains(&d))
            && let Some(m) = words::month(w.low(i + 3))
        {
            let (_, y) = year_after(w, i + 4);
            return Some((i + 1, When::Day { y, m, d: d as u32 }));
        }
        if matches!(w.low(i + 1), "-" | "–" | "—")
            && let Some(d2) = w.number(i + 2).filter(|d| (1..=31).contains(d))
            && let Some(m) = words::month(w.low(i + 3))
        {
            let (end, y) = year_after(w, i + 4);
            let a = When::Day { y, m, d: d as u32 };
            let b = When::Day { y, m, d: d2 as u32 };
            return Some((end, When::Range(Box::new(a), Box::new(b))));
        }
    }
    // Decades: «1990-х годов», «в 1990-е», «the 1990s»
    if let Some(dec) = decade(w.text(i)) {
        let end = if words::is_year_word(w.low(i + 1)) { i + 2 } else { i + 1 };
        return Some((end, When::Decade(dec)));
    }
    // Years and year ranges: «2024 г.», «в 2012 году», «2024–2026 гг.», «1996—2003», «2024–26»
    if let Some(y) = w.year(i) {
        if matches!(w.low(i + 1), "-" | "–" | "—")
            && let Some(y2) = w.year(i + 2).or_else(|| short_year(w.text(i + 2), y))
            && y2 > y
        {
            let end = if words::is_year_word(w.low(i + 3)) { i + 4 } else { i + 3 };
            return Some((end, When::Range(Box::new(When::Year(y)), Box::new(When::Year(y2)))));
        }
        if words::is_year_word(w.low(i + 1)) {
            return Some((i + 2, When::Year(y)));
        }
        // A bare year only where nothing follows that it could count («2000 человек»).
        let next = w.low(i + 1);
        let counts_something = next.chars().next().is_some_and(char::is_alphabetic)
            && !words::is_latin(next)
            && !YEAR_NOT_COUNTING.contains(next);
        if !counts_something && (1800..=2100).contains(&y) {
            return Some((i + 1, When::Year(y)));
        }
        return None;
    }
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

pub(super) fn instrumental_unit(s: &str) -> Option<Unit> {
    Some(match s {
        "годом" | "годами" => Unit::Year,
        "месяцем" | "месяцами" => Unit::Month,
        "неделей" | "неделями" => Unit::Week,
        "днем" | "днями" => Unit::Day,
        _ => return None,
    })
}

fn ago_or_duration(w: &Words<'_, '_>, j: usize, n: Option<f64>, unit: Unit) -> (usize, When) {
    match w.low(j) {
        "назад" | "ago" => (j + 1, When::Ago(n, unit, -1)),
        "тому" if w.low(j + 1) == "назад" => (j + 2, When::Ago(n, unit, -1)),
        "спустя" | "later" => (j + 1, When::Ago(n, unit, 1)),
        _ => (j, When::Duration(n, unit)),
    }
}

/// An optional year after a day or month: «2010 года», «2010 г.», «2010», «2019г».
fn year_after(w: &Words<'_, '_>, j: usize) -> (usize, Option<i32>) {
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
fn with_time(w: &Words<'_, '_>, j: usize) -> usize {
    if w.low(j) == "в" && w.text(j + 1).len() == 5 && w.text(j + 1).as_bytes()[2] == b':' {
        return j + 2;
    }
    j
}

/// dd.mm.yyyy, dd.mm.yy, yyyy-mm-dd.
fn numeric_date(s: &str) -> Option<When> {
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
fn decade(s: &str) -> Option<i32> {
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
fn short_year(s: &str, first: i32) -> Option<i32> {
    if s.len() == 2 && s.bytes().all(|c| c.is_ascii_digit()) {
        let yy: i32 = s.parse().ok()?;
        let y = first / 100 * 100 + yy;
        return Some(if y > first { y } else { y + 100 });
    }
    None
}

fn roman(s: &str) -> Option<u32> {
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

fn english_ordinal(s: &str) -> Option<u32> {
    let n = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if n.len() == s.len() || !["st", "nd", "rd", "th"].contains(&&s[n.len()..]) {
        return None;
    }
    n.parse().ok()
}

/// Kind and value of a parsed expression.
fn resolve(when: &When, pub_date: Option<Date>) -> (DateKind, Option<String>) {
    match when {
        When::Range(a, b) => {
            let (_, va) = resolve(a, pub_date);
            let (_, vb) = resolve(b, pub_date);
            let v = va.zip(vb).map(|(a, b)| format!("{a}/{b}"));
            (DateKind::Range, v)
        }
        When::RelDays(..) | When::RelUnit(..) | When::Weekday(..) | When::Ago(..) | When::RelMonth(..) => {
            (DateKind::Relative, pub_date.and_then(|p| relative_value(when, p)))
        }
        When::Duration(n, u) => (DateKind::Duration, n.map(|n| duration(n, *u))),
        When::Time(inner, ..) => resolve(inner, pub_date),
        When::Vague => (DateKind::Relative, None),
        When::Present => (DateKind::Relative, Some("PRESENT_REF".to_string())),
        When::Season(y, code) => {
            let y = y.or_else(|| pub_date.map(|p| p.year()));
            (DateKind::Date, y.filter(|&y| valid_year(y)).map(|y| format!("{y:04}-{code}")))
        }
        _ => (DateKind::Date, point_value(when, pub_date)),
    }
}

fn duration(n: f64, u: Unit) -> String {
    let n = n * u.years();
    if n.fract() == 0.0 { format!("P{}{}", n as i64, u.iso()) } else { format!("P{n}{}", u.iso()) }
}

fn point_value(when: &When, pub_date: Option<Date>) -> Option<String> {
    match *when {
        When::Day { y: Some(y), m, d } => Date::new(y, m, d).map(|d| d.to_string()),
        // Without a year: partial, or the publication year when the date is given.
        When::Day { y: None, m, d } => {
            if d > days_in_month(2024, m) {
                return None;
            }
            match pub_date {
                Some(p) => Date::new(p.year(), m, d).map(|d| d.to_string()),
                None => Some(format!("--{m:02}-{d:02}")),
            }
        }
        When::Month { y: Some(y), m } => valid_year(y).then(|| format!("{y:04}-{m:02}")),
        When::Month { y: None, m } => match pub_date {
            Some(p) => Some(format!("{:04}-{m:02}", p.year())),
            None => Some(format!("--{m:02}")),
        },
        When::Year(y) => valid_year(y).then(|| format!("{y:04}")),
        When::Decade(d) => (100..=209).contains(&d).then(|| format!("{d:03}")),
        When::Century(c) => (0..=30).contains(&c).then(|| format!("{c:02}")),
        When::Quarter { y: Some(y), q } => valid_year(y).then(|| format!("{y:04}-Q{q}")),
        When::Quarter { y: None, q } => pub_date.map(|p| format!("{:04}-Q{q}", p.year())),
        _ => None,
    }
}

fn valid_year(y: i32) -> bool {
    (1..=2200).contains(&y)
}

fn relative_value(when: &When, p: Date) -> Option<String> {
    Some(match *when {
        When::RelDays(n) => p.add_days(n).to_string(),
        When::RelUnit(Unit::Year, k) => format!("{:04}", p.year() + k),
        When::RelUnit(Unit::Month, k) => {
            let m0 = p.year() * 12 + p.month() as i32 - 1 + k;
            format!("{:04}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
        }
        When::RelUnit(Unit::Week, k) => {
            // ISO week of the Monday of that week.
            let monday = p.add_days(-(p.weekday() as i64) + 7 * k as i64);
            iso_week(monday)
        }
        When::RelUnit(Unit::Day, k) => p.add_days(k as i64).to_string(),
        When::RelUnit(..) => return None,
        When::RelMonth(m, k) => format!("{:04}-{m:02}", p.year() + k),
        When::Weekday(wd, k) => {
            // The last such weekday on or before the publication date; «следующий» → after it.
            let back = (p.weekday() as i64 - wd as i64).rem_euclid(7);
            let d = if k > 0 { p.add_days(7 - back) } else { p.add_days(-back) };
            d.to_string()
        }
        When::Ago(Some(n), unit, sign) if n.fract() == 0.0 => {
            let n = n as i64 * sign as i64;
            match unit {
                Unit::Day => p.add_days(n).to_string(),
                Unit::Week => p.add_days(7 * n).to_string(),
                Unit::Month => {
                    let m0 = p.year() as i64 * 12 + p.month() as i64 - 1 + n;
                    format!("{:04}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
                }
                Unit::Year | Unit::Decade | Unit::Century => {
                    format!("{:04}", p.year() as i64 + n * unit.years() as i64)
                }
            }
        }
        _ => return None,
    })
}

fn iso_week(monday: Date) -> String {
    // The ISO year is the year of that week's Thursday.
    let thursday = monday.add_days(3);
    let jan1 = Date::new(thursday.year(), 1, 1).unwrap_or(thursday);
    let week = (thursday_ordinal(thursday) - thursday_ordinal(jan1)) / 7 + 1;
    format!("{:04}-W{:02}", thursday.year(), week)
}

fn thursday_ordinal(d: Date) -> i64 {
    // Day number within a consistent scale.
    let mut n = 0i64;
    for m in 1..d.month() {
        n += days_in_month(d.year(), m) as i64;
    }
    n + d.day() as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::Tokenizer;
    use crate::token::Words;

    fn dates(text: &str, pub_date: Option<&str>) -> Vec<(String, Option<String>)> {
        let toks: Vec<_> = Tokenizer::new().tokens(text).collect();
        let low = crate::token::lower_all(&toks);
        let w = Words::new(&toks, &low);
        let mut out = Vec::new();
        find(&w, pub_date.map(|p| p.parse().unwrap()), &mut out);
        out.into_iter().map(|d| (d.span.slice(text).to_string(), d.value)).collect()
    }

    macro_rules! d {
        ($name:ident, $text:expr, $pub:expr, [$(($s:expr, $v:expr)),*]) => {
            #[test]
            fn $name() {
                let want: Vec<(String, Option<String>)> = vec![$(($s.to_string(), $v.map(|v: &str| v.to_string()))),*];
                assert_eq!(dates($text, $pub), want, "\ninput: {:?}\nhelp: the grammar is in src/entity/date.rs", $text);
            }
        };
    }

    d!(full, "Это случилось 28 июня 2010 года в Москве.", None, [("28 июня 2010 года", Some("2010-06-28"))]);
    d!(year_abbrev, "В 2024 г. мэр подписал", None, [("В 2024 г.", Some("2024"))]);
    d!(year_range, "программу на 2024–2026 гг. Основные", None, [("на 2024–2026 гг", Some("2024/2026"))]);
    d!(from_to, "с 2024 по 2026 год", None, [("с 2024 по 2026 год", Some("2024/2026"))]);
    d!(month_rel, "в марте и вчера", Some("2024-05-10"), [("в марте", Some("2024-03")), ("вчера", Some("2024-05-09"))]);
    d!(partial, "к 28 июня", None, [("28 июня", Some("--06-28"))]);
    d!(last_year, "в прошлом году", Some("2024-05-10"), [("в прошлом году", Some("2023"))]);
    d!(unresolved, "в прошлом году", None, [("в прошлом году", None)]);
    d!(monday, "в понедельник", Some("2024-05-10"), [("в понедельник", Some("2024-05-06"))]);
    d!(century, "XXI век и в 1990-х годах", None, [("XXI век", Some("20")), ("в 1990-х годах", Some("199"))]);
    d!(quarter, "в первом квартале 2025 года", None, [("в первом квартале 2025 года", Some("2025-Q1"))]);
    d!(end_of, "до конца 2025 года", None, [("до конца 2025 года", Some("2025"))]);
    d!(
        en_full,
        "on March 5, 2024 and 5 March 2024",
        None,
        [("March 5, 2024", Some("2024-03-05")), ("5 March 2024", Some("2024-03-05"))]
    );
    d!(
        en_range,
        "over 2024–26 and last Monday",
        Some("2024-03-07"),
        [("2024–26", Some("2024/2026")), ("last Monday", Some("2024-03-04"))]
    );
    d!(
        duration,
        "в течение трёх лет и два дня назад",
        Some("2024-03-07"),
        [("в течение трёх лет", Some("P3Y")), ("два дня назад", Some("2024-03-05"))]
    );
    d!(invalid, "31 февраля 2024 года и 99999 году", None, [("31 февраля 2024 года", None)]);
    d!(not_count, "2000 человек пришли", None, []);
    d!(numeric, "21.06.2024", None, [("21.06.2024", Some("2024-06-21"))]);
    d!(days_range, "27-28 ноября 2019 года", None, [("27-28 ноября 2019 года", Some("2019-11-27/2019-11-28"))]);
    d!(
        season,
        "весной 2012 года и в настоящее время",
        None,
        [("весной 2012 года", Some("2012-SP")), ("в настоящее время", Some("PRESENT_REF"))]
    );
    d!(
        hedged,
        "почти полвека и за последние 200 лет, каждые три года",
        None,
        [("почти полвека", Some("P50Y")), ("за последние 200 лет", Some("P200Y")), ("каждые три года", Some("P3Y"))]
    );
    d!(enumeration, "19 и 20 апреля", None, [("19", Some("--04-19")), ("20 апреля", Some("--04-20"))]);
    d!(months_range, "в ноябре-декабре 2019 года", None, [("в ноябре-декабре 2019 года", Some("2019-11/2019-12"))]);
    d!(
        relative_more,
        "во второй половине 1950-х, годом позже, больше недели, 1 год 5 месяцев назад",
        None,
        [
            ("во второй половине 1950-х", Some("195")),
            ("годом позже", None),
            ("больше недели", Some("P1W")),
            ("1 год 5 месяцев назад", None)
        ]
    );
    d!(
        rel_month,
        "в феврале этого года и в следующем мае",
        Some("2024-05-10"),
        [("в феврале этого года", Some("2024-02")), ("в следующем мае", Some("2025-05"))]
    );
    d!(glued_year, "в 2008г. и в 2009 г. Потом", None, [("в 2008г", Some("2008")), ("в 2009 г", Some("2009"))]);
    d!(age, "23-летний, в 55 лет, 52 года, на год", None, [("на год", Some("P1Y"))]);
    d!(
        en_parts,
        "by the end of 2025 and early 2024",
        None,
        [("end of 2025", Some("2025")), ("early 2024", Some("2024"))]
    );
    d!(environment, "охрана окружающей среды, во вторник и в среду", None, [("во вторник", None), ("в среду", None)]);
}
