//! Bench inputs: the articles in `corpus/` at three sizes, and real news from the gold corpora
//! when `PRESSA_CORPORA` (or `../shared/corpora`) is there.
#![allow(dead_code)]

use std::path::Path;

use pressa_eval::gold;

pub fn corpus_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// (label, text): tiny (< 100 B), small (one article, ~1–5 KB), huge (~500 KB of repeats).
pub fn sizes(article: &str) -> Vec<(&'static str, String)> {
    let tiny: String = {
        let mut end = 0;
        for (i, c) in article.char_indices() {
            if i + c.len_utf8() > 96 {
                break;
            }
            end = i + c.len_utf8();
        }
        article[..end].to_string()
    };
    let mut huge = String::new();
    while huge.len() < 500_000 {
        huge.push_str(article);
        huge.push_str("\n\n");
    }
    vec![("tiny", tiny), ("small", article.to_string()), ("huge", huge)]
}

/// All factRuEval devset texts joined (~345 KB of Russian news), if present.
pub fn ru_news() -> Option<String> {
    let names = gold::files_with_extension(&gold::corpora_dir().join("factRuEval-2016/devset"), "txt").ok()?;
    let mut text = String::new();
    for p in names {
        text.push_str(&std::fs::read_to_string(p).ok()?);
        text.push_str("\n\n");
    }
    Some(text)
}

/// The `# text` lines of UD English-EWT test (~125 KB of English web text), if present.
pub fn en_web() -> Option<String> {
    let data = std::fs::read_to_string(gold::corpora_dir().join("UD_English-EWT/en_ewt-ud-test.conllu")).ok()?;
    Some(data.lines().filter_map(|l| l.strip_prefix("# text = ")).collect::<Vec<_>>().join("\n"))
}

/// The Lingua sentences in Russian and in English, one a line (2,000 lines, ~230 KB): the
/// language-ID speed target's input (as `eval -- lang` reads it), if present.
pub fn lingua_ru_en_sentences() -> Option<Vec<String>> {
    let mut lines = Vec::new();
    for code in ["ru", "en"] {
        let path = gold::corpora_dir().join(format!("lingua-langid-testdata/{code}/sentences.txt"));
        lines.extend(std::fs::read_to_string(path).ok()?.lines().map(str::to_string));
    }
    Some(lines)
}
