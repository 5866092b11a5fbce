//! Analyse articles with the library and print what pressa finds: a readable report, or with
//! `--json` one JSON object per file (`{"id": FILE, …analysis}`).
//!
//! ```text
//! cargo run --release --example analyze -- corpus/ru_moscow_china_hightech.txt
//! cargo run --release --example analyze -- --json [--pub-date YYYY-MM-DD] FILE…
//! ```
//! The `pressa` command (`cargo run --release -- analyze …`) does this and more: directories,
//! JSONL streams on all cores, HTML pages, atomic output files.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use pressa::{Analyzer, Options};
use serde::Serialize;

/// An analysis with the file it came from.
#[derive(Serialize)]
struct Out<'a, T: Serialize> {
    id: &'a str,
    #[serde(flatten)]
    analysis: T,
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let mut options = Options::default();
    if let Some(k) = args.iter().position(|a| a == "--pub-date") {
        match args.get(k + 1).map(|d| d.parse()) {
            Some(Ok(d)) => options.pub_date = Some(d),
            _ => {
                eprintln!("error: --pub-date needs a valid date YYYY-MM-DD");
                return ExitCode::from(2);
            }
        }
        args.drain(k..k + 2);
    }
    args.retain(|a| !a.starts_with("--"));
    if args.is_empty() {
        eprintln!("usage: analyze [--json] [--pub-date YYYY-MM-DD] FILE…");
        return ExitCode::from(2);
    }
    let analyzer = Analyzer::new();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for path in &args {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {path}: {e}");
                failed = true;
                continue;
            }
        };
        let analysis = analyzer.analyze_with(&text, &options);
        let res = if json {
            let doc = serde_json::to_string_pretty(&Out { id: path, analysis: &analysis }).unwrap_or_default();
            writeln!(out, "{doc}")
        } else {
            write!(out, "== {path}\n{}", analysis.report())
        };
        if res.is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() || failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
