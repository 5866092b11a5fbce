//! The main job: analyse an article and print what pressa finds.
//!
//! ```text
//! cargo run --release --example analyze -- corpus/ru_moscow_china_hightech.txt
//! cargo run --release --example analyze -- --json [--tokens] [--pub-date YYYY-MM-DD] FILE…
//! cargo run --release --example analyze -- --jsonl [--tokens] < docs.jsonl > out.jsonl
//! ```
//! `--pub-date` resolves relative dates («вчера») against the publication date. `--jsonl` reads
//! lines `{"id": …, "text": …, "date"?: "YYYY-MM-DD"}` and writes one JSON object per line with
//! the same id. Unreadable files, invalid UTF-8 and malformed lines are reported on stderr (file
//! and byte offset, or line number); the other inputs are still processed and the exit code is 1.
//! The `pressa` command (`cargo run --release -- analyze …`) does the same and more.

#[path = "../src/bin/pressa/common.rs"]
mod common;

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use pressa::{Analyzer, Options};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let (json, jsonl, tokens) = (flag("--json"), flag("--jsonl"), flag("--tokens"));
    let date_arg = args.iter().position(|a| a == "--pub-date").map(|k| k + 1);
    let mut options = Options::default();
    if let Some(k) = date_arg {
        match args.get(k).map(|d| d.parse()) {
            Some(Ok(d)) => options.pub_date = Some(d),
            _ => {
                eprintln!("error: --pub-date needs a valid date YYYY-MM-DD");
                return ExitCode::from(2);
            }
        }
    }
    let files: Vec<&String> =
        args.iter().enumerate().filter(|(k, a)| !a.starts_with("--") && Some(*k) != date_arg).map(|(_, a)| a).collect();
    if flag("--help") || (!jsonl && files.is_empty()) {
        eprintln!(
            "usage: analyze [--json] [--tokens] [--pub-date YYYY-MM-DD] FILE… | analyze --jsonl [--tokens] < in.jsonl"
        );
        return ExitCode::from(2);
    }
    let analyzer = Analyzer::new();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = false;
    if jsonl {
        for (k, line) in io::stdin().lock().split(b'\n').enumerate() {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("error: stdin: {e}");
                    failed = true;
                    break;
                }
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match common::jsonl_line(&analyzer, &line, &options, tokens) {
                Ok(json) => {
                    if writeln!(out, "{json}").is_err() {
                        return ExitCode::FAILURE;
                    }
                }
                Err(msg) => {
                    eprintln!("error: line {}: {msg}", k + 1);
                    failed = true;
                }
            }
        }
    } else {
        for path in files {
            let Some(text) = common::read_or_report(path) else {
                failed = true;
                continue;
            };
            let analysis = analyzer.analyze_with(&text, &options);
            let res = if json {
                writeln!(out, "{}", common::to_json(&serde_json::Value::String(path.clone()), &analysis, tokens, true))
            } else {
                write!(out, "== {path}\n{}", analysis.report())
            };
            if res.is_err() {
                return ExitCode::FAILURE;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
