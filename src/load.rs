//! Stage 1, *load*: turn files, folders, stdin or JSON Lines records into
//! [`Document`]s of decoded UTF-8 text.
//!
//! Chinese news arrives in many encodings: UTF-8 (with or without a BOM),
//! UTF-16 with a BOM, GB18030/GBK from mainland systems and Big5 from Hong
//! Kong and Taiwan. [`decode`] tries them in that order (BOM, strict UTF-8,
//! then `chardetng`'s guess) and the report says which one was used.
//!
//! The publication date, when the text states it (`发表时间: 2025-02-11`), is
//! the as-of date for checking: see [`find_published`].

use crate::date::Date;
use crate::error::{Error, ErrorKind, Location, Result};
use std::path::{Path, PathBuf};

/// A decoded article.
#[derive(Clone, Debug)]
pub struct Document {
    /// Stable identifier: the path relative to the folder given, the JSON
    /// `id`, or `-` for stdin.
    pub id: String,
    /// The decoded text (UTF-8, BOM removed, line endings kept).
    pub text: String,
    /// Name of the encoding the bytes were in (`UTF-8`, `GBK`, `Big5`…).
    pub encoding: &'static str,
    /// The as-of date: the `published` field when given, else the date the
    /// text states.
    pub published: Option<Date>,
    /// Where the as-of date came from: `field` or `text`.
    pub published_from: Option<&'static str>,
    /// Source address, when given in JSON Lines input.
    pub url: Option<String>,
}

/// One input: a file to read or a record already in memory.
#[derive(Clone, Debug)]
pub enum Input {
    /// A file on disk; `id` is how reports name it.
    File {
        /// Path to read.
        path: PathBuf,
        /// Report id.
        id: String,
    },
    /// Standard input, read as one article.
    Stdin,
    /// A path that could not be listed (a folder that cannot be read): it
    /// keeps its place in the batch and is reported as that input's error.
    Unreadable {
        /// Report id.
        id: String,
        /// What went wrong, with the path.
        error: String,
    },
}

impl Input {
    /// How reports name this input.
    pub fn id(&self) -> &str {
        match self {
            Input::File { id, .. } | Input::Unreadable { id, .. } => id,
            Input::Stdin => "-",
        }
    }
}

/// Expand the paths the user gave into inputs: files as they are, folders
/// recursively (sorted, hidden files skipped), `-` as stdin.
///
/// Nothing is dropped: a path that does not exist stays in the list as a
/// file, so reading it reports `missing.txt: No such file or directory` in
/// its place while everything else is checked; a folder that cannot be
/// listed becomes an [`Input::Unreadable`].
pub fn expand(paths: &[PathBuf]) -> Vec<Input> {
    expand_outside(paths, None)
}

/// [`expand`] without the files of folders that really lie in the folder
/// `skip` (a canonical path: a run's own reports, never to be read back as
/// articles, as `check corpus --out corpus/reports` would). Files named
/// are read wherever they lie.
///
/// A file's real path is its folder's (which the walk resolves once, to
/// walk each folder once) and its name, unless it is a link: only links,
/// and the paths given as files, are resolved one by one.
pub fn expand_outside(paths: &[PathBuf], skip: Option<&Path>) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let as_file = || Input::File {
            path: p.clone(),
            id: p.to_string_lossy().replace('\\', "/"),
        };
        // (a file named is read wherever it lies)
        if !std::fs::metadata(p).is_ok_and(|m| m.is_dir()) {
            out.push(as_file());
            continue;
        }
        let mut files = Vec::new();
        let mut seen = std::collections::HashSet::new();
        walk(p, skip, &mut files, &mut seen);
        files.sort_by(|a, b| a.0.cmp(&b.0));
        for (f, error) in files {
            let id = f
                .strip_prefix(p)
                .unwrap_or(&f)
                .to_string_lossy()
                .replace('\\', "/");
            out.push(match error {
                None => Input::File { path: f, id },
                Some(error) => Input::Unreadable { id, error },
            });
        }
    }
    out
}

/// Whether `path` resolves to a place in the folder `dir` (canonical).
fn really_in(path: &Path, dir: &Path) -> bool {
    std::fs::canonicalize(path).is_ok_and(|p| p.starts_with(dir))
}

/// Files under `dir`, each with the error that kept it from being listed,
/// but those really in `skip`. A folder reached again through a symlink (a
/// loop) is walked once; a FIFO, socket or device is listed with an error
/// rather than read (reading a FIFO would wait forever).
fn walk(
    dir: &Path,
    skip: Option<&Path>,
    out: &mut Vec<(PathBuf, Option<String>)>,
    seen: &mut std::collections::HashSet<PathBuf>,
) {
    let real = std::fs::canonicalize(dir).ok();
    if let Some(real) = &real {
        if !seen.insert(real.clone()) {
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push((dir.to_path_buf(), Some(format!("{}: {e}", dir.display()))));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                out.push((dir.to_path_buf(), Some(format!("{}: {e}", dir.display()))));
                continue;
            }
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        // the listing says what an entry is (without a look at each file);
        // a symlink is followed: a link to a folder is walked, a link to a
        // file read
        let listed = entry.file_type().ok().filter(|t| !t.is_symlink());
        let kind = match listed {
            Some(t) => Ok(t),
            None => std::fs::metadata(&path).map(|m| m.file_type()),
        };
        match kind {
            Ok(t) if t.is_dir() => walk(&path, skip, out, seen),
            Ok(t) if t.is_file() => {
                let skipped = skip.is_some_and(|s| match (&real, listed) {
                    // (a file that is not a link is where its folder is)
                    (Some(r), Some(_)) => r.join(entry.file_name()).starts_with(s),
                    _ => really_in(&path, s),
                });
                if !skipped {
                    out.push((path, None));
                }
            }
            Ok(_) => {
                let msg = format!(
                    "{}: not a regular file (a FIFO, socket or device), skipped",
                    path.display()
                );
                out.push((path, Some(msg)));
            }
            Err(e) => {
                let msg = format!("{}: {e}", path.display());
                out.push((path, Some(msg)));
            }
        }
    }
}

