//! The command line's arguments (clap), for the `hecha` binary only.

use clap::{Parser, Subcommand, ValueEnum};
use hecha::check::Verdict;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "hecha",
    version,
    about = "核查: fact-check the numbers in Chinese-language news against a sourced claims database"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check articles against the claims database and write reports.
    Check(CheckArgs),
    /// Print the numeric mentions of each document, one JSON line per document.
    Extract(ExtractArgs),
    /// Work with the claims database.
    Claims {
        #[command(subcommand)]
        command: ClaimsCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum ClaimsCommand {
    /// Validate the claims database: columns, numbers, dates, units, ids, entities, sources.
    Lint {
        /// The claims folder.
        #[arg(default_value = "claims")]
        dir: PathBuf,
    },
}

/// A report format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One Markdown report per article.
    Md,
    /// One pretty JSON object per article.
    Json,
    /// One JSON object per line, in reports.jsonl (or standard output).
    Jsonl,
    /// One self-contained HTML page per article, every claim marked.
    Html,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputKind {
    /// Files and folders of articles (or `-` for one article on stdin).
    Text,
    /// JSON Lines records {"id", "text", "published"?, "url"?} from files or stdin.
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Contradicted,
    Misattributed,
    Unverified,
    Supported,
    None,
}

impl FailOn {
    /// The verdicts named by a `--fail-on` list.
    pub fn verdicts(list: &[FailOn]) -> Vec<Verdict> {
        list.iter()
            .filter_map(|f| match f {
                FailOn::Contradicted => Some(Verdict::Contradicted),
                FailOn::Misattributed => Some(Verdict::Misattributed),
                FailOn::Unverified => Some(Verdict::Unverified),
                FailOn::Supported => Some(Verdict::Supported),
                FailOn::None => None,
            })
            .collect()
    }
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Articles: files, folders (read recursively, sorted) or `-` for stdin. Default: corpus/
    pub paths: Vec<PathBuf>,
    /// The claims database folder.
    #[arg(long, default_value = "claims")]
    pub claims: PathBuf,
    /// Report formats, comma-separated [default: md,json,html; jsonl with --input jsonl].
    #[arg(long, value_delimiter = ',')]
    pub format: Vec<Format>,
    /// Where to write reports. Default: reports/ (for --input jsonl and
    /// --format jsonl without --out: standard output).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    pub jobs: Option<usize>,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value = "text")]
    pub input: InputKind,
    /// Verdicts that make the exit code 1, comma-separated.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "contradicted,misattributed"
    )]
    pub fail_on: Vec<FailOn>,
    /// Do not print the summary line.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(clap::Args, Debug)]
pub struct ExtractArgs {
    /// Articles: files, folders or `-` for stdin. Default: corpus/
    pub paths: Vec<PathBuf>,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value = "text")]
    pub input: InputKind,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    pub jobs: Option<usize>,
}
