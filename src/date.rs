//! A calendar date that may be partial (a year, a month or a day), the form
//! in which news states dates ("2024年", "2025年1月", "2024年12月26日").
//!
//! hecha needs dates for two things: the as-of date of an article (facts
//! published later never contradict it) and date claims ("released on
//! 2024年12月26日"). Neither needs time zones or times of day, so this is a
//! small value type rather than a dependency.

use std::cmp::Ordering;
use std::fmt;

/// A Gregorian date, possibly missing its day or its month and day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: i32,
    /// Month 1–12, if stated.
    pub month: Option<u8>,
    /// Day 1–31, if stated (only with a month).
    pub day: Option<u8>,
}

impl Date {
    /// A full date, checked for a real calendar day.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month as u8) as u32 {
            return None;
        }
        Some(Date {
            year,
            month: Some(month as u8),
            day: Some(day as u8),
        })
    }

    /// A month of a year.
    pub fn ym(year: i32, month: u32) -> Option<Date> {
        if !(1..=12).contains(&month) {
            return None;
        }
        Some(Date {
            year,
            month: Some(month as u8),
            day: None,
        })
    }

    /// A whole year.
    pub fn y(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also with `/` or `.`).
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
        let num = |p: &str, max_len: usize| -> Option<u32> {
            if p.is_empty() || p.len() > max_len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            p.parse().ok()
        };
        match parts.as_slice() {
            [y] if y.len() == 4 => Some(Date::y(num(y, 4)? as i32)),
            [y, m] if y.len() == 4 => Date::ym(num(y, 4)? as i32, num(m, 2)?),
            [y, m, d] if y.len() == 4 => Date::ymd(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?),
            _ => None,
        }
    }

    /// The first day this date can mean (for ordering and comparison).
    pub fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date can mean.
    pub fn last_day(&self) -> (i32, u8, u8) {
        let m = self.month.unwrap_or(12);
        (
            self.year,
            m,
            self.day.unwrap_or(days_in_month(self.year, m)),
        )
    }

    /// Days from the last day `earlier` can mean to the first day this can
    /// mean (negative when this one comes first).
    pub fn days_after(&self, earlier: &Date) -> i64 {
        days_from_civil(self.first_day()) - days_from_civil(earlier.last_day())
    }

    /// True when the two dates can mean the same day: `2025-01` matches
    /// `2025-01-20`, `2025` matches both.
    pub fn overlaps(&self, other: &Date) -> bool {
        self.first_day() <= other.last_day() && other.first_day() <= self.last_day()
    }

    /// True when this date is certainly later than `other`.
    pub fn is_after(&self, other: &Date) -> bool {
        self.first_day() > other.last_day()
    }

    /// The day `n` days after a full date (`None` for a month or a year).
    pub fn plus_days(&self, n: i64) -> Option<Date> {
        self.day?;
        let (y, m, d) = civil_from_days(days_from_civil(self.first_day()).checked_add(n)?);
        Date::ymd(y, m, d)
    }

    /// Shift by whole months (for 上月 / 下个月), keeping the precision.
    pub fn add_months(&self, delta: i32) -> Date {
        match self.month {
            None => *self,
            Some(m) => {
                let idx = self.year * 12 + (m as i32 - 1) + delta;
                let year = idx.div_euclid(12);
                let month = (idx.rem_euclid(12) + 1) as u8;
                let day = self.day.map(|d| d.min(days_in_month(year, month)));
                Date {
                    year,
                    month: Some(month),
                    day,
                }
            }
        }
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month, self.day).cmp(&(other.year, other.month, other.day))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year == 0 {
            // year unknown (no as-of date): ISO 8601's --MM-DD
            write!(f, "-")?;
            if let Some(m) = self.month {
                write!(f, "-{m:02}")?;
                if let Some(d) = self.day {
                    write!(f, "-{d:02}")?;
                }
            }
            return Ok(());
        }
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// Parse a fact's period into a date range: `2024`, `2024-Q4`, `2024-12`,
/// `2024-H1`, `2024-mid`, `2024-end`, `2025-01-27`.
pub fn period_range(p: &str) -> Option<(Date, Date)> {
    // fiscal periods (FY2025) are not calendar periods: they are not parsed
    let p = p.trim();
    if let Some(d) = Date::parse(p) {
        return Some((d, d));
    }
    let (y, rest) = p.split_once('-')?;
    let y: i32 = y.parse().ok()?;
    let (a, b) = match rest {
        "Q1" => (1, 3),
        "Q2" => (4, 6),
        "Q3" => (7, 9),
        "Q4" => (10, 12),
        "H1" => (1, 6),
        "H2" => (7, 12),
        "mid" => (6, 7),
        "end" => (12, 12),
        _ => return None,
    };
    Some((Date::ym(y, a)?, Date::ym(y, b)?))
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The calendar day of a day number (the inverse of [`days_from_civil`]).
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m as u32, d as u32)
}

