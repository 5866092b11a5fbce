//! The `pressa` command: analyse articles, or batches of millions of documents.
//!
//! ```text
//! pressa analyze corpus/ru_moscow_china_hightech.txt              # readable report
//! pressa analyze --format json|jsonl|html [-o OUT] FILE…|DIR|-
//! pressa batch IN.jsonl [-o OUT.jsonl] [--threads N]             # {"id","text","date"?} lines
//! ```

mod sink;

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use pressa::{Analyzer, Options};
use pressa_cli::common;
use rayon::prelude::*;
use sink::Sink;

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
        inputs: Vec<PathBuf>,
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
        /// At most this many documents per parallel chunk.
        #[arg(long, default_value_t = 512)]
        chunk: usize,
        /// At most this many MiB of input per parallel chunk (memory stays bounded by it).
        #[arg(long, default_value_t = 4)]
        chunk_bytes: usize,
        #[command(flatten)]
        common: Common,
    },
}

fn options(c: &Common) -> Result<Options, String> {
    let pub_date = match &c.pub_date {
        Some(d) => Some(d.parse().map_err(|_| format!("--pub-date {d:?}: expected YYYY-MM-DD"))?),
        None => None,
    };
    let lang = c.lang.as_deref().map(common::parse_lang).transpose()?;
    let mut o = Options::new();
    o.pub_date = pub_date;
    o.lang = lang;
    Ok(o)
}

/// `pressa analyze`: each input's analysis as a report, JSON (one object, or an array for several
/// inputs), JSONL or one HTML page.
fn analyze(inputs: &[PathBuf], format: Format, c: &Common) -> Result<bool, String> {
    let opts = options(c)?;
    let files = common::collect_inputs(inputs);
    if format == Format::Html && files.len() != 1 {
        return Err("--format html writes one page: give exactly one article".into());
    }
    let mut sink = Sink::open(c.output.as_deref()).map_err(|e| format!("cannot write output: {e}"))?;
    let analyzer = Analyzer::new();
    let array = format == Format::Json && files.len() > 1;
    let (mut ok, mut written) = (true, 0usize);
    let write = |sink: &mut Sink, path: &Path, a: &pressa::Analysis<'_>, first: bool| -> io::Result<()> {
        let out = sink.out();
        let id = serde_json::Value::String(path.display().to_string());
        match format {
            Format::Text => write!(out, "== {}\n{}\n", path.display(), a.report()),
            Format::Json => {
                if array {
                    out.write_all(if first { b"[\n" } else { b",\n" })?;
                }
                common::write_json(out, &id, &[], a, c.tokens, true)?;
                if !array {
                    out.write_all(b"\n")?;
                }
                Ok(())
            }
            Format::Jsonl => {
                common::write_json(out, &id, &[], a, c.tokens, false)?;
                out.write_all(b"\n")
            }
            Format::Html => out.write_all(a.html(&path.display().to_string()).as_bytes()),
        }
    };
    for path in &files {
        let Some(text) = common::read_or_report(path) else {
            ok = false;
            continue;
        };
        let a = analyzer.analyze_with(&text, &opts);
        if let Err(e) = write(&mut sink, path, &a, written == 0) {
            return end_on_write_error(sink, e);
        }
        written += 1;
    }
    if array
        && written > 0
        && let Err(e) = sink.out().write_all(b"\n]\n")
    {
        return end_on_write_error(sink, e);
    }
    // A run in which every input failed leaves an earlier output file as it was.
    finish(sink, written > 0 || ok)?;
    Ok(ok)
}

/// Ends the output: replaced only when `complete`.
fn finish(sink: Sink, complete: bool) -> Result<(), String> {
    if !complete {
        eprintln!("error: no input could be analysed: the output is left as it was");
    }
    match sink.finish(complete) {
        Err(e) if !sink::is_closed_pipe(&e) => Err(format!("cannot write output: {e}")),
        _ => Ok(()),
    }
}