/// Decode bytes to text; returns the text and the encoding's name.
///
/// A file that is not text in any of these encodings is refused, and the
/// error names the line and column (in characters) of the first byte that
/// could not be read, so an editor can find it: the file's other text
/// would be checked without whatever the broken bytes said.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str)> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let name = if enc == encoding_rs::UTF_8 {
            "UTF-8-BOM"
        } else {
            enc.name()
        };
        let body = &bytes[bom_len..];
        let (text, had_errors) = enc.decode_without_bom_handling(body);
        if had_errors {
            let (at, bad) = first_error(enc, body);
            return Err(decode_error(
                enc,
                body,
                at,
                format!("invalid {} byte sequence {bad}", enc.name()),
            ));
        }
        return no_nul(text.into_owned(), name);
    }
    let invalid_at = match std::str::from_utf8(bytes) {
        Ok(s) => return no_nul(s.to_string(), "UTF-8"),
        Err(e) => e.valid_up_to(),
    };
    // a long stretch of well-formed UTF-8 (Chinese text) before the first
    // bad byte is a UTF-8 file with something else pasted in, not GBK
    let utf8_head = std::str::from_utf8(&bytes[..invalid_at])
        .map_or(0, |h| h.chars().filter(|c| !c.is_ascii()).count());
    if looks_like_utf8(bytes) || utf8_head >= 20 {
        let bad = hex(first_invalid_utf8(bytes));
        return Err(decode_error(
            encoding_rs::UTF_8,
            bytes,
            invalid_at,
            format!("invalid UTF-8 byte sequence {bad}"),
        ));
    }
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(decode_error(
            encoding_rs::UTF_8,
            bytes,
            nul.min(invalid_at),
            "binary data (NUL bytes), not an article".into(),
        ));
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(None, chardetng::Utf8Detection::Deny);
    // Only the encodings Chinese news uses; anything else is most likely a
    // broken or binary file, which is better reported than decoded as mojibake.
    let guess = match enc.name() {
        "GBK" | "gb18030" => Some((encoding_rs::GB18030, "GBK")),
        "Big5" => Some((encoding_rs::BIG5, "Big5")),
        // Japanese and Korean text is not mojibake to guess around
        "Shift_JIS" | "EUC-JP" | "EUC-KR" | "ISO-2022-JP" => None,
        // a short or damaged file can fool the detector: the Chinese
        // encoding that reads furthest, when it reads a good part of it
        // (GBK last, so it wins a tie: mainland text is the commoner)
        _ => [(encoding_rs::BIG5, "Big5"), (encoding_rs::GB18030, "GBK")]
            .into_iter()
            .map(|(e, n)| (first_error(e, bytes).0, e, n))
            .filter(|&(reach, e, _)| reach > invalid_at && han_before(e, bytes, reach) >= 4)
            .max_by_key(|&(reach, ..)| reach)
            .map(|(_, e, n)| (e, n)),
    };
    let (enc, name) = match guess {
        Some(g) => g,
        None => {
            let other = enc.name();
            let bad = hex(first_invalid_utf8(bytes));
            return Err(decode_error(
                encoding_rs::UTF_8,
                bytes,
                invalid_at,
                format!(
                    "not valid UTF-8 (bytes {bad}), and the bytes look like {other}, \
                     not a Chinese encoding (GB18030/GBK, Big5)"
                ),
            ));
        }
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        let (at, bad) = first_error(enc, bytes);
        return Err(decode_error(
            enc,
            bytes,
            at,
            format!("invalid {name} byte sequence {bad}"),
        ));
    }
    no_nul(text.into_owned(), name)
}

fn no_nul(text: String, name: &'static str) -> Result<(String, &'static str)> {
    match text.find('\0') {
        None => Ok((text, name)),
        Some(i) => {
            let (line, column) = line_column(&text[..i]);
            Err(Error::new(ErrorKind::Decode(
                "binary data (NUL bytes), not an article".into(),
            ))
            .at(Location {
                path: PathBuf::new(),
                line: Some(line),
                column: Some(column),
            }))
        }
    }
}

/// Mostly UTF-8 with a few broken bytes (rather than a legacy encoding):
/// more well-formed multi-byte characters than broken sequences.
fn looks_like_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good >= 4 * bad && good > 0
}

/// How many Han characters `enc` reads in `bytes[..reach]`.
fn han_before(enc: &'static encoding_rs::Encoding, bytes: &[u8], reach: usize) -> usize {
    let (text, _) = enc.decode_without_bom_handling(&bytes[..reach]);
    text.chars().filter(|&c| crate::segment::is_han(c)).count()
}

/// The bytes of the first malformed UTF-8 sequence.
fn first_invalid_utf8(bytes: &[u8]) -> &[u8] {
    bytes
        .utf8_chunks()
        .map(|c| c.invalid())
        .find(|b| !b.is_empty())
        .unwrap_or_default()
}

fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("0x{b:02X}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Byte offset of the first malformed sequence, and its bytes in hex.
fn first_error(enc: &'static encoding_rs::Encoding, bytes: &[u8]) -> (usize, String) {
    let mut dec = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 3 + 16);
    let (res, read) = dec.decode_to_string_without_replacement(bytes, &mut out, true);
    match res {
        encoding_rs::DecoderResult::Malformed(bad, extra) => {
            let start = read.saturating_sub(bad as usize + extra as usize);
            (
                start,
                hex(&bytes[start..read.saturating_sub(extra as usize)]),
            )
        }
        _ => (read, String::new()),
    }
}

/// A decoding error at byte `at`, with the line and column of that byte in
/// the text before it (the path is filled in by the caller).
fn decode_error(
    enc: &'static encoding_rs::Encoding,
    bytes: &[u8],
    at: usize,
    msg: String,
) -> Error {
    let (prefix, _) = enc.decode_without_bom_handling(&bytes[..at.min(bytes.len())]);
    let (line, column) = line_column(&prefix);
    Error::new(ErrorKind::Decode(msg)).at(Location {
        path: PathBuf::new(),
        line: Some(line),
        column: Some(column),
    })
}

