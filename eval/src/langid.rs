//! Language identification on real lines that the detector was not built from: the development
//! sentences of UD treebanks in Ukrainian, Belarusian, Bulgarian, Serbian (Latin) and Kazakh
//! (`langid-ud-dev/<code>.txt`, one sentence a line), and the Russian sentences of UD GSD, Taiga
//! and PUD (`# text =` lines).
//!
//! Each line falls in one class, the first that fits: `markup` (tags, links, addresses, emoji),
//! `short` (at most three words or 20 letters), `letters` (holds a letter Russian does not have),
//! `plain` (the rest). Figures are shown on all lines and on odd / even line numbers: the
//! statistics of `lexicon/lang/ngrams.tsv` are built from even lines only (see
//! `examples/gen_lang_lexicon.rs`), so odd lines are the held-out half.

use std::path::Path;

use pressa::LangDetector;

/// The languages of `langid-ud-dev`.
const DEV: [&str; 5] = ["uk", "be", "bg", "sr", "kk"];

/// UD Russian files whose sentences must be `ru`.
const UD_RU: [&str; 5] = [
    "UD_Russian-GSD/ru_gsd-ud-dev.conllu",
    "UD_Russian-GSD/ru_gsd-ud-test.conllu",
    "UD_Russian-Taiga/ru_taiga-ud-dev.conllu",
    "UD_Russian-Taiga/ru_taiga-ud-test.conllu",
    "UD_Russian-PUD/ru_pud-ud-test.conllu",
];

const CLASSES: [&str; 4] = ["markup", "short", "letters", "plain"];

/// Letters of Cyrillic languages that Russian does not have.
const NOT_RUSSIAN: &str = "іїєґўәғқңөұүһђјљњћџѓќѕ";

/// The class of a line (an index into `CLASSES`).
pub fn class(line: &str) -> usize {
    let markup = line.contains('<')
        || line.contains("http")
        || line.contains("www.")
        || line.contains('@')
        || line.chars().any(|c| matches!(c as u32, 0x2600..=0x27BF | 0x1F000..=0x1FAFF));
    if markup {
        return 0;
    }
    let words = line.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    if words <= 3 || letters <= 20 {
        return 1;
    }
    if line.chars().flat_map(char::to_lowercase).any(|c| NOT_RUSSIAN.contains(c)) {
        return 2;
    }
    3
}

/// Right, labelled-`ru` and unlabelled counts, on odd and even lines.
#[derive(Clone, Copy, Default)]
struct Tally {
    right: [usize; 2],
    as_ru: [usize; 2],
    none: [usize; 2],
    total: [usize; 2],
}

impl Tally {
    fn add(&mut self, line: usize, got: Option<&str>, want: &str) {
        let h = line % 2;
        self.right[h] += usize::from(got == Some(want));
        self.as_ru[h] += usize::from(got == Some("ru"));
        self.none[h] += usize::from(got.is_none());
        self.total[h] += 1;
    }
    fn pct(n: [usize; 2], t: [usize; 2], half: Option<usize>) -> f64 {
        let (n, t) = match half {
            Some(h) => (n[h], t[h]),
            None => (n[0] + n[1], t[0] + t[1]),
        };
        if t == 0 { f64::NAN } else { 100.0 * n as f64 / t as f64 }
    }
    fn cell(&self, n: [usize; 2]) -> String {
        let p = |h| Tally::pct(n, self.total, h);
        format!("{:.1} ({:.1}/{:.1})", p(None), p(Some(1)), p(Some(0)))
    }
    fn n(&self) -> usize {
        self.total[0] + self.total[1]
    }
}

pub fn run(corpora: &Path) -> Option<Vec<(String, f64)>> {
    let root = corpora.join("langid-ud-dev");
    if !root.is_dir() {
        println!("skipped: corpora not found");
        return None;
    }
    let detector = LangDetector::new();
    let mut metrics = Vec::new();
    println!("\n## Language identification on real lines (langid-ud-dev, UD Russian)\n");
    println!("%, all lines (odd / even); the n-gram statistics are built from even lines only.\n");
    println!("| lang | lines | right | labelled ru | no language |");
    println!("| --- | ---: | --- | --- | --- |");
    let mut by_class = Vec::new();
    for code in DEV {
        let Ok(text) = std::fs::read_to_string(root.join(format!("{code}.txt"))) else { continue };
        let (mut all, mut classes) = (Tally::default(), [Tally::default(); 4]);
        let mut shown = 0;
        for (i, line) in text.lines().enumerate() {
            let got = detector.detect(line).map(|l| l.code());
            all.add(i + 1, got, code);
            classes[class(line)].add(i + 1, got, code);
            if got != Some(code) && shown < crate::gold::show() {
                println!("  {code}:{} → {got:?}: {line}", i + 1);
                shown += 1;
            }
        }
        println!(
            "| {code} | {} | {} | {} | {} |",
            all.n(),
            all.cell(all.right),
            all.cell(all.as_ru),
            all.cell(all.none)
        );
        metrics.push((format!("langid.{code}.right"), Tally::pct(all.right, all.total, None)));
        metrics.push((format!("langid.{code}.as_ru"), Tally::pct(all.as_ru, all.total, None)));
        by_class.push((code, classes));
    }
    println!("\nBy class: lines, right %, labelled ru % (all lines, odd / even):\n");
    println!("| lang | {} |", CLASSES.join(" | "));
    println!("| --- | --- | --- | --- | --- |");
    for (code, classes) in &by_class {
        let cells: Vec<String> =
            classes.iter().map(|t| format!("{}: {}, ru {}", t.n(), t.cell(t.right), t.cell(t.as_ru))).collect();
        println!("| {code} | {} |", cells.join(" | "));
    }
    // Russian sentences: lines with a Cyrillic letter (emoji-only lines, numbers and English
    // replies in the social-media treebank are no Russian sentences).
    let (mut ru, mut shown, mut skipped) = (Tally::default(), 0, 0);
    let mut by_class = [Tally::default(); 4];
    println!("\nUD Russian sentences with a Cyrillic letter, labelled `ru` % (odd / even):\n");
    println!("| file | sentences | `ru` | no language |");
    println!("| --- | ---: | --- | --- |");
    for file in UD_RU {
        let Ok(text) = std::fs::read_to_string(corpora.join(file)) else { continue };
        let mut here = Tally::default();
        for (i, line) in text.lines().filter_map(|l| l.strip_prefix("# text = ")).enumerate() {
            if !line.chars().any(|c| matches!(c, '\u{400}'..='\u{4FF}')) {
                skipped += 1;
                continue;
            }
            let got = detector.detect(line).map(|l| l.code());
            ru.add(i + 1, got, "ru");
            here.add(i + 1, got, "ru");
            by_class[class(line)].add(i + 1, got, "ru");
            if got != Some("ru") && shown < crate::gold::show() {
                println!("  {file}:{} → {got:?}: {line}", i + 1);
                shown += 1;
            }
        }
        println!("| {file} | {} | {} | {} |", here.n(), here.cell(here.right), here.cell(here.none));
    }
    if ru.n() > 0 {
        println!("| all | {} | {} | {} |", ru.n(), ru.cell(ru.right), ru.cell(ru.none));
        let cells: Vec<String> = by_class.iter().map(|t| format!("{}: {}", t.n(), t.cell(t.right))).collect();
        println!(
            "\nBy class ({}): {}; {skipped} lines with no Cyrillic letter left out.",
            CLASSES.join(", "),
            cells.join(" · ")
        );
        metrics.push(("langid.ud_ru.right".to_string(), Tally::pct(ru.right, ru.total, None)));
    }
    Some(metrics)
}
