//! Named entities: exact-span P/R/F1 per type on factRuEval dev and NEREL dev, positions on
//! NEREL dev, and BSNLP (document-level sets of surface forms, and base-form accuracy).

use std::collections::BTreeSet;
use std::path::Path;

use crate::gold;
use pressa::{Analyzer, EntityKind};

fn kind_name(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "PER",
        EntityKind::Organization => "ORG",
        EntityKind::Location => "LOC",
        _ => "POSITION",
    }
}

type Spans = Vec<(usize, String, usize, usize)>;

fn table(name: &str, gold: &Spans, pred: &Spans, types: &[&str], metrics: &mut Vec<(String, f64)>) {
    println!("\n{name}: exact-span P/R/F1 per type\n");
    println!("| type | gold | predicted | P | R | F1 | overlap F1 |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for ty in types {
        let g: Vec<(usize, usize, usize)> = gold.iter().filter(|x| x.1 == *ty).map(|x| (x.0, x.2, x.3)).collect();
        let p: Vec<(usize, usize, usize)> = pred.iter().filter(|x| x.1 == *ty).map(|x| (x.0, x.2, x.3)).collect();
        let (pp, rr, f, ..) = gold::prf(&g, &p);
        let (_, _, of) = gold::overlap_prf(&g, &p);
        println!("| {ty} | {} | {} | {pp:.1} | {rr:.1} | {f:.1} | {of:.1} |", g.len(), p.len());
        metrics.push((format!("ner.{name}.{}.f1", ty.to_lowercase()), f));
        metrics.push((format!("ner.{name}.{}.overlap_f1", ty.to_lowercase()), of));
    }
    let g: Vec<_> = gold.iter().filter(|x| types.contains(&x.1.as_str())).cloned().collect();
    let p: Vec<_> = pred.iter().filter(|x| types.contains(&x.1.as_str())).cloned().collect();
    let (_, _, f, ..) = gold::prf(&g, &p);
    println!("| micro | {} | {} | | | {f:.1} | |", g.len(), p.len());
}

/// With `PRESSA_EVAL_SHOW=N` and `PRESSA_EVAL_TYPE=ORG` (or PER, LOC, POSITION): prints up to N
/// missed and N spurious mentions of that type, with a little context.
fn show_mismatches(name: &str, texts: &[&str], gold: &Spans, pred: &Spans) {
    let (n, Ok(ty)) = (gold::show(), std::env::var("PRESSA_EVAL_TYPE")) else { return };
    for (label, from, other) in [("missed", gold, pred), ("spurious", pred, gold)] {
        // Why each one is wrong, counted: the nearest mention on the other side.
        let mut why = std::collections::BTreeMap::<&str, usize>::new();
        let mut shown = 0;
        for m in from.iter().filter(|m| m.1 == ty && !other.contains(m)) {
            // The closest kind of near miss: same type first, then another type.
            let cause = |o: &(usize, String, usize, usize)| match o.1.as_str() {
                t if t == ty && o.2 <= m.2 && m.3 <= o.3 => (1, "inside a longer one"),
                t if t == ty && m.2 <= o.2 && o.3 <= m.3 => (2, "contains a shorter one"),
                t if t == ty => (3, "crossing"),
                "POSITION" => (5, "a position"),
                "PER" => (6, "a person"),
                "LOC" => (7, "a location"),
                _ => (4, "an organisation"),
            };
            let (_, why_this) = other
                .iter()
                .filter(|o| o.0 == m.0 && o.2 < m.3 && m.2 < o.3)
                .map(cause)
                .min()
                .unwrap_or((0, "no overlap"));
            *why.entry(why_this).or_default() += 1;
            if shown < n {
                shown += 1;
                println!("{name} {ty} {label} ({why_this}): {}", gold::context(texts[m.0], m.2, m.3, 31, 20));
            }
        }
        println!("{name} {ty} {label} by the nearest mention on the other side: {why:?}");
    }
}

