//! The `pressa` command: analyse articles, or batches of millions of documents.
//!
//! ```text
//! pressa analyze corpus/ru_moscow_china_hightech.txt              # readable report
//! pressa analyze --format json|jsonl|html [-o OUT] FILE…|DIR|-
//! pressa batch IN.jsonl [-o OUT.jsonl] [--threads N]             # {"id","text","date"?} lines
//! ```

mod common;
mod html;

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use pressa::{Analyzer, Options};
use rayon::prelude::*;

#[derive(Parser)]
#[command(name = "pressa", version, about = "Structured facts from Russian and English press texts")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Jsonl,
    Html,
}

#[derive(clap::Args)]
struct Common {
    /// Publication date (YYYY-MM-DD) to resolve relative dates against.
    #[arg(long, value_name = "DATE")]
    pub_date: Option<String>,
    /// Language hint (ISO 639-1), used where detection is unsure.
    #[arg(long)]
    lang: Option<String>,
    /// Also list the tokens in JSON output.
    #[arg(long)]
    tokens: bool,
    /// Write to this file (atomically: a temporary file renamed at the end) instead of stdout.
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles: files, directories (all *.txt below), or - for stdin.
    Analyze {
        /// Files, directories or -.
        #[arg(required = true)]
        inputs: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        #[command(flatten)]
        common: Common,
    },
    /// Analyse a JSONL stream of {"id", "text", "date"?} lines on all cores, in input order.
    Batch {
        /// Input JSONL file, or - for stdin.
        input: String,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Documents per parallel chunk (memory stays bounded by it).
        #[arg(long, default_value_t = 512)]
        chunk: usize,
        #[command(flatten)]
        common: Common,
    },
}

/// Where output goes: stdout, or a temporary file renamed over the target at the end.
struct Sink {
    out: BufWriter<Box<dyn Write>>,
    rename: Option<(PathBuf, PathBuf)>,
}

impl Sink {
    fn open(path: Option<&Path>) -> io::Result<Sink> {
        match path {
            None => Ok(Sink { out: BufWriter::new(Box::new(io::stdout())), rename: None }),
            Some(p) => {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let tmp = p.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
                let f = File::create(&tmp)?;
                Ok(Sink { out: BufWriter::new(Box::new(f)), rename: Some((tmp, p.to_path_buf())) })
            }
        }
    }

    /// Flushes and moves the temporary file into place; on failure removes it.
    fn finish(mut self, ok: bool) -> io::Result<()> {
        let flushed = self.out.flush();
        drop(self.out);
        if let Some((tmp, target)) = self.rename {
            if ok && flushed.is_ok() {
                std::fs::rename(&tmp, &target)?;
            } else {
                let _ = std::fs::remove_file(&tmp);
            }
        }
        flushed
    }
}

fn options(c: &Common) -> Result<Options, String> {
    let pub_date = match &c.pub_date {
        Some(d) => Some(d.parse().map_err(|_| format!("--pub-date {d:?}: expected YYYY-MM-DD"))?),
        None => None,
    };
    let lang = c.lang.as_deref().map(common::parse_lang).transpose()?;
    Ok(Options { pub_date, lang })
}

/// Files to analyse: directories are walked for *.txt, sorted.
fn collect_inputs(inputs: &[String]) -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            out.push(dir.display().to_string());
            return;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p.display().to_string());
            }
        }
    }
    let mut out = Vec::new();
    for i in inputs {
        if i != "-" && Path::new(i).is_dir() {
            walk(Path::new(i), &mut out);
        } else {
            out.push(i.clone());
        }
    }
    out
}

