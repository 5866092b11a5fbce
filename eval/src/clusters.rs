//! Clusters: factRuEval dev coreference chains (Person, Org, Location, LocOrg objects) against
//! pressa's clusters, over the gold mentions pressa finds with the exact span: pairwise
//! precision, recall and F1 of "same cluster", MUC and B³. Even and odd documents apart (the
//! clustering rules were written looking at even documents only).

use std::collections::HashMap;
use std::path::Path;

use crate::gold;
use pressa::Analyzer;

/// Precision, recall, F1 as fractions.
pub type Prf = (f64, f64, f64);

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

/// Counts for the three measures over one or many documents.
#[derive(Default, Clone, Copy)]
pub struct Scores {
    pairs: [usize; 3],
    muc: [usize; 4],
    b3: [f64; 2],
    mentions: usize,
}

impl Scores {
    /// Adds one document: `gold[i]` and `pred[i]` are the gold chain and the predicted cluster of
    /// matched mention `i`.
    pub fn add(&mut self, gold: &[usize], pred: &[usize]) {
        let n = gold.len();
        for i in 0..n {
            for j in i + 1..n {
                let (g, p) = (gold[i] == gold[j], pred[i] == pred[j]);
                self.pairs[0] += (g && p) as usize;
                self.pairs[1] += p as usize;
                self.pairs[2] += g as usize;
            }
        }
        // MUC: a chain of size s split into k parts by the other side misses k - 1 of s - 1 links.
        let muc = |key: &[usize], resp: &[usize]| {
            let mut parts: HashMap<usize, Vec<usize>> = HashMap::new();
            for i in 0..key.len() {
                parts.entry(key[i]).or_default().push(resp[i]);
            }
            let (mut num, mut den) = (0, 0);
            for r in parts.values() {
                let mut d = r.clone();
                d.sort();
                d.dedup();
                num += r.len() - d.len();
                den += r.len() - 1;
            }
            (num, den)
        };
        let (rn, rd) = muc(gold, pred);
        let (pn, pd) = muc(pred, gold);
        self.muc[0] += rn;
        self.muc[1] += rd;
        self.muc[2] += pn;
        self.muc[3] += pd;
        for i in 0..n {
            let both = (0..n).filter(|&j| gold[j] == gold[i] && pred[j] == pred[i]).count() as f64;
            self.b3[0] += both / (0..n).filter(|&j| pred[j] == pred[i]).count() as f64;
            self.b3[1] += both / (0..n).filter(|&j| gold[j] == gold[i]).count() as f64;
        }
        self.mentions += n;
    }

    /// Pairwise "same cluster" precision, recall, F1.
    pub fn pairwise(&self) -> Prf {
        let p = self.pairs[0] as f64 / self.pairs[1].max(1) as f64;
        let r = self.pairs[0] as f64 / self.pairs[2].max(1) as f64;
        (p, r, f1(p, r))
    }

    /// MUC precision, recall, F1.
    pub fn muc(&self) -> Prf {
        let r = self.muc[0] as f64 / self.muc[1].max(1) as f64;
        let p = self.muc[2] as f64 / self.muc[3].max(1) as f64;
        (p, r, f1(p, r))
    }

    /// B³ precision, recall, F1.
    pub fn b3(&self) -> Prf {
        let n = self.mentions.max(1) as f64;
        let (p, r) = (self.b3[0] / n, self.b3[1] / n);
        (p, r, f1(p, r))
    }
}

pub fn run(corpora: &Path) -> Option<Vec<(String, f64)>> {
    let docs = gold::read_factrueval_chains(&corpora.join("factRuEval-2016/devset")).ok()?;
    let analyzer = Analyzer::new();
    println!("\n## Clusters (factRuEval dev coreference, gold mentions found with the exact span)\n");
    let mut halves = [Scores::default(), Scores::default()];
    let (mut found, mut all) = (0, 0);
    let show = gold::show();
    let mut shown = 0;
    for (id, text, mentions) in &docs {
        let a = analyzer.analyze(text);
        let (mut g, mut p, mut seen) = (Vec::new(), Vec::new(), Vec::new());
        for &(s, e, chain) in mentions {
            all += 1;
            let hit = a
                .entities
                .iter()
                .find(|x| x.span.start == s && x.span.end == e && x.kind != pressa::EntityKind::Position);
            if let Some(x) = hit.filter(|_| !seen.contains(&(s, e))) {
                seen.push((s, e));
                g.push(chain);
                p.push(x.cluster);
            }
        }
        found += g.len();
        let num: usize = id.trim_start_matches("book_").parse().unwrap_or(0);
        halves[num % 2].add(&g, &p);
        if shown < show {
            for i in 0..g.len() {
                for j in i + 1..g.len() {
                    if (g[i] == g[j]) != (p[i] == p[j]) {
                        shown += 1;
                        let what = if g[i] == g[j] { "split" } else { "merged" };
                        println!(
                            "cluster {what} {id}: {:?} / {:?}",
                            &text[seen[i].0..seen[i].1],
                            &text[seen[j].0..seen[j].1]
                        );
                    }
                }
            }
        }
    }
    let mut total = halves[0];
    total.add(&[], &[]);
    for k in 0..3 {
        total.pairs[k] += halves[1].pairs[k];
    }
    for k in 0..4 {
        total.muc[k] += halves[1].muc[k];
    }
    total.b3[0] += halves[1].b3[0];
    total.b3[1] += halves[1].b3[1];
    total.mentions += halves[1].mentions;
    println!("gold mentions found with the exact span: {found} of {all}\n");
    println!("| documents | mentions | pairwise P / R / F1 | MUC P / R / F1 | B³ P / R / F1 |");
    println!("| --- | --- | --- | --- | --- |");
    let pct = |x: Prf| format!("{:.3} / {:.3} / {:.3}", x.0, x.1, x.2);
    for (name, s) in [("even (tuned on)", &halves[0]), ("odd (held out)", &halves[1]), ("all", &total)] {
        println!("| {name} | {} | {} | {} | {} |", s.mentions, pct(s.pairwise()), pct(s.muc()), pct(s.b3()));
    }
    Some(vec![
        ("clusters.factrueval.pairwise_f1".into(), total.pairwise().2),
        ("clusters.factrueval.muc_f1".into(), total.muc().2),
        ("clusters.factrueval.b3_f1".into(), total.b3().2),
    ])
}
