//! Fuzzes `Analyzer::analyze` with arbitrary UTF-8: no panic, spans on character boundaries
//! and in order, and the JSON form serialises.
//!
//! ```text
//! cargo install cargo-fuzz
//! cd fuzz && cargo +nightly fuzz run analyze -- -max_total_time=600
//! ```
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static ANALYZER: LazyLock<pressa::Analyzer> = LazyLock::new(pressa::Analyzer::new);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = ANALYZER.analyze(text);
    let mut end = 0;
    for t in &doc.tokens {
        assert!(t.span.start >= end && t.span.start < t.span.end);
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        end = t.span.end;
    }
    for e in &doc.entities {
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
    }
    for d in &doc.dates {
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
    }
    serde_json::to_string(&doc.with_tokens()).expect("JSON");
});
