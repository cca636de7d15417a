//! Ages of age groups in a text (65岁及以上人口, 十八歲以下, 15-64歲):
//! a figure's clause that names one narrows its metrics to the group's,
//! and a person's age (六十五岁的王先生) names none.

/// The ages written in a text (65 in `65岁及以上`, and in `六十五岁`),
/// sorted, without repeats.
pub(super) fn ages_in(s: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut num = String::new();
    // (the character before the number: a range's mark makes it the upper
    // bound of a group, 15-64歲)
    let (mut prev, mut before_num) = (None, None);
    let mut chars = s.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if num.is_empty() {
            before_num = prev;
        }
        prev = Some(c);
        if c.is_ascii_digit() {
            num.push(c);
        } else if let Some(d) = chinese_age_digit(c) {
            // (read as Arabic digits: 六十五 → 65, 十八 → 18, 二十 → 20)
            match d {
                10 if num.is_empty() => num.push_str("10"),
                10 => num.push('0'),
                _ if num.ends_with('0') && num.len() == 2 => {
                    num.pop();
                    num.push(char::from_digit(d, 10).unwrap_or('0'));
                }
                _ => num.push(char::from_digit(d, 10).unwrap_or('0')),
            }
        } else if c.is_whitespace() && !num.is_empty() {
            // text pasted from a PDF: 65 岁
            continue;
        } else if matches!(c, '周' | '週')
            && !num.is_empty()
            && matches!(chars.peek(), Some((_, '岁' | '歲')))
        {
            // an age in full years: 65周岁
            continue;
        } else {
            if (c == '岁' || c == '歲') && !num.is_empty() {
                // (an age group's, 65岁及以上人口, not a person's: 六十五岁的
                // 王先生, 十八岁少年)
                let rest = chars.peek().map_or("", |&(i, _)| &s[i..]);
                let upper_bound = before_num
                    .is_some_and(|b| matches!(b, '-' | '－' | '~' | '～' | '—' | '至' | '到'));
                if upper_bound || names_an_age_group(rest) {
                    if let Ok(n) = num.parse() {
                        out.push(n);
                    }
                }
            }
            num.clear();
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Whether the words after an age's 岁 make it an age group's bound
/// (及以上, 以上, 以下, 至, 人口, 老年人…) or end the text (a trigger word,
/// 65岁), rather than a person's age (的王先生, 少年).
fn names_an_age_group(after: &str) -> bool {
    const GROUP: &[&str] = &[
        "及以上",
        "及以下",
        "或以上",
        "以上",
        "以下",
        "以内",
        "以內",
        "至",
        "到",
        "-",
        "－",
        "~",
        "～",
        "—",
        "人口",
        "老年",
        "老人",
        "人群",
        "群体",
        "群體",
        "组",
        "組",
        "段",
        "周岁",
        "週歲",
    ];
    let after = after.trim_start();
    after.is_empty() || GROUP.iter().any(|w| after.starts_with(w))
}

/// The value of a Chinese numeral character of an age (一 to 九, 十 as 10).
fn chinese_age_digit(c: char) -> Option<u32> {
    match c {
        '十' => Some(10),
        '两' | '兩' => Some(2),
        _ => crate::extract::numeral::chinese_digit(c).filter(|&d| (1..=9).contains(&d)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_are_read_sorted_once() {
        assert_eq!(ages_in("65岁及以上人口，15-64歲，65岁"), vec![64, 65]);
        assert!(ages_in("人口14.2亿").is_empty());
        // pasted from a PDF
        assert_eq!(ages_in("65 岁及以上人口 22023 万人"), vec![65]);
        assert_eq!(ages_in("60周岁及以上人口，65週歲"), vec![60, 65]);
        assert!(ages_in("2024 年 65 个城市").is_empty());
        // in Chinese numerals
        assert_eq!(
            ages_in("六十五岁及以上，十八歲以下，二十岁至三十岁人口，六十周岁以上，十岁"),
            vec![10, 18, 20, 30, 60, 65]
        );
        assert!(ages_in("百分之十五点六").is_empty());
        // a person's age is no age group
        assert!(ages_in("六十五岁的王先生说，城镇化率为67%").is_empty());
        assert!(ages_in("18岁少年").is_empty());
        assert_eq!(ages_in("十八岁以下人口"), vec![18]);
    }
}
