//! Two mentions read one after the other that a reader takes as one
//! figure: a range of shares whose ends both carry their unit (三成到四成,
//! 两成至三成), and a time in hours and minutes or minutes and seconds
//! (2小时30分钟, 1小时20分, 3分20秒).

use super::units::Unit;
use super::{Kind, Mention, Qualifier, Role};
use rust_decimal::Decimal;

/// Join, in place, the pairs of mentions in `out` (in text order) that
/// are one figure: the first takes the second's end and value, the
/// second goes.
pub(super) fn join_pairs(text: &str, out: &mut Vec<Mention>) {
    if out.len() < 2 {
        return;
    }
    let mut joined = false;
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let one = share_range(text, a, b).or_else(|| clock_time(text, a, b));
        if let Some(m) = one {
            out[k] = m;
            out[k + 1].role = Role::Label;
            out[k + 1].start = usize::MAX;
            joined = true;
            k += 2;
        } else {
            k += 1;
        }
    }
    if joined {
        out.retain(|m| m.start != usize::MAX);
    }
}

/// 三成到四成, 两成至三成: two shares in the same unit, each with its
/// unit, the first the lower, joined by a range mark alone. Not after 从
/// or 由 in the clause (from one to the other: two values, 从三成到四成,
/// 由上年的六成六到六成八).
fn share_range(text: &str, a: &Mention, b: &Mention) -> Option<Mention> {
    if a.kind != Kind::Percent
        || b.kind != Kind::Percent
        || a.unit != b.unit
        || a.role != Role::Claim
        || b.role != Role::Claim
        || a.qualifier != Qualifier::Exact
        || b.qualifier != Qualifier::Exact
        || a.decrease != b.decrease
    {
        return None;
    }
    let between = text.get(a.end..b.start)?;
    let mut marks = between.chars();
    if !marks
        .next()
        .is_some_and(|c| super::read::RANGE_MARKS.contains(&c))
        || marks.next().is_some()
    {
        return None;
    }
    let before = text.get(..a.start)?;
    if from_in_clause(near_end(before)) {
        return None;
    }
    let (low, high) = (a.value?, b.value?);
    if high <= low {
        return None;
    }
    let mut m = a.clone();
    m.end = b.end;
    m.value = None;
    m.low = Some(low);
    m.high = Some(high);
    m.qualifier = Qualifier::Range;
    m.precision = match (a.precision, b.precision) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    Some(m)
}

/// 2小时30分钟, 两小时零五分钟, 1小时20分, 3分20秒: hours and the
/// minutes right after them (or minutes and seconds), one time in the
/// smaller unit. A hedge of the first (约2小时30分钟) is the whole's;
/// the second must be stated as is.
fn clock_time(text: &str, a: &Mention, b: &Mention) -> Option<Mention> {
    if a.kind == Kind::Quantity && a.unit.is_none() && a.role != Role::Claim {
        return minutes_and_seconds(text, a, b);
    }
    if a.kind != Kind::Duration || a.role != Role::Claim || a.end != b.start {
        return None;
    }
    let small = match a.unit? {
        Unit::Hour => Unit::Minute,
        Unit::Minute => Unit::Second,
        _ => return None,
    };
    let after = text.get(b.end..)?;
    let end = if b.kind == Kind::Duration && b.unit == Some(small) && b.role == Role::Claim {
        b.end
    } else if b.kind == Kind::Quantity && b.unit.is_none() && b.role != Role::Claim {
        // 1小时20分, 3分20秒 read as a bare 20 before the unit's one
        // character (not 20分之一, not 20分钟, read as a duration)
        let one = match small {
            Unit::Minute => '分',
            _ => '秒',
        };
        let rest = after.strip_prefix(one)?;
        if rest.starts_with(['之', '钟', '鐘', '鍾']) {
            return None;
        }
        b.end + one.len_utf8()
    } else {
        return None;
    };
    // (a hedge after the minutes, 2小时30分钟左右, is the whole's)
    if !matches!(b.qualifier, Qualifier::Exact | Qualifier::Approx) {
        return None;
    }
    let (big, part) = (a.value?, b.value?);
    if part < Decimal::ZERO || part >= Decimal::from(60) {
        return None;
    }
    let mut m = a.clone();
    m.unit = Some(small);
    m.value = Some(big.checked_mul(Decimal::from(60))?.checked_add(part)?);
    m.precision = b.precision;
    if b.qualifier == Qualifier::Approx {
        m.qualifier = Qualifier::Approx;
    }
    m.end = hedged_after(text, end, &mut m);
    Some(m)
}

/// 3分20秒: a bare number and 分 right before a time in seconds, read as
/// minutes and seconds (a bare 3分 alone may be a score or a price).
fn minutes_and_seconds(text: &str, a: &Mention, b: &Mention) -> Option<Mention> {
    // (not a time of day, 9时5分20秒, nor an angle, 116度23分17秒, nor a
    // three-pointer, 命中3分)
    let before = text.get(..a.start)?;
    if before.ends_with(['时', '時', '点', '點', '度', '°']) || before.ends_with("命中") {
        return None;
    }
    if text.get(a.end..b.start)? != "分"
        || b.kind != Kind::Duration
        || b.unit != Some(Unit::Second)
        || b.role != Role::Claim
        || b.qualifier != Qualifier::Exact
        || a.qualifier != Qualifier::Exact
    {
        return None;
    }
    let (minutes, seconds) = (a.value?, b.value?);
    if minutes < Decimal::ZERO || seconds < Decimal::ZERO || seconds >= Decimal::from(60) {
        return None;
    }
    let mut m = b.clone();
    m.start = a.start;
    m.value = Some(
        minutes
            .checked_mul(Decimal::from(60))?
            .checked_add(seconds)?,
    );
    m.end = hedged_after(text, b.end, &mut m);
    Some(m)
}

/// 左右 or 上下 right after a joined time hedges the whole of it: the
/// end past the hedge.
fn hedged_after(text: &str, end: usize, m: &mut Mention) -> usize {
    let rest = text.get(end..).unwrap_or("");
    match ["左右", "上下"].iter().find(|w| rest.starts_with(*w)) {
        // (上下班, 上下学: a way to work, not "about")
        Some(w)
            if m.qualifier == Qualifier::Exact
                && !rest[w.len()..].starts_with([
                    '班', '学', '學', '车', '車', '楼', '樓', '游', '文', '午', '课', '課',
                ]) =>
        {
            m.qualifier = Qualifier::Approx;
            end + w.len()
        }
        _ => end,
    }
}

/// At most the last [`CLAUSE_REACH`] bytes of `before` (to a character's
/// start): a clause is read back no further, so that a text with no mark
/// of a clause is not read back to its start for each figure.
pub(super) fn near_end(before: &str) -> &str {
    let mut from = before.len().saturating_sub(CLAUSE_REACH);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    &before[from..]
}

/// How far back, in bytes, a clause is read for its words (some 200
/// characters of Chinese, longer than any clause of news).
pub(super) const CLAUSE_REACH: usize = 600;

/// Whether the clause that `before` ends in says "from" (从, 由: 从上年的
/// 百分之六十六到…), so that a 到 after it ends a move, not a range. (由
/// in 由于, 由此 is no "from".)
pub(super) fn from_in_clause(before: &str) -> bool {
    let clause = before
        .rfind(['，', ',', '。', '；', ';', '\n', '！', '？', '：'])
        .map_or(before, |k| &before[k..]);
    clause.contains(['从', '從'])
        || clause
            .match_indices('由')
            .any(|(k, _)| !clause[k + '由'.len_utf8()..].starts_with(['于', '於', '此']))
}