/// The 1-based line and column (in characters) just after `prefix`; CR,
/// LF and CRLF each end a line.
pub fn line_column(prefix: &str) -> (u64, u64) {
    let mut line = 1u64;
    let mut column = 1u64;
    let mut chars = prefix.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => {
                line += 1;
                column = 1;
            }
            _ => column += 1,
        }
    }
    (line, column)
}

/// The largest document hecha reads, in bytes (64 MiB: some thousand times
/// a long article). A larger one is refused with an error, so that one
/// runaway input (a log, a dump, `/dev/zero`) cannot take the memory the
/// rest of the batch needs.
pub const MAX_DOCUMENT: u64 = 64 << 20;

fn too_large(name: &Path) -> Error {
    Error::new(ErrorKind::Invalid(format!(
        "larger than {} MiB, not an article (split it, or check it is text)",
        MAX_DOCUMENT >> 20
    )))
    .in_file(name)
}

/// Read at most [`MAX_DOCUMENT`] bytes, or fail. `expected`: how long the
/// input says it is (a file's length; 0 when not known): the buffer is made
/// that long and a byte more at once, so that a file is read in one call
/// and the one that finds its end, not in a dozen that grow the buffer.
fn read_capped(r: impl std::io::Read, name: &Path, expected: u64) -> Result<Vec<u8>> {
    use std::io::Read;
    let fail = |e: std::io::Error| Error::from(e).in_file(name);
    let mut r = r.take(MAX_DOCUMENT + 1);
    let mut buf = Vec::new();
    let mut ended = false;
    if expected > 0 {
        buf.resize(expected.min(MAX_DOCUMENT) as usize + 1, 0);
        let mut n = 0;
        while n < buf.len() {
            match r.read(&mut buf[n..]) {
                Ok(0) => {
                    ended = true;
                    break;
                }
                Ok(k) => n += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(fail(e)),
            }
        }
        buf.truncate(n);
    }
    // a file longer than it said, or of unknown length: the rest, the
    // buffer growing as it comes
    if !ended {
        r.read_to_end(&mut buf).map_err(fail)?;
    }
    if buf.len() as u64 > MAX_DOCUMENT {
        return Err(too_large(name));
    }
    Ok(buf)
}

/// Read and decode one input into a document. Errors name the input (and
/// the line and column of a byte that cannot be decoded).
pub fn read_input(input: &Input) -> Result<Document> {
    let (bytes, name) = match input {
        Input::File { path, .. } => {
            let file = std::fs::File::open(path).map_err(|e| Error::from(e).in_file(path))?;
            let expected = file.metadata().map_or(0, |m| m.len());
            (read_capped(file, path, expected)?, path.clone())
        }
        Input::Stdin => (
            read_capped(std::io::stdin(), Path::new("-"), 0)?,
            PathBuf::from("-"),
        ),
        Input::Unreadable { error, .. } => {
            return Err(Error::new(ErrorKind::Invalid(error.clone())))
        }
    };
    let (text, encoding) = decode(&bytes).map_err(|e| e.in_file(name))?;
    Ok(document(input.id().to_string(), text, encoding, None, None))
}

/// Parse one JSON Lines record (`{"id", "text", "published"?, "url"?}`),
/// line `lineno` of `source`. A record that cannot be used gives its id
/// (the record's own when it has one, else `source:lineno`) and the error,
/// which names the line and, for malformed JSON, the column.
pub fn record(
    line: &str,
    lineno: u64,
    source: &str,
) -> std::result::Result<Document, (String, Error)> {
    if let Some(f) = fast_record(line) {
        if let Some(doc) = f.document(|| format!("{source}:{lineno}")) {
            return Ok(doc);
        }
    }
    record_tree(line, lineno, source)
}

/// [`record`] read through a `serde_json` tree: every record that
/// [`fast_record`] leaves, and every error.
fn record_tree(
    line: &str,
    lineno: u64,
    source: &str,
) -> std::result::Result<Document, (String, Error)> {
    use serde_json::Value;
    let fallback_id = format!("{source}:{lineno}");
    let at = |column: Option<u64>| Location {
        path: PathBuf::from(source),
        line: Some(lineno),
        column,
    };
    let fail = |id: &str, column: Option<u64>, msg: String| {
        (
            id.to_string(),
            Error::new(ErrorKind::Json(msg)).at(at(column)),
        )
    };
    let v: Value = serde_json::from_str(line).map_err(|e| {
        fail(
            &fallback_id,
            Some(e.column() as u64),
            // (serde's own position counts the record as line 1: the
            // error's place is the file's line and this column)
            format!("invalid JSON: {}", without_position(&e.to_string())),
        )
    })?;
    let Value::Object(mut obj) = v else {
        return Err(fail(&fallback_id, None, "expected a JSON object".into()));
    };
    // the id and the text are moved out of the parsed record, not copied
    let id = match obj.remove("id") {
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        _ => fallback_id,
    };
    let Some(Value::String(text)) = obj.remove("text") else {
        return Err(fail(&id, None, "missing string field \"text\"".into()));
    };
    // as in a file: NUL characters are binary data, not an article
    if text.contains('\0') {
        return Err(fail(
            &id,
            None,
            "\"text\" holds NUL characters: binary data, not an article".into(),
        ));
    }
    let published = match obj.get("published") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match published_field(s) {
            Some(d) => Some(d),
            None => {
                return Err(fail(
                    &id,
                    None,
                    format!(
                        "cannot parse \"published\": {:?} ({})",
                        s.chars().take(40).collect::<String>(),
                        if s.get(..10).and_then(Date::parse).is_some() {
                            "a date between 1900 and 2200 is expected"
                        } else {
                            "expected YYYY-MM-DD"
                        }
                    ),
                ))
            }
        },
        Some(other) => {
            return Err(fail(
                &id,
                None,
                format!("\"published\" must be a string, not {other}"),
            ))
        }
    };
    let url = obj.get("url").and_then(|u| u.as_str()).map(str::to_string);
    Ok(document(id, text, "UTF-8", published, url))
}

