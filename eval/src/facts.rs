//! Dates, money and percentages on NEREL dev: exact and overlap P/R/F1, and the accuracy of
//! normalised values against the team-written gold in `tests/data/nerel_dev_values.tsv`.

use std::path::Path;

use crate::gold::{self, NerelDoc};
use pressa::{Analysis, Analyzer, DateKind};

/// Predicted (doc, start, end) spans of one type.
fn predicted(a: &Analysis<'_>, ty: &str, d: usize) -> Vec<(usize, usize, usize)> {
    match ty {
        "DATE" => a.dates.iter().map(|x| (d, x.span.start, x.span.end)).collect(),
        "MONEY" => a.money.iter().map(|x| (d, x.span.start, x.span.end)).collect(),
        _ => a.percents.iter().map(|x| (d, x.span.start, x.span.end)).collect(),
    }
}

pub fn run(corpora: &Path) -> Option<Vec<(String, f64)>> {
    // PRESSA_NEREL_SPLIT=train checks the rules on the training split (development only).
    let split = std::env::var("PRESSA_NEREL_SPLIT").unwrap_or_else(|_| "dev".into());
    let docs = match gold::read_nerel(corpora, &split) {
        Ok(d) if !d.is_empty() => d,
        _ => {
            println!("\nNEREL: skipped: not found");
            return None;
        }
    };
    let analyzer = Analyzer::new();
    let analyses: Vec<Analysis<'_>> = docs.iter().map(|d| analyzer.analyze(&d.text)).collect();
    let mut metrics = Vec::new();
    println!("\n## Dates, money, percentages (NEREL {split}, {} documents)\n", docs.len());
    println!("| type | gold | predicted | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for ty in ["DATE", "MONEY", "PERCENT"] {
        let gold: Vec<(usize, usize, usize)> = docs
            .iter()
            .enumerate()
            .flat_map(|(d, doc)| doc.entities.iter().filter(|e| e.1 == ty).map(move |e| (d, e.2, e.3)))
            .collect();
        let pred: Vec<(usize, usize, usize)> =
            analyses.iter().enumerate().flat_map(|(d, a)| predicted(a, ty, d)).collect();
        let (ep, er, ef, ..) = gold::prf(&gold, &pred);
        let (op, or, of) = gold::overlap_prf(&gold, &pred);
        println!(
            "| {ty} | {} | {} | {ep:.1} | {er:.1} | {ef:.1} | {op:.1} | {or:.1} | {of:.1} |",
            gold.len(),
            pred.len()
        );
        let name = ty.to_lowercase();
        metrics.push((format!("facts.{name}.exact_f1"), ef));
        metrics.push((format!("facts.{name}.overlap_f1"), of));
        if gold::show() > 0 {
            show_diff(&docs, &gold, &pred, ty);
        }
    }
    if split == "dev"
        && let Some(m) = values(&docs, &analyses)
    {
        metrics.extend(m);
    }
    Some(metrics)
}

fn show_diff(docs: &[NerelDoc], gold: &[(usize, usize, usize)], pred: &[(usize, usize, usize)], ty: &str) {
    let mut n = 0;
    for (which, a, b) in [("missed", gold, pred), ("extra", pred, gold)] {
        for x in a {
            if n >= gold::show() {
                return;
            }
            if !b.contains(x) {
                n += 1;
                let t = &docs[x.0].text;
                let near: Vec<&str> =
                    b.iter().filter(|y| y.0 == x.0 && y.1 < x.2 && x.1 < y.2).map(|y| &t[y.1..y.2]).collect();
                println!("{ty} {which}: {:?} (other side: {near:?})", &t[x.1..x.2]);
            }
        }
    }
}

/// Value accuracy on gold mentions that a prediction overlaps.
fn values(docs: &[NerelDoc], analyses: &[Analysis<'_>]) -> Option<Vec<(String, f64)>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/nerel_dev_values.tsv");
    let data = std::fs::read_to_string(&path).ok()?;
    let (mut total, mut right) = ([0usize; 3], [0usize; 3]);
    let mut shown = 0;
    for line in data.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 5 || f[4] == "?" {
            continue;
        }
        let Some(d) = docs.iter().position(|x| x.id == f[0]) else { continue };
        let idx = pressa::CharIndex::new(&docs[d].text);
        let (s, e) = (idx.byte_offset(f[2].parse().ok()?), idx.byte_offset(f[3].parse().ok()?));
        let a = &analyses[d];
        let (k, got): (usize, Option<String>) = match f[1] {
            "DATE" => (
                0,
                a.dates.iter().find(|x| x.span.start < e && s < x.span.end).map(|x| match (x.kind, &x.value) {
                    // Without a publication date every relative expression is REL in the gold.
                    (DateKind::Relative, _) => "REL".to_string(),
                    (DateKind::Duration, _) => "DUR".to_string(),
                    (_, v) => v.clone().unwrap_or_default(),
                }),
            ),
            "MONEY" => (
                1,
                a.money.iter().find(|x| x.span.start < e && s < x.span.end).map(|x| {
                    let amt = |v: Option<f64>| v.map_or("?".to_string(), |v| format!("{v}"));
                    match x.amount_max {
                        Some(_) => format!("{}/{} {}", amt(x.amount), amt(x.amount_max), x.currency),
                        None => format!("{} {}", amt(x.amount), x.currency),
                    }
                }),
            ),
            _ => (
                2,
                a.percents.iter().find(|x| x.span.start < e && s < x.span.end).map(|x| {
                    let v = x.value.map_or("?".to_string(), |v| format!("{v}"));
                    let v = match x.value_max {
                        Some(m) => format!("{v}/{m}"),
                        None => v,
                    };
                    if x.points { format!("{v} pp") } else { v }
                }),
            ),
        };
        let Some(got) = got else { continue };
        total[k] += 1;
        let want = if f[1] == "DATE" && f[4].starts_with('P') { "DUR" } else { f[4] };
        if same_value(&got, want) {
            right[k] += 1;
        } else if shown < gold::show() {
            shown += 1;
            println!("value {}: {:?} want {want} got {got}", f[1], &docs[d].text[s..e]);
        }
    }
    let pct = |k: usize| 100.0 * right[k] as f64 / total[k].max(1) as f64;
    println!(
        "\nvalue accuracy on matched gold mentions: DATE {:.1} % of {}, MONEY {:.1} % of {}, PERCENT {:.1} % of {}",
        pct(0),
        total[0],
        pct(1),
        total[1],
        pct(2),
        total[2]
    );
    Some(vec![
        ("facts.date.value_acc".into(), pct(0)),
        ("facts.money.value_acc".into(), pct(1)),
        ("facts.percent.value_acc".into(), pct(2)),
    ])
}

/// Values compare as strings, numbers as numbers («8100000 USD» = «8.1e6 USD»).
fn same_value(got: &str, want: &str) -> bool {
    if got == want {
        return true;
    }
    let num = |s: &str| -> Vec<Option<f64>> { s.split([' ', '/']).map(|p| p.parse::<f64>().ok()).collect() };
    let (g, w) = (num(got), num(want));
    let words = |s: &str| -> Vec<String> {
        s.split([' ', '/']).filter(|p| p.parse::<f64>().is_err()).map(String::from).collect()
    };
    g.len() == w.len()
        && g.iter().zip(&w).all(|(a, b)| match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * b.abs().max(1.0),
            (None, None) => true,
            _ => false,
        })
        && words(got) == words(want)
}
