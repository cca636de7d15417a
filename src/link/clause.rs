//! Clause boundaries in Chinese text: full-width commas and semicolons,
//! colons and full stops, and an ASCII comma or semicolon unless it sits
//! between digits (the thousands separator of 1,152).

/// Clause separators of a text (see the module's doc).
pub(super) trait Clauses {
    /// Byte offset of the last clause separator.
    fn pipe_rfind(&self) -> Option<usize>;
    /// Byte offset of the first clause separator (or full stop).
    fn pipe_find(&self) -> Option<usize>;
    /// Whether there is any clause separator.
    fn pipe_has(&self) -> bool;
}

fn is_sep(s: &str, i: usize, c: char) -> bool {
    match c {
        '，' | '；' | '。' | '：' => true,
        ',' | ';' => {
            let before = s[..i]
                .chars()
                .next_back()
                .is_some_and(|d| d.is_ascii_digit());
            let after = s[i + 1..]
                .chars()
                .next()
                .is_some_and(|d| d.is_ascii_digit());
            !(before && after)
        }
        _ => false,
    }
}

impl Clauses for str {
    fn pipe_rfind(&self) -> Option<usize> {
        self.char_indices()
            .rev()
            .find(|&(i, c)| c != '。' && c != '：' && is_sep(self, i, c))
            .map(|(i, _)| i)
    }
    fn pipe_find(&self) -> Option<usize> {
        self.char_indices()
            .find(|&(i, c)| c != '：' && is_sep(self, i, c))
            .map(|(i, _)| i)
    }
    fn pipe_has(&self) -> bool {
        self.char_indices().any(|(i, c)| is_sep(self, i, c))
    }
}

#[cfg(test)]
mod tests {
    use super::Clauses;

    #[test]
    fn a_thousands_separator_is_not_a_clause_break() {
        assert!(!"收入1,152亿美元".pipe_has());
        assert!("收入增长, 达到".pipe_has());
        assert_eq!("甲，乙，丙".pipe_rfind(), Some("甲，乙".len()));
        assert_eq!("甲，乙，丙".pipe_find(), Some("甲".len()));
        // a full stop ends a clause going forward, not looking back
        assert_eq!("甲。乙".pipe_rfind(), None);
        assert_eq!("甲。乙".pipe_find(), Some("甲".len()));
    }
}
