//! Trains the entity taggers and writes them to `lexicon/model/`: the Russian names and positions
//! taggers on NEREL train, the English names tagger on CoNLL-2003 eng.train:
//!
//! ```text
//! cargo run --release --example train
//! ```
//! Deterministic: documents in file-name order, a fixed number of epochs, the English sentences
//! in a new order every epoch drawn from a fixed xorshift sequence, so the same corpus gives the
//! same bytes. NEREL dev and CoNLL eng.testa are never read here (they are for measuring;
//! `ENGLISH_EPOCHS` and the pruning threshold were chosen on eng.testa: with the shuffled order
//! 8, 10, 11, 13 and 15 epochs gave micro F1 90.6, 90.7, 90.8, 90.5, 90.3; 10 sits inside the
//! plateau; without shuffling 15 epochs gave 90.1).

use pressa_eval::{english, gold};

use pressa::training::{
    CaseCounts, EnglishDoc, Morph, MorphCache, Trainer, english_token_features, lower_all, spans, token_features,
};
use pressa::{SentenceSplitter, Tokenizer};

const EPOCHS: usize = 12;
const ENGLISH_EPOCHS: usize = 10;
/// English features whose averaged weights all stay under this are dropped (the model's size).
const ENGLISH_MIN_WEIGHT: f32 = 0.05;
/// eng.train is cut in this many parts (document `d` in part `d % CASE_FOLDS`) for the case
/// table the tagger learns from: a document's words are looked up in the counts of the other
/// parts, as words of new text are at run time.
const CASE_FOLDS: usize = 5;

