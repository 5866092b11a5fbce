//! Token and sentence metrics: UD treebanks, factRuEval, razdel cases.

use std::path::Path;

use crate::gold::{self, GoldDoc};
use pressa::{SentenceSplitter, Tokenizer};

/// (name in the table, path under the corpora folder, block size for files without newdoc).
const UD: [(&str, &str); 7] = [
    ("ud_ru_gsd_dev", "UD_Russian-GSD/ru_gsd-ud-dev.conllu"),
    ("ud_ru_gsd", "UD_Russian-GSD/ru_gsd-ud-test.conllu"),
    ("ud_ru_pud", "UD_Russian-PUD/ru_pud-ud-test.conllu"),
    ("ud_ru_taiga_dev", "UD_Russian-Taiga/ru_taiga-ud-dev.conllu"),
    ("ud_ru_taiga", "UD_Russian-Taiga/ru_taiga-ud-test.conllu"),
    ("ud_en_ewt", "UD_English-EWT/en_ewt-ud-test.conllu"),
    ("factrueval_dev", "factRuEval-2016/devset"),
];

fn load(corpora: &Path, name: &str, rel: &str) -> Option<Vec<GoldDoc>> {
    let path = corpora.join(rel);
    if name == "factrueval_dev" {
        return gold::read_factrueval(&path).ok().map(|v| v.into_iter().map(|(_, d)| d).collect());
    }
    gold::read_conllu(&path, 20).ok()
}

pub fn run(corpora: &Path) -> Option<Vec<(String, f64)>> {
    let mut metrics = Vec::new();
    let tokenizer = Tokenizer::new();
    let splitter = SentenceSplitter::new();
    println!("\n## Tokens and sentences\n");
    println!("| corpus | docs | token P | token R | token F1 | sent P | sent R | sent F1 |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- |");
    let mut any = false;
    for (name, rel) in UD {
        let Some(docs) = load(corpora, name, rel) else {
            println!("| {name} | skipped: not found | | | | | | |");
            continue;
        };
        any = true;
        let (mut gt, mut pt, mut gs, mut ps) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut shown_t = 0;
        let mut shown_s = 0;
        for (d, doc) in docs.iter().enumerate() {
            let toks: Vec<_> = tokenizer.tokens(&doc.text).collect();
            let pred: Vec<(usize, usize)> = toks.iter().map(|t| (t.span.start, t.span.end)).collect();
            if shown_t < gold::show() {
                shown_t += show_token_diff(&doc.text, &doc.tokens, &pred, gold::show() - shown_t);
            }
            let sents: Vec<usize> = splitter.split(&doc.text, &toks).map(|s| s.span.end).collect();
            if shown_s < gold::show() {
                shown_s += show_sentence_diff(&doc.text, &doc.sentence_ends, &sents, gold::show() - shown_s);
            }
            gt.extend(doc.tokens.iter().map(|&(s, e)| (d, s, e)));
            pt.extend(pred.iter().map(|&(s, e)| (d, s, e)));
            gs.extend(doc.sentence_ends.iter().map(|&e| (d, e)));
            ps.extend(sents.iter().map(|&e| (d, e)));
        }
        let (tp, tr, tf, ..) = gold::prf(&gt, &pt);
        let (sp, sr, sf, ..) = gold::prf(&gs, &ps);
        println!("| {name} | {} | {tp:.2} | {tr:.2} | {tf:.3} | {sp:.2} | {sr:.2} | {sf:.3} |", docs.len());
        metrics.push((format!("tokens.{name}.f1"), tf));
        metrics.push((format!("sentences.{name}.f1"), sf));
    }
    match gold::read_razdel(&corpora.join("razdel-tests/tokens.txt")) {
        Ok(cases) => {
            any = true;
            let mut ok = 0;
            let mut shown = 0;
            let mut classes = std::collections::BTreeMap::<&str, [usize; 2]>::new();
            for (text, want) in &cases {
                let got: Vec<&str> = tokenizer.tokens(text).map(|t| t.text).collect();
                if got.len() == want.len() && got.iter().zip(want).all(|(a, b)| a == b) {
                    ok += 1;
                    continue;
                }
                let (class, joined) = razdel_class(&got, want);
                classes.entry(class).or_default()[usize::from(!joined)] += 1;
                if shown < gold::show() {
                    shown += 1;
                    println!("razdel: want {want:?} got {got:?}");
                }
            }
            let pct = 100.0 * ok as f64 / cases.len().max(1) as f64;
            println!("\nrazdel-case agreement: {pct:.2} % of {} lines", cases.len());
            println!("\nLines that differ, by the first token that differs (% of all lines):\n");
            println!("| token | pressa one token, razdel several | pressa several, razdel one |");
            println!("| --- | --- | --- |");
            let share = |n: usize| 100.0 * n as f64 / cases.len().max(1) as f64;
            for (class, [j, s]) in &classes {
                println!("| {class} | {j} ({:.2} %) | {s} ({:.2} %) |", share(*j), share(*s));
            }
            // Lines where pressa keeps one token as UD does and razdel splits (README).
            let ud: usize = classes.iter().filter(|(c, _)| UD_JOINS.contains(c)).map(|(_, [j, _])| j).sum();
            let rest = cases.len() - ud;
            println!(
                "\nrazdel-case agreement without the {ud} lines where UD has the opposite convention \
                 ({}): {:.2} % of {rest} lines",
                UD_JOINS.join(", "),
                100.0 * ok as f64 / rest.max(1) as f64
            );
            metrics.push(("tokens.razdel.agreement".into(), pct));
        }
        Err(_) => println!("razdel: skipped: not found"),
    }
    any.then_some(metrics)
}

