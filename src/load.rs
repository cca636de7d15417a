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
use crate::error::{Error, ErrorKind, Result};
use regex::Regex;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

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
}

/// Expand the paths the user gave into inputs: files as they are, folders
/// recursively (sorted, hidden files skipped), `-` as stdin.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<Input>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| Error::from(e).in_file(p))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files).map_err(|e| e.in_file(p))?;
            files.sort();
            for f in files {
                let id = f
                    .strip_prefix(p)
                    .unwrap_or(&f)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push(Input::File { path: f, id });
            }
        } else {
            out.push(Input::File {
                path: p.clone(),
                id: p.to_string_lossy().replace('\\', "/"),
            });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let ft = entry.file_type()?;
        if ft.is_dir() {
            walk(&path, out)?;
        } else if ft.is_file() || ft.is_symlink() {
            out.push(path);
        }
    }
    Ok(())
}

/// Decode bytes to text; returns the text and the encoding's name.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str)> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let name = if enc == encoding_rs::UTF_8 {
            "UTF-8-BOM"
        } else {
            enc.name()
        };
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(Error::new(ErrorKind::Decode(format!(
                "invalid {} byte sequence",
                enc.name()
            ))));
        }
        return Ok((text.into_owned(), name));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        if s.contains('\0') {
            return Err(Error::new(ErrorKind::Decode(
                "binary data (NUL bytes), not an article".into(),
            )));
        }
        return Ok((s.to_string(), "UTF-8"));
    }
    if bytes.contains(&0) {
        return Err(Error::new(ErrorKind::Decode(
            "binary data (NUL bytes), not an article".into(),
        )));
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(None, chardetng::Utf8Detection::Deny);
    // Only the encodings Chinese news uses; anything else is most likely a
    // broken or binary file, which is better reported than decoded as mojibake.
    let name = match enc.name() {
        "GBK" | "gb18030" => "GBK",
        "Big5" => "Big5",
        other => {
            return Err(Error::new(ErrorKind::Decode(format!(
                "not valid UTF-8, and the bytes look like {other}, not a Chinese encoding (GB18030/GBK, Big5)"
            ))))
        }
    };
    let enc = if name == "GBK" {
        encoding_rs::GB18030
    } else {
        encoding_rs::BIG5
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        // report where the first bad byte is
        let valid = first_error_offset(enc, bytes);
        return Err(Error::new(ErrorKind::Decode(format!(
            "invalid {name} byte sequence at byte {valid}"
        ))));
    }
    Ok((text.into_owned(), name))
}

fn first_error_offset(enc: &'static encoding_rs::Encoding, bytes: &[u8]) -> usize {
    let mut dec = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 3);
    let (res, read) = dec.decode_to_string_without_replacement(bytes, &mut out, true);
    match res {
        encoding_rs::DecoderResult::Malformed(bad, _) => read.saturating_sub(bad as usize),
        _ => read,
    }
}

/// Read and decode one input into a document.
pub fn read_input(input: &Input) -> Result<Document> {
    let (bytes, id) = match input {
        Input::File { path, id } => (
            std::fs::read(path).map_err(|e| Error::from(e).in_file(path))?,
            id.clone(),
        ),
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)?;
            (buf, "-".to_string())
        }
    };
    let (text, encoding) = decode(&bytes).map_err(|e| match input {
        Input::File { path, .. } => e.in_file(path),
        Input::Stdin => e.in_file("-"),
    })?;
    Ok(document(id, text, encoding, None, None))
}

/// Build a document from decoded text; `published` (e.g. a JSON field)
/// wins over the date found in the text.
pub fn document(
    id: String,
    text: String,
    encoding: &'static str,
    published: Option<Date>,
    url: Option<String>,
) -> Document {
    let (published, published_from) = match published {
        Some(d) => (Some(d), Some("field")),
        None => match find_published(&text) {
            Some(d) => (Some(d), Some("text")),
            None => (None, None),
        },
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

static LABELLED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)(?:发表时间|發表時間|发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|出版日期|刊登日期|刊出日期|更新时间|更新時間|日期|时间|時間|Published|Date|date)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})",
    )
    .expect("valid regex")
});

static BARE_DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$")
        .expect("valid regex")
});

/// The publication date the text states: a labelled line (`发表时间:`,
/// `發佈時間：`, `日期:`…) anywhere in the first 40 lines, else a line that
/// is only a date among the first 10.
pub fn find_published(text: &str) -> Option<Date> {
    let head: String = text.lines().take(40).collect::<Vec<_>>().join("\n");
    let to_date = |c: regex::Captures| -> Option<Date> {
        Date::ymd(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
    };
    if let Some(d) = LABELLED_DATE.captures_iter(&head).find_map(to_date) {
        return Some(d);
    }
    text.lines()
        .take(10)
        .find_map(|l| BARE_DATE_LINE.captures(l).and_then(to_date))
}

#[cfg(test)]
mod tests {
    use super::*;

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