/// Case counts of English text beyond eng.train: UD English-EWT (its sentences' word forms), the
/// English originals of UD Russian-PUD and Lingua's English sentences, one text a line.
fn outside_case_counts(corpora: &std::path::Path, tokenizer: &Tokenizer) -> CaseCounts {
    let read = |p: &str| std::fs::read_to_string(corpora.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    let mut lines: Vec<String> = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let ewt = read("UD_English-EWT/en_ewt-ud-test.conllu");
    for line in ewt.lines() {
        if line.is_empty() {
            lines.push(words.join(" "));
            words.clear();
        } else if !line.starts_with('#') {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() > 1 && !cols[0].contains(['-', '.']) {
                words.push(cols[1]);
            }
        }
    }
    let pud = read("UD_Russian-PUD/ru_pud-ud-test.conllu");
    lines.extend(pud.lines().filter_map(|l| l.strip_prefix("# english_text = ")).map(str::to_string));
    lines.extend(read("lingua-langid-testdata/en/sentences.txt").lines().map(str::to_string));
    let mut counts = CaseCounts::default();
    for line in &lines {
        let tokens: Vec<_> = tokenizer.tokens(line).collect();
        counts.add(line, &tokens, &lower_all(&tokens));
    }
    counts
}

/// The English names tagger (PER, ORG, LOC, MISC) on CoNLL-2003 eng.train: each document's text
/// tokenized as the analyzer does, each token labelled by the gold entity it starts or continues,
/// trained sentence by sentence (the CoNLL sentences) with the document's features.
fn train_english(corpora: &std::path::Path, tokenizer: &Tokenizer) {
    let docs = english::read_conll(&corpora.join("conll2003-en/eng.train")).expect("CoNLL eng.train not found");
    let mut labels = vec!["O".to_string()];
    for t in ["PER", "ORG", "LOC", "MISC"] {
        labels.push(format!("B-{t}"));
        labels.push(format!("I-{t}"));
    }
    let label_id = |l: &str| labels.iter().position(|x| x == l).unwrap();
    // The case table: counted over all of eng.train and the outside text for run time; for
    // training, one per part of eng.train, without that part's counts.
    let outside = outside_case_counts(corpora, tokenizer);
    // Each document's tokens and their lower-cased forms, read once.
    let read: Vec<(Vec<_>, Vec<_>)> = docs
        .iter()
        .map(|doc| {
            let tokens: Vec<_> = tokenizer.tokens(&doc.text).collect();
            let lows = lower_all(&tokens);
            (tokens, lows)
        })
        .collect();
    let mut parts = vec![CaseCounts::default(); CASE_FOLDS];
    for (d, (doc, (tokens, lows))) in docs.iter().zip(&read).enumerate() {
        parts[d % CASE_FOLDS].add(&doc.text, tokens, lows);
    }
    let mut all = outside.clone();
    parts.iter().for_each(|p| all.merge(p));
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicon/model/en_case.bin");
    let bytes = all.to_bytes();
    std::fs::write(&path, &bytes).expect("write case table");
    eprintln!("en_case: wrote {} ({} bytes)", path.display(), bytes.len());
    let tables: Vec<_> = (0..CASE_FOLDS)
        .map(|k| {
            let mut c = outside.clone();
            parts.iter().enumerate().filter(|&(j, _)| j != k).for_each(|(_, p)| c.merge(p));
            std::sync::Arc::new(c.table())
        })
        .collect();
    let mut data = Vec::new();
    for (d, (doc, (tokens, lows))) in docs.iter().zip(&read).enumerate() {
        let mut context = EnglishDoc::new(&doc.text, tokens, lows).with_case_table(tables[d % CASE_FOLDS].clone());
        for s in &doc.sentences {
            let (start, end) = (s[0].0, s[s.len() - 1].1);
            let from = tokens.partition_point(|t| t.span.start < start);
            let to = tokens.partition_point(|t| t.span.start < end);
            let gold: Vec<usize> = tokens[from..to]
                .iter()
                .map(|t| match doc.entities.iter().find(|e| e.1 < t.span.end && t.span.start < e.2) {
                    Some(e) if e.1 >= t.span.start => label_id(&format!("B-{}", e.0)),
                    Some(e) => label_id(&format!("I-{}", e.0)),
                    None => 0,
                })
                .collect();
            // The gold names of the sentence, for the sentences after it (as the tagger's own
            // labels are at run time).
            let names = spans(&labels, &gold);
            data.push((english_token_features(&tokens[from..to], &lows[from..to], &context), gold));
            context.remember(&tokens[from..to], &lows[from..to], &names);
        }
    }
    let mut trainer = Trainer::english(labels);
    let tokens: usize = data.iter().map(|d| d.1.len()).sum();
    // Sentences in a new order every epoch (a fixed xorshift sequence: deterministic).
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    for epoch in 0..ENGLISH_EPOCHS {
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let errors: usize = order.iter().map(|&k| trainer.train_sentence(&data[k].0, &data[k].1)).sum();
        eprintln!("en_names: epoch {epoch}: {errors} errors / {tokens} tokens");
    }
    let bytes = trainer.finish(ENGLISH_MIN_WEIGHT);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicon/model/en_names.bin");
    std::fs::write(&path, &bytes).expect("write model");
    eprintln!("en_names: wrote {} ({} bytes)", path.display(), bytes.len());
}

/// NEREL types → our types for the name tagger.
fn name_type(t: &str) -> Option<&'static str> {
    Some(match t {
        "PERSON" => "PER",
        "ORGANIZATION" => "ORG",
        "COUNTRY" | "CITY" | "STATE_OR_PROVINCE" | "LOCATION" | "DISTRICT" => "LOC",
        _ => return None,
    })
}

fn position_type(t: &str) -> Option<&'static str> {
    (t == "PROFESSION").then_some("POSITION")
}

