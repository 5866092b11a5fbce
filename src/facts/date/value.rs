// Stage: facts. May use: text, lexicon, token, sentence, lang, morph.
//! ISO 8601 values of date expressions, relative ones resolved against the publication date.

use super::*;

/// Kind and value of a parsed expression.
pub(super) fn resolve(when: &When, pub_date: Option<Date>) -> (DateKind, Option<String>) {
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

pub(super) fn duration(n: f64, u: Unit) -> String {
    let n = n * u.years();
    if n.fract() == 0.0 { format!("P{}{}", n as i64, u.iso()) } else { format!("P{n}{}", u.iso()) }
}

pub(super) fn point_value(when: &When, pub_date: Option<Date>) -> Option<String> {
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

pub(super) fn valid_year(y: i32) -> bool {
    (1..=2200).contains(&y)
}

pub(super) fn relative_value(when: &When, p: Date) -> Option<String> {
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

pub(super) fn iso_week(monday: Date) -> String {
    // The ISO year is the year of that week's Thursday.
    let thursday = monday.add_days(3);
    let jan1 = Date::new(thursday.year(), 1, 1).unwrap_or(thursday);
    let week = (thursday_ordinal(thursday) - thursday_ordinal(jan1)) / 7 + 1;
    format!("{:04}-W{:02}", thursday.year(), week)
}

pub(super) fn thursday_ordinal(d: Date) -> i64 {
    // Day number within a consistent scale.
    let mut n = 0i64;
    for m in 1..d.month() {
        n += days_in_month(d.year(), m) as i64;
    }
    n + d.day() as i64
}
