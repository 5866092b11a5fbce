//! Tokenizes files and prints one token per line (`start end kind script text`), or only the
//! counts with `--count`. Also the entry point for instruction counts:
//!
//! ```text
//! cargo build --release --example tokenize
//! valgrind --tool=callgrind target/release/examples/tokenize --count FILE
//! ```
//! With `--repeat N` the files are tokenized N times (counts printed once), so that start-up
//! costs vanish from instruction counts.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use pressa::Tokenizer;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1).peekable();
    let mut count_only = false;
    let mut repeat = 1usize;
    let mut files = Vec::new();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--count" => count_only = true,
            "--repeat" => repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(1),
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        eprintln!("usage: tokenize [--count] [--repeat N] FILE…");
        return ExitCode::from(2);
    }
    let tokenizer = Tokenizer::new();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for path in &files {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: {path}: cannot read: {e}");
                failed = true;
                continue;
            }
        };
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {path}: invalid UTF-8 at byte {}", e.valid_up_to());
                failed = true;
                continue;
            }
        };
        if count_only {
            let mut n = 0;
            for _ in 0..repeat {
                n = std::hint::black_box(tokenizer.tokens(text).count());
            }
            let _ = writeln!(out, "{path}\t{} bytes\t{n} tokens", text.len());
        } else {
            for t in tokenizer.tokens(text) {
                let kind = format!("{:?}", t.kind).to_lowercase();
                let script = format!("{:?}", t.script).to_lowercase();
                let _ = writeln!(out, "{}\t{}\t{kind}\t{script}\t{}", t.span.start, t.span.end, t.text);
            }
        }
    }
    let _ = out.flush();
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
