//! Officials: factRuEval dev Occupation facts and NEREL dev WORKS_AS pairs → P/R/F1, and the
//! share of matched facts whose organisation overlaps the gold Where.

use std::path::Path;

use crate::gold;
use pressa::Analyzer;

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

pub fn run(corpora: &Path) -> Option<Vec<(String, f64)>> {
    let analyzer = Analyzer::new();
    let mut metrics = Vec::new();
    println!("\n## Officials\n");
    if let Ok(docs) = gold::read_factrueval_occupations(&corpora.join("factRuEval-2016/devset")) {
        let (mut pred_n, mut pred_ok, mut gold_n, mut gold_ok, mut org_ok) = (0, 0, 0, 0, 0);
        // The mismatches of the first `show` documents.
        let show = gold::show();
        let mut shown = 0;
        for (text, facts) in &docs {
            let a = analyzer.analyze(text);
            // An official (once per person, position and organisation) matches a fact when one
            // of its mentions does.
            let matches = |o: &pressa::Official, f: &gold::Occupation| {
                o.mentions.iter().any(|m| {
                    let (person, position) = ((m.person.start, m.person.end), (m.position.start, m.position.end));
                    f.0.iter().any(|&w| overlaps(person, w))
                        && (f.1.is_empty() || f.1.iter().any(|&p| overlaps(position, p)))
                })
            };
            pred_n += a.officials.len();
            pred_ok += a.officials.iter().filter(|o| facts.iter().any(|f| matches(o, f))).count();
            gold_n += facts.len();
            if shown < show {
                let cut = |(s, e): (usize, usize)| text.get(s..e).unwrap_or("?").replace('\n', " ");
                for o in a.officials.iter().filter(|o| !facts.iter().any(|f| matches(o, f))) {
                    println!("official extra: {} | {}", o.person.span.slice(text), o.position.span.slice(text));
                }
                for f in facts.iter().filter(|f| !a.officials.iter().any(|o| matches(o, f))) {
                    let who: Vec<String> = f.0.iter().map(|&w| cut(w)).collect();
                    // Some context around the position (or the first mention).
                    let at = f.1.first().or(f.0.first()).copied().unwrap_or((0, 0));
                    println!(
                        "official missed: {who:?} | {:?} | …{}…",
                        f.1.first().copied().map(cut),
                        gold::context(text, at.0, at.1, 45, 45)
                    );
                }
                shown += 1;
            }
            for f in facts {
                if let Some(o) = a.officials.iter().find(|o| matches(o, f)) {
                    gold_ok += 1;
                    if o.org.as_ref().is_some_and(|g| f.2.iter().any(|&w| overlaps((g.span.start, g.span.end), w))) {
                        org_ok += 1;
                    }
                }
            }
        }
        let (p, r) = (pred_ok as f64 / pred_n.max(1) as f64, gold_ok as f64 / gold_n.max(1) as f64);
        let org = org_ok as f64 / gold_ok.max(1) as f64;
        println!(
            "factRuEval dev Occupation: P {p:.3} R {r:.3} F1 {:.3} ({pred_n} predicted, {gold_n} gold); org overlaps Where in {:.1} % of matched facts",
            f1(p, r),
            100.0 * org
        );
        metrics.push(("officials.factrueval.f1".into(), f1(p, r)));
    }
    if let Ok(docs) = gold::read_nerel(corpora, "dev") {
        let (mut pred_n, mut pred_ok, mut gold_n, mut gold_ok) = (0, 0, 0, 0);
        let (show, mut shown) = (gold::show(), 0);
        for doc in &docs {
            let a = analyzer.analyze(&doc.text);
            let span = |id: &str| doc.entities.iter().find(|e| e.0 == id).map(|e| (e.2, e.3));
            let pairs: Vec<((usize, usize), (usize, usize))> = doc
                .relations
                .iter()
                .filter(|r| r.0 == "WORKS_AS")
                .filter_map(|r| Some((span(&r.1)?, span(&r.2)?)))
                .collect();
            let m = |o: &pressa::Official, g: &((usize, usize), (usize, usize))| {
                o.mentions.iter().any(|m| {
                    overlaps((m.person.start, m.person.end), g.0) && overlaps((m.position.start, m.position.end), g.1)
                })
            };
            pred_n += a.officials.len();
            pred_ok += a.officials.iter().filter(|o| pairs.iter().any(|g| m(o, g))).count();
            gold_n += pairs.len();
            gold_ok += pairs.iter().filter(|g| a.officials.iter().any(|o| m(o, g))).count();
            for g in pairs.iter().filter(|g| !a.officials.iter().any(|o| m(o, g))) {
                if shown < show {
                    shown += 1;
                    let (from, to) = (g.0.0.min(g.1.0), g.0.1.max(g.1.1));
                    let between =
                        if to - from < 300 { doc.text[from..to].replace('\n', " ") } else { "(far apart)".into() };
                    println!("works_as missed: {} | {} | {between}", &doc.text[g.0.0..g.0.1], &doc.text[g.1.0..g.1.1]);
                }
            }
        }
        let (p, r) = (pred_ok as f64 / pred_n.max(1) as f64, gold_ok as f64 / gold_n.max(1) as f64);
        println!("NEREL dev WORKS_AS: P {p:.3} R {r:.3} F1 {:.3} ({pred_n} predicted, {gold_n} gold)", f1(p, r));
        metrics.push(("officials.nerel.f1".into(), f1(p, r)));
    }
    Some(metrics)
}