/// Days since 1970-01-01 of a (year, month, day) of the Gregorian calendar.
pub fn days_from_civil((y, m, d): (i32, u8, u8)) -> i64 {
    let (y, m, d) = (y as i64 - i64::from(m <= 2), m as i64, d as i64);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Days in a month of the Gregorian calendar.
pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_named_without_a_date() {
        let mon = Date::ymd(2025, 1, 27).unwrap();
        assert_eq!(weekday(mon), Some(0));
        assert_eq!(weekday(Date::ymd(2024, 2, 29).unwrap()), Some(3));
        let next_day = Date::ymd(2025, 1, 28);
        let (_, d) = DayNamed::last_in("英伟达周一收跌").unwrap();
        assert_eq!(d, DayNamed::Weekday(0));
        assert!(d.is_day(mon, next_day));
        // a weekday of another week, or another weekday, is not the day
        assert!(!d.is_day(mon, Date::ymd(2025, 2, 10)));
        assert!(!DayNamed::Weekday(1).is_day(mon, next_day));
        // the last day named wins; 今日 is the day of publication
        let (_, d) = DayNamed::last_in("上周五下跌，今日").unwrap();
        assert_eq!(d, DayNamed::Offset(0));
        assert!(DayNamed::Offset(-1).is_day(mon, next_day));
        assert!(!DayNamed::Offset(0).is_day(mon, next_day));
        assert_eq!(DayNamed::last_in("一周内"), None);
        assert_eq!(
            DayNamed::last_in("前一交易日，英伟达收于").map(|x| x.1),
            Some(DayNamed::Relative)
        );
        assert_eq!(
            DayNamed::last_in("次日").map(|x| x.1),
            Some(DayNamed::Relative)
        );
        assert_eq!(DayNamed::last_in("上一季"), None);
        assert_eq!(
            DayNamed::last_in("星期天").map(|x| x.1),
            Some(DayNamed::Weekday(6))
        );
    }

    #[test]
    fn parse_forms() {
        assert_eq!(Date::parse("2025-02-11").unwrap().to_string(), "2025-02-11");
        assert_eq!(Date::parse("2025/2/1").unwrap().to_string(), "2025-02-01");
        assert_eq!(Date::parse("2024-05").unwrap().to_string(), "2024-05");
        assert_eq!(Date::parse("2024").unwrap().to_string(), "2024");
        assert!(Date::parse("2025-02-30").is_none());
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("25-02-11").is_none());
        assert!(Date::parse("2025-13").is_none());
    }

    #[test]
    fn days_forward() {
        let d = Date::ymd(2025, 1, 26).unwrap();
        assert_eq!(d.plus_days(17), Date::ymd(2025, 2, 12));
        assert_eq!(
            Date::ymd(2024, 2, 28).unwrap().plus_days(1),
            Date::ymd(2024, 2, 29)
        );
        assert_eq!(
            Date::ymd(2024, 12, 31).unwrap().plus_days(1),
            Date::ymd(2025, 1, 1)
        );
        assert_eq!(Date::ym(2025, 1).unwrap().plus_days(1), None);
    }

    #[test]
    fn overlap_and_order() {
        let month = Date::parse("2025-01").unwrap();
        let day = Date::parse("2025-01-20").unwrap();
        assert!(month.overlaps(&day));
        assert!(!Date::parse("2025-02-01").unwrap().overlaps(&month));
        assert!(Date::parse("2025-09-17")
            .unwrap()
            .is_after(&Date::parse("2025-02-11").unwrap()));
        assert!(!month.is_after(&day));
        assert_eq!(
            Date::parse("2025-01-31").unwrap().add_months(1).to_string(),
            "2025-02-28"
        );
        assert_eq!(
            Date::parse("2025-01").unwrap().add_months(-1).to_string(),
            "2024-12"
        );
    }
}