/// The fields of a record read by [`fast_record`].
struct FastRecord {
    id: Option<String>,
    text: String,
    published: Option<String>,
    url: Option<String>,
}

impl FastRecord {
    /// The document, as [`record`] makes it; `None` when the record is
    /// not usable (its error is then [`record`]'s to give).
    fn document(self, lineno_id: impl FnOnce() -> String) -> Option<Document> {
        let published = match &self.published {
            None => None,
            Some(s) => Some(published_field(s)?),
        };
        let id = self.id.unwrap_or_else(lineno_id);
        Some(document(id, self.text, "UTF-8", published, self.url))
    }
}

/// A record read without building a JSON tree: the object's keys each
/// once, every value a string or `null`, no key with an escape, no string
/// with a surrogate escape or a NUL character (`\u0000`, which is binary
/// data, not an article). Anything else — including every record that
/// is not well-formed JSON — gives `None`, and [`record`] reads the line
/// with `serde_json`, which says what is wrong in the same words as ever.
///
/// The long `text` string is copied in runs: the next quote or backslash
/// is found with `memchr2`, and the run before it is copied whole.
fn fast_record(line: &str) -> Option<FastRecord> {
    let b = line.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_ws(b, i + 1);
    let mut id = None;
    let mut text = None;
    let mut published = None;
    let mut url = None;
    let mut other: Option<Option<String>>;
    if b.get(i) == Some(&b'}') {
        return None;
    }
    loop {
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let key_start = i + 1;
        let key_end = key_start + memchr::memchr2(b'"', b'\\', &b[key_start..])?;
        if b[key_end] != b'"' {
            return None;
        }
        let key = &b[key_start..key_end];
        if has_control(key) {
            return None;
        }
        i = skip_ws(b, key_end + 1);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = skip_ws(b, i + 1);
        let slot = match key {
            b"id" => &mut id,
            b"text" => &mut text,
            b"published" => &mut published,
            b"url" => &mut url,
            _ => {
                other = None;
                &mut other
            }
        };
        // a key given twice: the last one counts, as serde_json reads it
        if slot.is_some() {
            return None;
        }
        let value = match b.get(i)? {
            b'"' => {
                // a string is at most as long as the rest of the line
                let cap = if key == b"text" { b.len() - i } else { 0 };
                let mut out = String::with_capacity(cap);
                i = string(line, i + 1, &mut out)?;
                Some(out)
            }
            b'n' if b[i..].starts_with(b"null") => {
                i += 4;
                None
            }
            _ => return None,
        };
        // `null` is no value, but still the key's one place
        *slot = Some(value);
        i = skip_ws(b, i);
        match b.get(i)? {
            b',' => i = skip_ws(b, i + 1),
            b'}' => break,
            _ => return None,
        }
    }
    if skip_ws(b, i + 1) != b.len() {
        return None;
    }
    Some(FastRecord {
        // an `id` of `null` is no id (a number goes to serde_json)
        id: id.flatten(),
        text: text??,
        published: published.flatten(),
        url: url.flatten(),
    })
}

/// The first byte at or after `i` that is not JSON white space.
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = b.get(i) {
        i += 1;
    }
    i
}

/// Whether `b` holds a control character (not allowed raw in a JSON string).
fn has_control(b: &[u8]) -> bool {
    // no early exit: the whole run is tested at once, several bytes a step
    b.iter().fold(false, |any, &c| any | (c < 0x20))
}

/// Read the JSON string whose contents start at byte `i` of `line` into
/// `out`; the byte after its closing quote, or `None` when it holds
/// anything [`fast_record`] leaves to serde_json.
fn string(line: &str, mut i: usize, out: &mut String) -> Option<usize> {
    let b = line.as_bytes();
    loop {
        let end = i + memchr::memchr2(b'"', b'\\', &b[i..])?;
        if has_control(&b[i..end]) {
            return None;
        }
        // `i` and `end` are at ASCII bytes or just after them: boundaries
        out.push_str(&line[i..end]);
        if b[end] == b'"' {
            return Some(end + 1);
        }
        let c = match *b.get(end + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hex = b.get(end + 2..end + 6)?;
                let mut n = 0u32;
                for &h in hex {
                    n = n * 16 + char::from(h).to_digit(16)?;
                }
                i = end + 6;
                // surrogates (a pair, or a lone one) are serde_json's to
                // read, and a NUL is [`record`]'s error to give
                out.push(char::from_u32(n).filter(|&c| c != '\0')?);
                continue;
            }
            _ => return None,
        };
        out.push(c);
        i = end + 2;
    }
}

/// One line of a JSON Lines stream: its bytes (without the newline), or
/// `Err(len)` when it is longer than [`MAX_DOCUMENT`] (its bytes are
/// skipped, not kept). `None` at the end of the stream.
pub fn read_line_capped(
    r: &mut impl std::io::BufRead,
) -> std::io::Result<Option<std::result::Result<Vec<u8>, u64>>> {
    read_line_ending(r, b'\n')
}

/// [`read_line_capped`] for lines that end with `end`.
fn read_line_ending(
    r: &mut impl std::io::BufRead,
    end: u8,
) -> std::io::Result<Option<std::result::Result<Vec<u8>, u64>>> {
    Ok(read_line_to(r, &[end])?.map(|(line, _)| line))
}

/// The first index in `buf` of any byte of `ends` (one or two bytes).
fn find_end(ends: &[u8], buf: &[u8]) -> Option<usize> {
    match *ends {
        [a] => memchr::memchr(a, buf),
        [a, b] => memchr::memchr2(a, b, buf),
        _ => unreachable!("one or two line-end bytes"),
    }
}

