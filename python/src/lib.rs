// Python bindings: the `pressa._pressa` extension module, wrapped by `python/python/pressa/`.
//! `pressa._pressa`: pressa for Python. An analysis leaves as a JSON string, the very object the
//! `pressa` command writes (less its `"id"`), which the pure-Python package turns into a dict with
//! `json.loads`; tokens leave the same way, with character offsets. Every call releases the GIL;
//! a batch runs on worker threads while Python reads the analyses already done, in input order.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread;

use pressa::{CharIndex, Date, LangDetector, Options, Script, TokenKind, Tokenizer};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use serde::Serialize;

/// One pressa analyzer, shared by every Python thread and by every worker of a batch.
#[pyclass(frozen, module = "pressa._pressa")]
struct Analyzer {
    inner: Arc<pressa::Analyzer>,
}

#[pymethods]
impl Analyzer {
    /// Builds the analyzer. Every lexicon and model is embedded: nothing is read or fetched.
    #[new]
    fn new() -> Analyzer {
        Analyzer { inner: Arc::new(pressa::Analyzer::new()) }
    }

    /// The analysis of `text` as a JSON object; relative dates are resolved against `pub_date`
    /// (`YYYY-MM-DD`) when it is given.
    #[pyo3(signature = (text, pub_date=None))]
    fn analyze_json(&self, py: Python<'_>, text: String, pub_date: Option<String>) -> PyResult<String> {
        let options = options(pub_date.as_deref())?;
        py.detach(|| analysis_json(&self.inner, &text, &options)).map_err(PyRuntimeError::new_err)
    }

    /// The analyses of `texts` as JSON objects, yielded in input order while `threads` worker
    /// threads (default: every core the process may use) go on with the next ones: the caller
    /// turns one into a dict while the workers analyse the others.
    #[pyo3(signature = (texts, pub_date=None, threads=None))]
    fn iter_json(&self, texts: Vec<String>, pub_date: Option<String>, threads: Option<usize>) -> PyResult<JsonIter> {
        let options = options(pub_date.as_deref())?;
        let threads = threads.unwrap_or_else(default_threads);
        Ok(JsonIter::start(Arc::clone(&self.inner), texts, options, threads))
    }
}

/// The options of a document published on `pub_date` (`YYYY-MM-DD`), or a `ValueError`.
fn options(pub_date: Option<&str>) -> PyResult<Options> {
    let Some(s) = pub_date else { return Ok(Options::new()) };
    let date: Date = s.parse().map_err(|e| PyValueError::new_err(format!("pub_date {s:?}: {e}")))?;
    Ok(Options::new().pub_date(date))
}

/// One analysis as the command's JSON object (without its `"id"`), or why it failed (a panic
/// caught here, so that one bad document cannot take a worker, or Python, down).
fn analysis_json(analyzer: &pressa::Analyzer, text: &str, options: &Options) -> Result<String, String> {
    let run = || serde_json::to_string(&analyzer.analyze_with(text, options)).map_err(|e| e.to_string());
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run))
        .unwrap_or_else(|_| Err("pressa panicked on this text; please report it".to_string()))
}

/// Every core the process may use, or 1 when that cannot be told.
fn default_threads() -> usize {
    thread::available_parallelism().map_or(1, |n| n.get())
}

/// A batch in progress: worker threads take the next document from a shared counter (so long
/// and short documents balance out) and send its JSON here; the iterator hands them out in
/// input order, waiting with the GIL released. Dropping it stops the workers after their
/// current document.
#[pyclass(module = "pressa._pressa")]
struct JsonIter {
    results: Mutex<Receiver<(usize, Result<String, String>)>>,
    early: HashMap<usize, Result<String, String>>,
    next: usize,
    len: usize,
    stop: Arc<AtomicBool>,
}

impl JsonIter {
    fn start(analyzer: Arc<pressa::Analyzer>, texts: Vec<String>, options: Options, threads: usize) -> JsonIter {
        let (send, results) = mpsc::channel();
        let len = texts.len();
        let (texts, counter, stop) = (Arc::new(texts), Arc::new(AtomicUsize::new(0)), Arc::new(AtomicBool::new(false)));
        for _ in 0..threads.clamp(1, len.max(1)) {
            let (analyzer, texts, counter, stop, send) =
                (Arc::clone(&analyzer), Arc::clone(&texts), Arc::clone(&counter), Arc::clone(&stop), send.clone());
            thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let i = counter.fetch_add(1, Ordering::Relaxed);
                    let Some(text) = texts.get(i) else { return };
                    if send.send((i, analysis_json(&analyzer, text, &options))).is_err() {
                        return;
                    }
                }
            });
        }
        JsonIter { results: Mutex::new(results), early: HashMap::new(), next: 0, len, stop }
    }
}

#[pymethods]
impl JsonIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next document's JSON, in input order.
    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<String>> {
        if self.next == self.len {
            return Ok(None);
        }
        let want = self.next;
        let (results, early) = (&self.results, &mut self.early);
        let got = py.detach(|| {
            loop {
                if let Some(r) = early.remove(&want) {
                    return Some(r);
                }
                let received = results.lock().map_err(|_| ()).and_then(|r| r.recv().map_err(|_| ()));
                match received {
                    Ok((i, r)) if i == want => return Some(r),
                    Ok((i, r)) => {
                        early.insert(i, r);
                    }
                    Err(_) => return None,
                }
            }
        });
        self.next += 1;
        match got {
            Some(Ok(json)) => Ok(Some(json)),
            Some(Err(e)) => Err(PyRuntimeError::new_err(e)),
            None => Err(PyRuntimeError::new_err("pressa's worker threads ended early")),
        }
    }

    fn __len__(&self) -> usize {
        self.len - self.next
    }
}

impl Drop for JsonIter {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// A token as Python sees it: character (code point) offsets, end exclusive.
#[derive(Serialize)]
struct TokenOut<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    kind: TokenKind,
    script: Script,
}

/// The tokens of `text` as a JSON array of `{"text", "start", "end", "kind", "script"}` objects,
/// with character (code point) offsets, end exclusive.
#[pyfunction]
fn tokenize_json(py: Python<'_>, text: String) -> String {
    py.detach(|| {
        let idx = CharIndex::new(&text);
        let tokens: Vec<TokenOut<'_>> = Tokenizer::new()
            .tokens(&text)
            .map(|t| TokenOut {
                text: t.text,
                start: idx.char_offset(t.span.start),
                end: idx.char_offset(t.span.end),
                kind: t.kind,
                script: t.script,
            })
            .collect();
        serde_json::to_string(&tokens).expect("tokens serialise to JSON")
    })
}

/// The language of `text` as an ISO 639-1 code (`"ru"`, `"en"`, …), or `None` when it has too
/// few letters to tell.
#[pyfunction]
fn detect_language(py: Python<'_>, text: String) -> Option<&'static str> {
    static DETECTOR: OnceLock<LangDetector> = OnceLock::new();
    py.detach(|| DETECTOR.get_or_init(LangDetector::new).detect(&text).map(|lang| lang.code()))
}

/// pressa's Rust core. Use it through the `pressa` package, which turns its JSON into dicts.
#[pymodule]
fn _pressa(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Analyzer>()?;
    m.add_class::<JsonIter>()?;
    m.add_function(wrap_pyfunction!(tokenize_json, m)?)?;
    m.add_function(wrap_pyfunction!(detect_language, m)?)?;
    Ok(())
}
