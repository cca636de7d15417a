//! The diff against a baseline (`check --baseline OLD.jsonl`) as the run
//! goes, for the `hecha` binary only.

use crate::output::LineSink;
use crate::render::Rendered;
use anyhow::Result;
use hecha::report::baseline::Baseline;

/// The baseline diff as the run goes: prints each change, counts them,
/// remembers which documents were seen.
pub struct Diff {
    sink: LineSink,
    worse: usize,
    better: usize,
    new: usize,
    other: usize,
    seen: std::collections::HashSet<String>,
}

impl Diff {
    pub fn new(sink: LineSink) -> Diff {
        Diff {
            sink,
            worse: 0,
            better: 0,
            new: 0,
            other: 0,
            seen: Default::default(),
        }
    }

    pub fn record(&mut self, d: &Rendered) -> Result<()> {
        self.seen.insert(d.row.id.clone());
        if d.new_doc {
            let what = if d.failed_then {
                "could not be read in the baseline, checked now"
            } else {
                "new document"
            };
            self.sink.line(&format!(
                "{}  {what}: {} claims",
                d.row.id, d.row.counts.claims
            ))?;
        }
        for c in &d.changes {
            if c.worse() {
                self.worse += 1;
            } else if c.better() {
                self.better += 1;
            } else if c.old.is_none() {
                self.new += 1;
                // a new document's claims are listed only when worse
                if d.new_doc {
                    continue;
                }
            } else {
                self.other += 1;
            }
            self.sink.line(&c.to_string())?;
        }
        Ok(())
    }

    pub fn finish(mut self, baseline: &Baseline) -> Result<usize> {
        let gone: Vec<&str> = baseline.missing(&self.seen).collect();
        for id in &gone {
            self.sink
                .line(&format!("{id}  not in this run (was in the baseline)"))?;
        }
        self.sink.line(&format!(
            "baseline {}: {} claim(s) worse, {} better, {} new, {} changed otherwise; {} document(s) not in this run",
            baseline.path().display(),
            self.worse,
            self.better,
            self.new,
            self.other,
            gone.len()
        ))?;
        self.sink.finish()?;
        Ok(self.worse)
    }
}