pub fn run(corpora: &Path) -> Option<Vec<(String, f64)>> {
    let analyzer = Analyzer::new();
    let mut metrics = Vec::new();
    println!("\n## Named entities");
    // factRuEval dev
    if let Ok(docs) = gold::read_factrueval_mentions(&corpora.join("factRuEval-2016/devset")) {
        let (mut g, mut p): (Spans, Spans) = (Vec::new(), Vec::new());
        for (d, (_, text, mentions)) in docs.iter().enumerate() {
            let mut seen = BTreeSet::new();
            for m in mentions {
                if seen.insert(m.clone()) {
                    g.push((d, m.0.clone(), m.1, m.2));
                }
            }
            for e in analyzer.analyze(text).entities {
                p.push((d, kind_name(e.kind).to_string(), e.span.start, e.span.end));
            }
        }
        table("factrueval_dev", &g, &p, &["PER", "ORG", "LOC"], &mut metrics);
        let texts: Vec<&str> = docs.iter().map(|d| d.1.as_str()).collect();
        show_mismatches("factrueval_dev", &texts, &g, &p);
        // factRuEval spans end before a closing quote («ОАО «Газпром»» is annotated up to the
        // name): the same comparison with that quote dropped from predictions, for reference.
        table("factrueval_dev_quotes", &g, &without_closing_quotes(&texts, &p), &["ORG"], &mut Vec::new());
    }
    // NEREL dev
    if let Ok(docs) = gold::read_nerel(corpora, "dev") {
        let (mut g, mut p): (Spans, Spans) = (Vec::new(), Vec::new());
        for (d, doc) in docs.iter().enumerate() {
            let mapped: Vec<(String, usize, usize)> = doc
                .entities
                .iter()
                .filter_map(|e| {
                    let ty = match e.1.as_str() {
                        "PERSON" => "PER",
                        "ORGANIZATION" => "ORG",
                        "COUNTRY" | "CITY" | "STATE_OR_PROVINCE" | "LOCATION" | "DISTRICT" => "LOC",
                        "PROFESSION" => "POSITION",
                        _ => return None,
                    };
                    Some((ty.to_string(), e.2, e.3))
                })
                .collect();
            let names = |t: &str| t != "POSITION";
            let mut seen = BTreeSet::new();
            for m in &mapped {
                // Drop a mention strictly inside another of the same family (names / positions).
                let nested = mapped.iter().any(|o| {
                    o != m && names(&o.0) == names(&m.0) && o.1 <= m.1 && m.2 <= o.2 && (o.2 - o.1) > (m.2 - m.1)
                });
                if !nested && seen.insert(m.clone()) {
                    g.push((d, m.0.clone(), m.1, m.2));
                }
            }
            // Predictions are flattened the same way.
            let pred: Vec<(String, usize, usize)> = analyzer
                .analyze(&doc.text)
                .entities
                .iter()
                .map(|e| (kind_name(e.kind).to_string(), e.span.start, e.span.end))
                .collect();
            for m in &pred {
                let nested = pred.iter().any(|o| {
                    o != m && names(&o.0) == names(&m.0) && o.1 <= m.1 && m.2 <= o.2 && (o.2 - o.1) > (m.2 - m.1)
                });
                if !nested {
                    p.push((d, m.0.clone(), m.1, m.2));
                }
            }
        }
        table("nerel_dev", &g, &p, &["PER", "ORG", "LOC", "POSITION"], &mut metrics);
        let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        show_mismatches("nerel_dev", &texts, &g, &p);
        table("nerel_dev_quotes", &g, &without_closing_quotes(&texts, &p), &["ORG"], &mut Vec::new());
    }
    // BSNLP
    if let Ok(docs) = gold::read_bsnlp(&corpora.join("BSNLP-ru")) {
        let types = ["PER", "ORG", "LOC"];
        let mut counts = [[0usize; 3]; 3]; // per type: tp, pred, gold
        let (mut norm_ok, mut norm_all, mut per_ok, mut per_all) = (0, 0, 0, 0);
        let show = gold::show();
        let mut shown = 0;
        for (text, items) in &docs {
            let doc = analyzer.analyze(text);
            let pred: BTreeSet<(String, String)> = doc
                .entities
                .iter()
                .map(|e| (e.span.slice(text).to_lowercase(), kind_name(e.kind).to_string()))
                .collect();
            let gold_set: BTreeSet<(String, String)> = items
                .iter()
                .filter(|i| types.contains(&i.2.as_str()))
                .map(|i| (i.0.to_lowercase(), i.2.clone()))
                .collect();
            for (k, ty) in types.iter().enumerate() {
                let p: BTreeSet<_> = pred.iter().filter(|x| x.1 == *ty).collect();
                let g: BTreeSet<_> = gold_set.iter().filter(|x| x.1 == *ty).collect();
                if shown < show {
                    for x in p.symmetric_difference(&g) {
                        let side = if g.contains(x) { "missed" } else { "extra" };
                        println!("set {ty} {side}: {:?}", x.0);
                    }
                }
                counts[k][0] += p.intersection(&g).count();
                counts[k][1] += p.len();
                counts[k][2] += g.len();
            }
            // Base forms of predicted mentions whose surface is a gold surface.
            let mut done = BTreeSet::new();
            for e in &doc.entities {
                let surface = e.span.slice(text);
                if let Some(item) = items.iter().find(|i| i.0.to_lowercase() == surface.to_lowercase())
                    && done.insert(surface.to_lowercase())
                {
                    // Compared lower-cased and modulo ё/е (the gold mostly writes е).
                    let fold = |s: &str| s.to_lowercase().replace('ё', "е");
                    let ok = fold(&e.norm) == fold(&item.1);
                    if !ok && shown < show {
                        shown += 1;
                        println!("norm {}: {surface:?} → {:?}, gold {:?}", item.2, e.norm, item.1);
                    }
                    norm_all += 1;
                    norm_ok += ok as usize;
                    if item.2 == "PER" {
                        per_all += 1;
                        per_ok += ok as usize;
                    }
                }
            }
        }
        println!("\nBSNLP ({} documents): document-level sets of (surface, type)\n", docs.len());
        println!("| type | P | R | F1 |\n| --- | --- | --- | --- |");
        for (k, ty) in types.iter().enumerate() {
            let p = counts[k][0] as f64 / counts[k][1].max(1) as f64;
            let r = counts[k][0] as f64 / counts[k][2].max(1) as f64;
            let f = if p + r == 0.0 { 0.0 } else { 200.0 * p * r / (p + r) };
            println!("| {ty} | {:.1} | {:.1} | {f:.1} |", 100.0 * p, 100.0 * r);
            metrics.push((format!("ner.bsnlp.{}.f1", ty.to_lowercase()), f));
        }
        let all = 100.0 * norm_ok as f64 / norm_all.max(1) as f64;
        let per = 100.0 * per_ok as f64 / per_all.max(1) as f64;
        println!("\nbase-form accuracy on matched mentions: all {all:.1} % of {norm_all}, PER {per:.1} % of {per_all}");
        metrics.push(("ner.bsnlp.norm_all".into(), all));
        metrics.push(("ner.bsnlp.norm_per".into(), per));
    }
    Some(metrics)
}

/// The predictions with a closing quote dropped from the end of a span that opens one inside
/// («ОАО «Газпром»» → «ОАО «Газпром»), to measure a corpus's quote convention.
fn without_closing_quotes(texts: &[&str], p: &Spans) -> Spans {
    p.iter()
        .map(|(d, t, s, e)| {
            let end = texts[*d][*s..*e]
                .strip_suffix(['»', '”', '"'])
                .filter(|inner| inner.contains(['«', '“', '"']))
                .map_or(*e, |inner| s + inner.len());
            (*d, t.clone(), *s, end)
        })
        .collect()
}
