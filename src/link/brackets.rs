//! Notes in brackets, which a clause runs over: their separators end no
//! clause (年末全国人口（包括…，不包括…）140828万人), their words and places
//! are the note's (全国人口（包括各省）), and a word before a note is as near
//! the figure after it as without it.

/// `s` without what its brackets hold.
pub(super) fn outside(s: &str) -> String {
    let mut depth = 0usize;
    s.chars()
        .filter(|&c| match c {
            '（' | '(' => {
                depth += 1;
                false
            }
            '）' | ')' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

/// Whether `s` closes a bracket and every clause separator in it is
/// inside a bracket it opens and closes.
pub(super) fn only_bracketed_separators(s: &str) -> bool {
    if !s.contains(['）', ')']) {
        return false;
    }
    let mut depth = 0usize;
    s.chars().rev().all(|c| match c {
        '）' | ')' => {
            depth += 1;
            true
        }
        '（' | '(' if depth > 0 => {
            depth -= 1;
            true
        }
        '，' | ',' | '；' | ';' | '：' | ':' | '。' => depth > 0,
        _ => true,
    })
}

/// How many characters of `s` are outside the brackets it opens and
/// closes (those brackets not counted); a bracket it leaves open (the
/// figure's own) is counted with what follows it. Most spans hold no
/// closing bracket and are counted whole. The spaces a page puts between
/// Chinese and Latin letters or digits (`H100 的显存是 80GB`) are not
/// counted: they put no distance between words.
pub(super) fn chars_outside(s: &str) -> usize {
    if !s.contains(['）', ')']) {
        return s.chars().filter(|&c| c != ' ').count();
    }
    // (read from the end: a closing bracket opens a note, read back to
    // where it opens)
    let mut depth = 0usize;
    s.chars()
        .rev()
        .filter(|&c| match c {
            '）' | ')' => {
                depth += 1;
                false
            }
            '（' | '(' if depth > 0 => {
                depth -= 1;
                false
            }
            _ => depth == 0 && c != ' ',
        })
        .count()
}

/// Whether the end of `s` lies inside a bracket opened in `s` and not
/// yet closed (`显存:141GB(H100为` ends inside one).
pub(super) fn open_at_end(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    depth > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_in_brackets_are_passed_over() {
        assert_eq!(
            outside("全国人口（包括各省，不包括港澳台）140828万人"),
            "全国人口140828万人"
        );
        assert_eq!(chars_outside("（包括各省，不包括港澳台）"), 0);
        assert_eq!(chars_outside("人口（注）为"), 3);
        // a bracket left open (the figure's own) is counted
        assert_eq!(chars_outside("总参数("), 4);
        assert!(only_bracketed_separators("（包括各省，不包括港澳台）"));
        assert!(!only_bracketed_separators("（包括各省），不包括"));
        assert!(!only_bracketed_separators("，其中"));
    }
}
