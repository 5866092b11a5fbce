//! The main job: analyse an article and print what pressa finds.
//!
//! ```text
//! cargo run --release --example analyze -- corpus/ru_moscow_china_hightech.txt
//! cargo run --release --example analyze -- --json [--tokens] FILE…
//! cargo run --release --example analyze -- --jsonl [--tokens] < docs.jsonl > out.jsonl
//! ```
//! `--pub-date YYYY-MM-DD` resolves relative dates against the publication date.
//! `--jsonl` reads lines `{"id": …, "text": …, "date"?: "YYYY-MM-DD"}` and writes one JSON object per line with the same
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
    // --pub-date YYYY-MM-DD resolves relative dates («вчера») of FILE arguments.
    let pub_date: Option<pressa::Date> = match args.iter().position(|a| a == "--pub-date") {
        Some(k) => match args.get(k + 1).map(|d| d.parse()) {
            Some(Ok(d)) => Some(d),
            _ => {
                eprintln!("error: --pub-date needs a valid date YYYY-MM-DD");
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let date_arg = args.iter().position(|a| a == "--pub-date").map(|k| k + 1);
    let files: Vec<&String> =
        args.iter().enumerate().filter(|(k, a)| !a.starts_with("--") && Some(*k) != date_arg).map(|(_, a)| a).collect();
    if flag("--help") || (!jsonl && files.is_empty()) {
        eprintln!(
            "usage: analyze [--json] [--tokens] [--pub-date YYYY-MM-DD] FILE… | analyze --jsonl [--tokens] < in.jsonl"
        );
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
            // An optional "date": "YYYY-MM-DD" is the publication date.
            let date = doc.get("date").and_then(|d| d.as_str()).and_then(|d| d.parse().ok()).or(pub_date);
            let analysis = analyzer.analyze_dated(text, date);
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
            let analysis = analyzer.analyze_dated(&text, pub_date);
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
    if !a.officials.is_empty() {
        writeln!(out, "\nofficials:")?;
        for o in &a.officials {
            let org = o.org.as_ref().map_or(String::new(), |g| format!("  [{}]", g.norm));
            writeln!(out, "  {} — {}{org}", o.person.norm, o.position.norm)?;
        }
    }
    for (label, kind) in [
        ("persons", pressa::EntityKind::Person),
        ("organisations", pressa::EntityKind::Organization),
        ("locations", pressa::EntityKind::Location),
        ("positions", pressa::EntityKind::Position),
    ] {
        let mut names: Vec<&str> = a.entities.iter().filter(|e| e.kind == kind).map(|e| e.norm.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        if !names.is_empty() {
            writeln!(out, "\n{label}: {}", names.join("; "))?;
        }
    }
    if !a.dates.is_empty() {
        writeln!(out, "\ndates:")?;
        for d in &a.dates {
            let kind = format!("{:?}", d.kind).to_lowercase();
            writeln!(out, "  {:<32} {:<10} {}", d.span.slice(a.text), kind, d.value.as_deref().unwrap_or("–"))?;
        }
    }
    for m in &a.money {
        let amount = m.amount.map_or("?".to_string(), |v| format!("{v}"));
        let max = m.amount_max.map_or(String::new(), |v| format!("–{v}"));
        let q = m.qualifier.map_or(String::new(), |q| format!(" ({q:?})").to_lowercase());
        writeln!(out, "money: {:<30} {amount}{max} {}{q}", m.span.slice(a.text), m.currency)?;
    }
    for p in &a.percents {
        let v = p.value.map_or("?".to_string(), |v| format!("{v}"));
        let unit = if p.points { "percentage points" } else { "%" };
        writeln!(out, "percent: {:<28} {v} {unit}", p.span.slice(a.text))?;
    }
    if !a.sectors.is_empty() {
        writeln!(out, "\nsectors (ОКВЭД 2 / NACE Rev. 2):")?;
        for s in &a.sectors {
            writeln!(out, "  {:<6} {} / {} ×{}", s.sector.code, s.sector.label_ru, s.sector.label_en, s.count)?;
        }
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
