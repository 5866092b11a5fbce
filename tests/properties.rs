//! Invariants on any input: no panic, every non-space character in exactly one token, spans on
//! character boundaries and in order, sentences covering the tokens, deterministic output.

use pressa::{Analyzer, Tokenizer};
use proptest::prelude::*;

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

fn check_tokens(text: &str) {
    let tokens: Vec<_> = Tokenizer::new().tokens(text).collect();
    let mut covered = 0;
    for (k, t) in tokens.iter().enumerate() {
        assert!(t.span.start < t.span.end, "empty token in {text:?}");
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        assert_eq!(t.text, &text[t.span.start..t.span.end]);
        assert!(k == 0 || tokens[k - 1].span.end <= t.span.start, "overlap in {text:?}");
        assert!(!t.text.starts_with(is_space) && !t.text.ends_with(is_space), "{t:?} in {text:?}");
        // Whatever lies between tokens is whitespace.
        assert!(
            text[covered..t.span.start].chars().all(is_space),
            "lost {:?} in {text:?}",
            &text[covered..t.span.start]
        );
        covered = t.span.end;
    }
    assert!(text[covered..].chars().all(is_space), "lost tail in {text:?}");
    let again: Vec<_> = Tokenizer::new().tokens(text).collect();
    assert_eq!(tokens, again);
}

fn check_analysis(text: &str) {
    let analyzer = Analyzer::new();
    let doc = analyzer.analyze(text);
    let mut next = 0;
    for s in &doc.sentences {
        assert_eq!(s.tokens.start, next, "sentences must cover the tokens in order");
        assert!(!s.tokens.is_empty());
        next = s.tokens.end;
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
    }
    assert_eq!(next, doc.tokens.len());
    let json = serde_json::to_string(&doc.with_tokens()).unwrap();
    assert_eq!(json, serde_json::to_string(&analyzer.analyze(text).with_tokens()).unwrap());
    for t in &doc.tokens {
        let _ = analyzer.stem(t);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string(s in any::<String>()) {
        check_tokens(&s);
        check_analysis(&s);
    }

    #[test]
    fn press_like(s in "[а-яА-ЯёЁa-zA-Z0-9 .,:;!?'’\"«»„“”()\\[\\]\\-–—…@#&_/%$№+\n\u{a0}\u{2009}\u{301}😍🏻\u{200d}іїєґўәғқңөұүһ]{0,80}") {
        check_tokens(&s);
        check_analysis(&s);
    }
}

/// Long pathological inputs finish (linear scanners) and keep the invariants.
#[test]
fn long_degenerate_inputs() {
    let n = 1 << 20;
    for unit in ["a", "я", ".", "-", "a-", "1.", "@a", "http://x", "&#39;", "😍", " ", "т.", "1 000 ", "«"] {
        let text = unit.repeat(n / unit.len());
        check_tokens(&text);
        let doc = Analyzer::new().analyze(&text);
        assert!(doc.sentences.len() <= doc.tokens.len());
    }
}

/// 10 MB documents of one repeated character, of only punctuation and of no spaces: they finish
/// (every scanner is linear) and keep the invariants.
#[test]
fn ten_megabyte_documents() {
    let n = 10 << 20;
    let letters: String = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя".chars().cycle().take(n / 2).collect();
    for text in ["я".repeat(n / 2), "!?.,;:—«»()".repeat(n / 24), letters] {
        let start = std::time::Instant::now();
        check_tokens(&text);
        let doc = Analyzer::new().analyze(&text);
        assert!(doc.sentences.len() <= doc.tokens.len());
        eprintln!("{} bytes in {:.2} s", text.len(), start.elapsed().as_secs_f64());
    }
}