/// A write failed: a closed pipe ends the run quietly; anything else is an error (and the
/// temporary output file is removed).
fn end_on_write_error(sink: Sink, e: io::Error) -> Result<bool, String> {
    sink.abandon();
    if sink::is_closed_pipe(&e) { Ok(true) } else { Err(format!("cannot write output: {e}")) }
}

/// Peak resident memory of this process in MiB (Linux), if known.
fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// A document this large (in bytes) is written straight from its analysis, not through a
/// buffer of its JSON.
const STREAM_FROM: usize = 1 << 20;

/// A line's result: its JSON, its analysis to write, or why it could not be analysed.
enum Done<'a> {
    Json(Vec<u8>),
    Analysis(&'a common::Line, Vec<String>, Box<pressa::Analysis<'a>>),
    Failed(common::LineError),
}

fn batch(input: &str, threads: Option<usize>, chunk: usize, chunk_bytes: usize, c: &Common) -> Result<bool, String> {
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
    let mut sink = Sink::open(c.output.as_deref()).map_err(|e| format!("cannot write output: {e}"))?;
    let analyzer = Analyzer::new();
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
    loop {
        // A chunk bounded in lines and in bytes: memory does not grow with the input.
        let (mut batch, mut size): (Vec<(usize, Vec<u8>)>, usize) = (Vec::new(), 0);
        while batch.len() < chunk.max(1) && size < chunk_bytes {
            match lines.next() {
                Some(Ok(l)) => {
                    line_no += 1;
                    bytes += l.len() as u64 + 1;
                    size += l.len();
                    batch.push((line_no, l));
                }
                Some(Err(e)) => return Err(format!("{input}: read error after line {line_no}: {e}")),
                None => break,
            }
        }
        if batch.is_empty() {
            break;
        }
        let numbers: Vec<usize> = batch.iter().map(|(n, _)| *n).collect();
        let parsed: Vec<_> =
            pool.install(|| batch.into_par_iter().map(|(_, l)| common::parse_line(&l, &opts)).collect());
        let done: Vec<Done<'_>> = pool.install(|| {
            parsed
                .par_iter()
                .map(|p| match p {
                    Err(e) => Done::Failed(common::LineError { id: e.id.clone(), message: e.message.clone() }),
                    Ok((line, o, warnings)) => {
                        let a = analyzer.analyze_with(&line.text, o);
                        if line.text.len() >= STREAM_FROM {
                            return Done::Analysis(line, warnings.clone(), Box::new(a));
                        }
                        let mut json = Vec::new();
                        let _ = common::write_json(&mut json, &line.id, warnings, &a, c.tokens, false);
                        Done::Json(json)
                    }
                })
                .collect()
        });
        for (n, d) in numbers.into_iter().zip(done) {
            let out = sink.out();
            let r = match &d {
                Done::Json(json) => out.write_all(json),
                Done::Analysis(line, warnings, a) => common::write_json(out, &line.id, warnings, a, c.tokens, false),
                Done::Failed(e) => {
                    eprintln!("error: {input}: line {n}: {}", e.message);
                    out.write_all(common::error_line(&e.id, n, &e.message).as_bytes())
                }
            };
            if let Err(e) = r.and_then(|()| out.write_all(b"\n")) {
                return end_on_write_error(sink, e);
            }
            match d {
                Done::Failed(_) => errors += 1,
                _ => docs += 1,
            }
        }
        if let Some(b) = &bar {
            b.set_position(bytes);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    finish(sink, docs > 0 || errors == 0)?;
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
    sink::remove_temporary_on_signals();
    let r = match &cli.command {
        Command::Analyze { inputs, format, common } => analyze(inputs, *format, common),
        Command::Batch { input, threads, chunk, chunk_bytes, common } => {
            batch(input, *threads, *chunk, chunk_bytes.saturating_mul(1 << 20), common)
        }
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
