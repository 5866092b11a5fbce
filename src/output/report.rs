// Stage: output. May use: every stage before it.
//! The readable text report of an analysis.

use super::{money_value, percent_value, sector_labels};
use crate::Analysis;
use crate::ner::EntityKind;

impl Analysis<'_> {
    /// A readable report: headline, language, sentences, officials, the persons, organisations
    /// and places named (once each, with how often), positions, dates, money, percentages and
    /// sectors, one section each.
    ///
    /// ```
    /// use pressa::Analyzer;
    /// let doc = Analyzer::new().analyze("Мэр Москвы Сергей Собянин открыл форум 5 июня 2024 года.");
    /// let report = doc.report();
    /// assert!(report.contains("Сергей Собянин — мэр Москвы"));
    /// assert!(report.contains("2024-06-05"));
    /// assert!(report.contains("persons: Сергей Собянин"));
    /// ```
    pub fn report(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let a = self;
        let words = a.tokens.iter().filter(|t| t.is_word()).count();
        let english = a.english();
        if let Some(h) = a.headline() {
            let _ = writeln!(out, "headline: {h}");
        }
        if let Some(p) = a.pub_date {
            let _ = writeln!(out, "publication date: {} ({:?})", p.value, p.source);
        }
        let _ = writeln!(
            out,
            "language: {}   characters: {}   tokens: {}   words: {}   sentences: {}",
            a.lang.map_or("?", |l| l.code()),
            a.text.chars().count(),
            a.tokens.len(),
            words,
            a.sentences.len()
        );
        let _ = writeln!(out, "\nsentences:");
        for (i, s) in a.sentences.iter().enumerate() {
            let text = s.span.slice(a.text).replace('\n', " ");
            let short: String = text.chars().take(100).collect();
            let more = if text.chars().count() > 100 { "…" } else { "" };
            let _ = writeln!(out, "  {:>3} [{}] {short}{more}", i + 1, s.lang.map_or("??", |l| l.code()));
        }
        if !a.officials.is_empty() {
            let _ = writeln!(out, "\nofficials:");
            for o in &a.officials {
                let org = o.org.as_ref().map_or(String::new(), |g| format!("  [{}]", g.norm));
                let times = if o.mentions.len() > 1 { format!("  ×{}", o.mentions.len()) } else { String::new() };
                let _ = writeln!(out, "  {} — {}{org}{times}", o.person.norm, o.position.norm);
            }
        }
        for (label, kind) in [
            ("persons", EntityKind::Person),
            ("organisations", EntityKind::Organization),
            ("locations", EntityKind::Location),
            ("positions", EntityKind::Position),
        ] {
            let things = a.things(kind);
            let names: Vec<String> = things
                .iter()
                .map(|c| if c.count > 1 { format!("{} ×{}", c.name, c.count) } else { c.name.clone() })
                .collect();
            if !names.is_empty() {
                let _ = writeln!(out, "\n{label}: {}", names.join("; "));
            }
        }
        if !a.dates.is_empty() {
            let _ = writeln!(out, "\ndates:");
            for d in &a.dates {
                let kind = format!("{:?}", d.kind).to_lowercase();
                let _ =
                    writeln!(out, "  {:<32} {:<10} {}", d.span.slice(a.text), kind, d.value.as_deref().unwrap_or("–"));
            }
        }
        for m in &a.money {
            let _ = writeln!(out, "money: {:<30} {}", m.span.slice(a.text), money_value(m, english));
        }
        for p in &a.percents {
            let _ = writeln!(out, "percent: {:<28} {}", p.span.slice(a.text), percent_value(p, english));
        }
        if !a.sectors.is_empty() {
            let _ = writeln!(out, "\nsectors (ОКВЭД 2 / NACE Rev. 2):");
            for s in &a.sectors {
                let _ = writeln!(out, "  {:<6} {} ×{}", s.sector.code, sector_labels(&s.sector, english), s.count);
            }
        }
        out
    }
}
