// Stage: output, the last. May use: every stage before it.
//! What an analysis looks like to the outside: its JSON form, its readable report and its HTML
//! page; and the wording they share (headline, amounts, qualifiers, the things a text names).

mod html;
mod json;
mod owned;
mod report;

pub use json::WithTokens;
pub use owned::{Located, MentionRecord, OfficialRecord, OwnedAnalysis, SectorRecord, SentenceRecord, TokenRecord};

use crate::Analysis;
use crate::facts::{MoneyMention, PercentMention, Qualifier, Sector};
use crate::lang::Lang;
use crate::ner::EntityKind;
use crate::resolve::Cluster;

impl Analysis<'_> {
    /// The article's headline: its first line when a blank line or more text follows, it is
    /// short (at most 200 characters) and it does not end like a sentence of running text.
    ///
    /// ```
    /// use pressa::Analyzer;
    /// let doc = Analyzer::new().analyze("Ports sign a deal\n\nROTTERDAM — The ports signed a deal.");
    /// assert_eq!(doc.headline(), Some("Ports sign a deal"));
    /// assert_eq!(Analyzer::new().analyze("One sentence.\nAnother one.").headline(), None);
    /// ```
    pub fn headline(&self) -> Option<&str> {
        let (first, rest) = self.text.trim_start().split_once('\n')?;
        let first = first.trim();
        let ends_sentence = first.ends_with(['.', ',', ';', ':']) && !first.ends_with("...");
        (!first.is_empty() && first.chars().count() <= 200 && !ends_sentence && !rest.trim().is_empty())
            .then_some(first)
    }

    /// The persons, organisations and places the text names, one per cluster, most mentioned
    /// first (the first named first among equals).
    pub(crate) fn things(&self, kind: EntityKind) -> Vec<&Cluster> {
        let mut out: Vec<&Cluster> = self.clusters.iter().filter(|c| c.kind == kind).collect();
        out.sort_by_key(|c| std::cmp::Reverse(c.count));
        out
    }

    /// English wording (labels, qualifiers) for English documents, Russian otherwise.
    pub(crate) fn english(&self) -> bool {
        self.lang == Some(Lang::EN)
    }
}

/// A number with its thousands grouped by spaces: 1200000000 → «1 200 000 000», 4.25 → «4.25».
fn grouped(v: f64) -> String {
    let whole = v.trunc();
    let digits = format!("{:.0}", whole.abs());
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    let frac = format!("{:.2}", (v - whole).abs());
    let frac = frac.trim_start_matches('0').trim_end_matches('0').trim_end_matches('.');
    let sign = if v < 0.0 { "-" } else { "" };
    format!("{sign}{out}{frac}")
}

/// The words of a qualifier: «более», "about".
fn qualifier_words(q: Qualifier, english: bool) -> &'static str {
    match (q, english) {
        (Qualifier::About, false) => "около",
        (Qualifier::About, true) => "about",
        (Qualifier::MoreThan, false) => "более",
        (Qualifier::MoreThan, true) => "more than",
        (Qualifier::LessThan, false) => "менее",
        (Qualifier::LessThan, true) => "less than",
        (Qualifier::Nearly, false) => "почти",
        (Qualifier::Nearly, true) => "nearly",
        (Qualifier::UpTo, false) => "до",
        (Qualifier::UpTo, true) => "up to",
        (Qualifier::AtLeast, false) => "не менее",
        (Qualifier::AtLeast, true) => "at least",
        (Qualifier::Only, false) => "всего",
        (Qualifier::Only, true) => "only",
    }
}

/// A value with its qualifier and range: «более 1 200 000 000», "about 40–45".
fn hedged(value: Option<f64>, max: Option<f64>, qualifier: Option<Qualifier>, english: bool) -> String {
    let mut out = qualifier.map_or(String::new(), |q| format!("{} ", qualifier_words(q, english)));
    out.push_str(&value.map_or("?".to_string(), grouped));
    if let Some(m) = max {
        out.push('–');
        out.push_str(&grouped(m));
    }
    out
}

/// An amount as a reader wants it: «около 1 200 000 000 USD».
pub(crate) fn money_value(m: &MoneyMention, english: bool) -> String {
    format!("{} {}", hedged(m.amount, m.amount_max, m.qualifier, english), m.currency)
}

/// A percentage as a reader wants it: «более 90 %», "about 40%", «3 п.п.».
pub(crate) fn percent_value(p: &PercentMention, english: bool) -> String {
    let v = hedged(p.value, p.value_max, p.qualifier, english);
    match (p.points, english) {
        (true, true) => format!("{v} percentage points"),
        (true, false) => format!("{v} п.п."),
        (false, true) => format!("{v}%"),
        (false, false) => format!("{v} %"),
    }
}

/// A sector's labels, the document's language first.
pub(crate) fn sector_labels(s: &Sector, english: bool) -> String {
    if english { format!("{} / {}", s.label_en, s.label_ru) } else { format!("{} / {}", s.label_ru, s.label_en) }
}

#[cfg(test)]
mod tests {
    use super::grouped;
    use crate::Analyzer;

    #[test]
    fn amounts_are_grouped_by_thousands() {
        assert_eq!(grouped(1_200_000_000.0), "1 200 000 000");
        assert_eq!(grouped(999.0), "999");
        assert_eq!(grouped(4.25), "4.25");
        assert_eq!(grouped(1234.5), "1 234.5");
        assert_eq!(grouped(-1500.0), "-1 500");
    }

    #[test]
    fn qualifiers_show_for_percentages_as_for_money() {
        let a = Analyzer::new();
        let ru = a.analyze("Доля выросла более чем на 90 %, выручка — около 1,2 млрд рублей.");
        assert_eq!(super::percent_value(&ru.percents[0], ru.english()), "более 90 %");
        assert_eq!(super::money_value(&ru.money[0], ru.english()), "около 1 200 000 000 RUB");
        let en = a.analyze("About 40% of the energy will come from wind, the company said.");
        assert_eq!(super::percent_value(&en.percents[0], en.english()), "about 40%");
    }
}
