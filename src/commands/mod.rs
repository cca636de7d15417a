//! The subcommands, one file each, for the `hecha` binary only: `check`,
//! `extract`, and `claims lint` and `claims export`.

pub mod check;
pub mod claims;
pub mod extract;
