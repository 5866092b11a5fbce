//! Language identification on the Lingua test data (75 languages × sentences, single words, word
//! pairs; `lingua-langid-testdata/<code>/<kind>.txt`, one sample a line, label = folder).
//!
//! Accuracy is shown on all lines and, in brackets, on odd / even line numbers: the detector's
//! weights were tuned on odd lines only, so even lines are the held-out half.

use std::path::Path;
use std::time::Instant;

use pressa::LangDetector;

const KINDS: [(&str, &str); 3] =
    [("sentences", "sentences"), ("single-words", "single_words"), ("word-pairs", "word_pairs")];

/// Languages shown one by one (the rest count in the average).
const SHOWN: [&str; 16] =
    ["ru", "en", "uk", "be", "bg", "sr", "mk", "kk", "mn", "zh", "sl", "hr", "bs", "cs", "sk", "pl"];

/// Languages whose sentences must not come out as Russian.
const NOT_RU: [&str; 7] = ["uk", "be", "bg", "sr", "mk", "kk", "mn"];

/// Correct and total counts on odd and even line numbers.
#[derive(Clone, Copy, Default)]
pub(crate) struct Tally {
    right: [usize; 2],
    total: [usize; 2],
}

impl Tally {
    pub(crate) fn add(&mut self, line: usize, ok: bool) {
        let half = line % 2; // 1-based line numbers: odd → 1, even → 0
        self.right[half] += usize::from(ok);
        self.total[half] += 1;
    }
    pub(crate) fn pct(&self, half: Option<usize>) -> f64 {
        let (r, t) = match half {
            Some(h) => (self.right[h], self.total[h]),
            None => (self.right[0] + self.right[1], self.total[0] + self.total[1]),
        };
        if t == 0 { f64::NAN } else { 100.0 * r as f64 / t as f64 }
    }
    pub(crate) fn cell(&self) -> String {
        format!("{:.1} ({:.1}/{:.1})", self.pct(None), self.pct(Some(1)), self.pct(Some(0)))
    }
    /// All lines counted.
    pub(crate) fn n(&self) -> usize {
        self.total[0] + self.total[1]
    }
}

pub fn run(corpora: &Path) -> Option<Vec<(String, f64)>> {
    let root = corpora.join("lingua-langid-testdata");
    let Ok(dir) = std::fs::read_dir(&root) else {
        println!("skipped: corpora not found");
        return None;
    };
    let mut langs: Vec<String> = dir
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    langs.sort();
    if langs.is_empty() {
        println!("skipped: corpora not found");
        return None;
    }
    let detector = LangDetector::new();
    let mut metrics = Vec::new();
    println!("\n## Language identification (Lingua test data, {} languages)\n", langs.len());
    println!("Accuracy %, all lines (odd / even lines); weights were tuned on odd lines only.\n");
    println!("| lang | sentences | single words | word pairs |");
    println!("| --- | --- | --- | --- |");
    let mut avg = [(0f64, [0f64; 2], 0usize); 3];
    let mut false_ru = Vec::new();
    let mut by_class = Vec::new();
    let mut speed_text: Vec<String> = Vec::new();
    for lang in &langs {
        let mut cells = Vec::new();
        for (k, (file, key)) in KINDS.iter().enumerate() {
            let Ok(text) = std::fs::read_to_string(root.join(lang).join(format!("{file}.txt"))) else {
                cells.push("–".to_string());
                continue;
            };
            let (mut tally, mut as_ru, mut shown) = (Tally::default(), Tally::default(), 0);
            let mut classes = [Tally::default(); 4];
            for (i, line) in text.lines().enumerate() {
                let got = detector.detect(line);
                let ok = got.is_some_and(|l| l.code() == lang);
                tally.add(i + 1, ok);
                classes[crate::langid::class(line)].add(i + 1, ok);
                as_ru.add(i + 1, got.is_some_and(|l| l.code() == "ru"));
                if !ok && shown < crate::gold::show() && SHOWN.contains(&lang.as_str()) {
                    println!("  {lang}/{file}:{} → {:?}: {line}", i + 1, got);
                    shown += 1;
                }
            }
            if tally.total[0] + tally.total[1] == 0 {
                cells.push("–".to_string());
                continue;
            }
            avg[k].0 += tally.pct(None);
            avg[k].1[0] += tally.pct(Some(1));
            avg[k].1[1] += tally.pct(Some(0));
            avg[k].2 += 1;
            if SHOWN.contains(&lang.as_str()) {
                metrics.push((format!("lang.{lang}.{key}"), tally.pct(None)));
            }
            if *file == "sentences" && (lang == "ru" || NOT_RU.contains(&lang.as_str())) {
                let cells: Vec<String> = classes.iter().map(|t| format!("{}: {}", t.n(), t.cell())).collect();
                by_class.push(format!("| {lang} | {} |", cells.join(" | ")));
            }
            if *file == "sentences" {
                if NOT_RU.contains(&lang.as_str()) {
                    false_ru.push((lang.clone(), as_ru));
                }
                if lang == "ru" || lang == "en" {
                    speed_text.extend(text.lines().map(str::to_string));
                }
            }
            cells.push(tally.cell());
        }
        if SHOWN.contains(&lang.as_str()) {
            println!("| {lang} | {} |", cells.join(" | "));
        }
    }
    let mut avg_cells = Vec::new();
    let mut overall = 0.0;
    for (k, (_, key)) in KINDS.iter().enumerate() {
        let (sum, halves, n) = avg[k];
        let n = n.max(1) as f64;
        avg_cells.push(format!("{:.1} ({:.1}/{:.1})", sum / n, halves[0] / n, halves[1] / n));
        metrics.push((format!("lang.avg.{key}"), sum / n));
        overall += sum / n / 3.0;
    }
    println!("| average of {} | {} |", langs.len(), avg_cells.join(" | "));
    metrics.push(("lang.avg".to_string(), overall));

    println!("\nSentences: lines and right % by class (see `langid`), odd / even lines:\n");
    println!("| lang | markup | short | letters | plain |");
    println!("| --- | --- | --- | --- | --- |");
    for row in &by_class {
        println!("{row}");
    }
    println!("\nSentences labelled `ru`, % (odd / even lines):\n");
    println!("| lang | labelled ru |");
    println!("| --- | --- |");
    for (lang, t) in &false_ru {
        println!("| {lang} | {} |", t.cell());
        metrics.push((format!("lang.false_ru.{lang}"), t.pct(None)));
    }

    // Speed: every ru and en sentence detected one by one, best of several passes.
    let bytes: usize = speed_text.iter().map(String::len).sum();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        let mut n = 0usize;
        for s in &speed_text {
            n += usize::from(detector.detect(s).is_some());
        }
        best = best.min(t.elapsed().as_secs_f64());
        assert!(n > 0);
    }
    let mb_s = bytes as f64 / 1e6 / best;
    println!(
        "\nSpeed on {} ru+en sentences ({:.2} MB), one thread, best of 5 passes: {mb_s:.1} MB/s",
        speed_text.len(),
        bytes as f64 / 1e6
    );
    metrics.push(("lang.speed_mb_s".to_string(), mb_s));
    Some(metrics)
}
