//! The main job: analyse an article and print what pressa finds.
//!
//! ```text
//! cargo run --release --example analyze -- corpus/ru_moscow_china_hightech.txt
//! cargo run --release --example analyze -- --json [--tokens] FILE…
//! cargo run --release --example analyze -- --jsonl [--tokens] < docs.jsonl > out.jsonl
//! ```
//! `--jsonl` reads lines `{"id": …, "text": …}` and writes one JSON object per line with the same
//! id. Unreadable files, invalid UTF-8 and malformed lines are reported on stderr (file and byte
//! offset, or line number); the other inputs are still processed and the exit code is 1.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use pressa::{Analysis, Analyzer};
use serde::Serialize;

#[derive(Serialize)]
struct Out<'a, T: Serialize> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    analysis: T,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let (json, jsonl, tokens) = (flag("--json"), flag("--jsonl"), flag("--tokens"));
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if flag("--help") || (!jsonl && files.is_empty()) {
        eprintln!("usage: analyze [--json] [--tokens] FILE… | analyze --jsonl [--tokens] < in.jsonl");
        return ExitCode::from(2);
    }
    let analyzer = Analyzer::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    if jsonl {
        let stdin = io::stdin();
        let mut reader = stdin.lock();
        let mut buf = Vec::new();
        let mut line_no = 0usize;
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    eprintln!("error: stdin: {e}");
                    failed = true;
                    break;
                }
            }
            line_no += 1;
            let line = match std::str::from_utf8(&buf) {
                Ok(l) => l.trim_end_matches(['\n', '\r']),
                Err(e) => {
                    eprintln!("error: line {line_no}: invalid UTF-8 at byte {}", e.valid_up_to());
                    failed = true;
                    continue;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            let doc: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("error: line {line_no}: malformed JSON: {e}");
                    failed = true;
                    continue;
                }
            };
            let Some(text) = doc.get("text").and_then(|t| t.as_str()) else {
                eprintln!("error: line {line_no}: no string field \"text\"");
                failed = true;
                continue;
            };
            let id = doc.get("id").unwrap_or(&serde_json::Value::Null);
            let analysis = analyzer.analyze(text);
            let res = if tokens {
                serde_json::to_writer(&mut out, &Out { id, analysis: analysis.with_tokens() })
            } else {
                serde_json::to_writer(&mut out, &Out { id, analysis: &analysis })
            };
            if res.is_err() || writeln!(out).is_err() {
                eprintln!("error: cannot write output");
                return ExitCode::FAILURE;
            }
        }
    } else {
        for path in files {
            let text = match read_utf8(path) {
                Ok(t) => t,
                Err(msg) => {
                    eprintln!("error: {path}: {msg}");
                    failed = true;
                    continue;
                }
            };
            let analysis = analyzer.analyze(&text);
            let id = serde_json::Value::String(path.clone());
            let res = if json && tokens {
                serde_json::to_writer_pretty(&mut out, &Out { id: &id, analysis: analysis.with_tokens() })
                    .map_err(io::Error::from)
                    .and_then(|_| writeln!(out))
            } else if json {
                serde_json::to_writer_pretty(&mut out, &Out { id: &id, analysis: &analysis })
                    .map_err(io::Error::from)
                    .and_then(|_| writeln!(out))
            } else {
                summary(&mut out, path, &analyzer, &analysis)
            };
            if res.is_err() {
                eprintln!("error: cannot write output");
                return ExitCode::FAILURE;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// Reads a file as UTF-8, or says why not (with the byte offset of invalid UTF-8).
fn read_utf8(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map_err(|e| format!("cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

fn summary(out: &mut impl Write, path: &str, analyzer: &Analyzer, a: &Analysis<'_>) -> io::Result<()> {
    let words = a.tokens.iter().filter(|t| t.is_word()).count();
    writeln!(out, "== {path}")?;
    writeln!(
        out,
        "language: {}   characters: {}   tokens: {}   words: {}   sentences: {}",
        a.lang.map_or("?", |l| l.code()),
        a.text.chars().count(),
        a.tokens.len(),
        words,
        a.sentences.len()
    )?;
    writeln!(out, "\nsentences:")?;
    for (i, s) in a.sentences.iter().enumerate() {
        let text = s.span.slice(a.text).replace('\n', " ");
        let short: String = text.chars().take(100).collect();
        let more = if text.chars().count() > 100 { "…" } else { "" };
        writeln!(out, "  {:>3} [{}] {short}{more}", i + 1, s.lang.map_or("??", |l| l.code()))?;
    }
    // The most frequent content stems, a quick view of what the text is about.
    let mut freq: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for t in a.tokens.iter().filter(|t| t.is_word() && t.text.chars().count() > 4) {
        *freq.entry(analyzer.stem(t).into_owned()).or_default() += 1;
    }
    let mut top: Vec<_> = freq.into_iter().collect();
    top.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    let top: Vec<String> = top.iter().take(12).map(|(s, n)| format!("{s}×{n}")).collect();
    writeln!(out, "\nfrequent stems: {}", top.join(", "))?;
    Ok(())
}
