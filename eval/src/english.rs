//! English names: CoNLL-2003 eng.testa (Reuters news, the tagger's development set) and WikiGold
//! (Wikipedia prose: does it carry over beyond news?) → exact-span P/R/F1 for PER, ORG, LOC
//! (MISC is not a type of pressa's and is left out of the gold; the gold is flat, so a name
//! pressa finds inside another name is left out of its output).
//!
//! A document's text is its tokens joined by spaces, its sentences by line breaks; gold spans
//! are byte offsets into it.

use std::path::Path;

use crate::gold;
use pressa::{Analyzer, EntityKind};

/// A CoNLL document: text, (type, byte start, byte end) entities, and its sentences as lists of
/// (byte start, byte end, IOB2 tag) tokens.
#[derive(Default)]
pub struct ConllDoc {
    pub text: String,
    pub entities: Vec<(String, usize, usize)>,
    pub sentences: Vec<Vec<(usize, usize, String)>>,
}

/// Reads a CoNLL file (the token first and the NER tag last on each line; `-DOCSTART-` between
/// documents; IOB1 or IOB2 tags) into documents.
pub fn read_conll(path: &Path) -> std::io::Result<Vec<ConllDoc>> {
    let data = std::fs::read_to_string(path)?;
    let mut docs = Vec::new();
    let mut doc = ConllDoc::default();
    let mut sentence: Vec<(usize, usize, String)> = Vec::new();
    let flush_sentence = |doc: &mut ConllDoc, sentence: &mut Vec<(usize, usize, String)>| {
        if !sentence.is_empty() {
            doc.sentences.push(std::mem::take(sentence));
        }
    };
    for line in data.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            flush_sentence(&mut doc, &mut sentence);
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            flush_sentence(&mut doc, &mut sentence);
            if !doc.sentences.is_empty() {
                docs.push(finish(std::mem::take(&mut doc)));
            }
            continue;
        }
        if !doc.text.is_empty() {
            doc.text.push(if sentence.is_empty() { '\n' } else { ' ' });
        }
        let start = doc.text.len();
        doc.text.push_str(cols[0]);
        let tag = cols[cols.len() - 1];
        // IOB1 → IOB2: an I- tag that does not continue an entity of its type starts one.
        let prev = sentence.last().map(|t| t.2.as_str()).unwrap_or("O");
        let tag = match tag.strip_prefix("I-") {
            Some(ty) if prev.get(2..) != Some(ty) => format!("B-{ty}"),
            _ => tag.to_string(),
        };
        sentence.push((start, doc.text.len(), tag));
    }
    flush_sentence(&mut doc, &mut sentence);
    if !doc.sentences.is_empty() {
        docs.push(finish(doc));
    }
    Ok(docs)
}

/// Collects the entities of a document from its tags.
fn finish(mut doc: ConllDoc) -> ConllDoc {
    for s in &doc.sentences {
        let mut cur: Option<(String, usize, usize)> = None;
        for (a, b, tag) in s {
            match (tag.strip_prefix("B-"), tag.strip_prefix("I-"), cur.as_mut()) {
                (None, Some(_), Some(c)) => c.2 = *b,
                (Some(ty), _, _) => {
                    doc.entities.extend(cur.take());
                    cur = Some((ty.to_string(), *a, *b));
                }
                _ => doc.entities.extend(cur.take()),
            }
        }
        doc.entities.extend(cur);
    }
    doc
}

fn kind_name(k: EntityKind) -> Option<&'static str> {
    match k {
        EntityKind::Person => Some("PER"),
        EntityKind::Organization => Some("ORG"),
        EntityKind::Location => Some("LOC"),
        _ => None,
    }
}

/// P/R/F1 per type and micro over PER, ORG, LOC of the analyses of `docs`; prints a row each.
fn score(name: &str, docs: &[ConllDoc], analyzer: &Analyzer, metrics: &mut Vec<(String, f64)>) {
    let (mut gold, mut pred) = (Vec::new(), Vec::new());
    for (d, doc) in docs.iter().enumerate() {
        for (ty, s, e) in doc.entities.iter().filter(|e| e.0 != "MISC") {
            gold.push((d, ty.clone(), *s, *e));
        }
        // The gold is flat: a name inside another name (a place inside an organisation) is
        // left out; names inside positions stay.
        let names: Vec<_> = analyzer
            .analyze(&doc.text)
            .entities
            .into_iter()
            .filter_map(|e| Some((kind_name(e.kind)?, e.span.start, e.span.end)))
            .collect();
        for &(ty, s, e) in &names {
            if !names.iter().any(|o| o.1 <= s && e <= o.2 && (o.1, o.2) != (s, e)) {
                pred.push((d, ty.to_string(), s, e));
            }
        }
    }
    let show = gold::show();
    let mut shown = 0;
    for g in gold.iter().filter(|g| show > 0 && !pred.contains(g)) {
        if shown < show {
            shown += 1;
            println!("{name} missed {}: {}", g.1, gold::context(&docs[g.0].text, g.2, g.3, 30, 20));
        }
    }
    for p in pred.iter().filter(|p| show > 0 && !gold.contains(p)) {
        if shown < 2 * show {
            shown += 1;
            println!("{name} extra {}: {}", p.1, gold::context(&docs[p.0].text, p.2, p.3, 30, 20));
        }
    }
    let mut row = Vec::new();
    for ty in ["PER", "ORG", "LOC", "all"] {
        let g: Vec<_> = gold.iter().filter(|x| ty == "all" || x.1 == ty).cloned().collect();
        let p: Vec<_> = pred.iter().filter(|x| ty == "all" || x.1 == ty).cloned().collect();
        let (pr, r, f, ..) = gold::prf(&g, &p);
        row.push(format!("{pr:.1} / {r:.1} / {f:.1}"));
        metrics.push((format!("ner.{name}.{}.f1", ty.to_lowercase()), f));
    }
    println!("| {name} | {} | {} |", docs.len(), row.join(" | "));
}

pub fn run(corpora: &Path) -> Option<Vec<(String, f64)>> {
    let testa = read_conll(&corpora.join("conll2003-en/eng.testa")).ok()?;
    let analyzer = Analyzer::new();
    let mut metrics = Vec::new();
    println!("\n## English names (exact spans; P / R / F1)\n");
    println!("| set | documents | PER | ORG | LOC | micro |");
    println!("| --- | --- | --- | --- | --- | --- |");
    score("conll_testa", &testa, &analyzer, &mut metrics);
    if let Ok(wiki) = read_conll(&corpora.join("wikigold/wikigold.conll.txt")) {
        score("wikigold", &wiki, &analyzer, &mut metrics);
    }
    Some(metrics)
}
