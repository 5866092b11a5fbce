//! Reading inputs and writing analyses.

use std::io::Read;

use pressa::{Analysis, Analyzer, Date, Lang, Options};
use serde::Serialize;

/// An analysis with the id of its input, as one JSON object.
#[derive(Serialize)]
pub struct Out<'a, T: Serialize> {
    pub id: &'a serde_json::Value,
    #[serde(flatten)]
    pub analysis: T,
}

/// One analysis as a JSON string (compact or pretty), with tokens or not.
pub fn to_json(id: &serde_json::Value, a: &Analysis<'_>, tokens: bool, pretty: bool) -> String {
    let r = match (tokens, pretty) {
        (true, true) => serde_json::to_string_pretty(&Out { id, analysis: a.with_tokens() }),
        (true, false) => serde_json::to_string(&Out { id, analysis: a.with_tokens() }),
        (false, true) => serde_json::to_string_pretty(&Out { id, analysis: a }),
        (false, false) => serde_json::to_string(&Out { id, analysis: a }),
    };
    // Serialising our own types into a string cannot fail.
    r.unwrap_or_default()
}

/// Reads a file as UTF-8, or says why not (with the byte offset of invalid UTF-8).
pub fn read_utf8(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let r = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    r.map_err(|e| format!("cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

/// [`read_utf8`], reporting a failure on stderr as `error: PATH: why`.
pub fn read_or_report(path: &str) -> Option<String> {
    read_utf8(path).map_err(|msg| eprintln!("error: {path}: {msg}")).ok()
}

/// Analyses one JSONL line `{"id", "text", "date"?}` into an output line, or says what is wrong.
pub fn jsonl_line(analyzer: &Analyzer, line: &[u8], options: &Options, tokens: bool) -> Result<String, String> {
    let line = std::str::from_utf8(line).map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let doc: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let text = doc.get("text").and_then(|t| t.as_str()).ok_or("no string field \"text\"")?;
    let id = doc.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let date: Option<Date> = match doc.get("date").and_then(|d| d.as_str()) {
        Some(d) => Some(d.parse().map_err(|_| format!("bad \"date\" {d:?}: expected YYYY-MM-DD"))?),
        None => options.pub_date,
    };
    let a = analyzer.analyze_with(text, &Options { pub_date: date, lang: options.lang });
    Ok(to_json(&id, &a, tokens, false))
}

/// Parses `--lang` codes.
pub fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| format!("unknown language code {code:?}"))
}
