//! Fuzzes the `pressa batch` line contract with arbitrary bytes: every line gives either an
//! analysis (valid JSON with its id, and warnings where the line had a bad date or no id) or an
//! error line (valid JSON with `id`, `line` and `error`); never a panic.
//!
//! ```text
//! cd fuzz && cargo +nightly fuzz run jsonl -- -max_total_time=600
//! ```
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use pressa_cli::common;

static ANALYZER: LazyLock<pressa::Analyzer> = LazyLock::new(pressa::Analyzer::new);

fuzz_target!(|data: &[u8]| {
    let options = pressa::Options::default();
    let out = match common::parse_line(data, &options) {
        Ok((line, opts, warnings)) => {
            let a = ANALYZER.analyze_with(&line.text, &opts);
            let mut json = Vec::new();
            common::write_json(&mut json, &line.id, &warnings, &a, false, false).expect("JSON");
            json
        }
        Err(e) => common::error_line(&e.id, 1, &e.message).into_bytes(),
    };
    let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
    assert!(v.get("id").is_some());
    assert!(!out.contains(&b'\n'), "one line");
});
