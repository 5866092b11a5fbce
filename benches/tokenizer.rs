//! Tokenizer throughput against two baselines measured in the same run: anyseg 0.2 (the Rust
//! peer, `Segmenter::new("ru").tokenize`) and unicode-segmentation's `split_word_bounds`.
//! Read the ratio pressa / anyseg from one run; absolute MB/s depend on the machine.
//!
//! `cargo bench --bench tokenizer`

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use unicode_segmentation::UnicodeSegmentation;

mod common;

fn group(c: &mut Criterion, name: &str, inputs: &[(&str, String)], with_anyseg: bool) {
    let tokenizer = pressa::Tokenizer::new();
    let anyseg = anyseg::Segmenter::new("ru").expect("anyseg ru");
    let mut g = c.benchmark_group(name);
    for (label, text) in inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        // Known counts, asserted inside the loop: a broken tokenizer cannot post a fast time.
        let expected = tokenizer.tokens(text).count();
        g.bench_with_input(BenchmarkId::new("pressa", label), text, |b, t| {
            b.iter(|| assert_eq!(tokenizer.tokens(black_box(t)).count(), expected))
        });
        if with_anyseg {
            let expected_any = anyseg.tokenize(text).len();
            g.bench_with_input(BenchmarkId::new("anyseg", label), text, |b, t| {
                b.iter(|| assert_eq!(anyseg.tokenize(black_box(t)).len(), expected_any))
            });
        }
        let expected_uax = text.split_word_bounds().filter(|w| !w.trim().is_empty()).count();
        g.bench_with_input(BenchmarkId::new("unicode_word_bounds", label), text, |b, t| {
            b.iter(|| {
                assert_eq!(black_box(t).split_word_bounds().filter(|w| !w.trim().is_empty()).count(), expected_uax)
            })
        });
        let expected_ws = text.split_whitespace().count();
        g.bench_with_input(BenchmarkId::new("split_whitespace", label), text, |b, t| {
            b.iter(|| assert_eq!(black_box(t).split_whitespace().count(), expected_ws))
        });
    }
    g.finish();
}

fn benches(c: &mut Criterion) {
    let _ = pressa::Analyzer::new(); // warm lazy statics
    let ru = common::corpus_file("ru_moscow_china_hightech.txt");
    let en = common::corpus_file("en_port_automation.txt");
    group(c, "tokenize_ru", &common::sizes(&ru), true);
    group(c, "tokenize_en", &common::sizes(&en), false);
    if let Some(news) = common::ru_news() {
        group(c, "tokenize_ru_news", &[("factrueval", news)], true);
    }
    if let Some(web) = common::en_web() {
        group(c, "tokenize_en_web", &[("ewt", web)], false);
    }
}

criterion_group!(tokenizer, benches);
criterion_main!(tokenizer);
