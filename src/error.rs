//! Errors. Every error about input data carries where it happened: the
//! file, and the line and column when they are known, displayed as
//! `claims/facts.csv:43:5: …` so editors and terminals can jump to it.

use std::fmt;
use std::path::PathBuf;

/// A place in an input file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The file (as given by the user, relative paths kept relative).
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<u64>,
    /// 1-based column (in characters), when known.
    pub column: Option<u64>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        Ok(())
    }
}

/// The kinds of error hecha reports.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading a file or stream failed.
    Io(std::io::Error),
    /// The bytes are not text in any encoding hecha reads.
    Decode(String),
    /// A CSV file of the claims database could not be parsed.
    Csv(String),
    /// A value in an input is invalid.
    Invalid(String),
    /// A JSON Lines input record is malformed.
    Json(String),
}

/// An error, with the place in the input it is about.
#[derive(Debug)]
pub struct Error {
    kind: Box<ErrorKind>,
    location: Option<Location>,
}

/// Result with hecha's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// A new error of this kind, with no location.
    pub fn new(kind: ErrorKind) -> Error {
        Error {
            kind: Box::new(kind),
            location: None,
        }
    }

    /// An invalid-value error with a message.
    pub fn invalid(msg: impl Into<String>) -> Error {
        Error::new(ErrorKind::Invalid(msg.into()))
    }

    /// Attach a location.
    pub fn at(mut self, location: Location) -> Error {
        self.location = Some(location);
        self
    }

    /// Attach a path: to a location that has none yet (a decoding error
    /// knows its line and column, not its file), or as the whole location.
    pub fn in_file(mut self, path: impl Into<PathBuf>) -> Error {
        match &mut self.location {
            Some(l) if l.path.as_os_str().is_empty() => l.path = path.into(),
            Some(_) => {}
            None => {
                self.location = Some(Location {
                    path: path.into(),
                    line: None,
                    column: None,
                })
            }
        }
        self
    }

    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Where it happened, if known.
    pub fn location(&self) -> Option<&Location> {
        self.location.as_ref()
    }

    /// The message without the location.
    pub fn message(&self) -> String {
        match &*self.kind {
            ErrorKind::Io(e) => e.to_string(),
            ErrorKind::Decode(m)
            | ErrorKind::Csv(m)
            | ErrorKind::Invalid(m)
            | ErrorKind::Json(m) => m.clone(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(l) => write!(f, "{l}: {}", self.message()),
            None => write!(f, "{}", self.message()),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::new(ErrorKind::Io(e))
    }
}