/// One line that ends at the first of the bytes `ends`: its bytes
/// (without that byte), or `Err(len)` when it is longer than
/// [`MAX_DOCUMENT`] (its bytes are skipped, not kept); and the byte that
/// ended it (`None` for a last line with no end). `None` at the end of
/// the stream.
#[allow(clippy::type_complexity)]
fn read_line_to(
    r: &mut impl std::io::BufRead,
    ends: &[u8],
) -> std::io::Result<Option<(std::result::Result<Vec<u8>, u64>, Option<u8>)>> {
    // the end is found in each buffer the reader fills with `memchr`
    // (as `read_until` would, with a faster search); the cap stops a
    // runaway line one byte past the limit, and the rest of it is skipped
    let cap = MAX_DOCUMENT as usize + 1;
    let mut line = Vec::new();
    let mut ended = None;
    loop {
        let buf = match r.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let buf = &buf[..buf.len().min(cap - line.len())];
        if buf.is_empty() {
            break;
        }
        let used = match find_end(ends, buf) {
            Some(i) => {
                ended = Some(buf[i]);
                i + 1
            }
            None => buf.len(),
        };
        line.extend_from_slice(&buf[..used]);
        r.consume(used);
        if ended.is_some() {
            break;
        }
    }
    if line.is_empty() {
        return Ok(None);
    }
    if ended.is_some() {
        line.pop();
        return Ok(Some((Ok(line), ended)));
    }
    if line.len() as u64 <= MAX_DOCUMENT {
        // the last line, with no newline after it
        return Ok(Some((Ok(line), None)));
    }
    let (len, ended) = skip_line(r, ends)?;
    Ok(Some((Err(line.len() as u64 + len), ended)))
}

/// The first line of a JSON Lines input, and the byte that ends its lines:
/// LF, or CR in a file written with old-Mac line ends. The line is read up
/// to its first CR or LF, however long it is: a CR not followed by LF
/// after one whole object (`{…}`) ends it and every line after it; a CR
/// inside a record (JSON allows it as a space) does not follow a closing
/// brace at the end of a line, and the line goes on to its LF.
#[allow(clippy::type_complexity)]
fn read_first_line(
    r: &mut impl std::io::BufRead,
) -> std::io::Result<(Option<std::result::Result<Vec<u8>, u64>>, u8)> {
    let Some((line, ended)) = read_line_to(r, b"\r\n")? else {
        return Ok((None, b'\n'));
    };
    if ended != Some(b'\r') {
        return Ok((Some(line), b'\n'));
    }
    let next = loop {
        match r.fill_buf() {
            Ok(buf) => break buf.first().copied(),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    };
    let whole_object = line.as_ref().is_ok_and(|b| {
        let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b).trim_ascii();
        b.starts_with(b"{") && b.ends_with(b"}")
    });
    if next == Some(b'\n') {
        // CRLF
        r.consume(1);
        return Ok((Some(line), b'\n'));
    }
    if next.is_some() && whole_object {
        return Ok((Some(line), b'\r'));
    }
    if next.is_none() {
        return Ok((Some(line), b'\n'));
    }
    // a CR inside the record: the line goes on to its LF
    let rest = read_line_to(r, b"\n")?;
    let line = match (line, rest) {
        (Ok(mut a), Some((Ok(b), _))) => {
            a.push(b'\r');
            a.extend_from_slice(&b);
            if a.len() as u64 > MAX_DOCUMENT {
                Err(a.len() as u64)
            } else {
                Ok(a)
            }
        }
        (Ok(a), None) => Ok(a),
        (a, b) => Err(len_of(&a) + 1 + b.map_or(0, |(b, _)| len_of(&b))),
    };
    Ok((Some(line), b'\n'))
}

/// The length of a line read, kept or skipped.
fn len_of(line: &std::result::Result<Vec<u8>, u64>) -> u64 {
    match line {
        Ok(b) => b.len() as u64,
        Err(len) => *len,
    }
}

/// Skip the rest of a line, up to the first of the bytes `ends`,
/// inclusive: how many bytes it held before that, and the byte that ended
/// it (`None` at the end of the stream).
fn skip_line(r: &mut impl std::io::BufRead, ends: &[u8]) -> std::io::Result<(u64, Option<u8>)> {
    let mut len = 0u64;
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok((len, None));
        }
        let (skipped, ended) = match find_end(ends, buf) {
            Some(i) => (i, Some(buf[i])),
            None => (buf.len(), None),
        };
        len += skipped as u64;
        r.consume(skipped + usize::from(ended.is_some()));
        if ended.is_some() {
            return Ok((len, ended));
        }
    }
}

/// One line of a JSON Lines input, read but not yet parsed: its bytes, or
/// `Err(len)` for a line longer than [`MAX_DOCUMENT`].
#[derive(Debug)]
pub struct RawRecord {
    /// 1-based line number in its source.
    pub lineno: u64,
    /// The line without its newline (nor a CR before it, nor a byte-order
    /// mark on the first line).
    pub bytes: std::result::Result<Vec<u8>, u64>,
}

impl RawRecord {
    /// Parse the line as a record of `source`: `None` for a blank line, else
    /// the document or, when it cannot be used, its id (the record's own
    /// when it has one, else `source:lineno`) and an error naming the line
    /// and, when known, the column.
    pub fn parse(&self, source: &str) -> Option<std::result::Result<Document, (String, Error)>> {
        let lineno = self.lineno;
        let at = |column| Location {
            path: PathBuf::from(source),
            line: Some(lineno),
            column,
        };
        let raw = match &self.bytes {
            Ok(raw) => raw,
            Err(len) => {
                let msg = format!(
                    "a record of {} MiB, larger than {} MiB",
                    len >> 20,
                    MAX_DOCUMENT >> 20
                );
                return Some(Err((
                    format!("{source}:{lineno}"),
                    Error::invalid(msg).at(at(None)),
                )));
            }
        };
        if raw.iter().all(|b| b.is_ascii_whitespace()) {
            return None;
        }
        // the fast check first; the standard one says where a bad byte is
        let line = simdutf8::basic::from_utf8(raw).map_err(|_| std::str::from_utf8(raw));
        Some(match line {
            Ok(line) => record(line, lineno, source),
            Err(e) => {
                let e = e.expect_err("the same bytes are not UTF-8");
                let (_, col) = line_column(&String::from_utf8_lossy(&raw[..e.valid_up_to()]));
                Err((
                    format!("{source}:{lineno}"),
                    Error::new(ErrorKind::Decode("invalid UTF-8".into())).at(at(Some(col))),
                ))
            }
        })
    }
}

