//! The whole `Analyzer::analyze` (tokens, sentences, languages, and later stages), in characters
//! per second (criterion's "elements"), with `Analyzer::new()` itself, and language detection
//! on its own.
//!
//! `cargo bench --bench pipeline`

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

mod common;

fn benches(c: &mut Criterion) {
    let analyzer = pressa::Analyzer::new();
    let mut inputs = vec![
        ("ru_article", common::corpus_file("ru_moscow_china_hightech.txt")),
        ("en_article", common::corpus_file("en_port_automation.txt")),
    ];
    if let Some(news) = common::ru_news() {
        inputs.push(("ru_news", news));
    }
    if let Some(web) = common::en_web() {
        inputs.push(("en_web", web));
    }
    let mut g = c.benchmark_group("analyze");
    for (label, text) in &inputs {
        g.throughput(Throughput::Elements(text.chars().count() as u64));
        let sentences = analyzer.analyze(text).sentences.len();
        g.bench_with_input(BenchmarkId::new("pressa", label), text, |b, t| {
            b.iter(|| assert_eq!(analyzer.analyze(black_box(t)).sentences.len(), sentences))
        });
    }
    g.finish();
    // The same text with stages switched off: what each costs.
    if let Some((label, text)) = inputs.iter().find(|(l, _)| *l == "ru_news") {
        let mut g = c.benchmark_group("stages");
        g.throughput(Throughput::Elements(text.chars().count() as u64));
        let all = pressa::Options::new();
        for (name, opts) in [
            ("all", all),
            ("no_sectors", all.sectors(false)),
            ("no_entities_no_sectors", all.entities(false).sectors(false)),
            ("language_only", all.entities(false).facts(false).sectors(false)),
        ] {
            let sentences = analyzer.analyze_with(text, &opts).sentences.len();
            g.bench_with_input(BenchmarkId::new(name, label), text, |b, t| {
                b.iter(|| assert_eq!(analyzer.analyze_with(black_box(t), &opts).sentences.len(), sentences))
            });
        }
        g.finish();
    }
    // Language detection alone, sentence by sentence, in bytes per second (the language-ID
    // speed target: 20 MB/s on one thread).
    if let Some(lines) = common::lingua_ru_en_sentences() {
        let detector = pressa::LangDetector::new();
        let mut g = c.benchmark_group("detect");
        g.throughput(Throughput::Bytes(lines.iter().map(|l| l.len() as u64).sum()));
        let detected = lines.iter().filter(|l| detector.detect(l).is_some()).count();
        g.bench_function("lingua_ru_en_sentences", |b| {
            b.iter(|| assert_eq!(lines.iter().filter(|l| detector.detect(black_box(l)).is_some()).count(), detected))
        });
        g.finish();
    }
    c.bench_function("analyzer_new", |b| b.iter(|| black_box(pressa::Analyzer::new())));
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