fn analyze(inputs: &[String], format: Format, c: &Common) -> Result<bool, String> {
    let opts = options(c)?;
    let files = collect_inputs(inputs);
    if format == Format::Html && files.len() != 1 {
        return Err("--format html writes one page: give exactly one article".into());
    }
    let analyzer = Analyzer::new();
    let mut sink = Sink::open(c.output.as_deref()).map_err(|e| format!("cannot write output: {e}"))?;
    let mut ok = true;
    for path in &files {
        let Some(text) = common::read_or_report(path) else {
            ok = false;
            continue;
        };
        let a = analyzer.analyze_with(&text, &opts);
        let id = serde_json::Value::String(path.clone());
        let r = match format {
            Format::Text => write!(sink.out, "== {path}\n{}\n", a.report()),
            Format::Json => writeln!(sink.out, "{}", common::to_json(&id, &a, c.tokens, true)),
            Format::Jsonl => writeln!(sink.out, "{}", common::to_json(&id, &a, c.tokens, false)),
            Format::Html => sink.out.write_all(html::page(path, &a).as_bytes()),
        };
        r.map_err(|e| format!("cannot write output: {e}"))?;
    }
    sink.finish(true).map_err(|e| format!("cannot write output: {e}"))?;
    Ok(ok)
}

/// Peak resident memory of this process in MiB (Linux), if known.
fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn batch(input: &str, threads: Option<usize>, chunk: usize, c: &Common) -> Result<bool, String> {
    let opts = options(c)?;
    let (reader, total): (Box<dyn BufRead>, Option<u64>) = if input == "-" {
        (Box::new(BufReader::new(io::stdin())), None)
    } else {
        let f = File::open(input).map_err(|e| format!("{input}: cannot read: {e}"))?;
        let len = f.metadata().ok().map(|m| m.len());
        (Box::new(BufReader::with_capacity(1 << 20, f)), len)
    };
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        pool = pool.num_threads(n.max(1));
    }
    let pool = pool.build().map_err(|e| format!("thread pool: {e}"))?;
    let analyzer = Analyzer::new();
    let mut sink = Sink::open(c.output.as_deref()).map_err(|e| format!("cannot write output: {e}"))?;
    let bar = io::stderr().is_terminal().then(|| {
        let b = indicatif::ProgressBar::new(total.unwrap_or(0));
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let start = Instant::now();
    let (mut docs, mut errors, mut bytes, mut line_no) = (0usize, 0usize, 0u64, 0usize);
    let mut lines = reader.split(b'\n');
    let chunk = chunk.max(1);
    loop {
        // A bounded chunk of lines: memory does not grow with the input.
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(chunk);
        while batch.len() < chunk {
            match lines.next() {
                Some(Ok(l)) => {
                    line_no += 1;
                    bytes += l.len() as u64 + 1;
                    if !l.iter().all(u8::is_ascii_whitespace) {
                        batch.push((line_no, l));
                    }
                }
                Some(Err(e)) => return Err(format!("{input}: read error after line {line_no}: {e}")),
                None => break,
            }
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<Result<String, String>> =
            pool.install(|| batch.par_iter().map(|(_, l)| common::jsonl_line(&analyzer, l, &opts, c.tokens)).collect());
        for ((n, _), r) in batch.iter().zip(results) {
            match r {
                Ok(json) => {
                    docs += 1;
                    writeln!(sink.out, "{json}").map_err(|e| format!("cannot write output: {e}"))?;
                }
                Err(msg) => {
                    errors += 1;
                    eprintln!("error: {input}: line {n}: {msg}");
                }
            }
        }
        if let Some(b) = &bar {
            b.set_position(bytes);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    sink.finish(true).map_err(|e| format!("cannot write output: {e}"))?;
    let secs = start.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    eprintln!(
        "pressa batch: {docs} documents, {mb:.1} MB in {secs:.1} s ({:.2} MB/s, {} threads), {errors} errors, peak memory {}",
        mb / secs.max(1e-9),
        pool.current_num_threads(),
        peak_memory_mib().map_or("unknown".to_string(), |m| format!("{m:.0} MiB"))
    );
    Ok(errors == 0)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let r = match &cli.command {
        Command::Analyze { inputs, format, common } => analyze(inputs, *format, common),
        Command::Batch { input, threads, chunk, common } => batch(input, *threads, *chunk, common),
    };
    match r {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}
