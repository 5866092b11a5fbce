//! Reading inputs (files, directories, JSONL lines) and writing analyses.

use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use pressa::{Analysis, Date, Lang, Options};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// An analysis with the id of its input (and any warnings), as one JSON object.
#[derive(Serialize)]
pub struct Out<'a, T: Serialize> {
    pub id: &'a Value,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub warnings: &'a [String],
    #[serde(flatten)]
    pub analysis: T,
}

/// Writes one analysis as JSON (compact or pretty, with tokens or not) straight into `out`.
pub fn write_json(
    out: &mut dyn Write,
    id: &Value,
    warnings: &[String],
    a: &Analysis<'_>,
    tokens: bool,
    pretty: bool,
) -> std::io::Result<()> {
    let r = match (tokens, pretty) {
        (true, true) => serde_json::to_writer_pretty(&mut *out, &Out { id, warnings, analysis: a.with_tokens() }),
        (true, false) => serde_json::to_writer(&mut *out, &Out { id, warnings, analysis: a.with_tokens() }),
        (false, true) => serde_json::to_writer_pretty(&mut *out, &Out { id, warnings, analysis: a }),
        (false, false) => serde_json::to_writer(&mut *out, &Out { id, warnings, analysis: a }),
    };
    r.map_err(std::io::Error::from)
}

/// Reads a file (or stdin for `-`) as UTF-8, or says why not (with the byte offset of invalid
/// UTF-8).
pub fn read_utf8(path: &Path) -> Result<String, String> {
    let mut bytes = Vec::new();
    let r = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    r.map_err(|e| format!("cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

/// [`read_utf8`], reporting a failure on stderr as `error: PATH: why`.
pub fn read_or_report(path: &Path) -> Option<String> {
    read_utf8(path).map_err(|msg| eprintln!("error: {}: {msg}", path.display())).ok()
}

/// The files to analyse: files and `-` as given, directories walked for `*.txt` (sorted). The walk
/// follows no symbolic link to a directory (so it cannot loop) and skips, with a warning, what is
/// not a regular file (FIFOs, sockets, devices). Names that are not UTF-8 are shown lossily.
pub fn collect_inputs(inputs: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                eprintln!("error: {}: cannot read the directory: {e}", dir.display());
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            let Ok(link) = std::fs::symlink_metadata(&p) else { continue };
            if link.is_dir() {
                walk(&p, out);
                continue;
            }
            if p.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            match std::fs::metadata(&p) {
                Ok(m) if m.is_file() => out.push(p),
                Ok(m) if m.is_dir() => eprintln!("warning: {}: a link to a directory, not followed", p.display()),
                Ok(_) => eprintln!("warning: {}: not a regular file, skipped", p.display()),
                Err(e) => eprintln!("warning: {}: {e}, skipped", p.display()),
            }
        }
    }
    let mut out = Vec::new();
    for i in inputs {
        if i != Path::new("-") && i.is_dir() {
            walk(i, &mut out);
        } else {
            out.push(i.clone());
        }
    }
    out
}

/// One JSONL input line: `{"id"?, "text", "date"?}`, other keys ignored.
pub struct Line {
    pub id: Value,
    pub text: String,
    pub date: Option<Value>,
    has_id: bool,
}

impl<'de> Deserialize<'de> for Line {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Line, D::Error> {
        struct LineVisitor;
        impl<'de> Visitor<'de> for LineVisitor {
            type Value = Line;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object {\"id\", \"text\", \"date\"}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Line, A::Error> {
                let (mut id, mut text, mut date) = (None, None, None);
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    let dup = |k: &str| de::Error::custom(format!("duplicate key {k:?}"));
                    match &*key {
                        "id" if id.is_some() => return Err(dup("id")),
                        "id" => id = Some(map.next_value::<Value>()?),
                        "text" if text.is_some() => return Err(dup("text")),
                        "text" => text = Some(map.next_value::<Value>()?),
                        "date" if date.is_some() => return Err(dup("date")),
                        "date" => date = Some(map.next_value::<Value>()?),
                        _ => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                let text = match text {
                    Some(Value::String(t)) => t,
                    Some(_) => return Err(de::Error::custom("\"text\" is not a string")),
                    None => return Err(de::Error::custom("no \"text\"")),
                };
                Ok(Line { has_id: id.is_some(), id: id.unwrap_or(Value::Null), text, date })
            }
        }
        d.deserialize_map(LineVisitor)
    }
}

/// A line that cannot be analysed: where it is and why.
pub struct LineError {
    pub id: Value,
    pub message: String,
}

/// Reads a JSONL line (a UTF-8 BOM at its start is skipped) into its id, text, options and
/// warnings: a bad or non-string `"date"` is left out with a warning, and so is a missing id.
pub fn parse_line(line: &[u8], options: &Options) -> Result<(Line, Options, Vec<String>), LineError> {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let fail = |id: Value, message: String| LineError { id, message };
    let text = std::str::from_utf8(line)
        .map_err(|e| fail(Value::Null, format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
    if text.trim().is_empty() {
        return Err(fail(Value::Null, "empty line".into()));
    }
    let parsed: Line = serde_json::from_str(text).map_err(|e| {
        // The id, when the line is JSON with one, names the line in the error.
        let id = serde_json::from_str::<Value>(text).ok().and_then(|v| v.get("id").cloned()).unwrap_or(Value::Null);
        fail(id, format!("malformed line: {e}"))
    })?;
    let mut warnings = Vec::new();
    if !parsed.has_id {
        warnings.push("no \"id\": null given".to_string());
    }
    let pub_date: Option<Date> = match &parsed.date {
        None | Some(Value::Null) => options.pub_date,
        Some(Value::String(d)) => match d.parse() {
            Ok(d) => Some(d),
            Err(_) => {
                warnings.push(format!("bad \"date\" {d:?} (expected YYYY-MM-DD): analysed without it"));
                options.pub_date
            }
        },
        Some(other) => {
            warnings.push(format!("\"date\" is not a string ({other}): analysed without it"));
            options.pub_date
        }
    };
    let mut options = *options;
    options.pub_date = pub_date;
    Ok((parsed, options, warnings))
}

/// The output line of a line that could not be analysed.
pub fn error_line(id: &Value, line: usize, message: &str) -> String {
    serde_json::json!({ "id": id, "line": line, "error": message }).to_string()
}

/// Parses `--lang` codes.
pub fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| format!("unknown language code {code:?}"))
}
