//! The baseline diff for CI: compare a run with an earlier
//! `--format jsonl` run and say which claims changed verdict.
//!
//! A claim is known by its document's id and its span text; when the same
//! text occurs more than once in a document (`5亿美元` twice), the
//! occurrences are matched in text order: the second `5亿美元` of the new
//! run with the second of the baseline.
//!
//! Verdicts are ordered supported > unverified > contradicted =
//! misattributed. A claim got *worse* when its new verdict is lower, or
//! when it is new (not in the baseline) and contradicted or misattributed.

use super::Report;
use crate::check::Verdict;
use crate::error::{Error, ErrorKind, Location, Result};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// How good a verdict is: supported 2, unverified 1, contradicted and
/// misattributed 0.
pub fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Supported => 2,
        Verdict::Unverified => 1,
        Verdict::Contradicted | Verdict::Misattributed => 0,
    }
}

/// One earlier run, by document id: each claim's text and verdict in text
/// order, or `None` for a document that failed then.
#[derive(Debug, Default)]
pub struct Baseline {
    path: PathBuf,
    docs: BTreeMap<String, Option<Vec<(String, Verdict)>>>,
}

/// A claim whose verdict is not what it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Document id.
    pub id: String,
    /// The claim's text.
    pub text: String,
    /// Which occurrence of that text in the document (0 for the first).
    pub occurrence: usize,
    /// The claim's line in the new run (none for a claim that is gone).
    pub line: Option<usize>,
    /// Its verdict in the baseline (none for a new claim).
    pub old: Option<Verdict>,
    /// Its verdict now (none for a claim that is gone).
    pub new: Option<Verdict>,
}

impl Change {
    /// Whether the claim got worse: a lower verdict, or a new claim that
    /// is contradicted or misattributed.
    pub fn worse(&self) -> bool {
        match (self.old, self.new) {
            (Some(o), Some(n)) => rank(n) < rank(o),
            (None, Some(n)) => rank(n) == 0,
            _ => false,
        }
    }

    /// Whether the claim got better.
    pub fn better(&self) -> bool {
        matches!((self.old, self.new), (Some(o), Some(n)) if rank(n) > rank(o))
    }
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = |v: Option<Verdict>| v.map_or("—", |v| v.as_str());
        write!(f, "{}", self.id)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        write!(f, "  {}", self.text)?;
        if self.occurrence > 0 {
            write!(f, " (#{})", self.occurrence + 1)?;
        }
        match (self.old, self.new) {
            (None, _) => write!(f, "  new: {}", name(self.new))?,
            (_, None) => write!(f, "  gone (was {})", name(self.old))?,
            _ => write!(f, "  {} → {}", name(self.old), name(self.new))?,
        }
        if self.worse() {
            write!(f, "  WORSE")?;
        } else if self.better() {
            write!(f, "  better")?;
        }
        Ok(())
    }
}