/// Outermost spans (bytes) of the mapped types: a span strictly inside another is dropped.
fn outermost(doc: &gold::NerelDoc, map: fn(&str) -> Option<&'static str>) -> Vec<(usize, usize, &'static str)> {
    let all: Vec<(usize, usize, &'static str)> =
        doc.entities.iter().filter_map(|e| map(&e.1).map(|t| (e.2, e.3, t))).collect();
    let mut out: Vec<_> = all
        .iter()
        .filter(|a| !all.iter().any(|b| b != *a && b.0 <= a.0 && a.1 <= b.1 && (b.1 - b.0) > (a.1 - a.0)))
        .copied()
        .collect();
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    out
}

/// Lemmas that NEREL train marks as a one-word profession at least 3 times and in at least half
/// of their occurrences: `lexicon/model/professions.txt`, for the rule that adds positions the
/// tagger misses right before a person («раввин Исорел Голстайн»).
fn write_professions(docs: &[gold::NerelDoc], morph: &Morph, tokenizer: &Tokenizer) {
    use std::collections::BTreeMap;
    let lemma = |w: &str| morph.lemma(&w.to_lowercase()).map(|l| l.to_lowercase().replace('ё', "е"));
    let (mut as_profession, mut seen): (BTreeMap<String, usize>, BTreeMap<String, usize>) = Default::default();
    for doc in docs {
        let professions: std::collections::HashSet<(usize, usize)> =
            doc.entities.iter().filter(|e| e.1 == "PROFESSION").map(|e| (e.2, e.3)).collect();
        for t in tokenizer.tokens(&doc.text) {
            let cyrillic_word = t.kind == pressa::TokenKind::Word && t.script == pressa::Script::Cyrillic;
            if !cyrillic_word || t.text.contains('-') {
                continue;
            }
            let Some(l) = lemma(t.text) else { continue };
            *seen.entry(l.clone()).or_default() += 1;
            // A profession that is exactly this token.
            if professions.contains(&(t.span.start, t.span.end)) {
                *as_profession.entry(l).or_default() += 1;
            }
        }
    }
    let mut out = String::from(
        "# Lemmas NEREL train marks as a one-word PROFESSION at least 3 times and in at least half of\n\
         # their occurrences. Written by `cargo run --release --example train`; do not edit.\n",
    );
    for (l, n) in &as_profession {
        if *n >= 3 && 2 * n >= seen[l] {
            out.push_str(l);
            out.push('\n');
        }
    }
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicon/model/professions.txt");
    std::fs::write(&path, out).expect("write professions");
    eprintln!("professions: wrote {}", path.display());
}

fn main() {
    let corpora = gold::corpora_dir();
    let docs = gold::read_nerel(&corpora, "train").expect("NEREL train not found (set PRESSA_CORPORA)");
    let morph = Morph::new();
    let tokenizer = Tokenizer::new();
    let splitter = SentenceSplitter::new();
    train_english(&corpora, &tokenizer);
    if std::env::args().any(|a| a == "--english-only") {
        return;
    }
    write_professions(&docs, &morph, &tokenizer);
    for (name, map, types) in [
        ("names", name_type as fn(&str) -> Option<&'static str>, &["PER", "ORG", "LOC"][..]),
        ("positions", position_type, &["POSITION"][..]),
    ] {
        let mut labels = vec!["O".to_string()];
        for t in types {
            labels.push(format!("B-{t}"));
            labels.push(format!("I-{t}"));
        }
        let label_id = |l: &str| labels.iter().position(|x| x == l).unwrap();
        // Sentences as (features, gold labels).
        let mut data = Vec::new();
        let mut cache = MorphCache::default();
        for doc in &docs {
            let spans = outermost(doc, map);
            let tokens: Vec<_> = tokenizer.tokens(&doc.text).collect();
            for s in splitter.split(&doc.text, &tokens) {
                let toks = &tokens[s.tokens.clone()];
                let gold: Vec<usize> = toks
                    .iter()
                    // A span that starts or ends inside a token takes the whole token: NEREL
                    // marks «экс-[президент Перу]», and the tokenizer keeps «экс-президент» whole.
                    .map(|t| match spans.iter().find(|sp| sp.0 < t.span.end && t.span.start < sp.1) {
                        Some(sp) if sp.0 >= t.span.start => label_id(&format!("B-{}", sp.2)),
                        Some(sp) => label_id(&format!("I-{}", sp.2)),
                        None => 0,
                    })
                    .collect();
                data.push((token_features(toks, &morph, &mut cache), gold));
            }
        }
        let mut trainer = Trainer::new(labels.clone());
        let tokens: usize = data.iter().map(|d| d.1.len()).sum();
        for epoch in 0..EPOCHS {
            let errors: usize = data.iter().map(|(f, g)| trainer.train_sentence(f, g)).sum();
            eprintln!("{name}: epoch {epoch}: {errors} errors / {tokens} tokens");
        }
        let bytes = trainer.finish(0.05);
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("lexicon/model/{name}.bin"));
        std::fs::write(&path, &bytes).expect("write model");
        eprintln!("{name}: wrote {} ({} bytes)", path.display(), bytes.len());
    }
}