// Classes of [`razdel_class`] where UD keeps one token and razdel splits (README).
const LETTER_DIGIT: &str = "letter–digit («G8»)";
const DOMAIN: &str = "domain («Lenta.ru»)";
const ABBREVIATION: &str = "abbreviation period («т.»)";
const TIME: &str = "time («15:30»)";
const HTML: &str = "HTML entity";
const URL: &str = "URL, e-mail";
const UD_JOINS: [&str; 6] = [LETTER_DIGIT, DOMAIN, ABBREVIATION, TIME, HTML, URL];

/// What the first differing token of a razdel case is, and whether pressa joined it (`true`:
/// one pressa token where razdel has several) or split it. The classes are the conventions on
/// which the gold corpora differ (README: UD keeps domains, times, letter–digit codes, HTML
/// entities and abbreviation periods whole; razdel splits them).
fn razdel_class(got: &[&str], want: &[String]) -> (&'static str, bool) {
    let k = got.iter().zip(want).position(|(a, b)| a != b).unwrap_or(got.len().min(want.len()));
    let (tok, joined) = match (got.get(k), want.get(k)) {
        (Some(g), Some(w)) if g.len() > w.len() => (*g, true),
        (_, Some(w)) => (w.as_str(), false),
        (Some(g), None) => (*g, true),
        (None, None) => return ("other", true),
    };
    let chars: Vec<char> = tok.chars().collect();
    let class = if tok.contains("&#") || tok.starts_with('&') && tok.ends_with(';') && tok.len() > 2 {
        HTML
    } else if tok.contains("://") || tok.starts_with("www.") || tok.contains('@') && tok.len() > 1 {
        URL
    } else if chars.windows(3).any(|w| w[0].is_alphabetic() && w[1] == '.' && w[2].is_alphabetic()) && joined {
        DOMAIN
    } else if chars.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == ':' && w[2].is_ascii_digit()) {
        TIME
    } else if joined && chars.len() > 1 && tok.ends_with('.') && chars[chars.len() - 2].is_alphabetic() {
        ABBREVIATION
    } else if tok.contains(['-', '\u{2010}', '\u{2011}']) && chars.len() > 1 {
        "hyphen («ракета-носитель»)"
    } else if tok.contains(['\'', '’', 'ʼ']) && chars.len() > 1 {
        "apostrophe («О’Хара»)"
    } else if chars
        .windows(2)
        .any(|w| w[0].is_alphabetic() && w[1].is_ascii_digit() || w[0].is_ascii_digit() && w[1].is_alphabetic())
    {
        LETTER_DIGIT
    } else if chars.iter().any(|&c| ('\u{3000}'..='\u{9fff}').contains(&c)) {
        "CJK"
    } else {
        "other"
    };
    (class, joined)
}

fn show_token_diff(text: &str, gold: &[(usize, usize)], pred: &[(usize, usize)], max: usize) -> usize {
    let g: std::collections::HashSet<_> = gold.iter().collect();
    let p: std::collections::HashSet<_> = pred.iter().collect();
    let mut n = 0;
    for &(s, e) in gold {
        if !p.contains(&(s, e)) && n < max {
            n += 1;
            let ctx_s = floor(text, s.saturating_sub(20));
            let ctx_e = ceil(text, (e + 20).min(text.len()));
            let preds: Vec<&str> = pred
                .iter()
                .filter(|&&(a, b)| a < e + 10 && b > s.saturating_sub(10))
                .map(|&(a, b)| &text[a..b])
                .collect();
            println!("token: gold {:?} in {:?}; predicted {:?}", &text[s..e], &text[ctx_s..ctx_e], preds);
        }
    }
    let _ = g;
    n
}

fn show_sentence_diff(text: &str, gold: &[usize], pred: &[usize], max: usize) -> usize {
    let g: std::collections::HashSet<_> = gold.iter().collect();
    let p: std::collections::HashSet<_> = pred.iter().collect();
    let mut n = 0;
    for (which, a, b) in [("missed", gold, &p), ("extra", pred, &g)] {
        for &e in a {
            if !b.contains(&e) && n < max {
                n += 1;
                let s = floor(text, e.saturating_sub(40));
                let t = ceil(text, (e + 40).min(text.len()));
                println!("sentence {which}: {:?} ‖ {:?}", &text[s..e], &text[e..t]);
            }
        }
    }
    n
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}
