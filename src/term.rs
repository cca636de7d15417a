//! Terminal manners, for the `hecha` binary only: a progress bar on stderr
//! (only when stderr is a terminal and not `--quiet`), colour only on a
//! terminal and never under `NO_COLOR`, notes that do not tear the bar,
//! and the one-screen summary at the end of a batch.

use hecha::check::Verdict;
use hecha::report::Summary;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::Path;

/// How hecha talks on stderr during a run.
pub struct Term {
    bar: Option<ProgressBar>,
    color: bool,
    /// `--quiet`: no bar, no summary, no notes; errors still.
    pub quiet: bool,
}

impl Term {
    /// For a run with `--quiet` or not.
    pub fn new(quiet: bool) -> Term {
        let tty = std::io::stderr().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        Term {
            bar: None,
            color: tty && !no_color,
            quiet,
        }
    }

    /// Start a progress bar over `total` articles (`None`: a stream of
    /// unknown length), when stderr is a terminal.
    pub fn start(&mut self, total: Option<usize>) {
        if self.quiet || !std::io::stderr().is_terminal() {
            return;
        }
        let (bar, template) = match total {
            Some(n) => (
                ProgressBar::with_draw_target(Some(n as u64), ProgressDrawTarget::stderr()),
                "{bar:30} {pos}/{len} articles · {msg} · {per_sec} · ETA {eta}",
            ),
            None => (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                "{spinner} {pos} records · {msg} · {per_sec}",
            ),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("█▉▊▋▌▍▎▏ "));
        }
        bar.set_message("0 claims");
        self.bar = Some(bar);
    }

    /// The bar, for workers to advance (a cheap clone).
    pub fn bar(&self) -> Option<ProgressBar> {
        self.bar.clone()
    }

    /// Say how many claims have been checked so far.
    pub fn claims(&self, n: usize) {
        if let Some(b) = &self.bar {
            b.set_message(format!("{n} claims"));
        }
    }

    /// A line on stderr above the bar; never panics (stderr may be closed).
    pub fn error(&self, msg: impl std::fmt::Display) {
        let line = format!("{msg}");
        match &self.bar {
            Some(b) => b.suspend(|| write_line(&line)),
            None => write_line(&line),
        }
    }

    /// Run `f` (which writes to the terminal) with the bar out of the way.
    pub fn suspend<T>(&self, f: impl FnOnce() -> T) -> T {
        match &self.bar {
            Some(b) => b.suspend(f),
            None => f(),
        }
    }

    /// A note, unless `--quiet`.
    pub fn note(&self, msg: impl std::fmt::Display) {
        if !self.quiet {
            self.error(msg);
        }
    }

    /// Clear the bar.
    pub fn finish(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// The one-screen summary of a batch: the totals line, findings, the
    /// worst articles, the failed ones, and where the reports are.
    pub fn summary(&self, s: &Summary, out: Option<&Path>, wrote_index: bool) {
        if self.quiet {
            return;
        }
        let mut lines = vec![s.line()];
        let c = &s.counts;
        let mut marks = Vec::new();
        for (v, code) in [
            (Verdict::Supported, "32"),
            (Verdict::Contradicted, "1;31"),
            (Verdict::Misattributed, "35"),
            (Verdict::Unverified, "2"),
        ] {
            let sym = hecha::report::html::verdict_zh(v);
            let mark = match v {
                Verdict::Supported => "✓",
                Verdict::Contradicted => "✗",
                Verdict::Misattributed => "⇄",
                Verdict::Unverified => "?",
            };
            marks.push(self.paint(code, &format!("{mark} {sym} {}", c.of(v))));
        }
        let mut verdicts = format!("  {}", marks.join(" · "));
        if c.findings > 0 {
            verdicts.push_str(&format!(
                " · 文内核算 {}（{} 项不成立）",
                c.findings, c.findings_failed
            ));
        }
        lines.push(verdicts);
        let worst: Vec<String> = s
            .worst_first()
            .into_iter()
            .filter(|r| {
                r.counts.contradicted + r.counts.misattributed + r.counts.findings_failed > 0
            })
            .take(5)
            .map(|r| {
                format!(
                    "    {}  ✗ {} · ⇄ {} · 核算不成立 {}",
                    r.id, r.counts.contradicted, r.counts.misattributed, r.counts.findings_failed
                )
            })
            .collect();
        if !worst.is_empty() {
            lines.push(self.paint("1", "  check first:"));
            lines.extend(worst);
        }
        let failed: Vec<&hecha::report::SummaryRow> = s
            .per_document
            .iter()
            .filter(|r| r.error.is_some())
            .collect();
        if !failed.is_empty() {
            lines.push(self.paint("1;31", &format!("  failed: {}", failed.len())));
            for r in failed.iter().take(5) {
                lines.push(format!("    {}", r.error.as_deref().unwrap_or("")));
            }
            if failed.len() > 5 {
                lines.push(format!("    … and {} more", failed.len() - 5));
            }
        }
        if let Some(out) = out {
            if wrote_index {
                lines.push(format!(
                    "reports written to {} — open {}",
                    out.display(),
                    out.join("index.html").display()
                ));
            } else {
                lines.push(format!("reports written to {}", out.display()));
            }
        }
        for l in lines {
            self.error(l);
        }
    }
}

fn write_line(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// A line on stderr that never panics (stderr may be closed too).
pub fn note(msg: impl std::fmt::Display) {
    let _ = writeln!(std::io::stderr(), "{msg}");
}
