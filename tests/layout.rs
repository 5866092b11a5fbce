//! The house rules of `src/`, checked on the source itself: each stage imports only from the
//! stages before it, every module opens with its stage, no file is over 700 lines and no
//! function over 120, and no module reaches into another by `#[path]`.

use std::path::{Path, PathBuf};

/// The stages in the order data flows; a module may use its own stage and the ones before it.
const STAGES: &[&str] = &[
    "text", "lexicon", "token", "sentence", "lang", "morph", "ner", "resolve", "facts", "analysis", "output",
    "analyzer",
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The stage a file belongs to: its first folder or its own name under `src/`.
fn stage_of(src: &Path, file: &Path) -> Option<usize> {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next()?.as_os_str().to_str()?.trim_end_matches(".rs");
    STAGES.iter().position(|s| *s == first)
}

/// The part of a file before its unit tests.
fn code(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod tests").map_or(text, |k| &text[..k])
}

fn files() -> (PathBuf, Vec<(PathBuf, String)>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    sources(&src, &mut paths);
    paths.sort();
    let files = paths.into_iter().map(|p| (p.clone(), std::fs::read_to_string(&p).unwrap())).collect();
    (src, files)
}

#[test]
fn stages_import_only_from_earlier_stages() {
    let (src, files) = files();
    let mut wrong = Vec::new();
    for (path, text) in &files {
        let Some(own) = stage_of(&src, path) else { continue };
        for (k, line) in code(text).lines().enumerate() {
            let mut rest = line;
            while let Some(at) = rest.find("crate::") {
                rest = &rest[at + 7..];
                let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if let Some(used) = STAGES.iter().position(|s| *s == name)
                    && used > own
                {
                    wrong.push(format!("{}:{}: {} uses crate::{name}", path.display(), k + 1, STAGES[own]));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the flow of the pipeline:\n{}", wrong.join("\n"));
}

#[test]
fn every_module_says_its_stage() {
    let (src, files) = files();
    let missing: Vec<String> = files
        .iter()
        .filter(|(p, _)| p.file_name().is_some_and(|n| n != "lib.rs"))
        .filter(|(_, t)| {
            !t.starts_with("// Stage:") && !t.starts_with("// Orchestration") && !t.starts_with("// The plain data")
        })
        .map(|(p, _)| p.strip_prefix(&src).unwrap().display().to_string())
        .collect();
    assert!(missing.is_empty(), "modules without their stage comment on the first line: {missing:?}");
}

#[test]
fn files_and_functions_stay_small() {
    let (_, files) = files();
    let mut long = Vec::new();
    for (path, text) in &files {
        let lines = code(text).lines().count();
        if lines > 700 {
            long.push(format!("{}: {lines} lines", path.display()));
        }
        // A function runs from its `fn` line to the next line that closes at the same indent.
        let all: Vec<&str> = text.lines().collect();
        for (k, line) in all.iter().enumerate() {
            let body = line.trim_start();
            let indent = line.len() - body.len();
            let is_fn = ["fn ", "pub fn ", "pub(crate) fn ", "pub(super) fn "].iter().any(|p| body.starts_with(p));
            if !is_fn || line.ends_with(';') {
                continue;
            }
            let close = " ".repeat(indent) + "}";
            if let Some(len) = all[k + 1..].iter().position(|l| *l == close)
                && len + 2 > 120
            {
                long.push(format!("{}:{}: a function of {} lines", path.display(), k + 1, len + 2));
            }
        }
    }
    assert!(long.is_empty(), "too long (files ≤ 700 lines before their tests, functions ≤ 120):\n{}", long.join("\n"));
}

#[test]
fn no_path_attributes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in ["src", "tests", "benches", "examples", "cli", "eval"] {
        if root.join(dir).is_dir() {
            sources(&root.join(dir), &mut paths);
        }
    }
    let marker = ["#[", "path"].concat();
    let with: Vec<String> = paths
        .iter()
        .filter(|p| std::fs::read_to_string(p).unwrap().contains(&format!("{marker} =")))
        .map(|p| p.display().to_string())
        .collect();
    assert!(with.is_empty(), "modules pulled in by path: {with:?}");
}
