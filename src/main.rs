//! The `hecha` command line: a thin layer over the library. Parses the
//! arguments ([`cli`]), runs the subcommand ([`commands`]), and sets the
//! exit code: 0 nothing contradicted, 1 some claim has a verdict named by
//! `--fail-on` (default: contradicted and misattributed), 2 usage or input
//! errors.
//!
//! `check` runs the pipeline over the inputs in parallel (rayon, in chunks
//! ([`inputs`]), so memory stays flat on large archives), renders each
//! document on its worker ([`render`]) and writes the reports in input
//! order ([`output`], with the baseline's [`diff`]).
//!
//! Every document runs behind the panic boundary ([`hecha::guard`]): reading,
//! checking and rendering one document can fail only that document, which
//! then gets its own error object in its place, and the batch goes on.
//! Errors that stop the run are `anyhow` errors, printed once as
//! `hecha: …`; the library keeps its own error type.

/// Reports are built from many small strings and vectors per claim; mimalloc
/// serves them about a fifth faster end to end than the system allocator
/// (see the README's Speed section).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;
mod commands;
mod diff;
mod inputs;
mod output;
mod render;
mod term;

use anyhow::{bail, Result};
use clap::Parser;
use cli::{ClaimsCommand, Cli, Command};
use std::process::ExitCode;
use term::note;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check(a) => with_threads(a.jobs, || commands::check::run(a)),
        Command::Extract(a) => with_threads(a.jobs, || commands::extract::run(a)),
        Command::Claims {
            command: ClaimsCommand::Lint { dir },
        } => commands::claims::lint(&dir),
        Command::Claims {
            command: ClaimsCommand::Export { dir, force },
        } => commands::claims::export(&dir, force),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            note(format_args!("hecha: {e:#}"));
            ExitCode::from(2)
        }
    }
}

/// The most worker threads `-j` asks for.
const MAX_JOBS: usize = 256;

/// Run `f` on a pool of `jobs` threads (`-j`), or on rayon's default pool.
fn with_threads(jobs: Option<usize>, f: impl FnOnce() -> Result<u8> + Send) -> Result<u8> {
    match jobs {
        Some(n) if !(1..=MAX_JOBS).contains(&n) => bail!("-j must be between 1 and {MAX_JOBS}"),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()?
            .install(f),
        None => f(),
    }
}
