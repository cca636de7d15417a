//! Where a run's reports go, for the `hecha` binary only: the output folder
//! (one file per article and format, each name used once, and the summary
//! files), the JSON Lines and SARIF logs, the baseline diff, and write
//! errors that tell a closed pipe apart.

use crate::cli::Format;
use crate::diff::Diff;
use crate::render::Rendered;
use crate::term::Term;
use anyhow::{Context, Result};
use hecha::report::baseline::Baseline;
use hecha::report::{self, Summary};
use std::io::{IoSlice, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Where the reports of a run go, document by document in input order:
/// the per-article files in the output folder (each name used once), the
/// JSON Lines sink, the SARIF log, the baseline diff, and the summary.
pub struct Outputs {
    out: PathBuf,
    /// Per-article files and the summary files are written (not only JSON
    /// Lines to standard output or `reports.jsonl`).
    files: bool,
    /// Rows are kept for summary.md, summary.json and index.html; a JSON
    /// Lines stream that writes nothing else keeps none, so memory stays flat.
    pub keep_rows: bool,
    formats: Vec<Format>,
    used_names: std::collections::HashSet<String>,
    /// The folders made for the articles' files so far.
    folders: std::collections::HashSet<PathBuf>,
    jsonl: Option<LineSink>,
    sarif: Option<(LineSink, bool)>,
    pub diff: Option<Diff>,
    summary: Summary,
}

impl Outputs {
    pub fn new(
        out: &Path,
        formats: &[Format],
        stdout_jsonl: bool,
        stream_only: bool,
    ) -> Result<Outputs> {
        let files = !stdout_jsonl;
        if files {
            std::fs::create_dir_all(out).with_context(|| out.display().to_string())?;
        }
        let jsonl = match (formats.contains(&Format::Jsonl), stdout_jsonl) {
            (false, _) => None,
            (true, true) => Some(LineSink::stdout()),
            (true, false) => Some(LineSink::create(&out.join("reports.jsonl"))?),
        };
        let sarif = if formats.contains(&Format::Sarif) && files {
            let mut s = LineSink::create(&out.join("hecha.sarif"))?;
            s.write(&report::sarif::open())?;
            Some((s, true))
        } else {
            None
        };
        Ok(Outputs {
            out: out.to_path_buf(),
            files,
            keep_rows: files && !stream_only,
            formats: formats.to_vec(),
            // report file names, each used once: two folders may both hold
            // x.txt, and an article may be called summary
            used_names: RESERVED.iter().map(|s| s.to_string()).collect(),
            folders: std::collections::HashSet::new(),
            jsonl,
            sarif,
            diff: None,
            summary: Summary::default(),
        })
    }

    /// Write one document's renderings.
    pub fn write(&mut self, mut d: Rendered, term: &Term) -> Result<()> {
        if let Some(e) = &d.row.error {
            term.error(format_args!("hecha: {e}"));
        }
        if self.files {
            let exts: Vec<&str> = d.files().iter().map(|&(_, ext)| ext).collect();
            let name = unique_name(safe_name(&d.row.id), &exts, &mut self.used_names);
            d.row.file = Some(name.clone());
            // a report that cannot be written (a full disk, a name the file
            // system refuses) is this document's error: the others go on
            if let Err(e) = self.write_files(&d, &name) {
                let e = format!("{}: the report could not be written: {e:#}", d.row.id);
                term.error(format_args!("hecha: {e}"));
                if d.row.error.is_none() {
                    d.row.error = Some(e);
                }
            }
        }
        if let (Some(w), Some(line)) = (self.jsonl.as_mut(), &d.jsonl) {
            w.line(line)?;
        }
        if let Some((w, first)) = self.sarif.as_mut() {
            for r in &d.sarif {
                w.write(if *first { "\n        " } else { ",\n        " })?;
                w.write(r)?;
                *first = false;
            }
        }
        if let Some(diff) = self.diff.as_mut() {
            term.suspend(|| diff.record(&d))?;
        }
        if self.keep_rows {
            self.summary.add_row(d.row);
        } else {
            self.summary.tally(&d.row);
        }
        Ok(())
    }

    /// Write the per-article files of `d` under report name `name`.
    fn write_files(&mut self, d: &Rendered, name: &str) -> Result<()> {
        let base = self.out.join(name);
        if d.files().iter().any(|(f, _)| f.is_some()) {
            // (each folder made once: made again, it costs a failing
            // mkdir and a stat for every article)
            if let Some(parent) = base.parent().filter(|p| !self.folders.contains(*p)) {
                std::fs::create_dir_all(parent).with_context(|| parent.display().to_string())?;
                self.folders.insert(parent.to_path_buf());
            }
        }
        for (text, ext) in d.files() {
            if let Some(text) = text {
                write_file(&with_ext(&base, ext), text)?;
            }
        }
        Ok(())
    }

    /// Close the logs, write the summary files, print the baseline's
    /// totals: the summary, and how many claims got worse.
    pub fn finish(self, baseline: Option<&Baseline>) -> Result<(Summary, Option<usize>)> {
        let Outputs {
            out,
            keep_rows,
            formats,
            jsonl,
            sarif,
            diff,
            summary,
            ..
        } = self;
        if let Some(w) = jsonl {
            w.finish()?;
        }
        if let Some((mut w, _)) = sarif {
            w.write(&report::sarif::close(&summary))?;
            w.finish()?;
        }
        if keep_rows {
            write_file(&out.join("summary.json"), &summary.to_json_pretty())?;
            write_file(&out.join("summary.md"), &summary.markdown())?;
            let link = [
                (Format::Html, "html"),
                (Format::Md, "md"),
                (Format::Json, "json"),
            ]
            .into_iter()
            .find(|(f, _)| formats.contains(f))
            .map(|(_, ext)| ext);
            write_file(
                &out.join("index.html"),
                &report::html::index(&summary, link),
            )?;
        }
        let worse = match (diff, baseline) {
            (Some(d), Some(b)) => Some(d.finish(b)?),
            _ => None,
        };
        Ok((summary, worse))
    }
}

/// Where JSON Lines go: a file, or standard output.
pub struct LineSink {
    name: PathBuf,
    w: Box<dyn Write>,
}

impl LineSink {
    pub fn stdout() -> LineSink {
        let out = std::io::stdout();
        // lines show as they come on a terminal; into a pipe or a file,
        // many documents' lines go in one write (standard output flushes
        // at every newline it is given, so the buffer is in front of it)
        let capacity = if out.is_terminal() { 8 << 10 } else { 1 << 20 };
        LineSink {
            name: PathBuf::from("standard output"),
            w: Box::new(std::io::BufWriter::with_capacity(capacity, out.lock())),
        }
    }

    pub fn stderr() -> LineSink {
        LineSink {
            name: PathBuf::from("standard error"),
            w: Box::new(std::io::stderr()),
        }
    }

    pub fn create(path: &Path) -> Result<LineSink> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
        }
        let file = std::fs::File::create(path).with_context(|| path.display().to_string())?;
        Ok(LineSink {
            name: path.to_path_buf(),
            // a document's line is often longer than the usual 8 KiB: in a
            // buffer of many lines, a batch's file is written in a few
            // hundred calls, not one or two per document
            w: Box::new(std::io::BufWriter::with_capacity(1 << 20, file)),
        })
    }

    pub fn write(&mut self, s: &str) -> Result<()> {
        self.w
            .write_all(s.as_bytes())
            .map_err(write_error(&self.name))
    }

    /// `line` and a newline, in one write: standard output is
    /// line-buffered, and looks for the last newline of each write from
    /// its end; a line written alone, without its newline, would be
    /// scanned whole (and a long one copied into a buffer first).
    pub fn line(&mut self, line: &str) -> Result<()> {
        let mut parts = [IoSlice::new(line.as_bytes()), IoSlice::new(b"\n")];
        let mut parts = &mut parts[..];
        while !parts.is_empty() {
            match self.w.write_vectored(parts) {
                Ok(0) => {
                    let e = std::io::Error::from(std::io::ErrorKind::WriteZero);
                    return Err(write_error(&self.name)(e));
                }
                Ok(n) => IoSlice::advance_slices(&mut parts, n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(write_error(&self.name)(e)),
            }
        }
        Ok(())
    }

    pub fn finish(mut self) -> Result<()> {
        self.w.flush().map_err(write_error(&self.name))
    }
}

