//! Where output goes: stdout, or a file written atomically — a temporary file beside the target,
//! flushed and synced, then renamed over it only when the run produced its output completely.
//! The temporary file is removed on error and on SIGINT, SIGTERM or SIGHUP.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The temporary file being written, for the signal handler to remove.
static TEMPORARY: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Removes the temporary file (if any) and exits when the process is told to stop.
pub fn remove_temporary_on_signals() {
    let _ = ctrlc::set_handler(|| {
        if let Ok(mut t) = TEMPORARY.lock()
            && let Some(path) = t.take()
        {
            let _ = std::fs::remove_file(path);
        }
        std::process::exit(130);
    });
}

enum Target {
    Stdout(BufWriter<io::Stdout>),
    File { out: BufWriter<File>, tmp: PathBuf, target: PathBuf },
}

/// An output being written.
pub struct Sink {
    target: Target,
}

impl Sink {
    /// Stdout, or a temporary file for `path`. Fails at once (before any work) when `path` is a
    /// directory or its folder cannot be written.
    pub fn open(path: Option<&Path>) -> io::Result<Sink> {
        let Some(p) = path else {
            return Ok(Sink { target: Target::Stdout(BufWriter::new(io::stdout())) });
        };
        if p.is_dir() {
            return Err(io::Error::new(io::ErrorKind::IsADirectory, format!("{} is a directory", p.display())));
        }
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = p.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        if let Ok(mut t) = TEMPORARY.lock() {
            *t = Some(tmp.clone());
        }
        let file = File::create(&tmp).inspect_err(|_| forget_temporary())?;
        Ok(Sink { target: Target::File { out: BufWriter::new(file), tmp, target: p.to_path_buf() } })
    }

    /// The writer.
    pub fn out(&mut self) -> &mut dyn Write {
        match &mut self.target {
            Target::Stdout(w) => w,
            Target::File { out, .. } => out,
        }
    }

    /// Ends the output. `complete`: the run produced it completely, so a file is synced and
    /// renamed over its target; otherwise the temporary file is removed and the target is left
    /// as it was.
    pub fn finish(self, complete: bool) -> io::Result<()> {
        match self.target {
            Target::Stdout(mut w) => w.flush(),
            Target::File { out, tmp, target } => {
                let synced = out.into_inner().map_err(|e| e.into_error()).and_then(|f| f.sync_all());
                let r = match synced {
                    Ok(()) if complete => std::fs::rename(&tmp, &target),
                    Ok(()) => Ok(()),
                    Err(e) => Err(e),
                };
                if !complete || r.is_err() {
                    let _ = std::fs::remove_file(&tmp);
                }
                forget_temporary();
                r
            }
        }
    }

    /// Gives up: removes the temporary file.
    pub fn abandon(self) {
        let _ = self.finish(false);
    }
}

fn forget_temporary() {
    if let Ok(mut t) = TEMPORARY.lock() {
        *t = None;
    }
}

/// Did writing fail because the reader went away (`pressa … | head`)? Then the run ends
/// quietly.
pub fn is_closed_pipe(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}