impl Baseline {
    /// Read a `--format jsonl` file. Errors name the file, line and column.
    pub fn read(path: &Path) -> Result<Baseline> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::from(e).in_file(path))?;
        Baseline::parse(&text, path)
    }

    /// Parse the lines of a `--format jsonl` run read from `path`.
    pub fn parse(text: &str, path: &Path) -> Result<Baseline> {
        let mut docs = BTreeMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() {
                continue;
            }
            let at = |column: Option<u64>| Location {
                path: path.to_path_buf(),
                line: Some(i as u64 + 1),
                column,
            };
            let v: serde_json::Value = serde_json::from_str(line).map_err(|e| {
                Error::new(ErrorKind::Json(format!(
                    "invalid JSON: {}",
                    crate::load::without_position(&e.to_string())
                )))
                .at(at(Some(e.column() as u64)))
            })?;
            let bad = |msg: &str| Error::new(ErrorKind::Json(msg.into())).at(at(None));
            let id = match v.get("id") {
                Some(serde_json::Value::String(s)) => s.clone(),
                _ => return Err(bad("expected a report object with a string \"id\"")),
            };
            if v.get("error").is_some() {
                docs.insert(id, None);
                continue;
            }
            let Some(claims) = v.get("claims").and_then(|c| c.as_array()) else {
                return Err(bad(
                    "expected a \"claims\" array (is this a `hecha check --format jsonl` file?)",
                ));
            };
            let mut list = Vec::with_capacity(claims.len());
            for (k, c) in claims.iter().enumerate() {
                let text = c.get("text").and_then(|t| t.as_str());
                let verdict = c.get("verdict").and_then(|v| v.as_str()).and_then(|v| {
                    [
                        Verdict::Supported,
                        Verdict::Contradicted,
                        Verdict::Misattributed,
                        Verdict::Unverified,
                    ]
                    .into_iter()
                    .find(|x| x.as_str() == v)
                });
                match (text, verdict) {
                    (Some(t), Some(v)) => list.push((t.to_string(), v)),
                    _ => {
                        return Err(bad(&format!(
                            "claim {k} of \"{id}\" has no \"text\" or no known \"verdict\""
                        )))
                    }
                }
            }
            docs.insert(id, Some(list));
        }
        Ok(Baseline {
            path: path.to_path_buf(),
            docs,
        })
    }

    /// Whether the baseline has a document of this id (checked then, or
    /// failed).
    pub fn has(&self, id: &str) -> bool {
        self.docs.contains_key(id)
    }

    /// Whether the baseline has the claims of this document: it was
    /// checked then (not missing, not failed).
    pub fn checked(&self, id: &str) -> bool {
        matches!(self.docs.get(id), Some(Some(_)))
    }

    /// The file it was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The claims of `r` whose verdict changed since the baseline, in text
    /// order, then those that are gone. A document the baseline does not
    /// have, or that could not be read then, is all new (its contradicted
    /// claims are worse: fixing a file's encoding must not let its wrong
    /// figures through); one that fails now is not compared.
    pub fn compare(&self, r: &Report) -> Vec<Change> {
        if r.error.is_some() {
            return Vec::new();
        }
        let old: &[(String, Verdict)] = match self.docs.get(&r.id) {
            Some(Some(list)) => list,
            Some(None) | None => &[],
        };
        // the baseline's claims by (text, occurrence)
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut before: HashMap<(&str, usize), Verdict> = HashMap::new();
        for (t, v) in old {
            let n = seen.entry(t).or_default();
            before.insert((t, *n), *v);
            *n += 1;
        }
        let mut now: HashMap<&str, usize> = HashMap::new();
        let mut changes = Vec::new();
        for c in &r.claims {
            let n = now.entry(&c.text).or_default();
            let occurrence = *n;
            *n += 1;
            let was = before.remove(&(c.text.as_str(), occurrence));
            if was != Some(c.verdict) {
                changes.push(Change {
                    id: r.id.clone(),
                    text: c.text.clone(),
                    occurrence,
                    line: Some(c.line),
                    old: was,
                    new: Some(c.verdict),
                });
            }
        }
        // gone: in the baseline's order
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (t, v) in old {
            let n = seen.entry(t).or_default();
            let occurrence = *n;
            *n += 1;
            if before.contains_key(&(t.as_str(), occurrence)) {
                changes.push(Change {
                    id: r.id.clone(),
                    text: t.clone(),
                    occurrence,
                    line: None,
                    old: Some(*v),
                    new: None,
                });
            }
        }
        changes
    }

    /// The documents of the baseline that are not in `checked`, in id order.
    pub fn missing<'a>(
        &'a self,
        checked: &'a std::collections::HashSet<String>,
    ) -> impl Iterator<Item = &'a str> + 'a {
        self.docs
            .keys()
            .filter(move |id| !checked.contains(*id))
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(id: &str, claims: &[(&str, Verdict)]) -> Report {
        let line = serde_json::json!({
            "id": id,
            "claims": claims.iter().map(|(t, v)| serde_json::json!({"text": t, "verdict": v})).collect::<Vec<_>>(),
        });
        let mut r = Report::failed(id.into(), String::new());
        r.error = None;
        // build the claims through the baseline parser's own view
        let b = Baseline::parse(&line.to_string(), Path::new("x")).unwrap();
        for (t, v) in b.docs[id].as_ref().unwrap() {
            let mut c = crate::report::mention_claim_for_tests(t);
            c.verdict = *v;
            r.claims.push(c);
        }
        r
    }

    #[test]
    fn repeated_text_is_matched_by_occurrence() {
        use Verdict::*;
        let old = r#"{"id":"a","claims":[{"text":"5亿","verdict":"supported"},{"text":"5亿","verdict":"unverified"},{"text":"3%","verdict":"contradicted"}]}"#;
        let b = Baseline::parse(old, Path::new("old.jsonl")).unwrap();
        let r = report(
            "a",
            &[
                ("5亿", Supported),
                ("5亿", Contradicted),
                ("7%", Contradicted),
            ],
        );
        let ch = b.compare(&r);
        assert_eq!(ch.len(), 3, "{ch:?}");
        assert_eq!(
            (ch[0].occurrence, ch[0].old, ch[0].new),
            (1, Some(Unverified), Some(Contradicted))
        );
        assert!(ch[0].worse());
        assert_eq!((ch[1].text.as_str(), ch[1].old), ("7%", None));
        assert!(ch[1].worse(), "a new contradicted claim is worse");
        assert_eq!((ch[2].text.as_str(), ch[2].new), ("3%", None));
        assert!(!ch[2].worse());
    }

    #[test]
    fn a_document_that_failed_in_the_baseline_is_all_new() {
        let old = r#"{"id":"a","error":"a:1:1: invalid UTF-8 byte sequence 0xFF"}"#;
        let b = Baseline::parse(old, Path::new("old.jsonl")).unwrap();
        assert!(b.has("a") && !b.checked("a"));
        let ch = b.compare(&report(
            "a",
            &[("5亿", Verdict::Contradicted), ("3%", Verdict::Supported)],
        ));
        assert_eq!(ch.len(), 2, "{ch:?}");
        assert!(
            ch[0].worse(),
            "a contradicted claim of a document read only now is worse"
        );
        assert!(!ch[1].worse());
    }

    #[test]
    fn order_of_verdicts() {
        assert!(rank(Verdict::Supported) > rank(Verdict::Unverified));
        assert!(rank(Verdict::Unverified) > rank(Verdict::Contradicted));
        assert_eq!(rank(Verdict::Contradicted), rank(Verdict::Misattributed));
    }

    #[test]
    fn a_bad_line_is_named() {
        let e = Baseline::parse(
            "{\"id\":\"a\",\"claims\":[]}\n{oops\n",
            Path::new("old.jsonl"),
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "old.jsonl:2:2: invalid JSON: key must be a string"
        );
    }
}