/// A JSON Lines input (a file or standard input) read in chunks of lines,
/// so that a stream of any length is parsed and checked in parallel with
/// flat memory: see [`Records::chunk`].
pub struct Records {
    reader: Box<dyn std::io::BufRead>,
    source: String,
    lineno: u64,
    ended: bool,
    /// The byte that ends a line: LF, or CR in a file written with old-Mac
    /// line ends (decided by the first line, see [`read_first_line`]).
    end: Option<u8>,
}

impl Records {
    /// Open `path` (`-` is standard input). The error names the path.
    pub fn open(path: &Path) -> Result<Records> {
        // a record is often longer than the usual 8 KiB buffer: a bigger
        // one reads a batch in a few hundred calls, not one or two per line
        const BUFFER: usize = 256 << 10;
        if path.as_os_str() == "-" {
            return Ok(Records::new(
                Box::new(std::io::BufReader::with_capacity(BUFFER, std::io::stdin())),
                "-".into(),
            ));
        }
        let file = std::fs::File::open(path).map_err(|e| Error::from(e).in_file(path))?;
        Ok(Records::new(
            Box::new(std::io::BufReader::with_capacity(BUFFER, file)),
            path.display().to_string(),
        ))
    }

    /// Records read from `reader`; errors name them `source:line`.
    pub fn new(reader: Box<dyn std::io::BufRead>, source: String) -> Records {
        Records {
            reader,
            source,
            lineno: 0,
            ended: false,
            end: None,
        }
    }

    /// How errors name this input.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The next `n` lines at most (none at the end). When the stream
    /// breaks off (a read error), the lines before it come first, then the
    /// error, naming the line it broke at, and the input ends.
    pub fn chunk(&mut self, n: usize) -> (Vec<RawRecord>, Option<Error>) {
        let mut out = Vec::with_capacity(n.min(1024));
        while !self.ended && out.len() < n {
            let read = match self.end {
                Some(end) => read_line_ending(&mut self.reader, end).map(|line| (line, end)),
                None => read_first_line(&mut self.reader).inspect(|&(_, end)| {
                    self.end = Some(end);
                }),
            };
            let end = self.end.unwrap_or(b'\n');
            match read.map(|(line, _)| line) {
                Ok(Some(bytes)) => {
                    self.lineno += 1;
                    let first = self.lineno == 1;
                    let bytes = bytes.map(|b| trim_record(b, first, end));
                    out.push(RawRecord {
                        lineno: self.lineno,
                        bytes,
                    });
                }
                Ok(None) => self.ended = true,
                Err(e) => {
                    self.ended = true;
                    let at = Location {
                        path: PathBuf::from(&self.source),
                        line: Some(self.lineno + 1),
                        column: None,
                    };
                    return (out, Some(Error::from(e).at(at)));
                }
            }
        }
        (out, None)
    }
}

/// A record's line without the CR of a CRLF ending (or, in a CR-ended
/// input, the LF of a stray CRLF) nor, on the first line, a byte-order
/// mark; trimmed in place, without a copy.
fn trim_record(mut b: Vec<u8>, first: bool, end: u8) -> Vec<u8> {
    if end == b'\r' {
        if b.first() == Some(&b'\n') {
            b.remove(0);
        }
    } else if b.last() == Some(&b'\r') {
        b.pop();
    }
    if first && b.starts_with(b"\xEF\xBB\xBF") {
        b.drain(..3);
    }
    b
}

/// A `published` field: `YYYY-MM-DD`, optionally followed by a time
/// (`T09:30:00Z`, ` 09:30`), with a plausible year.
/// A parser's message without the position it appends (`… at line 1
/// column 33`).
pub(crate) fn without_position(msg: &str) -> &str {
    match msg.rfind(" at line ") {
        Some(at) if msg[at..].contains(" column ") => &msg[..at],
        _ => msg,
    }
}

fn published_field(s: &str) -> Option<Date> {
    let s = s.trim();
    let (day, rest) = (s.get(..10)?, &s[10..]);
    if !(rest.is_empty() || rest.starts_with(['T', ' '])) {
        return None;
    }
    Date::parse(day).filter(|d| (1900..=2200).contains(&d.year))
}

/// Build a document from decoded text; `published` (e.g. a JSON field)
/// wins over the date found in the text.
///
/// Old-Mac line endings (a CR alone) become LF, so CR, LF and CRLF files
/// give the same sentences, claims and line numbers. The replacement keeps
/// every byte offset (CR and LF are one byte each).
pub fn document(
    id: String,
    text: String,
    encoding: &'static str,
    published: Option<Date>,
    url: Option<String>,
) -> Document {
    let text = kangxi_to_unified(lone_cr_to_lf(text));
    use crate::published::{self, Source};
    let found = published
        .map(|d| (d, Source::Field))
        .or_else(|| published::in_text(&text).map(|d| (d, Source::Text)))
        .or_else(|| {
            url.as_deref()
                .and_then(published::in_url)
                .map(|d| (d, Source::Url))
        })
        .or_else(|| published::in_file_name(&id).map(|d| (d, Source::FileName)));
    let (published, published_from) = match found {
        Some((d, from)) => (Some(d), Some(from.as_str())),
        None => (None, None),
    };
    Document {
        id,
        text,
        encoding,
        published,
        published_from,
        url,
    }
}

/// The unified ideographs of the Kangxi radicals U+2F00–U+2FD5, in order
/// (their compatibility forms: `⽉` is `月`).
const KANGXI: &str = concat!(
    "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十",
    "卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工",
    "己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日",
    "曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉",
    "瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸",
    "缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行",
    "衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長",
    "門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯",
    "鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠",
);

