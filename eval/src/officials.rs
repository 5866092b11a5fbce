//! Officials: factRuEval dev Occupation facts and NEREL dev WORKS_AS pairs → P/R/F1, and the
//! share of matched facts whose organisation overlaps the gold Where.

use std::path::Path;

use crate::gold;
use pressa::Analyzer;

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Does one of the official's mentions have its person's span `person` accepts and its
/// position's span `position` accepts?
fn mentioned(
    o: &pressa::Official,
    person: impl Fn((usize, usize)) -> bool,
    position: impl Fn((usize, usize)) -> bool,
) -> bool {
    o.mentions.iter().any(|m| person((m.person.start, m.person.end)) && position((m.position.start, m.position.end)))
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

/// Officials predicted and in the gold, and how many of each were right.
#[derive(Clone, Copy, Debug, Default)]
struct Counts {
    pred: usize,
    pred_ok: usize,
    gold: usize,
    gold_ok: usize,
}

impl Counts {
    /// Precision, recall and F1.
    fn prf(&self) -> (f64, f64, f64) {
        let (p, r) = (self.pred_ok as f64 / self.pred.max(1) as f64, self.gold_ok as f64 / self.gold.max(1) as f64);
        (p, r, f1(p, r))
    }

    fn add(&mut self, o: Counts) {
        self.pred += o.pred;
        self.pred_ok += o.pred_ok;
        self.gold += o.gold;
        self.gold_ok += o.gold_ok;
    }
}

pub fn run(corpora: &Path) -> Option<Vec<(String, f64)>> {
    let analyzer = Analyzer::new();
    let mut metrics = Vec::new();
    println!("\n## Officials\n");
    if let Ok(docs) = gold::read_factrueval_occupations(&corpora.join("factRuEval-2016/devset")) {
        let (mut c, mut org_ok) = (Counts::default(), 0);
        // The mismatches of the first `show` documents.
        let show = gold::show();
        let mut shown = 0;
        for (text, facts) in &docs {
            let a = analyzer.analyze(text);
            // An official (once per person, position and organisation) matches a fact when one
            // of its mentions does.
            let matches = |o: &pressa::Official, f: &gold::Occupation| {
                mentioned(
                    o,
                    |person| f.0.iter().any(|&w| overlaps(person, w)),
                    |position| f.1.is_empty() || f.1.iter().any(|&p| overlaps(position, p)),
                )
            };
            c.pred += a.officials.len();
            c.pred_ok += a.officials.iter().filter(|o| facts.iter().any(|f| matches(o, f))).count();
            c.gold += facts.len();
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
                    c.gold_ok += 1;
                    if o.org.as_ref().is_some_and(|g| f.2.iter().any(|&w| overlaps((g.span.start, g.span.end), w))) {
                        org_ok += 1;
                    }
                }
            }
        }
        let (p, r, f) = c.prf();
        let org = org_ok as f64 / c.gold_ok.max(1) as f64;
        println!(
            "factRuEval dev Occupation: P {p:.3} R {r:.3} F1 {f:.3} ({} predicted, {} gold); org overlaps Where in {:.1} % of matched facts",
            c.pred,
            c.gold,
            100.0 * org
        );
        metrics.push(("officials.factrueval.f1".into(), f));
    }
    if let Ok(docs) = gold::read_nerel(corpora, "dev") {
        let mut c = Counts::default();
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
                mentioned(o, |person| overlaps(person, g.0), |position| overlaps(position, g.1))
            };
            c.pred += a.officials.len();
            c.pred_ok += a.officials.iter().filter(|o| pairs.iter().any(|g| m(o, g))).count();
            c.gold += pairs.len();
            c.gold_ok += pairs.iter().filter(|g| a.officials.iter().any(|o| m(o, g))).count();
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
        let (p, r, f) = c.prf();
        println!("NEREL dev WORKS_AS: P {p:.3} R {r:.3} F1 {f:.3} ({} predicted, {} gold)", c.pred, c.gold);
        metrics.push(("officials.nerel.f1".into(), f));
    }
    english(corpora, &analyzer, &mut metrics);
    Some(metrics)
}

/// A (start, end) range of tokens of a sentence: `"3:5"`.
fn token_range(s: &str) -> Option<(usize, usize)> {
    let (a, b) = s.split_once(':')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// One gold English official: document, sentence, and the person's, position's and (when named)
/// organisation's byte spans in the document text.
type EnOfficial = (usize, usize, (usize, usize), (usize, usize), Option<(usize, usize)>);

/// English officials in the team's own dev set (`tests/data/en_officials_dev.tsv`: CoNLL-2003
/// sentences, person + position + organisation by token offsets) → P/R/F1 of officials whose
/// person, position and organisation are all right (spans overlap, or the organisation is
/// spelled the same; no organisation on both sides counts as right), over the sentences the annotators scanned; the eng.train and
/// eng.testa parts of the set also apart.
fn english(corpora: &Path, analyzer: &Analyzer, metrics: &mut Vec<(String, f64)>) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data");
    let (Ok(gold), Ok(scanned)) = (
        std::fs::read_to_string(data.join("en_officials_dev.tsv")),
        std::fs::read_to_string(data.join("en_officials_dev_scanned.tsv")),
    ) else {
        return;
    };
    let rows = |t: &str| -> Vec<Vec<String>> {
        t.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split('\t').map(String::from).collect())
            .collect()
    };
    let (gold, scanned) = (rows(&gold), rows(&scanned));
    let mut misses = Misses { by_part: [0; 3], show: gold::show(), shown: 0 };
    let (mut all, mut by_split) = (Counts::default(), Vec::new());
    for split in ["train", "testa"] {
        let Ok(docs) = crate::english::read_conll(&corpora.join(format!("conll2003-en/eng.{split}"))) else { return };
        let c = english_split(split, &docs, &gold, &scanned, analyzer, &mut misses);
        by_split.push(format!("{split} part F1 {:.3}", c.prf().2));
        all.add(c);
    }
    let (p, r, f) = all.prf();
    let by_part = misses.by_part;
    println!(
        "English officials (team dev set, person + position + organisation all right): P {p:.3} R {r:.3} F1 {f:.3} \
         ({} predicted, {} gold; missed: {} no official, {} position, {} organisation; {})",
        all.pred,
        all.gold,
        by_part[0],
        by_part[1],
        by_part[2],
        by_split.join(", ")
    );
    metrics.push(("officials.english.f1".into(), f));
}

