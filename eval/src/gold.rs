//! Loaders for the gold corpora (UD CoNLL-U, factRuEval .tokens, razdel cases).
//! Offsets are converted to bytes on load; the corpora are read from `PRESSA_CORPORA`.
#![allow(dead_code)]

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use pressa::CharIndex;

/// The corpora folder: `$PRESSA_CORPORA`, else `../shared/corpora` next to the crate.
pub fn corpora_dir() -> PathBuf {
    match std::env::var_os("PRESSA_CORPORA") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpora"),
    }
}

/// How many mismatches the evaluation prints (env `PRESSA_EVAL_SHOW`, default 0).
pub fn show() -> usize {
    std::env::var("PRESSA_EVAL_SHOW").ok().and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// `text[start..end]` with up to `before` and `after` characters around it, the span marked
/// by brackets and line breaks flattened: the context mismatch listings print.
pub fn context(text: &str, start: usize, end: usize, before: usize, after: usize) -> String {
    let a = text[..start].char_indices().rev().nth(before.saturating_sub(1)).map_or(0, |x| x.0);
    let b = text[end..].char_indices().nth(after).map_or(text.len(), |x| end + x.0);
    format!("{}[{}]{}", &text[a..start], &text[start..end], &text[end..b]).replace('\n', " ")
}

/// The files in `dir` whose names end in `.ext`, sorted by name.
pub fn files_with_extension(dir: &Path, ext: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut names: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    names.sort();
    Ok(names)
}

/// A gold document: text, token spans and sentence end offsets (bytes).
#[derive(Debug, Default)]
pub struct GoldDoc {
    pub text: String,
    pub tokens: Vec<(usize, usize)>,
    pub sentence_ends: Vec<usize>,
}

/// Reads a CoNLL-U file into documents. Sentences of one `# newdoc` are joined with a space;
/// without newdoc markers, `block` sentences make a document.
pub fn read_conllu(path: &Path, block: usize) -> std::io::Result<Vec<GoldDoc>> {
    let data = fs::read_to_string(path)?;
    let mut docs = Vec::new();
    let mut doc = GoldDoc::default();
    let mut in_doc = 0usize;
    let mut sent_text: Option<String> = None;
    let mut forms: Vec<String> = Vec::new();
    let mut mwt_end = 0usize; // last word id covered by a multiword token
    let mut mwt: Option<(String, Vec<String>)> = None;
    let has_newdoc = data.contains("# newdoc");
    let flush_sentence = |doc: &mut GoldDoc, text: &str, forms: &[String]| {
        if !doc.text.is_empty() {
            doc.text.push(' ');
        }
        let base = doc.text.len();
        doc.text.push_str(text);
        let mut cur = 0;
        let mut last_end = None;
        for f in forms {
            let rest = &text[cur..];
            let skipped = rest.len() - rest.trim_start().len();
            let at = if rest[skipped..].starts_with(f.as_str()) {
                Some(cur + skipped)
            } else {
                rest.find(f.as_str()).map(|p| cur + p)
            };
            if let Some(p) = at {
                doc.tokens.push((base + p, base + p + f.len()));
                cur = p + f.len();
                last_end = Some(base + cur);
            }
        }
        if let Some(e) = last_end {
            doc.sentence_ends.push(e);
        }
    };
    for line in data.lines() {
        if let Some(rest) = line.strip_prefix("# newdoc") {
            let _ = rest;
            if !doc.text.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        if let Some(t) = line.strip_prefix("# text = ") {
            sent_text = Some(t.to_string());
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            if let Some(t) = sent_text.take() {
                if !has_newdoc && in_doc == block {
                    docs.push(std::mem::take(&mut doc));
                    in_doc = 0;
                }
                flush_sentence(&mut doc, &t, &forms);
                in_doc += 1;
            }
            forms.clear();
            mwt_end = 0;
            mwt = None;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 {
            continue;
        }
        let id = cols[0];
        if id.contains('.') {
            continue;
        }
        if let Some((a, b)) = id.split_once('-') {
            let (_a, b): (usize, usize) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
            mwt_end = b;
            mwt = Some((cols[1].to_string(), Vec::new()));
            continue;
        }
        let n: usize = id.parse().unwrap_or(0);
        if let Some((surface, words)) = mwt.as_mut() {
            words.push(cols[1].to_string());
            if n == mwt_end {
                // Use the syntactic words when they spell the surface form, else the surface.
                if words.concat() == *surface {
                    forms.append(words);
                } else {
                    forms.push(surface.clone());
                }
                mwt = None;
            }
            continue;
        }
        forms.push(cols[1].to_string());
    }
    if let Some(t) = sent_text.take() {
        flush_sentence(&mut doc, &t, &forms);
    }
    if !doc.text.is_empty() {
        docs.push(doc);
    }
    Ok(docs)
}

/// factRuEval devset documents with gold tokens and sentences from `.tokens`.
pub fn read_factrueval(dir: &Path) -> std::io::Result<Vec<(String, GoldDoc)>> {
    let names = files_with_extension(dir, "tokens")?;
    let mut out = Vec::new();
    for tok_path in names {
        let text = fs::read_to_string(tok_path.with_extension("txt"))?;
        let idx = CharIndex::new(&text);
        let mut doc = GoldDoc { text: String::new(), ..Default::default() };
        let mut last_end = None;
        for line in fs::read_to_string(&tok_path)?.lines() {
            let f: Vec<&str> = line.splitn(4, ' ').collect();
            if f.len() < 4 {
                if let Some(e) = last_end.take() {
                    doc.sentence_ends.push(e);
                }
                continue;
            }
            let (s, l): (usize, usize) = (f[1].parse().unwrap_or(0), f[2].parse().unwrap_or(0));
            let (bs, be) = (idx.byte_offset(s), idx.byte_offset(s + l));
            doc.tokens.push((bs, be));
            last_end = Some(be);
        }
        if let Some(e) = last_end {
            doc.sentence_ends.push(e);
        }
        doc.text = text;
        let id = tok_path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        out.push((id, doc));
    }
    Ok(out)
}

/// razdel cases: (text, expected tokens).
pub fn read_razdel(path: &Path) -> std::io::Result<Vec<(String, Vec<String>)>> {
    let data = fs::read_to_string(path)?;
    Ok(data
        .lines()
        .map(|line| {
            let line = line.replace("\\|", "\u{1}");
            let chunks: Vec<String> = line.split('|').map(|c| c.replace('\u{1}', "|")).collect();
            let text = chunks.concat();
            let toks = chunks.into_iter().filter(|c| !c.trim().is_empty()).collect();
            (text, toks)
        })
        .collect())
}

/// Precision, recall and F1 (in %) of predicted against gold items.
pub fn prf<T: Ord + Clone>(gold: &[T], pred: &[T]) -> (f64, f64, f64, usize, usize, usize) {
    let mut g = gold.to_vec();
    g.sort();
    let mut p = pred.to_vec();
    p.sort();
    let (mut i, mut j, mut tp) = (0, 0, 0);
    while i < g.len() && j < p.len() {
        match g[i].cmp(&p[j]) {
            std::cmp::Ordering::Equal => {
                tp += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    let pr = if p.is_empty() { 0.0 } else { tp as f64 / p.len() as f64 };
    let rc = if g.is_empty() { 0.0 } else { tp as f64 / g.len() as f64 };
    let f = if pr + rc == 0.0 { 0.0 } else { 2.0 * pr * rc / (pr + rc) };
    (100.0 * pr, 100.0 * rc, 100.0 * f, tp, p.len(), g.len())
}

/// A NEREL document: text, entities (id, type, byte span) and relations (type, arg1, arg2).
#[derive(Debug, Default)]
pub struct NerelDoc {
    pub id: String,
    pub text: String,
    pub entities: Vec<(String, String, usize, usize)>,
    pub relations: Vec<(String, String, String)>,
}

/// NEREL documents of one split (`dev`, `train`). Discontinuous entities span from their first
/// start to their last end.
pub fn read_nerel(corpora: &Path, split: &str) -> std::io::Result<Vec<NerelDoc>> {
    let dir = corpora.join("NEREL/NEREL-v1.1").join(split);
    let names = files_with_extension(&dir, "ann")?;
    let mut docs = Vec::new();
    for ann in names {
        let text = fs::read_to_string(ann.with_extension("txt"))?;
        let idx = CharIndex::new(&text);
        let stem = ann.file_stem().unwrap_or_default().to_string_lossy();
        let mut doc = NerelDoc { id: stem.to_string(), ..Default::default() };
        for line in fs::read_to_string(&ann)?.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 2 {
                continue;
            }
            if line.starts_with('T') {
                let mut parts = cols[1].split(' ');
                let ty = parts.next().unwrap_or("").to_string();
                let rest: Vec<usize> = cols[1][ty.len()..].split([' ', ';']).filter_map(|x| x.parse().ok()).collect();
                if let (Some(&s), Some(&e)) = (rest.iter().min(), rest.iter().max()) {
                    doc.entities.push((cols[0].to_string(), ty, idx.byte_offset(s), idx.byte_offset(e)));
                }
            } else if line.starts_with('R') {
                let f: Vec<&str> = cols[1].split(' ').collect();
                if f.len() == 3 {
                    let a1 = f[1].trim_start_matches("Arg1:").to_string();
                    let a2 = f[2].trim_start_matches("Arg2:").to_string();
                    doc.relations.push((f[0].to_string(), a1, a2));
                }
            }
        }
        doc.text = text;
        docs.push(doc);
    }
    Ok(docs)
}

/// Precision, recall, F1 (%) where a prediction counts when it overlaps some gold span and a
/// gold span counts when some prediction overlaps it.
pub fn overlap_prf(gold: &[(usize, usize, usize)], pred: &[(usize, usize, usize)]) -> (f64, f64, f64) {
    let hit = |a: &(usize, usize, usize), set: &[(usize, usize, usize)]| {
        set.iter().any(|b| a.0 == b.0 && a.1 < b.2 && b.1 < a.2)
    };
    let p = pred.iter().filter(|x| hit(x, gold)).count() as f64 / pred.len().max(1) as f64;
    let r = gold.iter().filter(|x| hit(x, pred)).count() as f64 / gold.len().max(1) as f64;
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (100.0 * p, 100.0 * r, 100.0 * f)
}

/// A factRuEval document: id, text and (type, byte start, byte end) mentions.
pub type MentionDoc = (String, String, Vec<(String, usize, usize)>);

/// A factRuEval `.spans` file: span id → (byte start, byte end) in `idx`'s text.
fn read_factrueval_spans(path: &Path, idx: &CharIndex) -> std::io::Result<HashMap<String, (usize, usize)>> {
    let mut spans = HashMap::new();
    for line in fs::read_to_string(path)?.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() >= 4 {
            let (s, l): (usize, usize) = (f[2].parse().unwrap_or(0), f[3].parse().unwrap_or(0));
            spans.insert(f[0].to_string(), (idx.byte_offset(s), idx.byte_offset(s + l)));
        }
    }
    Ok(spans)
}

/// From the first start to the last end of the spans `ids` name (those found).
fn extent(ids: &[&str], spans: &HashMap<String, (usize, usize)>) -> Option<(usize, usize)> {
    let found = || ids.iter().filter_map(|id| spans.get(*id));
    Some((found().map(|x| x.0).min()?, found().map(|x| x.1).max()?))
}

/// factRuEval mentions with Person → PER, Org → ORG, Location and LocOrg → LOC; a mention
/// spans from its first span's start to its last span's end.
pub fn read_factrueval_mentions(dir: &Path) -> std::io::Result<Vec<MentionDoc>> {
    let names = files_with_extension(dir, "objects")?;
    let mut out = Vec::new();
    for obj in names {
        let text = fs::read_to_string(obj.with_extension("txt"))?;
        let spans = read_factrueval_spans(&obj.with_extension("spans"), &CharIndex::new(&text))?;
        let mut mentions = Vec::new();
        for line in fs::read_to_string(&obj)?.lines() {
            let line = line.split('#').next().unwrap_or("");
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() < 3 {
                continue;
            }
            let ty = match f[1] {
                "Person" => "PER",
                "Org" => "ORG",
                "Location" | "LocOrg" => "LOC",
                _ => continue,
            };
            if let Some((s, e)) = extent(&f[2..], &spans) {
                mentions.push((ty.to_string(), s, e));
            }
        }
        let id = obj.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        out.push((id, text, mentions));
    }
    Ok(out)
}

/// A factRuEval document with its coreference chains: id, text and (byte start, byte end,
/// chain) for each Person, Org, Location and LocOrg mention.
pub type ChainDoc = (String, String, Vec<(usize, usize, usize)>);

/// factRuEval documents with the chain (`.coref` entity) of each mention (`.objects`).
pub fn read_factrueval_chains(dir: &Path) -> std::io::Result<Vec<ChainDoc>> {
    let mut out = Vec::new();
    for obj in files_with_extension(dir, "objects")? {
        let text = fs::read_to_string(obj.with_extension("txt"))?;
        let spans = read_factrueval_spans(&obj.with_extension("spans"), &CharIndex::new(&text))?;
        let mut chain_of: HashMap<String, usize> = HashMap::new();
        for block in fs::read_to_string(obj.with_extension("coref"))?.split("\n\n") {
            let mut ids = block.lines().next().unwrap_or("").split_whitespace();
            if let Some(chain) = ids.next().and_then(|c| c.parse().ok()) {
                for m in ids {
                    chain_of.insert(m.to_string(), chain);
                }
            }
        }
        let mut mentions = Vec::new();
        for line in fs::read_to_string(&obj)?.lines() {
            let f: Vec<&str> = line.split('#').next().unwrap_or("").split_whitespace().collect();
            if f.len() < 3 || !matches!(f[1], "Person" | "Org" | "Location" | "LocOrg") {
                continue;
            }
            if let (Some((s, e)), Some(&chain)) = (extent(&f[2..], &spans), chain_of.get(f[0])) {
                mentions.push((s, e, chain));
            }
        }
        let id = obj.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        out.push((id, text, mentions));
    }
    Ok(out)
}

/// A BSNLP document: body text and gold (surface, base form, type) lines.
pub type BsnlpDoc = (String, Vec<(String, String, String)>);

/// BSNLP documents of every topic under `dir` (Russian raw texts with their annotations).
pub fn read_bsnlp(dir: &Path) -> std::io::Result<Vec<BsnlpDoc>> {
    let mut out = Vec::new();
    let mut topics: Vec<PathBuf> =
        fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
    topics.sort();
    for topic in topics {
        let mut gold = HashMap::new();
        let Ok(entries) = fs::read_dir(topic.join("annotated/ru")) else { continue };
        for e in entries.filter_map(|e| e.ok()) {
            let data = fs::read_to_string(e.path())?;
            let mut lines = data.lines();
            let id = lines.next().unwrap_or("").trim().trim_start_matches('\u{feff}').to_string();
            let items: Vec<(String, String, String)> = lines
                .filter_map(|l| {
                    let f: Vec<&str> = l.split('\t').collect();
                    (f.len() >= 3).then(|| (f[0].trim().to_string(), f[1].trim().to_string(), f[2].trim().to_string()))
                })
                .collect();
            gold.insert(id, items);
        }
        let mut raws: Vec<PathBuf> =
            fs::read_dir(topic.join("raw/ru"))?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        raws.sort();
        for raw in raws {
            let data = fs::read_to_string(&raw)?.replace("\r\n", "\n");
            let id = data.lines().next().unwrap_or("").trim().trim_start_matches('\u{feff}').to_string();
            let Some(items) = gold.get(&id) else { continue };
            let body: String = data.lines().skip(4).collect::<Vec<_>>().join("\n");
            out.push((body, items.clone()));
        }
    }
    Ok(out)
}

/// factRuEval Occupation facts of one document: (Who mention spans, Position spans (the
/// annotators' alternatives; none when the fact has no position), Where
/// mention spans), bytes. `objN` is a coreference entity: all its mentions count.
pub type Occupation = (Vec<(usize, usize)>, Vec<(usize, usize)>, Vec<(usize, usize)>);

/// factRuEval documents with their Occupation facts: (text, facts).
pub fn read_factrueval_occupations(dir: &Path) -> std::io::Result<Vec<(String, Vec<Occupation>)>> {
    let names = files_with_extension(dir, "facts")?;
    let mut out = Vec::new();
    for facts in names {
        let text = fs::read_to_string(facts.with_extension("txt"))?;
        let spans = read_factrueval_spans(&facts.with_extension("spans"), &CharIndex::new(&text))?;
        let mut mentions = HashMap::new();
        for line in fs::read_to_string(facts.with_extension("objects"))?.lines() {
            let f: Vec<&str> = line.split('#').next().unwrap_or("").split_whitespace().collect();
            if f.len() >= 3
                && let Some(extent) = extent(&f[2..], &spans)
            {
                mentions.insert(f[0].to_string(), extent);
            }
        }
        let mut entities: HashMap<String, Vec<(usize, usize)>> = Default::default();
        for block in fs::read_to_string(facts.with_extension("coref"))?.split("\n\n") {
            let first = block.lines().next().unwrap_or("");
            let f: Vec<&str> = first.split_whitespace().collect();
            if let Some((id, ms)) = f.split_first() {
                entities.insert(id.to_string(), ms.iter().filter_map(|m| mentions.get(*m).copied()).collect());
            }
        }
        let resolve = |refs: &str| -> Vec<(usize, usize)> {
            let mut v = Vec::new();
            for alt in refs.split(" | ") {
                let id = alt.split_whitespace().next().unwrap_or("");
                if let Some(n) = id.strip_prefix("obj") {
                    v.extend(entities.get(n).cloned().unwrap_or_default());
                } else if let Some(n) = id.strip_prefix("span") {
                    v.extend(spans.get(n).copied());
                }
            }
            v
        };
        let mut occ = Vec::new();
        for block in fs::read_to_string(&facts)?.split("\n\n") {
            let mut lines = block.lines();
            if !lines.next().is_some_and(|l| l.ends_with("Occupation")) {
                continue;
            }
            let (mut who, mut pos, mut wher) = (Vec::new(), Vec::new(), Vec::new());
            for l in lines {
                if let Some(r) = l.strip_prefix("Who ") {
                    who = resolve(r);
                } else if let Some(r) = l.strip_prefix("Position ") {
                    pos = resolve(r);
                } else if let Some(r) = l.strip_prefix("Where ") {
                    wher = resolve(r);
                }
            }
            if !who.is_empty() {
                occ.push((who, pos, wher));
            }
        }
        out.push((text, occ));
    }
    Ok(out)
}
