//! Integration tests, one binary (ripgrep style). Each module says what it covers.

// Shared helpers: the pipeline over the shipped DB, insta settings, the binary.
mod common;
// Snapshots of every corpus article's JSON and Markdown report.
mod corpus;
// The command line: exit codes, stdin, JSON Lines, broken inputs, claims lint.
mod cli;
// Whole-pipeline fuzzing on spliced news, in-process and through the binary.
mod fuzz;
// The numeral grammar: table of forms, properties, fuzzing.
mod numerals;
// Verdicts on short articles, one rule per row.
mod verdicts;
// Findings: the article's own arithmetic, one rule per row.
mod findings;
// The report formats: HTML, index, ClaimReview, SARIF, baseline, built-in DB, -j.
mod reports;
// The seed column: the verdicts the project was started for.
mod seed;
