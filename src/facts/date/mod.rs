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
use serde::{Deserialize, Serialize};

mod expr;
mod value;

pub(super) use expr::instrumental_unit;
use expr::*;
use value::*;

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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

#[cfg(test)]
mod tests;
