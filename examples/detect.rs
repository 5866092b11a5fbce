//! Prints the language of each line of standard input (or of the files named), with the
//! detector's confidence: `cargo run --release --example detect < lines.txt`.

use std::io::{BufRead, Read};

fn main() {
    let detector = pressa::LangDetector::new();
    let mut text = String::new();
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        std::io::stdin().read_to_string(&mut text).expect("read standard input");
    } else {
        for f in files {
            text.push_str(&std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{f}: {e}")));
        }
    }
    for line in text.as_bytes().lines().map_while(Result::ok) {
        match detector.detect_with_confidence(&line) {
            Some((lang, conf)) => println!("{lang}\t{conf:.2}\t{line}"),
            None => println!("-\t-\t{line}"),
        }
    }
}
