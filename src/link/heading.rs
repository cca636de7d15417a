//! Section headings (`一、定价差异`, `1.2 训练方法`, `## 成本`): a new
//! section starts a new topic, so a name is not carried past a heading to
//! the figures under it. The heading's own names still count (`1.2
//! DeepSeek-R1的策略` is about R1).

use super::Doc;
use crate::segment::Sentence;
use regex::Regex;
use std::sync::LazyLock;

/// The longest a heading runs, in characters.
const HEADING_MAX_CHARS: usize = 40;

/// Characters a heading never ends with: a sentence's or a clause's end
/// (a line ending in `：` introduces a list; it is not a heading).
const NOT_HEADING_END: &str = "。！？!?；;：:，,、…";

/// A section number at the head of a line: `一、`, `（二）`, `(3)`, `1、`,
/// `1.2 `, `第三章`, or Markdown's `#`.
static SECTION_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:#{1,6}\s|第[一二三四五六七八九十百\d]+[章节節部篇]|[（(]?[一二三四五六七八九十]+[、.．)）]|[（(]\d{1,2}[)）]|\d{1,2}(?:\.\d{1,2})*(?:[、．]|\.?\s))",
    )
    .expect("the pattern builds")
});

/// Whether sentence `s` is a section heading: a whole line, short, with no
/// sentence end, that starts with a section number.
fn is_heading(doc: &Doc, s: &Sentence) -> bool {
    // quick answers first (this is asked for the sentences before every
    // figure): a heading starts its line, and a sentence of more than
    // HEADING_MAX_CHARS characters makes the line too long
    let starts_line = doc.text[..s.start]
        .chars()
        .rev()
        .find(|c| !c.is_whitespace() || *c == '\n')
        .is_none_or(|c| c == '\n');
    if !starts_line
        || !may_start_section(&doc.text[s.start..])
        || s.furniture
        || too_long(doc.text[s.start..s.end].trim())
    {
        return false;
    }
    let line_start = doc.text[..s.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = doc.text[s.end..]
        .find('\n')
        .map_or(doc.text.len(), |i| s.end + i);
    let line = doc.text[line_start..line_end].trim();
    if line.is_empty() || s.furniture || doc.text[line_start..s.start].trim() != "" {
        return false;
    }
    !too_long(line)
        && !line
            .chars()
            .next_back()
            .is_some_and(|c| NOT_HEADING_END.contains(c))
        && SECTION_MARK.is_match(line)
}

/// Whether sentence `s` is a news sub-heading: a short line of its own,
/// with no sentence end, under the headline (the first line is the
/// headline, whose names are its own), set apart from the paragraphs
/// around it by blank lines, or, in a text whose paragraphs are single
/// lines, between a line that ends a sentence and one that is a paragraph
/// (a row of a table is not: the line after it is another row).
fn is_subhead(doc: &Doc, s: &Sentence) -> bool {
    const BLANKS: [char; 4] = [' ', '\t', '\r', '\u{3000}'];
    let text = doc.text;
    let line = text[s.start..s.end].trim();
    let before = text[..s.start].trim_end_matches(BLANKS);
    let after = text[s.end..].trim_start_matches(BLANKS);
    if line.is_empty()
        || line.len() > 4 * 30
        || line.chars().count() > 30
        || line
            .chars()
            .next_back()
            .is_some_and(|c| NOT_HEADING_END.contains(c))
        || before.trim().is_empty()
    {
        return false;
    }
    let blank_before = before.ends_with("\n\n");
    let blank_after = after.is_empty() || after.starts_with("\n\n") || after.starts_with("\n\r\n");
    if blank_before && blank_after {
        return true;
    }
    // single lines: the line before ends a sentence, the line after is a
    // paragraph that ends one too
    let Some(prev) = before.strip_suffix('\n') else {
        return false;
    };
    let Some(next) = after.strip_prefix('\n') else {
        return false;
    };
    let next = next.split('\n').next().unwrap_or("").trim();
    let ends_sentence = |l: &str| {
        l.trim_end()
            .trim_end_matches(['”', '」', '』', '"', '’', '）', ')'])
            .ends_with(['。', '！', '？', '!', '?'])
    };
    ends_sentence(prev) && ends_sentence(next) && next.chars().count() > line.chars().count()
}

/// Whether the first character of `rest` past white space can start a
/// [`SECTION_MARK`] (`#`, `第`, a bracket, a Chinese numeral or a digit):
/// a line that starts with a sentence starts with that character, so
/// most sentences are passed over without reading their line.
fn may_start_section(rest: &str) -> bool {
    rest.trim_start().chars().next().is_some_and(|c| {
        matches!(
            c,
            '#' | '第'
                | '（'
                | '('
                | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
        ) || (!is_cjk_unified(c) && c.is_numeric())
    })
}

/// Whether `c` is a CJK unified ideograph of the basic block (U+4E00 to
/// U+9FFF), none of which is numeric: most sentences start with one, and
/// are passed over without looking it up in the Unicode tables.
fn is_cjk_unified(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Whether `s` runs over [`HEADING_MAX_CHARS`] characters: sure from its
/// length in bytes when it is short (a character takes at least one) or
/// long (at most four), else counted.
fn too_long(s: &str) -> bool {
    match s.len() {
        n if n <= HEADING_MAX_CHARS => false,
        n if n > 4 * HEADING_MAX_CHARS => true,
        _ => s.chars().count() > HEADING_MAX_CHARS,
    }
}

/// The first sentence whose names are carried to a figure in sentence
/// `si`: the nearest heading before it, at most `back` sentences back
/// (the sentence after which nothing is weighed anyway), else the first.
pub(super) fn carry_from(doc: &Doc, si: usize, back: usize) -> usize {
    let s = &doc.sentences[si];
    // a sub-heading's own figure (訓練成本僅29.4萬美元遠低OpenAI, a line of
    // its own between paragraphs) opens a topic: nothing is carried to it
    if is_subhead(doc, s) {
        return si;
    }
    let headings = doc.headings.get_or_init(|| headings(doc));
    let upto = headings.partition_point(|&h| h < si);
    headings[..upto]
        .iter()
        .rev()
        .take_while(|&&h| h >= si.saturating_sub(back))
        .find(|&&h| doc.sentences[h].line < s.line)
        .copied()
        .unwrap_or(0)
}

/// The indices of the document's heading sentences, in order (found once
/// per document, on the first figure that asks).
fn headings(doc: &Doc) -> Vec<usize> {
    (0..doc.sentences.len())
        .filter(|&h| is_heading(doc, &doc.sentences[h]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_cjk_unified_ideograph_is_numeric() {
        for c in '\u{4E00}'..='\u{9FFF}' {
            assert!(is_cjk_unified(c) && !c.is_numeric(), "{c}");
        }
    }

    #[test]
    fn a_section_number_starts_a_heading() {
        for h in [
            "一、定价差异",
            "1.2 DeepSeek-R1的策略",
            "（二）成本",
            "## 成本",
            "第三章 训练",
            "3、结语",
        ] {
            assert!(SECTION_MARK.is_match(h), "{h}");
        }
        for t in ["3.5%的增长", "2025年营收", "R1的成本", "10-15%的神经元"] {
            assert!(!SECTION_MARK.is_match(t), "{t}");
        }
    }

    #[test]
    fn a_section_mark_starts_with_a_character_that_may_start_one() {
        for h in [
            "一、定价差异",
            "1.2 DeepSeek-R1的策略",
            "（二）成本",
            "(3) 训练",
            "## 成本",
            "第三章 训练",
            "３、结语",
            " \t十、结语",
        ] {
            assert!(SECTION_MARK.is_match(h), "{h}");
            assert!(may_start_section(h), "{h}");
        }
        // a line that starts with any other character is no heading
        for c in ('\0'..='\u{10FFFF}').filter(|c| !c.is_whitespace()) {
            if !may_start_section(&c.to_string()) {
                for tail in ["、x", "1、x", ") x", "章 x"] {
                    let line = format!("{c}{tail}");
                    assert!(!SECTION_MARK.is_match(&line), "{line}");
                }
            }
        }
    }

    #[test]
    fn a_heading_is_too_long_past_its_characters() {
        for n in 0..=200 {
            for c in ["a", "é", "成", "😀"] {
                let s = c.repeat(n);
                assert_eq!(too_long(&s), n > HEADING_MAX_CHARS, "{c} × {n}");
            }
        }
    }
}
