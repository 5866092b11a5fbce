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

/// UD Russian files whose sentences must be `ru` (the n-gram generator learns from their even
/// sentences).
pub const UD_RU: [&str; 5] = [
    "UD_Russian-GSD/ru_gsd-ud-dev.conllu",
    "UD_Russian-GSD/ru_gsd-ud-test.conllu",
    "UD_Russian-Taiga/ru_taiga-ud-dev.conllu",
    "UD_Russian-Taiga/ru_taiga-ud-test.conllu",
    "UD_Russian-PUD/ru_pud-ud-test.conllu",
];

const CLASSES: [&str; 4] = ["markup", "short", "letters", "plain"];

/// Letters of Cyrillic languages that Russian does not have.
const NOT_RUSSIAN: &str = "іїєґўәғқңөұүһђјљњћџѓќѕ";

/// Whether every Cyrillic word of `line` is a Russian word form: a line a Russian reader would
/// read as Russian («Но за кого?», «Музыка:»).
fn spelled_in_russian(dictionary: &rumorph::Dictionary, line: &str) -> bool {
    let mut words = line
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .filter(|w| w.chars().any(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' | 'і' | 'ў' | 'ї' | 'є')))
        .peekable();
    words.peek().is_some() && words.all(|w| dictionary.is_known(&w.to_lowercase()))
}

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

/// Right, labelled-`ru` and unlabelled lines, on odd and even lines.
#[derive(Clone, Copy, Default)]
struct Tally {
    right: crate::lang::Tally,
    /// Right, where no language is the right answer for a line without a letter («1.», «:)»).
    right_or_letterless: crate::lang::Tally,
    as_ru: crate::lang::Tally,
    none: crate::lang::Tally,
}

impl Tally {
    fn add(&mut self, line: usize, text: &str, got: Option<&str>, want: &str) {
        self.right.add(line, got == Some(want));
        let letterless = !text.chars().any(char::is_alphabetic);
        self.right_or_letterless.add(line, if letterless { got.is_none() } else { got == Some(want) });
        self.as_ru.add(line, got == Some("ru"));
        self.none.add(line, got.is_none());
    }
    fn n(&self) -> usize {
        self.right.n()
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
    println!(
        "| lang | lines | right | right, no language right on a line without letters | labelled ru | no language |"
    );
    println!("| --- | ---: | --- | --- | --- | --- |");
    let mut by_class = Vec::new();
    let mut russian_spelled = Vec::new();
    let dictionary = rumorph::Dictionary::bundled().expect("rumorph bundled dictionary");
    for code in DEV {
        let Ok(text) = std::fs::read_to_string(root.join(format!("{code}.txt"))) else { continue };
        let (mut all, mut classes) = (Tally::default(), [Tally::default(); 4]);
        let (mut shown, mut labelled_ru, mut spelled) = (0, 0, 0);
        for (i, line) in text.lines().enumerate() {
            let got = detector.detect(line).map(|l| l.code());
            if got == Some("ru") {
                labelled_ru += 1;
                spelled += usize::from(spelled_in_russian(&dictionary, line));
            }
            all.add(i + 1, line, got, code);
            classes[class(line)].add(i + 1, line, got, code);
            if got != Some(code) && shown < crate::gold::show() {
                println!("  {code}:{} → {got:?}: {line}", i + 1);
                shown += 1;
            }
        }
        println!(
            "| {code} | {} | {} | {} | {} | {} |",
            all.n(),
            all.right.cell(),
            all.right_or_letterless.cell(),
            all.as_ru.cell(),
            all.none.cell()
        );
        metrics.push((format!("langid.{code}.right"), all.right.pct(None)));
        metrics.push((format!("langid.{code}.right_or_letterless"), all.right_or_letterless.pct(None)));
        metrics.push((format!("langid.{code}.as_ru"), all.as_ru.pct(None)));
        by_class.push((code, classes));
        russian_spelled.push(format!("{code} {spelled} of {labelled_ru}"));
    }
    println!(
        "\nLines labelled `ru` whose every Cyrillic word is a Russian word form (rumorph's dictionary): {}",
        russian_spelled.join(", ")
    );
    println!("\nBy class: lines, right %, labelled ru % (all lines, odd / even):\n");
    println!("| lang | {} |", CLASSES.join(" | "));
    println!("| --- | --- | --- | --- | --- |");
    for (code, classes) in &by_class {
        let cells: Vec<String> =
            classes.iter().map(|t| format!("{}: {}, ru {}", t.n(), t.right.cell(), t.as_ru.cell())).collect();
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
            ru.add(i + 1, line, got, "ru");
            here.add(i + 1, line, got, "ru");
            by_class[class(line)].add(i + 1, line, got, "ru");
            if got != Some("ru") && shown < crate::gold::show() {
                println!("  {file}:{} → {got:?}: {line}", i + 1);
                shown += 1;
            }
        }
        println!("| {file} | {} | {} | {} |", here.n(), here.right.cell(), here.none.cell());
    }
    if ru.n() > 0 {
        println!("| all | {} | {} | {} |", ru.n(), ru.right.cell(), ru.none.cell());
        let cells: Vec<String> = by_class.iter().map(|t| format!("{}: {}", t.n(), t.right.cell())).collect();
        println!(
            "\nBy class ({}): {}; {skipped} lines with no Cyrillic letter left out.",
            CLASSES.join(", "),
            cells.join(" · ")
        );
        metrics.push(("langid.ud_ru.right".to_string(), ru.right.pct(None)));
    }
    metrics.extend(latin_slavic_paragraphs(corpora, &detector));
    Some(metrics)
}

/// The Latin-script Slavic languages on paragraphs: three consecutive odd (held-out) lines of
/// the Lingua sentences (Serbian in Latin letters: of `langid-ud-dev/sr.txt`) joined, as a
/// paragraph of a news text would give them. `examples/python/lingua_langid.py` measures lingua
/// on the same paragraphs.
fn latin_slavic_paragraphs(corpora: &Path, detector: &LangDetector) -> Vec<(String, f64)> {
    let mut metrics = Vec::new();
    let mut cells = Vec::new();
    for code in ["sl", "hr", "bs", "sr", "cs", "sk", "pl"] {
        let file = if code == "sr" {
            corpora.join("langid-ud-dev/sr.txt")
        } else {
            corpora.join(format!("lingua-langid-testdata/{code}/sentences.txt"))
        };
        let Ok(text) = std::fs::read_to_string(file) else { continue };
        let odd: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).step_by(2).collect();
        let paragraphs: Vec<String> = odd.chunks_exact(3).map(|c| c.join(" ")).collect();
        let right = paragraphs.iter().filter(|p| detector.detect(p).map(|l| l.code()) == Some(code)).count();
        let wrong = paragraphs.iter().filter_map(|p| Some((detector.detect(p)?.code(), p))).filter(|(c, _)| *c != code);
        for (got, p) in wrong.take(crate::gold::show()) {
            println!("  {code} paragraph → {got}: {p}");
        }
        let pct = 100.0 * right as f64 / paragraphs.len().max(1) as f64;
        cells.push(format!("{code} {pct:.1}"));
        metrics.push((format!("langid.paragraphs.{code}"), pct));
    }
    println!(
        "\nLatin-script Slavic paragraphs (three held-out lines each, 166 a language; sr 89), right %: {}",
        cells.join(" · ")
    );
    metrics
}
