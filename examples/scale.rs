//! Scale check for `pressa batch`: builds JSONL files of ~50 MB and ~200 MB in a temporary
//! directory by repeating the texts of the gold corpora (nothing is committed), runs
//! `target/release/pressa batch` on each with 1 and 2 threads, and prints MB/s and peak memory.
//! Peak memory must not grow with the input size.
//!
//! ```text
//! cargo build --release && cargo run --release --example scale [-- MB]
//! ```

use std::io::Write;
use std::path::Path;

use pressa_eval::gold;
use std::process::Command;

/// Texts of NEREL (train and dev) and factRuEval: real Russian news.
fn texts() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["NEREL/NEREL-v1.1/train", "NEREL/NEREL-v1.1/dev", "factRuEval-2016/devset"] {
        let Ok(paths) = gold::files_with_extension(&gold::corpora_dir().join(dir), "txt") else { continue };
        for p in paths {
            if let Ok(t) = std::fs::read_to_string(p) {
                out.push(t);
            }
        }
    }
    out
}

fn build(path: &Path, texts: &[String], mb: usize) -> std::io::Result<()> {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
    let (mut written, mut id) = (0usize, 0usize);
    while written < mb * 1_000_000 {
        let t = &texts[id % texts.len()];
        let line = serde_json::json!({ "id": id, "text": t }).to_string();
        writeln!(f, "{line}")?;
        written += line.len() + 1;
        id += 1;
    }
    f.flush()
}

fn main() {
    let big: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(200);
    let bin = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/pressa");
    if !bin.exists() {
        eprintln!("error: build the command first: cargo build --release");
        std::process::exit(2);
    }
    let texts = texts();
    if texts.is_empty() {
        eprintln!("skipped: corpora not found at {}", gold::corpora_dir().display());
        return;
    }
    let dir = std::env::temp_dir().join(format!("pressa-scale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    println!("| input | threads | documents, MB, time, MB/s, peak memory |\n| --- | --- | --- |");
    for mb in [big / 4, big] {
        let input = dir.join(format!("in_{mb}.jsonl"));
        build(&input, &texts, mb).expect("write input");
        for threads in [1, 2] {
            let out = Command::new(&bin)
                .args(["batch", "--threads", &threads.to_string(), "-o"])
                .arg(dir.join("out.jsonl"))
                .arg(&input)
                .output()
                .expect("run pressa");
            let summary = String::from_utf8_lossy(&out.stderr);
            let line = summary.lines().find(|l| l.starts_with("pressa batch:")).unwrap_or("no summary");
            println!("| {mb} MB | {threads} | {} |", line.trim_start_matches("pressa batch: "));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
