// Stage: facts. May use: text, lexicon, token, sentence, lang, morph.
//! A calendar date and the little arithmetic that date normalisation needs.

use std::fmt;

/// A calendar date (proleptic Gregorian), e.g. the publication date of an article.
///
/// ```
/// use pressa::Date;
/// let d: Date = "2024-03-05".parse().unwrap();
/// assert_eq!(d.to_string(), "2024-03-05");
/// assert_eq!(d.add_days(-5).to_string(), "2024-02-29");
/// assert!("2023-02-29".parse::<Date>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A valid date, or `None` («31 февраля», month 13, years outside 1..=9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        (day <= days_in_month(year, month)).then_some(Date { year, month: month as u8, day: day as u8 })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.month as u32
    }

    /// The day of the month.
    pub fn day(self) -> u32 {
        self.day as u32
    }

    /// Days since 1970-01-01.
    fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - (self.month <= 2) as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + (month <= 2) as i64) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (earlier for negative `n`), clamped to years 1..=9999.
    pub fn add_days(self, n: i64) -> Date {
        let d = Date::from_days(self.to_days().saturating_add(n.clamp(-4_000_000, 4_000_000)));
        if d.year < 1 {
            Date { year: 1, month: 1, day: 1 }
        } else if d.year > 9999 {
            Date { year: 9999, month: 12, day: 31 }
        } else {
            d
        }
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u32
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The error of parsing a [`Date`] from anything but a valid `YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateParseError;

impl fmt::Display for DateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected a valid date YYYY-MM-DD")
    }
}

impl std::error::Error for DateParseError {}

impl std::str::FromStr for Date {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Date, DateParseError> {
        let mut parts = s.trim().splitn(3, '-');
        let mut num = || parts.next().and_then(|p| p.parse::<u32>().ok()).ok_or(DateParseError);
        let (y, m, d) = (num()?, num()?, num()?);
        Date::new(y as i32, m, d).ok_or(DateParseError)
    }
}

/// Days in `month` of `year`.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_weekday() {
        let d = Date::new(2024, 3, 5).unwrap();
        assert_eq!(d.weekday(), 1); // Tuesday
        assert_eq!(Date::from_days(d.to_days()), d);
        assert_eq!(d.add_days(365).to_string(), "2025-03-05");
        assert_eq!(Date::new(2024, 2, 30), None);
        assert_eq!(Date::new(1, 1, 1).unwrap().add_days(-10).to_string(), "0001-01-01");
    }
}
