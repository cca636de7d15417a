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
    /// Write the claims database built into hecha (a copy of the shipped
    /// claims/) to DIR, as a starting point for a newsroom's own.
    Export {
        /// The folder to write entities.csv, metrics.csv and facts.csv into.
        dir: PathBuf,
        /// Overwrite files that are already there.
        #[arg(long)]
        force: bool,
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
    /// schema.org ClaimReview JSON-LD per compared claim, one file per article.
    Claimreview,
    /// One SARIF 2.1.0 log for the run, hecha.sarif, for code-review tools.
    Sarif,
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
    /// The claims database folder [default: ./claims, else the copy built
    /// into hecha].
    #[arg(long)]
    pub claims: Option<PathBuf>,
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
    /// Compare with an earlier `--format jsonl` run: print the claims whose
    /// verdict changed, exit 1 when any got worse.
    #[arg(long, value_name = "OLD.jsonl")]
    pub baseline: Option<PathBuf>,
    /// ClaimReview: the organisation publishing the reviews (author.name).
    #[arg(long)]
    pub author: Option<String>,
    /// ClaimReview: the address of the published review page; `{id}` is
    /// replaced by the article's id.
    #[arg(long)]
    pub url: Option<String>,
    /// ClaimReview: the day the reviews are published (datePublished),
    /// YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = review_date)]
    pub review_date: Option<String>,
    /// No progress bar, no summary, no notes (errors are still printed).
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

/// A `--review-date`: a real calendar day, written back as YYYY-MM-DD.
fn review_date(s: &str) -> Result<String, String> {
    hecha::date::Date::parse(s)
        .filter(|d| d.day.is_some())
        .map(|d| d.to_string())
        .ok_or_else(|| format!("not a day as YYYY-MM-DD: {s}"))
}