/// A report file name for a document id: its path, without `..`, empty
/// parts or characters file systems refuse.
pub fn safe_name(id: &str) -> String {
    // an article named by an absolute path (/data/2025/x.txt) is reported
    // by its file name, not under a copy of the whole path
    let absolute = id.starts_with(['/', '\\'])
        || id
            .as_bytes()
            .get(1..3)
            .is_some_and(|b| b == b":\\" || b == b":/");
    let id = if absolute {
        id.rsplit(['/', '\\']).find(|p| !p.is_empty()).unwrap_or(id)
    } else {
        id
    };
    let cleaned: String = id
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' {
                '/'
            } else if c.is_control() || matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let parts: Vec<&str> = cleaned
        .split('/')
        .filter(|p| !p.is_empty() && *p != "." && *p != "..")
        .collect();
    if parts.is_empty() {
        "stdin".into()
    } else {
        parts.join("/")
    }
}

/// The names a run's own files take (`summary.json`, `reports.jsonl`,
/// `index.html`, `hecha.sarif`) and the file names themselves: no
/// article's report takes them.
const RESERVED: &[&str] = &[
    "summary",
    "reports",
    "index",
    "hecha",
    "summary.json",
    "summary.md",
    "reports.jsonl",
    "index.html",
    "hecha.sarif",
];

