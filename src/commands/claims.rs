//! `hecha claims`: lint a claims database, or write out the one built
//! into hecha.

use crate::output::{write_error, write_file};
use crate::term::note;
use anyhow::{bail, Context, Result};
use hecha::db::{ClaimsDb, EMBEDDED};
use std::io::Write;
use std::path::{Path, PathBuf};

/// `hecha claims lint DIR`: print the database's problems, or its size
/// when it has none.
pub fn lint(dir: &Path) -> Result<u8> {
    let (db, problems) = ClaimsDb::load(dir)?;
    let mut out = std::io::stdout().lock();
    let closed = write_error(Path::new("standard output"));
    if problems.is_empty() {
        writeln!(
            out,
            "{}: ok — {} entities, {} metrics, {} facts",
            dir.display(),
            db.entities.len(),
            db.metrics.len(),
            db.facts.len()
        )
        .map_err(&closed)?;
        return Ok(0);
    }
    for p in &problems {
        writeln!(out, "{p}").map_err(&closed)?;
    }
    note(format_args!(
        "{} problem{} found",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    ));
    Ok(2)
}

/// `hecha claims export DIR`: write the built-in database out, refusing to
/// overwrite a file unless `--force`.
pub fn export(dir: &Path, force: bool) -> Result<u8> {
    let paths: Vec<PathBuf> = EMBEDDED.iter().map(|(name, _)| dir.join(name)).collect();
    if !force {
        if let Some(p) = paths.iter().find(|p| p.exists()) {
            bail!(
                "{}: already exists; nothing was written (--force overwrites)",
                p.display()
            );
        }
    }
    std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
    for ((_, text), p) in EMBEDDED.iter().zip(&paths) {
        write_file(p, text)?;
    }
    note(format_args!(
        "wrote the built-in claims database to {} (entities.csv, metrics.csv, facts.csv); check it with `hecha claims lint {}`",
        dir.display(),
        dir.display()
    ));
    Ok(0)
}