/// Kangxi radicals (U+2F00–U+2FD5) and the two CJK radical supplements
/// with a compatibility form (U+2E9F, U+2EF3) as the ideographs they look
/// like: text pasted from PDFs writes `10⽉17⽇` for `10月17日`. Each is
/// three bytes in UTF-8, as its ideograph is, so every offset, line and
/// column of the text stays where it was.
fn kangxi_to_unified(text: String) -> String {
    // (every such character starts with the bytes E2 BA to E2 BF; most
    // texts' E2 bytes start quotation marks and dashes, E2 80)
    let b = text.as_bytes();
    let may_hold = memchr::memchr_iter(0xE2, b).any(|i| matches!(b.get(i + 1), Some(0xBA..=0xBF)));
    if !may_hold {
        return text;
    }
    text.chars()
        .map(|c| match c {
            '\u{2F00}'..='\u{2FD5}' => KANGXI.chars().nth(c as usize - 0x2F00).unwrap_or(c),
            '\u{2E9F}' => '母',
            '\u{2EF3}' => '龟',
            _ => c,
        })
        .collect()
}

fn lone_cr_to_lf(text: String) -> String {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    // an ASCII byte replaced by an ASCII byte: still UTF-8
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The publication date the text states: see [`crate::published`].
pub fn find_published(text: &str) -> Option<Date> {
    crate::published::in_text(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kangxi_radicals_read_as_their_ideographs_in_place() {
        let pdf = "管制于2023年10⽉17⽇公布，⼀共⼗⼆条。";
        let text = kangxi_to_unified(pdf.to_string());
        assert_eq!(text, "管制于2023年10月17日公布，一共十二条。");
        assert_eq!(text.len(), pdf.len());
        // every radical maps to one ideograph of its own width
        for (k, c) in KANGXI.chars().enumerate() {
            let radical = char::from_u32(0x2F00 + k as u32).unwrap();
            assert_eq!(radical.len_utf8(), c.len_utf8(), "{radical}");
            assert_ne!(radical, c);
        }
        assert_eq!(KANGXI.chars().count(), 0x2FD6 - 0x2F00);
    }

    #[test]
    fn decodes_the_encodings_of_chinese_news() {
        let s = "深度求索推出DeepSeek-V3，訓練成本為557.6萬美元。";
        let (t, e) = decode(s.as_bytes()).unwrap();
        assert_eq!((t.as_str(), e), (s, "UTF-8"));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(s.as_bytes());
        assert_eq!(decode(&bom).unwrap(), (s.to_string(), "UTF-8-BOM"));
        let (big5, _, _) = encoding_rs::BIG5.encode(s);
        assert_eq!(decode(&big5).unwrap(), (s.to_string(), "Big5"));
        let simp =
            "深度求索推出新模型，训练成本为557.6万美元，约合4350万港元，引发美国科技股暴跌。";
        let (gbk, _, _) = encoding_rs::GBK.encode(simp);
        assert_eq!(decode(&gbk).unwrap(), (simp.to_string(), "GBK"));
        let mut utf16 = vec![0xFF, 0xFE];
        for u in s.encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&utf16).unwrap(), (s.to_string(), "UTF-16LE"));
        assert!(decode(&[0x00, 0x01, 0x02, 0xff]).is_err());
    }

    /// Every line of `bytes` as [`read_line_capped`] reads it through a
    /// buffer of `capacity` bytes.
    fn lines(bytes: &[u8], capacity: usize) -> Vec<std::result::Result<Vec<u8>, u64>> {
        let mut r = std::io::BufReader::with_capacity(capacity, bytes);
        std::iter::from_fn(|| read_line_capped(&mut r).unwrap()).collect()
    }

    #[test]
    fn reads_lines_whatever_the_buffer() {
        for capacity in [1, 2, 3, 7, 8192] {
            assert_eq!(
                lines(b"", capacity),
                Vec::<std::result::Result<Vec<u8>, u64>>::new()
            );
            assert_eq!(lines(b"\n", capacity), [Ok(vec![])]);
            assert_eq!(
                lines(b"ab\n\ncd\r\nef", capacity),
                [
                    Ok(b"ab".to_vec()),
                    Ok(vec![]),
                    Ok(b"cd\r".to_vec()),
                    Ok(b"ef".to_vec())
                ]
            );
        }
    }

    #[test]
    fn a_line_over_the_cap_is_skipped_and_measured() {
        let max = MAX_DOCUMENT as usize;
        let mut bytes = vec![b'x'; max];
        bytes.extend_from_slice(b"\n");
        bytes.extend(std::iter::repeat_n(b'y', max + 5));
        bytes.extend_from_slice(b"\nlast\n");
        bytes.extend(std::iter::repeat_n(b'z', max + 1));
        let got = lines(&bytes, 8192);
        assert_eq!(got.len(), 4);
        assert_eq!(got[0].as_ref().map(Vec::len), Ok(max));
        assert_eq!(got[1], Err(MAX_DOCUMENT + 5));
        assert_eq!(got[2], Ok(b"last".to_vec()));
        assert_eq!(got[3], Err(MAX_DOCUMENT + 1));
    }

    #[test]
    fn a_record_line_loses_its_cr_and_the_first_its_bom() {
        let input = b"\xEF\xBB\xBF{\"a\"}\r\n\xEF\xBB\xBF{}\n\r\n";
        let mut r = Records::new(Box::new(&input[..]), "s".into());
        let (got, err) = r.chunk(10);
        assert!(err.is_none());
        let bytes: Vec<_> = got.iter().map(|r| r.bytes.clone().unwrap()).collect();
        assert_eq!(
            bytes,
            [b"{\"a\"}".to_vec(), b"\xEF\xBB\xBF{}".to_vec(), vec![]]
        );
    }

    #[test]
    fn old_mac_line_ends_split_records_and_a_cr_inside_one_does_not() {
        let records = |input: &'static [u8]| {
            let mut r = Records::new(Box::new(input), "s".into());
            let (got, err) = r.chunk(10);
            assert!(err.is_none());
            got.iter()
                .map(|r| (r.lineno, r.bytes.clone().unwrap()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            records(b"\xEF\xBB\xBF{\"a\"}\r{\"b\"}\r\n{\"c\"}"),
            [
                (1, b"{\"a\"}".to_vec()),
                (2, b"{\"b\"}".to_vec()),
                (3, b"{\"c\"}".to_vec())
            ]
        );
        // JSON allows a CR between tokens: an LF-ended file keeps its lines
        assert_eq!(
            records(b"{\"a\":\r1}\n{\"b\"}\r\n"),
            [(1, b"{\"a\":\r1}".to_vec()), (2, b"{\"b\"}".to_vec())]
        );
        // the first line decides, however small the reader's buffer
        let ends = |input: &[u8]| {
            [1, 2, 3, 8192].map(|capacity| {
                let mut r = std::io::BufReader::with_capacity(capacity, input);
                read_first_line(&mut r).unwrap().1
            })
        };
        assert_eq!(ends(b"{\"a\"}\r\n{}\r"), [b'\n'; 4]);
        assert_eq!(ends(b"{\"a\",\r\"b\":1}\r"), [b'\n'; 4]);
        assert_eq!(ends(b" {\"a\"} \r{}"), [b'\r'; 4]);
        assert_eq!(ends(b"{\"a\"}\r"), [b'\n'; 4]);
        assert_eq!(ends(b"{\"a\"}\n{}\r{}"), [b'\n'; 4]);
    }

    #[test]
    fn old_mac_line_ends_are_read_after_a_first_record_of_any_length() {
        // the lengths of the records read from `input` through an 8 KiB buffer
        let lengths = |input: String| -> (Vec<usize>, bool) {
            let input: &'static [u8] = Box::leak(input.into_bytes().into_boxed_slice());
            let mut r = Records::new(
                Box::new(std::io::BufReader::with_capacity(8192, input)),
                "s".into(),
            );
            let (got, err) = r.chunk(10);
            let lens = got
                .iter()
                .map(|r| r.bytes.as_ref().unwrap().len())
                .collect();
            (lens, err.is_none())
        };
        let long = "x".repeat(300_000);
        let (lens, ok) = lengths(format!(
            "{{\"id\":\"a\",\"text\":\"{long}\"}}\r{{\"id\":\"b\"}}\r"
        ));
        assert!(ok);
        assert_eq!(lens, [long.len() + 20, 10]);
        // a CR inside a first record longer than the buffer keeps the line whole
        let (lens, _) = lengths(format!("{{\"id\":\r\"a\",\"text\":\"{long}\"}}\n{{}}\n"));
        assert_eq!(lens, [long.len() + 21, 2]);
    }

    #[test]
    fn the_fast_record_reads_what_the_tree_reads() {
        let lines = [
            r#"{"id":"a","text":"正文\n第二段\t\"引\"\\ \/ \b\f\r\u4e2d\u00e9 end"}"#,
            r#" { "text" : "x" , "id" : "b" , "url" : "https://e.org/a" } "#,
            r#"{"id":null,"text":"x","published":null,"url":null}"#,
            r#"{"id":"c","text":"x","published":"2025-02-11"}"#,
            r#"{"id":"c","text":"x","published":"2025-02-11T09:30:00Z","other":"y"}"#,
            r#"{"id":"c","text":"x","published":"yesterday"}"#,
            r#"{"id":"c","text":"x","published":3}"#,
            r#"{"id":7,"text":"x"}"#,
            r#"{"id":"d","text":"a\u0000b"}"#,
            r#"{"id":"d","text":"a\ud83d\ude00b"}"#,
            r#"{"id":"d","text":"a\ud83db"}"#,
            r#"{"id":"d","text":"x","text":"y"}"#,
            r#"{"id":"d","te\u0078t":"x"}"#,
            r#"{"id":"d","text":"x"} x"#,
            r#"{"id":"d","text":"x",}"#,
            r#"{"id":"d","text":"x""#,
            r#"{"id":"d","text":"a\qb"}"#,
            r#"{"id":"d","text":"a\u12"}"#,
            r#"{"id":"d","text":"a\u12G4"}"#,
            "{\"id\":\"d\",\"text\":\"a\tb\"}",
            r#"{"id":"d","text":null}"#,
            r#"{"id":"d","text":"x","n":nul}"#,
            r#"{"id":"d"}"#,
            r#"{}"#,
            r#"[]"#,
            r#""text""#,
            r#"{"id":"e","text":"a\rb\r\nc"}"#,
            r#"{"id":"e","text":"a\u000db"}"#,
        ];
        for line in lines {
            let tree = record_tree(line, 3, "s");
            let got = record(line, 3, "s");
            match (&got, &tree) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(
                        (&a.id, &a.text, a.published, a.published_from, &a.url),
                        (&b.id, &b.text, b.published, b.published_from, &b.url),
                        "{line}"
                    );
                }
                (Err((a, e)), Err((b, f))) => {
                    assert_eq!((a, e.to_string()), (b, f.to_string()), "{line}");
                }
                _ => panic!("{line}: {:?} {:?}", got.is_ok(), tree.is_ok()),
            }
            if fast_record(line).is_some_and(|f| f.document(String::new).is_some()) {
                assert!(tree.is_ok(), "{line}");
            }
        }
        // the fast path takes the common records
        assert!(fast_record(lines[0]).is_some());
        assert!(fast_record(lines[1]).is_some());
        assert!(fast_record(lines[2]).is_some());
        assert!(fast_record(lines[4]).is_some());
    }

    #[test]
    fn finds_the_publication_date() {
        assert_eq!(
            find_published("标题\n发表时间: 2025-02-11 11:19:47\n正文")
                .unwrap()
                .to_string(),
            "2025-02-11"
        );
        assert_eq!(
            find_published("標題\n發佈時間：2025年2月5日\n")
                .unwrap()
                .to_string(),
            "2025-02-05"
        );
        assert_eq!(
            find_published("标题\n2025/01/28 09:30\n正文")
                .unwrap()
                .to_string(),
            "2025-01-28"
        );
        assert_eq!(find_published("正文里提到2024年12月26日发布"), None);
    }
}