/// The longest file name most file systems take, in bytes.
const MAX_FILE_NAME: usize = 255;

/// `name`, or `name~2`, `name~3`… when any of its files (`name.` and each
/// of `exts`) is taken, by this name or by another's file of another
/// format (`foo.claimreview` + `.json` is `foo` + `.claimreview.json`).
/// Names are compared without case, for file systems that ignore it, and
/// each part of the path is cut to what a file system takes with the
/// longest extension and a `~N` after it.
fn unique_name(
    name: String,
    exts: &[&str],
    used: &mut std::collections::HashSet<String>,
) -> String {
    let longest = exts.iter().map(|e| e.len() + 1).max().unwrap_or(0);
    let name = fit_parts(&name, MAX_FILE_NAME - longest - "~99999".len());
    let files = |candidate: &str| -> Vec<String> {
        let lower = candidate.to_lowercase();
        std::iter::once(lower.clone())
            .chain(exts.iter().map(|e| format!("{lower}.{e}")))
            .collect()
    };
    let mut candidate = name.clone();
    let mut n = 1;
    while files(&candidate).iter().any(|f| used.contains(f)) {
        n += 1;
        candidate = format!("{name}~{n}");
    }
    used.extend(files(&candidate));
    candidate
}

/// `name` with each `/`-separated part cut to at most `max` bytes (at a
/// character's boundary).
fn fit_parts(name: &str, max: usize) -> String {
    name.split('/')
        .map(|part| {
            let mut end = part.len().min(max);
            while !part.is_char_boundary(end) {
                end -= 1;
            }
            &part[..end]
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A file's address for SARIF: relative to the folder hecha runs in
/// (`cwd`, when it could be read), `/`-separated and percent-encoded;
/// `file://` and absolute when it is outside that folder.
pub fn sarif_uri(path: &Path, cwd: Option<&Path>) -> String {
    let rel = if path.is_absolute() {
        cwd.and_then(|c| path.strip_prefix(c).ok())
            .map(Path::to_path_buf)
    } else {
        Some(path.to_path_buf())
    };
    let join = |p: &Path| {
        p.components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/")
    };
    match rel {
        Some(r) => report::html::href(&join(&r)),
        None => format!(
            "file://{}",
            report::html::href(&path.to_string_lossy().replace('\\', "/"))
        ),
    }
}

fn with_ext(base: &Path, ext: &str) -> PathBuf {
    let mut s = base.as_os_str().to_owned();
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}

pub fn write_file(p: &Path, s: &str) -> Result<()> {
    std::fs::write(p, s).with_context(|| p.display().to_string())
}

/// Standard output was closed by its reader (`hecha … | head`).
#[derive(Debug)]
struct OutputClosed;

impl std::fmt::Display for OutputClosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("standard output was closed before every report was written")
    }
}

impl std::error::Error for OutputClosed {}

/// An error writing to `what`; a closed pipe is told apart.
pub fn write_error(what: &Path) -> impl Fn(std::io::Error) -> anyhow::Error + '_ {
    move |e| {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            anyhow::Error::new(OutputClosed)
        } else {
            anyhow::Error::new(e).context(what.display().to_string())
        }
    }
}