/// Whether the text before a 一季度 ends in a word that counts one quarter
/// rather than naming the first (上一季度 is the quarter before, 每一季度
/// each of them): the extractor's quarter frames and the linker's quarter
/// words both ask.
pub fn counts_one_quarter(before: &str) -> bool {
    before.ends_with([
        '上', '下', '每', '同', '这', '這', '本', '该', '該', '单', '單', '任', '哪', '某',
    ])
}

/// A day a sentence names without a date: a weekday (周一, 星期三) or a day
/// counted from the day of publication (今日, 昨天, 前日; not 当天, which
/// is the day the text is about).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayNamed {
    /// Monday is 0, Sunday 6.
    Weekday(u8),
    /// Days from the day of publication: 0 today, −1 yesterday.
    Offset(i64),
    /// A day counted from another day the text is about (前一交易日, 次日):
    /// not one a reader can date from the article alone.
    Relative,
}

impl DayNamed {
    /// The last day named in `lead` (the words of a sentence before a
    /// figure), if any, with its byte offset: one pass from the end, as
    /// most leads name none.
    pub fn last_in(lead: &str) -> Option<(usize, DayNamed)> {
        let mut after: Option<char> = None;
        for (at, c) in lead.char_indices().rev() {
            if let Some(found) = after.and_then(|d| DayNamed::pair(lead, at, c, d)) {
                return Some(found);
            }
            after = Some(c);
        }
        None
    }

    /// The day named by `c` at byte `at` of `lead` and the character `d`
    /// after it, with where the naming starts (星 of 星期一).
    fn pair(lead: &str, at: usize, c: char, d: char) -> Option<(usize, DayNamed)> {
        let found = match (c, d) {
            ('今' | '本', '日' | '天') => DayNamed::Offset(0),
            ('昨', '日' | '天') => DayNamed::Offset(-1),
            ('前', '日' | '天') => DayNamed::Offset(-2),
            ('前' | '上', '一') if RELATIVE_DAYS.iter().any(|w| lead[at..].starts_with(w)) => {
                DayNamed::Relative
            }
            ('次' | '翌' | '隔', '日') | ('隔', '天') => DayNamed::Relative,
            ('周' | '週' | '期' | '拜', d) => "一二三四五六日天"
                .chars()
                .position(|w| w == d)
                .filter(|_| {
                    matches!(c, '周' | '週')
                        || [("星", '期'), ("礼", '拜'), ("禮", '拜')]
                            .iter()
                            .any(|(a, b)| *b == c && lead[..at].ends_with(a))
                })
                .map(|i| DayNamed::Weekday(i.min(6) as u8))?,
            _ => return None,
        };
        let at = match found {
            DayNamed::Weekday(_) if !matches!(c, '周' | '週') => at - 3,
            _ => at,
        };
        Some((at, found))
    }

    /// Whether this names `day` in an article of `as_of` (a weekday, in the
    /// week before publication).
    pub fn is_day(self, day: Date, as_of: Option<Date>) -> bool {
        let Some(a) = as_of.filter(|a| a.day.is_some()) else {
            return false;
        };
        match self {
            DayNamed::Offset(o) => a.plus_days(o) == Some(day),
            DayNamed::Relative => false,
            DayNamed::Weekday(w) => {
                let since = a.days_after(&day);
                (0..=7).contains(&since) && weekday(day) == Some(w)
            }
        }
    }
}

/// Days counted back from another day (see [`DayNamed::Relative`]).
const RELATIVE_DAYS: &[&str] = &[
    "前一交易日",
    "前一个交易日",
    "前一個交易日",
    "前一日",
    "前一天",
    "上一交易日",
    "上一个交易日",
    "上一個交易日",
];
/// The weekday of a full date, Monday 0 to Sunday 6.
pub fn weekday(d: Date) -> Option<u8> {
    d.day?;
    // 1970-01-01 was a Thursday
    Some((days_from_civil(d.first_day()) + 3).rem_euclid(7) as u8)
}
