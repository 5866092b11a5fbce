//! Industry sectors: per-document F1 against the team-written gold `tests/data/sectors_gold.tsv`
//! (NEREL dev and BSNLP documents → ОКВЭД 2 / NACE Rev. 2 codes).

use std::collections::BTreeSet;
use std::path::Path;

use pressa::Analyzer;

/// Body text of a BSNLP raw file (the first four lines are id, language, date, URL; the title
/// and body follow).
fn bsnlp_text(raw: &str) -> String {
    raw.lines().skip(4).collect::<Vec<_>>().join("\n")
}

pub fn run(corpora: &Path) -> Option<Vec<(String, f64)>> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data");
    let Ok(gold) = std::fs::read_to_string(data.join("sectors_gold.tsv")) else {
        println!("\nsectors: skipped: no tests/data/sectors_gold.tsv");
        return None;
    };
    let analyzer = Analyzer::new();
    let mut metrics = score("sectors", "Russian", &gold, corpora, &analyzer)?;
    // The English gold: CoNLL-2003 eng.testa documents by index.
    let english = std::fs::read_to_string(data.join("en_sectors_gold.tsv")).ok();
    if let Some(gold) = english {
        metrics.extend(score("sectors.en", "English", &gold, corpora, &analyzer)?);
    }
    Some(metrics)
}

/// The text of a gold line's document, or `None` when its corpus is absent.
fn document(
    source: &str,
    doc: &str,
    corpora: &Path,
    conll: &mut Option<Vec<crate::english::ConllDoc>>,
) -> Option<String> {
    match source {
        "nerel-dev" => std::fs::read_to_string(corpora.join("NEREL/NEREL-v1.1/dev").join(format!("{doc}.txt"))).ok(),
        "conll-testa" => {
            if conll.is_none() {
                *conll = Some(crate::english::read_conll(&corpora.join("conll2003-en/eng.testa")).ok()?);
            }
            let docs = conll.as_ref()?;
            Some(docs.get(doc.parse::<usize>().ok()?)?.text.clone())
        }
        _ => std::fs::read_to_string(corpora.join("BSNLP-ru").join(doc)).ok().map(|r| bsnlp_text(&r)),
    }
}

/// Per-code and per-document scores of the sectors of one gold file; metrics named `prefix.*`.
fn score(prefix: &str, what: &str, gold: &str, corpora: &Path, analyzer: &Analyzer) -> Option<Vec<(String, f64)>> {
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    let mut per_doc_f1 = Vec::new();
    let mut per_code: std::collections::BTreeMap<String, (usize, usize, usize)> = Default::default();
    let show = crate::gold::show();
    let mut shown = 0;
    let mut conll = None;
    for line in gold.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 2 {
            continue;
        }
        let Some(text) = document(f[0], f[1], corpora, &mut conll) else {
            println!("sectors: skipped: {} {} not found", f[0], f[1]);
            return None;
        };
        let want: BTreeSet<String> = f.get(2).map_or("", |c| c).split_whitespace().map(String::from).collect();
        let got: BTreeSet<String> = analyzer.analyze(&text).sectors.iter().map(|s| s.sector.code.to_string()).collect();
        let t = want.intersection(&got).count();
        tp += t;
        fp += got.len() - t;
        fneg += want.len() - t;
        let f1 = if want.is_empty() && got.is_empty() { 1.0 } else { 2.0 * t as f64 / (want.len() + got.len()) as f64 };
        per_doc_f1.push(f1);
        for c in want.union(&got) {
            let e = per_code.entry(c.clone()).or_default();
            match (want.contains(c), got.contains(c)) {
                (true, true) => e.0 += 1,
                (false, true) => e.1 += 1,
                _ => e.2 += 1,
            }
        }
        if f1 < 1.0 && shown < show {
            shown += 1;
            println!("sectors {} {}: want {want:?} got {got:?}", f[0], f[1]);
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fneg).max(1) as f64;
    let micro = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    let doc_f1 = per_doc_f1.iter().sum::<f64>() / per_doc_f1.len().max(1) as f64;
    println!("\n## Industry sectors, {what} ({} documents of the team gold)\n", per_doc_f1.len());
    println!("micro P {:.3} R {:.3} F1 {micro:.3}; mean per-document F1 {doc_f1:.3}", p, r);
    println!("\n| code | tp | fp | fn |\n| --- | --- | --- | --- |");
    for (c, (t, f, n)) in &per_code {
        println!("| {c} | {t} | {f} | {n} |");
    }
    Some(vec![(format!("{prefix}.micro_f1"), micro), (format!("{prefix}.doc_f1"), doc_f1)])
}
