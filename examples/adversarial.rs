//! Hostile inputs: every family of `pressa_eval::adversarial` at four sizes, each run in a fresh
//! process, with seconds per MB and peak memory per MB. Time and memory per MB must stay flat
//! (within 1.5×) from the smallest size to the largest: every stage is linear.
//!
//! ```text
//! cargo run --release --example adversarial [-- FAMILY…]
//! ```

use std::process::Command;
use std::time::Instant;

use pressa_eval::adversarial::{Family, families, news};

const SIZES: [usize; 4] = [200 << 10, 400 << 10, 800 << 10, 1600 << 10];

/// Peak resident memory of this process, in KiB (`VmHWM`).
fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The child: analyse one text of a family and print `seconds peak_kib bytes`.
fn one(name: &str, bytes: usize) {
    let text = if name == "news" {
        news(bytes)
    } else {
        let family = families().into_iter().find(|f| f.name == name).expect("a family");
        (family.make)(bytes)
    };
    let analyzer = pressa::Analyzer::new();
    let before = peak_kib();
    // Best of three runs: the machine's noise only ever adds time.
    let mut secs = f64::INFINITY;
    for _ in 0..3 {
        let t0 = Instant::now();
        let doc = analyzer.analyze(&text);
        let mut sink = std::io::sink();
        serde_json::to_writer(&mut sink, &doc).expect("JSON");
        secs = secs.min(t0.elapsed().as_secs_f64());
    }
    println!("{secs} {} {} {}", peak_kib().saturating_sub(before), peak_kib(), text.len());
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--one") {
        one(&args[1], args[2].parse().expect("a size"));
        return;
    }
    let me = std::env::current_exe().expect("the example's path");
    let mut list: Vec<Family> = families();
    list.insert(0, Family { name: "news", what: "ordinary news (the scale)", make: news });
    list.retain(|f| args.is_empty() || args.iter().any(|a| a == f.name));
    println!(
        "| family | s/MB at 200 KB / 400 KB / 800 KB / 1.6 MB | growth | peak MiB/MB at the same sizes | growth |"
    );
    println!("| --- | --- | --- | --- | --- |");
    let (mut worst, mut worst_mem): (f64, f64) = (0.0, 0.0);
    for family in list {
        let mut per_mb = Vec::new();
        let mut mem = Vec::new();
        for bytes in SIZES {
            let out = Command::new(&me).args(["--one", family.name, &bytes.to_string()]).output().expect("child");
            let line = String::from_utf8_lossy(&out.stdout);
            let v: Vec<f64> = line.split_whitespace().filter_map(|x| x.parse().ok()).collect();
            let (secs, grown_kib, len) = (v[0], v[1], v[3]);
            let mb = len / 1e6;
            per_mb.push(secs / mb);
            mem.push(grown_kib / 1024.0 / mb);
        }
        // (Below a millisecond a size measures the clock, not the stage: compare from 1 ms on.)
        let floor = 1e-3 / 0.2;
        let ratio = per_mb[3].max(floor) / per_mb[0].max(floor);
        worst = worst.max(ratio);
        // (Memory below 4 MiB measures the allocator's arenas, not the stage.)
        let mem_ratio = (mem[3] * 1.6).max(4.0) / (mem[0] * 0.2).max(4.0) / 8.0;
        worst_mem = worst_mem.max(mem_ratio);
        let cells: Vec<String> = per_mb.iter().map(|s| format!("{s:.3}")).collect();
        let mem_cells: Vec<String> = mem.iter().map(|m| format!("{m:.1}")).collect();
        println!(
            "| {} | {} | {ratio:.2} | {} | {mem_ratio:.2} |",
            family.name,
            cells.join(" / "),
            mem_cells.join(" / ")
        );
    }
    println!(
        "\nworst growth from 200 KB to 1.6 MB: time per MB {worst:.2}×, memory per MB {worst_mem:.2}× (target ≤ 1.5× each)"
    );
}