/// The English officials missed: how many for want of an official for the person, of the right
/// position, of the right organisation; and how many officials, missed or wrong, to print.
struct Misses {
    by_part: [usize; 3],
    show: usize,
    shown: usize,
}

/// The officials of one part of the English dev set (`split`: the CoNLL file its `docs` come
/// from), with the set's `gold` and `scanned` rows (all parts).
fn english_split(
    split: &str,
    docs: &[crate::english::ConllDoc],
    gold: &[Vec<String>],
    scanned: &[Vec<String>],
    analyzer: &Analyzer,
    misses: &mut Misses,
) -> Counts {
    let span = |d: usize, s: usize, r: (usize, usize)| -> Option<(usize, usize)> {
        let toks = docs.get(d)?.sentences.get(s)?;
        Some((toks.get(r.0)?.0, toks.get(r.1.checked_sub(1)?)?.1))
    };
    let mut want: Vec<EnOfficial> = Vec::new();
    for f in gold.iter().filter(|f| f.len() >= 6 && f[0] == split) {
        let (Ok(d), Ok(s)) = (f[1].parse::<usize>(), f[2].parse::<usize>()) else { continue };
        let (Some(person), Some(position)) =
            (token_range(&f[3]).and_then(|r| span(d, s, r)), token_range(&f[4]).and_then(|r| span(d, s, r)))
        else {
            continue;
        };
        let org = token_range(&f[5]).and_then(|r| span(d, s, r));
        want.push((d, s, person, position, org));
    }
    let mut sentences: Vec<(usize, usize)> = scanned
        .iter()
        .filter(|f| f.len() >= 3 && f[0] == split)
        .filter_map(|f| Some((f[1].parse().ok()?, f[2].parse().ok()?)))
        .collect();
    sentences.sort_unstable();
    sentences.dedup();
    let mut doc_ids: Vec<usize> = sentences.iter().map(|x| x.0).collect();
    doc_ids.dedup();
    let mut c = Counts::default();
    for d in doc_ids {
        let Some(doc) = docs.get(d) else { continue };
        let a = analyzer.analyze(&doc.text);
        // The scanned sentences of this document, as byte ranges.
        let ranges: Vec<(usize, usize)> = sentences
            .iter()
            .filter(|x| x.0 == d)
            .filter_map(|&(_, s)| {
                let t = doc.sentences.get(s)?;
                Some((t.first()?.0, t.last()?.1))
            })
            .collect();
        let in_scanned = |x: (usize, usize)| ranges.iter().any(|r| r.0 <= x.0 && x.1 <= r.1);
        let right = |o: &pressa::Official, g: &EnOfficial| {
            let org_ok = match (&o.org, g.4) {
                (None, None) => true,
                // An official is reported once, with the organisation of its first mention: the
                // same organisation in the same letters is right at a later mention too.
                (Some(p), Some(q)) => {
                    overlaps((p.span.start, p.span.end), q) || doc.text[p.span.start..p.span.end] == doc.text[q.0..q.1]
                }
                _ => false,
            };
            org_ok && mentioned(o, |person| overlaps(person, g.2), |position| overlaps(position, g.3))
        };
        let here: Vec<&EnOfficial> = want.iter().filter(|g| g.0 == d).collect();
        let found: Vec<&pressa::Official> = a.officials.iter().filter(|o| mentioned(o, in_scanned, |_| true)).collect();
        c.pred += found.len();
        c.pred_ok += found.iter().filter(|o| here.iter().any(|g| right(o, g))).count();
        for o in found.iter().filter(|o| !here.iter().any(|g| right(o, g))) {
            if misses.shown < misses.show {
                misses.shown += 1;
                let org = o.org.as_ref().map(|x| &x.norm);
                println!("en official extra ({split}): {} | {} | {org:?}", o.person.norm, o.position.norm);
            }
        }
        c.gold += here.len();
        for g in &here {
            let hit = found.iter().any(|o| right(o, g));
            c.gold_ok += usize::from(hit);
            if hit {
                continue;
            }
            // Which part went wrong: no official for the person, a wrong position, a wrong
            // organisation.
            let person = found.iter().find(|o| mentioned(o, |person| overlaps(person, g.2), |_| true));
            misses.by_part[match person {
                None => 0,
                Some(o) if !mentioned(o, |_| true, |position| overlaps(position, g.3)) => 1,
                Some(_) => 2,
            }] += 1;
            if misses.shown < misses.show {
                misses.shown += 1;
                let got = person.map(|o| format!("{} | {:?}", o.position.norm, o.org.as_ref().map(|x| &x.norm)));
                let org = g.4.map(|x| &doc.text[x.0..x.1]);
                println!(
                    "en official missed ({split}): {} | {} | {org:?} — got {got:?}",
                    &doc.text[g.2.0..g.2.1],
                    &doc.text[g.3.0..g.3.1]
                );
                let t = &doc.sentences[g.1];
                println!("      «{}»", &doc.text[t[0].0..t[t.len() - 1].1]);
            }
        }
    }
    c
}
