//! Measures pressa on the gold corpora and prints a table.
//!
//! `cargo run --release --example eval [-- SECTION…]` with sections `segment`, `lang`,
//! `entities`, `english`, `clusters`, `officials`, `facts`, `sectors` (all when none is named). Corpora come from `$PRESSA_CORPORA` (default `../shared/corpora`).
//! `PRESSA_EVAL_SHOW=N` prints up to N mismatches per corpus; `PRESSA_EVAL_METRICS=1` prints
//! the figures the tests hold floors on, unrounded, at the end.

use pressa_eval::{clusters, english, entities, facts, gold, lang, langid, officials, sectors, segment};

fn main() {
    let corpora = gold::corpora_dir();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let want = |s: &str| args.is_empty() || args.iter().any(|a| a == s);
    println!("# pressa evaluation on {}", corpora.display());
    // The first `Analyzer::new()` in a process builds every embedded table.
    let t0 = std::time::Instant::now();
    let analyzer = pressa::Analyzer::new();
    println!("\nAnalyzer::new() (cold, first in the process): {:.1} ms", t0.elapsed().as_secs_f64() * 1e3);
    drop(analyzer);
    let mut metrics = Vec::new();
    if want("segment") {
        metrics.extend(segment::run(&corpora).unwrap_or_default());
    }
    if want("entities") {
        metrics.extend(entities::run(&corpora).unwrap_or_default());
    }
    if want("english") {
        metrics.extend(english::run(&corpora).unwrap_or_default());
    }
    if want("clusters") {
        metrics.extend(clusters::run(&corpora).unwrap_or_default());
    }
    if want("officials") {
        metrics.extend(officials::run(&corpora).unwrap_or_default());
    }
    if want("facts") {
        metrics.extend(facts::run(&corpora).unwrap_or_default());
    }
    if want("sectors") {
        metrics.extend(sectors::run(&corpora).unwrap_or_default());
    }
    if want("lang") {
        metrics.extend(lang::run(&corpora).unwrap_or_default());
        metrics.extend(langid::run(&corpora).unwrap_or_default());
    }
    if metrics.is_empty() {
        println!("skipped: corpora not found at {}", corpora.display());
    }
    // The figures the tests hold floors on, unrounded.
    if std::env::var_os("PRESSA_EVAL_METRICS").is_some() {
        println!();
        for (name, value) in &metrics {
            println!("{name}\t{value:.3}");
        }
    }
}
