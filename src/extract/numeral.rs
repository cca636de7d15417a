//! Reading a numeral: Arabic digits (with `,` thousands separators and a
//! decimal point, ASCII or full-width), Chinese numerals (一千二百三十四万五千,
//! 两, 〇/零, traditional 萬/億/兩, financial 壹贰叁…), and the mixed forms news
//! uses (`3亿4千万`, `1.2万亿`, `278.8万`).
//!
//! Values are exact decimals ([`Decimal`]); every step is checked, so a
//! numeral too large for the type is an error, never a wrap or a panic.
//! Besides the value, the reader reports the *precision* the writer used:
//! the place value of the last significant digit (`3,080万` → 100,000,
//! `278.8万` → 1,000), which is how the checker knows how much rounding the
//! article's own wording allows.

use rust_decimal::Decimal;

/// A numeral read from the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    /// Exact value.
    pub value: Decimal,
    /// Place value of the last significant digit.
    pub precision: Decimal,
    /// Char index one past the numeral.
    pub end: usize,
    /// The numeral used Arabic digits somewhere.
    pub arabic: bool,
    /// The numeral used a Chinese digit somewhere.
    pub chinese_digit: bool,
    /// The numeral used a unit or scale character (十百千万亿兆).
    pub has_unit: bool,
    /// Number of atoms (digits groups and units) read.
    pub atoms: usize,
    /// The numeral was read digit by digit (二〇二五, 一二三).
    pub digit_sequence: bool,
    /// A single Chinese digit (一, 两, 三…) with nothing else.
    pub lone_digit: bool,
}

/// Units 兆 is the mega- of (兆瓦, 兆赫, 兆字节, 兆帕).
const MEGA_UNITS: &[char] = &['瓦', '赫', '字', '位', '帕', '焦', '欧', '歐', '伏', '比'];

/// Why a numeral could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumeralError {
    /// The value does not fit the exact decimal type.
    Overflow,
    /// 兆 right after 万 (134萬兆9084億): no magnitude anyone writes, a
    /// slip for 兆 or 万亿 that no reading can settle.
    DoubledScale,
}

impl NumeralError {
    /// What the report tells the editor.
    pub fn message(self) -> &'static str {
        match self {
            NumeralError::Overflow => "number too large to represent exactly",
            NumeralError::DoubledScale => "“万兆”不是数量单位，疑为“兆”或“万亿”的笔误",
        }
    }
}

/// The value of a Chinese digit character, if it is one.
pub fn chinese_digit(c: char) -> Option<u32> {
    // (○, U+25CB, is the first of them: ASCII and most punctuation are
    // told at once)
    if c < '○' {
        return None;
    }
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' | '壹' | '弌' => 1,
        '二' | '两' | '兩' | '贰' | '貳' | '弍' => 2,
        '三' | '叁' | '參' | '弎' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Financial (大写) digits that are also common characters (參數, 大陸, 隊伍):
/// read as digits only next to another numeral character.
pub fn is_ambiguous_financial(c: char) -> bool {
    matches!(
        c,
        '壹' | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
    )
}

/// Small units (below 万): 十, 百, 千 and their financial forms.
pub fn small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// Big units: 万 (10^4), 亿 (10^8), 兆 (10^12).
pub fn big_unit(c: char) -> Option<u32> {
    Some(match c {
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        '兆' => 12,
        _ => return None,
    })
}

/// The units that 千 prefixes as kilo (千克, 千米, 千瓦, 千赫, 千帕, 千焦,
/// 千伏): after them 千 is not a thousand. Not the SI table of `units`
/// (which makes 兆 mega): its 比特 and 位元 would cut 一千比一 and 千位.
const KILO_UNITS: &[char] = &['克', '米', '瓦', '赫', '帕', '焦', '伏'];

/// The value of an ASCII or full-width digit.
pub fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// True for characters that may start or continue a Chinese numeral.
pub fn is_chinese_numeral_char(c: char) -> bool {
    chinese_digit(c).is_some() || small_unit(c).is_some() || big_unit(c).is_some()
}

/// The Chinese digits after a decimal point 点 at `j` (the 二 of 五点二),
/// at most `max` of them, with where they end; `None` when `j` is not a
/// point followed by a digit.
fn point_digits(chars: &[char], j: usize, max: usize) -> Option<(String, usize)> {
    let n = chars.len();
    // (a full stop of full or half width between Chinese digits is a point
    // too, before a percentage, a scale or a unit: 十二．六八％, 四.五九%;
    // not 五.二〇二五年, 五.一, 九.一八)
    let full_stop = matches!(chars.get(j), Some('．' | '.'));
    if !(j + 1 < n
        && (full_stop || matches!(chars[j], '点' | '點'))
        && chinese_digit(chars[j + 1]).is_some())
    {
        return None;
    }
    let mut k = j + 1;
    let mut frac = String::new();
    while k < n && frac.len() < max {
        match chinese_digit(chars[k]) {
            Some(fd) => {
                frac.push(char::from_digit(fd, 10).unwrap_or('0'));
                k += 1;
            }
            None => break,
        }
    }
    let date_after = matches!(chars.get(k), Some('年' | '月' | '日' | '号' | '號'));
    if full_stop && (date_after || !unit_after_point(chars, k) && !after_per_cent(chars, j)) {
        return None;
    }
    Some((frac, k))
}

/// Whether what follows a decimal part at char `k` makes a full stop
/// before it a point: a percentage (％, 個百分點), a scale, a currency, a
/// multiple or a physical measure.
fn unit_after_point(chars: &[char], k: usize) -> bool {
    let rest = chars.get(k..).unwrap_or_default();
    rest.first().is_some_and(|&c| big_unit(c).is_some())
        || rest.starts_with(&['个', '百'])
        || rest.starts_with(&['個', '百'])
        || unit_or_measure_at(chars, k)
}

/// Whether a unit after which a decimal is one starts at char `k`: a
/// currency, a percentage or a multiple, or a physical measure (`元`,
/// `个百分点`, `倍`, `吨`, `厘米`).
fn unit_or_measure_at(chars: &[char], k: usize) -> bool {
    super::units::decimal_unit_at(chars, k) || super::units::physical_measure_at(chars, k)
}

/// Whether the Chinese numeral ending before char `j` follows 百分之 or
/// 千分之 (百分之四．五九): its unit is written before it.
fn after_per_cent(chars: &[char], j: usize) -> bool {
    let mut b = j;
    while b > 0 && is_chinese_numeral_char(chars[b - 1]) && chars[b - 1] != '百' {
        b -= 1;
    }
    b >= 3 && chars[b - 1] == '之' && chars[b - 2] == '分' && matches!(chars[b - 3], '百' | '千')
}

fn pow10(exp: i32) -> Decimal {
    if (0..=28).contains(&exp) {
        // the product of tens below, at once: scale 0, mantissa 10^exp
        Decimal::from_i128_with_scale(10i128.pow(exp as u32), 0)
    } else if exp >= 0 {
        let mut d = Decimal::ONE;
        for _ in 0..exp {
            d *= Decimal::TEN;
        }
        d
    } else {
        Decimal::new(1, (-exp) as u32)
    }
}

/// A space that may stand between groups of three digits.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{2009}' | '\u{202F}')
}

/// Read an Arabic number (digits, `,`/`，` thousands separators, one
/// decimal point) starting at `i`. Returns the value, its precision, the
/// number of decimals written and the end index.
pub fn read_arabic(
    chars: &[char],
    i: usize,
) -> Result<Option<(Decimal, Decimal, usize)>, NumeralError> {
    let n = chars.len();
    let mut j = i;
    // (the digits are counted and folded into the mantissa as they are
    // read; past 28 of them the number is an overflow anyway)
    let mut mantissa: i128 = 0;
    let mut int_len = 0usize;
    let mut trailing_zeros = 0usize;
    let push = |mantissa: &mut i128, len: usize, d: u32| {
        if len < 29 {
            *mantissa = *mantissa * 10 + d as i128;
        }
    };
    // digits since the last separator, and the separators read
    let (mut group, mut groups) = (0usize, 0usize);
    // exactly three digits at `k` and no fourth
    let three_at = |k: usize| {
        (0..3).all(|o| chars.get(k + o).is_some_and(|&c| arabic_digit(c).is_some()))
            && chars.get(k + 3).is_none_or(|&c| arabic_digit(c).is_none())
    };
    while j < n {
        if let Some(d) = arabic_digit(chars[j]) {
            push(&mut mantissa, int_len, d);
            int_len += 1;
            group += 1;
            trailing_zeros = if d == 0 { trailing_zeros + 1 } else { 0 };
            j += 1;
        } else if is_group_space(chars[j])
            && (if groups == 0 {
                (1..=3).contains(&group)
            } else {
                group == 3
            })
            && three_at(j + 1)
        {
            // a space between groups of three (7 524 100, as Hong Kong's
            // statistics print them): the head group has one to three
            // digits, every other exactly three
            groups += 1;
            group = 0;
            j += 1;
        } else if (chars[j] == ',' || chars[j] == '，')
            && int_len > 0
            && j + 3 < n + 1
            && (1..=3).all(|k| j + k < n && arabic_digit(chars[j + k]).is_some())
            && (j + 4 >= n || arabic_digit(chars[j + 4]).is_none())
            && int_len <= 3 + 4 * 3
        {
            // thousands separator: exactly three digits follow
            j += 1;
        } else {
            break;
        }
    }
    if int_len == 0 {
        return Ok(None);
    }
    let mut frac_len = 0usize;
    let point = |c: char| {
        c == '.' || c == '．' || c == '﹒' || (c == '。' && full_stop_is_point(chars, i, j))
    };
    // a space after the point, from text copied out of a PDF (15. 6%): a
    // decimal part still, when digits and a percent sign follow
    let spaced = j + 2 < n && chars[j] == '.' && chars[j + 1] == ' ' && {
        let digits = chars[j + 2..]
            .iter()
            .take_while(|c| arabic_digit(**c).is_some())
            .count();
        digits > 0 && matches!(chars.get(j + 2 + digits), Some('%' | '％'))
    };
    let skip = if spaced { 2 } else { 1 };
    if j + skip < n && (spaced || point(chars[j])) && arabic_digit(chars[j + skip]).is_some() {
        j += skip;
        while j < n {
            match arabic_digit(chars[j]) {
                Some(d) => {
                    push(&mut mantissa, int_len + frac_len, d);
                    frac_len += 1;
                    j += 1;
                }
                None => break,
            }
        }
    }
    if int_len + frac_len > 28 || frac_len > 20 {
        return Err(NumeralError::Overflow);
    }
    let value = Decimal::try_from_i128_with_scale(mantissa, frac_len as u32)
        .map_err(|_| NumeralError::Overflow)?;
    let precision = if frac_len > 0 {
        pow10(-(frac_len as i32))
    } else if trailing_zeros == int_len {
        Decimal::ONE
    } else {
        pow10(trailing_zeros as i32)
    };
    Ok(Some((value, precision, j)))
}

/// Whether the full stop at `j`, after the digits from `i`, is a decimal
/// point (Hong Kong and Taiwan text typed with a Chinese keyboard:
/// `7。75港元`, `7。75~7。85之间`): a number of one to four digits on each
/// side of it, with a currency right after (`港元`, `美元`, `元`, perhaps
/// after 万 or 亿: `3。5万元`), or joined
/// by a range mark to another such number. A sentence that ends on a
/// number before one that starts with a number (`共有3。2024年`,
/// `排名第5。75%的企业`) keeps its full stop.
fn full_stop_is_point(chars: &[char], i: usize, j: usize) -> bool {
    // the number with a full stop inside at `a`, if one ends at `e`:
    // one to four digits on each side
    let digits = |from: usize, step: isize| {
        let mut k = from as isize;
        let mut n = 0;
        while n < 5
            && chars
                .get(k as usize)
                .is_some_and(|&c| arabic_digit(c).is_some())
        {
            n += 1;
            k += step;
            if k < 0 {
                break;
            }
        }
        n
    };
    let int_len = j - i;
    if !(1..=4).contains(&int_len) || (i > 0 && digits(i - 1, -1) > 0) {
        return false;
    }
    let frac = digits(j + 1, 1);
    if !(1..=4).contains(&frac) {
        return false;
    }
    let e = j + 1 + frac;
    // (perhaps with 万 or 亿 before the currency: 3。5万元)
    let scaled = chars
        .get(e)
        .is_some_and(|&c| matches!(c, '万' | '萬' | '亿' | '億'));
    if super::units::currency_after_at(chars, e + usize::from(scaled)) {
        return true;
    }
    use super::read::RANGE_MARKS as RANGE;
    // the first of two: another after the range mark
    let dotted_from = |a: usize| {
        let n = digits(a, 1);
        (1..=4).contains(&n)
            && chars.get(a + n) == Some(&'。')
            && (1..=4).contains(&digits(a + n + 1, 1))
    };
    if chars.get(e).is_some_and(|c| RANGE.contains(c)) && dotted_from(e + 1) {
        return true;
    }
    // the second of two: another before the range mark
    if i >= 4 && RANGE.contains(&chars[i - 1]) {
        let f = digits(i - 2, -1);
        let p = (i - 2).checked_sub(f);
        return (1..=4).contains(&f)
            && p.is_some_and(|p| {
                chars[p] == '。' && p > 0 && (1..=4).contains(&digits(p - 1, -1))
            });
    }
    false
}

/// Whether the full stop at byte `k` of `s` is a decimal point, as the
/// reader of numbers takes it (`7。75港元`): what a sentence is not cut at.
#[inline(never)]
pub fn full_stop_is_point_at(s: &str, k: usize) -> bool {
    let (head, tail) = (&s[..k], &s[k..]);
    let ascii_digit = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
    // (most full stops have no digit on either side: told by two bytes)
    if !tail.starts_with('。') || !ascii_digit(head.as_bytes().last()) {
        return false;
    }
    if !ascii_digit(tail.as_bytes().get('。'.len_utf8())) {
        return false;
    }
    // the characters around it, enough for two numbers and a currency
    let mut chars: Vec<char> = head.chars().rev().take(12).collect();
    chars.reverse();
    let j = chars.len();
    chars.extend(tail.chars().take(16));
    let i = (0..j)
        .rev()
        .take_while(|&p| arabic_digit(chars[p]).is_some())
        .last()
        .unwrap_or(j);
    full_stop_is_point(&chars, i, j)
}

/// Whether the one Chinese digit at `j`, right after Arabic digits and 万
/// or 亿, counts a thing of its own (`700亿三个参数规模`): a measure word
/// after it, so it
/// is no lower place of the number before (`一万三` is 13,000; `一万三个`
/// is no way to write 13,000 things).
fn digit_counts_apart(chars: &[char], j: usize) -> bool {
    // (a Chinese digit after Arabic ones: 1万5名 is 15,000 people, as
    // 1万3 is 13,000)
    let one_digit = chinese_digit(chars[j]).is_some_and(|d| d != 0)
        && chars[..j - 1]
            .last()
            .is_some_and(|&c| arabic_digit(c).is_some());
    // (nor is it after a number with a decimal part: 1.5万一块 is 15,000
    // a piece, not 16,000)
    let after_decimal = || {
        chars[..j - 1]
            .iter()
            .rev()
            .take_while(|&&c| arabic_digit(c).is_some() || matches!(c, '.' | '．'))
            .any(|&c| matches!(c, '.' | '．'))
    };
    one_digit
        && matches!(chars[j - 1], '万' | '萬' | '亿' | '億')
        && (after_decimal()
            || chars.get(j + 1).is_some_and(|&c| {
                matches!(
                    c,
                    '个' | '個'
                        | '种'
                        | '種'
                        | '家'
                        | '款'
                        | '位'
                        | '名'
                        | '项'
                        | '項'
                        | '条'
                        | '條'
                        | '类'
                        | '類'
                        | '组'
                        | '組'
                        | '套'
                        | '部'
                        | '只'
                        | '隻'
                )
            }))
}

/// Read a numeral (Arabic, Chinese or mixed) starting at `i`.
///
/// Returns `Ok(None)` when nothing numeric starts at `i`.
pub fn read_numeral(chars: &[char], i: usize) -> Result<Option<Numeral>, NumeralError> {
    if let Some(lone) = lone_digit(chars, i) {
        return Ok(Some(lone));
    }
    if let Some(number) = plain_arabic(chars, i) {
        return Ok(Some(number));
    }
    read_numeral_by_atoms(chars, i)
}

/// An Arabic number at `i` (2025, 557.6, 1,000) with no unit character
/// (十百千万亿…) after it: what [`read_numeral_by_atoms`] makes of it,
/// told by [`read_arabic`] and a look at the next character (a test says
/// so). Most numbers of a text are such.
fn plain_arabic(chars: &[char], i: usize) -> Option<Numeral> {
    arabic_digit(*chars.get(i)?)?;
    let (value, precision, end) = read_arabic(chars, i).ok()??;
    // (a decimal part spoken after it, 19點7兆, is read atom by atom)
    if matches!(chars.get(end), Some('点' | '點')) {
        return None;
    }
    let unit_after = chars
        .get(end)
        .is_some_and(|&c| small_unit(c).is_some() || big_unit(c).is_some());
    if unit_after {
        return scaled_arabic(chars, end, value, precision);
    }
    // (a zero's precision is one, as the reader of atoms has it)
    let precision = if value.is_zero() || precision.is_zero() {
        Decimal::ONE
    } else {
        precision
    };
    Some(Numeral {
        value,
        precision,
        end,
        arabic: true,
        chinese_digit: false,
        has_unit: false,
        atoms: 1,
        digit_sequence: false,
        lone_digit: false,
    })
}

/// A Chinese digit at `i` (not 零, not a financial form) with nothing after
/// it that reading could go on with: what [`read_numeral_by_atoms`] makes
/// of it, told by a look at the next two characters (a test says so). Most
/// Chinese digits of a text are such (一位, 一变, 两个, 这一点).
fn lone_digit(chars: &[char], i: usize) -> Option<Numeral> {
    let c = *chars.get(i)?;
    if is_ambiguous_financial(c) {
        return None;
    }
    let d = chinese_digit(c).filter(|&d| d != 0)?;
    let next = chars.get(i + 1).copied();
    let goes_on = next.is_some_and(|e| {
        arabic_digit(e).is_some()
            || is_chinese_numeral_char(e)
            // a decimal part: 五点二
            || (matches!(e, '点' | '點' | '．' | '.')
                && chars.get(i + 2).is_some_and(|&f| chinese_digit(f).is_some()))
    });
    if goes_on {
        return None;
    }
    Some(Numeral {
        value: Decimal::from(d),
        precision: Decimal::ONE,
        end: i + 1,
        arabic: false,
        chinese_digit: true,
        has_unit: false,
        atoms: 1,
        digit_sequence: false,
        lone_digit: true,
    })
}

/// An Arabic number (`value`, `precision`, read up to `end`) and the one
/// big unit at `end` (557.6万, 3亿), with no numeral after them: what
/// [`read_numeral_by_atoms`] makes of it, by the same steps on the same
/// numbers (a test says so).
fn scaled_arabic(
    chars: &[char],
    end: usize,
    value: Decimal,
    precision: Decimal,
) -> Option<Numeral> {
    let e = big_unit(chars[end])?;
    let numeral_after = chars
        .get(end + 1)
        .is_some_and(|&c| arabic_digit(c).is_some() || is_chinese_numeral_char(c));
    if numeral_after || value.is_zero() {
        return None;
    }
    // (as `Reader::big_unit` and `Reader::finish` compute them)
    let u = pow10(e as i32);
    let group = Decimal::ZERO.checked_add(value)?;
    let total = Decimal::ZERO.checked_add(group)?.checked_mul(u)?;
    let value = total.checked_add(Decimal::ZERO)?;
    let mut precision = precision * u;
    if precision.is_zero() {
        precision = Decimal::ONE;
    }
    Some(Numeral {
        value,
        precision,
        end: end + 1,
        arabic: true,
        chinese_digit: false,
        has_unit: true,
        atoms: 2,
        digit_sequence: false,
        lone_digit: false,
    })
}

/// [`read_numeral`], an atom (a number, a digit, a unit) at a time.
fn read_numeral_by_atoms(chars: &[char], i: usize) -> Result<Option<Numeral>, NumeralError> {
    let n = chars.len();
    let mut r = Reader::new(i);
    while r.j < n {
        let c = chars[r.j];
        if is_ambiguous_financial(c) {
            // after a financial form, or after 零/万/亿 in a reading that
            // has one (拾万零壹元)
            // (仟 and 佰 are numerals after a Chinese digit: 三仟元, 五佰万;
            // after an Arabic one before a currency or a scale, as the 仟元
            // of Taiwan's accounts, 1,234,567仟元, not 2024仟吉)
            let prev_num = r.j > i
                && (is_ambiguous_financial(chars[r.j - 1])
                    || (matches!(c, '仟' | '佰')
                        && (chinese_digit(chars[r.j - 1]).is_some()
                            || arabic_digit(chars[r.j - 1]).is_some()
                                && chars.get(r.j + 1).is_some_and(|&d| {
                                    matches!(d, '元' | '圓' | '万' | '萬' | '亿' | '億')
                                })))
                    || (is_chinese_numeral_char(chars[r.j - 1])
                        && chars[i..r.j].iter().any(|&c| is_ambiguous_financial(c))));
            let next_num = chars
                .get(r.j + 1)
                .is_some_and(|&d| is_chinese_numeral_char(d));
            if !prev_num && !next_num {
                break;
            }
        }
        if r.j > i && digit_counts_apart(chars, r.j) {
            break;
        }
        let go_on = if arabic_digit(c).is_some() {
            r.arabic_number(chars)?
        } else if let Some(d) = chinese_digit(c) {
            r.chinese_digit(chars, d)
        } else if let Some(u) = small_unit(c) {
            r.small_unit(chars, u)?
        } else if let Some(e) = big_unit(c) {
            // 万亿参数: a bare 万 before 亿 is one of it, as a bare 千 is
            if r.atoms == 0 && e == 4 && matches!(chars.get(r.j + 1), Some('亿' | '億')) {
                r.cur = Some((Decimal::ONE, Decimal::ONE, false));
                r.atoms = 1;
            }
            // 近万人, 逾萬名, 破亿, 万余人: a bare 万 or 亿 after a hedge, or
            // before 余 or 多, is one of it
            if r.atoms == 0 && r.j == i && (e == 4 || e == 8) && hedged_scale(chars, i) {
                r.cur = Some((Decimal::ONE, Decimal::ONE, false));
                r.atoms = 1;
            }
            r.big_unit(chars, e)?
        } else {
            false
        };
        if !go_on {
            break;
        }
    }
    if r.atoms == 0 {
        return Ok(None);
    }
    r.finish(chars, i).map(Some)
}

/// Whether the bare 万 or 亿 at `i` counts one of it: after a hedge that
/// takes a number (近, 逾, 超, 突破, 约), or before 余 or 多 (万余人). Not
/// after 过 or 达, where 万 begins a word too often (穿过万里, 到达万象),
/// nor after 最近 or 附近 (最近万科的销售).
fn hedged_scale(chars: &[char], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|p| chars[p]);
    let hedge = match before(1) {
        Some('近') => !matches!(
            before(2),
            Some('最' | '附' | '靠' | '临' | '臨' | '邻' | '鄰')
        ),
        Some('逾' | '超' | '约' | '約') => true,
        Some('破') => before(2) == Some('突'),
        _ => false,
    };
    hedge || matches!(chars.get(i + 1), Some('余' | '餘' | '多'))
}

/// `o`, or an overflow.
fn of(o: Option<Decimal>) -> Result<Decimal, NumeralError> {
    o.ok_or(NumeralError::Overflow)
}

/// The smaller of a precision so far (if any) and `b`.
fn min_prec(a: Option<Decimal>, b: Decimal) -> Option<Decimal> {
    Some(a.map_or(b, |a: Decimal| a.min(b)))
}

/// A numeral being read: the groups read so far and the pending number.
/// Each step reads one atom (a number, a digit, a unit) and says whether
/// reading goes on.
struct Reader {
    /// Completed groups (above the last big unit).
    total: Decimal,
    total_prec: Option<Decimal>,
    /// The largest big unit so far, as a power of ten.
    max_big: i32,
    /// The power of ten that units multiplied together reach (万亿: 12);
    /// `max_big` when no two have been.
    level: i32,
    /// The current group below the last big unit.
    section: Decimal,
    section_prec: Option<Decimal>,
    /// The pending number, not yet multiplied by a unit: value, precision,
    /// and whether it is a single Chinese digit.
    cur: Option<(Decimal, Decimal, bool)>,
    /// The unit right before `cur`, for 两万五.
    last_unit: Option<Decimal>,
    /// The last small unit (十, 百, 千) of the current group: the next one
    /// must be smaller (一千二百), else a second numeral begins (十七十八).
    last_small: Option<Decimal>,
    zero_seen: bool,
    arabic: bool,
    chinese_digit_used: bool,
    has_unit: bool,
    atoms: usize,
    /// The next character to read.
    j: usize,
}

impl Reader {
    fn new(i: usize) -> Reader {
        Reader {
            total: Decimal::ZERO,
            total_prec: None,
            max_big: 0,
            level: 0,
            section: Decimal::ZERO,
            section_prec: None,
            cur: None,
            last_unit: None,
            last_small: None,
            zero_seen: false,
            arabic: false,
            chinese_digit_used: false,
            has_unit: false,
            atoms: 0,
            j: i,
        }
    }

    /// Arabic digits (with separators and a decimal part) at `j`.
    fn arabic_number(&mut self, chars: &[char]) -> Result<bool, NumeralError> {
        if self.cur.is_some() {
            return Ok(false);
        }
        let Some((v, p, e)) = read_arabic(chars, self.j)? else {
            return Ok(false);
        };
        let (v, p, e) = spoken_point(chars, self.j, (v, p, e)).unwrap_or((v, p, e));
        // one digit ending the number after 万 or 亿 is its next place, as
        // a Chinese one is (1万3 is 13,000, as 一万三)
        let last_place = e == self.j + 1
            && self.j > 0
            && matches!(chars[self.j - 1], '万' | '萬' | '亿' | '億')
            && !v.is_zero()
            && !chars.get(e).is_some_and(|&c| {
                arabic_digit(c).is_some()
                    || is_chinese_numeral_char(c)
                    || matches!(c, '.' | '．' | '点' | '點')
                    || (matches!(c, ',' | '，')
                        && chars.get(e + 1).is_some_and(|&d| arabic_digit(d).is_some()))
            });
        self.cur = Some((v, p, last_place));
        self.arabic = true;
        self.atoms += 1;
        self.j = e;
        Ok(true)
    }

    /// The four digits of a group written one by one right after a big
    /// unit and before a smaller one (十四億○八二八萬 is 14億0828萬, as
    /// population tables write it), as the group's number.
    fn group_of_digits(&mut self, chars: &[char]) -> bool {
        let j = self.j;
        let after_big = j > 0 && self.max_big > 0 && big_unit(chars[j - 1]).is_some();
        if !after_big || self.cur.is_some() {
            return false;
        }
        let Some((v, _)) = group_at(chars, j).filter(|&(_, e)| (e as i32) < self.max_big) else {
            return false;
        };
        self.cur = Some((Decimal::from(v), Decimal::ONE, false));
        self.chinese_digit_used = true;
        self.atoms += 1;
        // (the unit after the group is read next, as a big unit)
        self.j = j + GROUP;
        true
    }

    /// The Chinese digit `d` at `j`, with a decimal part (五点二).
    fn chinese_digit(&mut self, chars: &[char], d: u32) -> bool {
        let n = chars.len();
        if self.group_of_digits(chars) {
            return true;
        }
        if d == 0 {
            return self.zero(chars);
        }
        if self.cur.is_some() {
            return false; // two digits in a row: not a positional numeral
        }
        self.cur = Some((Decimal::from(d), Decimal::ONE, true));
        self.chinese_digit_used = true;
        self.atoms += 1;
        self.j += 1;
        let j = self.j;
        // decimal point: 五点二
        if let Some((frac, k)) = point_digits(chars, j, usize::MAX) {
            // only when the next char is not itself a unit of the integer part
            if frac.len() <= 20 && (k >= n || small_unit(chars[k]).is_none()) {
                let s = format!("{d}.{frac}");
                if let Ok(v) = s.parse::<Decimal>() {
                    self.cur = Some((v, pow10(-(frac.len() as i32)), false));
                    self.j = k;
                }
            }
        }
        true
    }

    /// 零 at `j`: a placeholder between groups (一百零五), which ends any
    /// pending abbreviation, or a leading zero (零, 零点五 = 0.5).
    fn zero(&mut self, chars: &[char]) -> bool {
        if self.cur.is_some() && !self.has_unit {
            // digits before a 零 with no unit: a digit sequence (二〇二五)
            return false;
        }
        if self.atoms > 0 {
            self.zero_seen = true;
            self.last_unit = None;
            self.j += 1;
            return true;
        }
        // a lone leading 零: zero, or 零点五 = 0.5
        self.cur = Some((Decimal::ZERO, Decimal::ONE, true));
        self.chinese_digit_used = true;
        self.atoms += 1;
        self.j += 1;
        let j = self.j;
        if let Some((frac, k)) = point_digits(chars, j, 20) {
            if let Ok(v) = format!("0.{frac}").parse::<Decimal>() {
                self.cur = Some((v, pow10(-(frac.len() as i32)), false));
                self.j = k;
            }
        }
        true
    }

    /// The small unit `u` (十, 百, 千) at `j`, with a decimal part after
    /// it (二十点五万).
    fn small_unit(&mut self, chars: &[char], u: u32) -> Result<bool, NumeralError> {
        // 千克, 千米, 千瓦: kilo, part of the unit, not a thousand; and
        // 千分点 (per-mille points) and 百分点 (percentage points, with no
        // 个: 下降0.29百分點) units of their own
        let points = matches!(
            (chars.get(self.j + 1), chars.get(self.j + 2)),
            (Some('分'), Some('点' | '點'))
        );
        if u == 100 && points {
            return Ok(false);
        }
        if u == 1000
            && (points
                || chars
                    .get(self.j + 1)
                    .is_some_and(|&c| KILO_UNITS.contains(&c)))
        {
            return Ok(false);
        }
        let u = Decimal::from(u);
        // 十七十八 is two numerals: places fall within a group
        if self.last_small.is_some_and(|ls| u >= ls) {
            return Ok(false);
        }
        let (v, p) = match self.cur.take() {
            Some((v, p, _)) => (v, p),
            None if u == Decimal::TEN
                && (self.atoms == 0 || self.last_unit.is_some() || self.zero_seen) =>
            {
                // 十二 = 12, 一百一十 handled via cur; bare 十 after 零 (一百零十) rare
                (Decimal::ONE, Decimal::ONE)
            }
            // 百倍, 近百家, 千亿: a bare 百 or 千 at the start is one of it
            // (the extractor still wants a unit after it)
            None if self.atoms == 0 => (Decimal::ONE, Decimal::ONE),
            None => return Ok(false),
        };
        // 一千二百: the unit must be smaller than the previous small unit
        self.section = of(self.section.checked_add(of(v.checked_mul(u))?))?;
        self.section_prec = min_prec(self.section_prec, of(p.checked_mul(u))?);
        self.last_unit = Some(u);
        self.last_small = Some(u);
        self.has_unit = true;
        self.atoms += 1;
        self.j += 1;
        self.decimal_after_unit(chars);
        Ok(true)
    }

    /// A decimal part right after a small unit: 二十点五 = 20.5, 十点五亿 =
    /// 1.05 × 10^9. Only before a big unit (万, 亿), a currency, a
    /// percentage, a multiple or a physical measure (`三千点五元`,
    /// `十点五个百分点`, `一百七十点五厘米`), or where the
    /// text leaves Chinese (`二十点五。`, `二十点五%`): 十点五分 is a time of
    /// day and 三千点五连阴 an index level.
    fn decimal_after_unit(&mut self, chars: &[char]) {
        let Some((frac, k)) = point_digits(chars, self.j, 20) else {
            return;
        };
        let fits = chars.get(k).is_none_or(|&c| {
            big_unit(c).is_some() || !crate::segment::is_han(c) || unit_or_measure_at(chars, k)
        });
        if !fits {
            return;
        }
        if let Ok(v) = format!("0.{frac}").parse::<Decimal>() {
            self.cur = Some((v, pow10(-(frac.len() as i32)), false));
            self.atoms += 1;
            self.j = k;
        }
    }

    /// The big unit 10^`e` (万, 亿, 兆) at `j`.
    fn big_unit(&mut self, chars: &[char], e: u32) -> Result<bool, NumeralError> {
        if self.atoms == 0 {
            return Ok(false);
        }
        if e == 12 && self.j > 0 && matches!(chars[self.j - 1], '万' | '萬') {
            // (兆 as mega- before its unit is no magnitude: 2万兆瓦 is
            // 20,000 megawatts)
            if chars
                .get(self.j + 1)
                .is_some_and(|c| MEGA_UNITS.contains(c))
            {
                return Ok(false);
            }
            return Err(NumeralError::DoubledScale);
        }
        let u = pow10(e as i32);
        let (cv, cp) = match self.cur.take() {
            // 五百六亿 = 560亿, 一千二亿 = 1200亿, 两百五万 = 250万: a lone
            // digit right after 百 or 千 before a big unit is the next
            // place, as the last of 两万五 is (see `finish`)
            Some((v, _, true))
                if !self.zero_seen
                    && self.last_small.is_some_and(|ls| ls >= Decimal::ONE_HUNDRED) =>
            {
                let step = self.last_small.unwrap_or(Decimal::ONE) / Decimal::TEN;
                (of(v.checked_mul(step))?, Some(step))
            }
            Some((v, p, _)) => (v, Some(p)),
            None => (Decimal::ZERO, None),
        };
        let group = of(self.section.checked_add(cv))?;
        let mut group_prec = self.section_prec;
        if let Some(cp) = cp {
            group_prec = min_prec(group_prec, cp);
        }
        if group.is_zero() && (self.total.is_zero() || e as i32 <= self.max_big) {
            return Ok(false);
        }
        if e as i32 > self.max_big
            || (e as i32 == self.max_big
                && self.level == self.max_big
                && !group.is_zero()
                && !self.arabic)
        {
            // multiplies everything so far: 一万亿, 十二万亿; and a unit
            // that comes again after a smaller group scales the whole
            // number before it (十二万三千点五万 is 123000.5万, not 十二万
            // plus 三千点五万; in Chinese numerals only: 210亿 320亿 are
            // two numbers; and not after units multiplied together: in
            // 六万亿七千亿 the second 亿 is below 万亿)
            self.level = if self.max_big > 0 {
                self.level + e as i32
            } else {
                e as i32
            };
            self.total = of(of(self.total.checked_add(group))?.checked_mul(u))?;
            let mut p = self.total_prec;
            if let Some(gp) = group_prec {
                p = min_prec(p, gp);
            }
            self.total_prec = p.map(|p| p * u);
            self.max_big = e as i32;
        } else {
            self.total = of(self.total.checked_add(of(group.checked_mul(u))?))?;
            if let Some(gp) = group_prec {
                self.total_prec = min_prec(self.total_prec, of(gp.checked_mul(u))?);
            }
        }
        self.section = Decimal::ZERO;
        self.section_prec = None;
        self.last_small = None;
        self.last_unit = Some(u);
        self.has_unit = true;
        self.zero_seen = false;
        self.atoms += 1;
        self.j += 1;
        self.decimal_after_big_unit(chars);
        Ok(true)
    }

    /// A decimal part of ones right after a big unit of a Chinese numeral,
    /// before a currency, a percentage or a multiple: 四万点六元 = 40000.6
    /// (but 两万点 is an index level, and 两万点三 without a unit is left
    /// as it is).
    fn decimal_after_big_unit(&mut self, chars: &[char]) {
        if self.arabic {
            return;
        }
        let Some((frac, k)) = point_digits(chars, self.j, 20) else {
            return;
        };
        if !unit_or_measure_at(chars, k) {
            return;
        }
        if let Ok(v) = format!("0.{frac}").parse::<Decimal>() {
            self.cur = Some((v, pow10(-(frac.len() as i32)), false));
            self.atoms += 1;
            self.j = k;
        }
    }

    /// The numeral read from char `i`: its value and precision, or a digit
    /// sequence (二〇二五) read digit by digit.
    fn finish(self, chars: &[char], i: usize) -> Result<Numeral, NumeralError> {
        let (n, j) = (chars.len(), self.j);
        let mut value;
        let mut precision;
        let mut lone_digit = false;
        match self.cur {
            Some((v, p, chinese_single)) => {
                let mut v = v;
                let mut p = p;
                if chinese_single && !self.zero_seen {
                    if let Some(lu) = self.last_unit {
                        // 两万五 = 25000, 三千五 = 3500 (abbreviated last place)
                        if lu >= Decimal::TEN {
                            let step = lu / Decimal::TEN;
                            v = of(v.checked_mul(step))?;
                            p = step;
                        }
                    }
                }
                // 两三个, 三五天, 三两天: two adjacent digits are a rough
                // range, not 23
                // (a third digit, or a decimal point and a digit after the
                // second: 一二點五億 is 12.5億)
                let third_digit = chars.get(j + 1).is_some_and(|&c| {
                    chinese_digit(c).is_some()
                        || (matches!(c, '点' | '點')
                            && chars
                                .get(j + 2)
                                .is_some_and(|&d| chinese_digit(d).is_some()))
                });
                let pair = j < n
                    && !third_digit
                    && chinese_digit(chars[j]).is_some_and(|d2| {
                        let d1 = v.mantissa() as i64;
                        let d2 = d2 as i64;
                        d2 == d1 + 1
                            || (d1 == 3 && d2 == 5)
                            || (d1 == 3 && matches!(chars[j], '两' | '兩'))
                    });
                // 二两, 九两 are two and nine liang (a weight), not 22 and
                // 92: no one writes 两 in a digit sequence (两两 is in pairs)
                let liang = j > 0
                    && chinese_digit(chars[j - 1]).is_some()
                    && !matches!(chars[j - 1], '两' | '兩')
                    && matches!(chars.get(j), Some('两' | '兩'));
                // A lone Chinese digit followed by more Chinese digits: read
                // digit by digit.
                if !self.has_unit
                    && chinese_single
                    && !pair
                    && !liang
                    && j < n
                    && chinese_digit(chars[j]).is_some()
                {
                    return digit_sequence(chars, i);
                }
                if !self.has_unit && chinese_single && self.atoms == 1 {
                    lone_digit = true;
                }
                value = of(self.total.checked_add(self.section))?;
                value = of(value.checked_add(v))?;
                precision = p;
                if let Some(sp) = self.section_prec {
                    precision = precision.min(sp);
                }
                if let Some(tp) = self.total_prec {
                    precision = precision.min(tp);
                }
                if v.is_zero() {
                    precision = self
                        .section_prec
                        .or(self.total_prec)
                        .unwrap_or(Decimal::ONE);
                }
            }
            None => {
                value = of(self.total.checked_add(self.section))?;
                precision = match (self.section_prec, self.total_prec) {
                    (Some(a), Some(b)) => a.min(b),
                    (Some(a), None) | (None, Some(a)) => a,
                    (None, None) => Decimal::ONE,
                };
            }
        }
        // trailing zero placeholders such as 二零 are rare; keep precision sane
        if precision.is_zero() {
            precision = Decimal::ONE;
        }
        Ok(Numeral {
            value,
            precision,
            end: j,
            arabic: self.arabic,
            chinese_digit: self.chinese_digit_used,
            has_unit: self.has_unit,
            atoms: self.atoms,
            digit_sequence: false,
            lone_digit,
        })
    }
}

/// Times of day a clock hour follows (下午3点).
const TIME_OF_DAY: &[&str] = &[
    "上午", "下午", "中午", "晚上", "凌晨", "早上", "早晨", "傍晚", "今晚", "今早", "昨晚", "明早",
    "夜间", "夜間", "晚间", "晚間",
];

/// A whole Arabic number read up to `e` and a decimal part spoken after it
/// (19點7兆, 3点5亿元): 点 and Arabic digits, then a scale, a currency, a
/// percentage or a multiple — not a time of day (3点30分).
fn spoken_point(
    chars: &[char],
    start: usize,
    (v, p, e): (Decimal, Decimal, usize),
) -> Option<(Decimal, Decimal, usize)> {
    if p != Decimal::ONE || !matches!(chars.get(e), Some('点' | '點')) {
        return None;
    }
    // a clock hour (下午3点10万人次, 晚上8点): a time, then a number
    let before: String = chars[start.saturating_sub(2)..start].iter().collect();
    if TIME_OF_DAY.contains(&before.as_str()) {
        return None;
    }
    let digits = chars[e + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let k = e + 1 + digits;
    if digits == 0 || digits > 8 {
        return None;
    }
    let unit_after = chars.get(k).is_some_and(|&c| big_unit(c).is_some())
        || super::units::decimal_unit_at(chars, k);
    if !unit_after {
        return None;
    }
    let frac: String = chars[e + 1..k].iter().collect();
    let value = format!("{v}.{frac}").parse::<Decimal>().ok()?;
    Some((value, pow10(-(digits as i32)), k))
}

/// The digits of a group of ten thousand.
const GROUP: usize = 4;

/// A group of four Chinese digits written one by one at char `k` and the
/// big unit after it (the ○八二八萬 of 十四億○八二八萬): the group's value
/// and the unit's power of ten. The caller says which units may follow.
fn group_at(chars: &[char], k: usize) -> Option<(u32, u32)> {
    let digits = chars.get(k..k + GROUP)?;
    let value = digits
        .iter()
        .try_fold(0u32, |v, &c| chinese_digit(c).map(|d| v * 10 + d))?;
    let e = chars.get(k + GROUP).and_then(|&c| big_unit(c))?;
    Some((value, e))
}

/// Chinese digits read one by one from char `i` (二〇二五, 一二三), and the
/// scale after them, as Hong Kong and Taiwan budgets write it (一五六二億
/// is 1562億).
fn digit_sequence(chars: &[char], i: usize) -> Result<Numeral, NumeralError> {
    let n = chars.len();
    let mut k = i;
    let mut s = String::new();
    while k < n {
        match chinese_digit(chars[k]) {
            Some(d) => {
                s.push(char::from_digit(d, 10).unwrap_or('0'));
                k += 1;
            }
            None => break,
        }
    }
    if s.len() > 28 {
        return Err(NumeralError::Overflow);
    }
    let mut v: Decimal = s.parse().map_err(|_| NumeralError::Overflow)?;
    // a decimal part: 一三五點五八美元 is 135.58 (Taiwanese papers write
    // prices and indices digit by digit)
    let mut point = None;
    if let Some((frac, e)) = point_digits(chars, k, 20) {
        if let Ok(x) = [s.as_str(), ".", frac.as_str()].concat().parse::<Decimal>() {
            v = x;
            point = Some(pow10(-(frac.len() as i32)));
            k = e;
        }
    }
    let mut scale = Decimal::ONE;
    while let Some(e) = chars.get(k).and_then(|&c| big_unit(c)) {
        let f = Decimal::from_i128_with_scale(10i128.pow(e), 0);
        scale = of(scale.checked_mul(f))?;
        k += 1;
    }
    let scaled = scale > Decimal::ONE;
    v = of(v.checked_mul(scale))?;
    let mut precision = match point {
        Some(p) => of(p.checked_mul(scale))?,
        None => scale,
    };
    // the next group written the same way (一三五億二○○○萬)
    if let (true, None) = (scaled, point) {
        if let Some((group, e)) = group_at(chars, k).filter(|&(_, e)| pow10(e as i32) < scale) {
            let u = pow10(e as i32);
            v = of(v.checked_add(of(Decimal::from(group).checked_mul(u))?))?;
            precision = u;
            k += GROUP + 1;
        }
    }
    Ok(Numeral {
        value: v,
        precision,
        end: k,
        arabic: false,
        chinese_digit: true,
        has_unit: scaled,
        atoms: s.chars().count(),
        // a number with a decimal part is no code or year
        digit_sequence: !scaled && point.is_none(),
        lone_digit: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_stop_is_a_point_between_digits_before_a_currency_or_in_a_range() {
        let at = |s: &str| full_stop_is_point_at(s, s.find('。').unwrap());
        assert!(at("兌換7。75港元"));
        assert!(at("即7。75~7。85之間"));
        assert!(at("營收3。5億美元"));
        // the second of a range
        let s = "即7。75~7。85之間";
        assert!(full_stop_is_point_at(s, s.rfind('。').unwrap()));
        // a sentence that ends on a number
        assert!(!at("共有3。2024年"));
        assert!(!at("排名第5。75%的企業"));
        assert!(!at("共3。5萬人"));
        assert!(!at("編號12345。5元"));
        assert!(!at("完成。75港元"));
    }

    #[test]
    fn a_lone_digit_is_read_as_by_atoms() {
        let digits: Vec<char> = ('\u{3000}'..='\u{9fff}')
            .filter(|&c| chinese_digit(c).is_some())
            .collect();
        let nexts = (' '..='~')
            .chain('\u{3000}'..='\u{303f}')
            .chain('\u{4e00}'..='\u{9fff}')
            .chain('\u{ff01}'..='\u{ff5e}')
            .map(Some)
            .chain([None]);
        let mut fast = 0;
        for e in nexts {
            for &c in &digits {
                for f in [None, Some('五'), Some('x')] {
                    let chars: Vec<char> =
                        [Some('x'), Some(c), e, f].into_iter().flatten().collect();
                    if let Some(lone) = lone_digit(&chars, 1) {
                        let by_atoms = read_numeral_by_atoms(&chars, 1);
                        assert_eq!(
                            format!("{:?}", Ok::<_, NumeralError>(Some(lone))),
                            format!("{by_atoms:?}"),
                            "{chars:?}"
                        );
                        fast += 1;
                    }
                }
            }
        }
        assert!(fast > 100_000);
    }

    #[test]
    fn a_plain_arabic_number_is_read_as_by_atoms() {
        let numbers = [
            "5万",
            "557.6万",
            "0万",
            "0.0亿",
            "3億",
            "1,000萬",
            "1.5兆",
            "2.50亿",
            "9999999999999999999999999999亿",
            "0.000000000000000000001兆",
            "12千",
            "7百",
            "5",
            "0",
            "10",
            "100",
            "0.00",
            "1.50",
            "1,234",
            "12，345",
            "1,23",
            "2025",
            "007",
            "3.",
            "3.x",
            "1.2.3",
            "０５",
            "５.５",
            "9999999999999999999999999999",
            "99999999999999999999999999999",
            "0.000000000000000000001",
            "1,234,567.890",
        ];
        let nexts = (' '..='~')
            .chain('\u{3000}'..='\u{303f}')
            .chain('\u{4e00}'..='\u{9fff}')
            .chain('\u{ff01}'..='\u{ff5e}')
            .map(Some)
            .chain([None]);
        let mut fast = 0;
        for e in nexts {
            for number in numbers {
                for f in [None, Some('五'), Some('5')] {
                    let chars: Vec<char> = "x"
                        .chars()
                        .chain(number.chars())
                        .chain(e)
                        .chain(f)
                        .collect();
                    if let Some(plain) = plain_arabic(&chars, 1) {
                        let by_atoms = read_numeral_by_atoms(&chars, 1);
                        assert_eq!(
                            format!("{:?}", Ok::<_, NumeralError>(Some(plain))),
                            format!("{by_atoms:?}"),
                            "{chars:?}"
                        );
                        fast += 1;
                    }
                }
            }
        }
        assert!(fast > 100_000);
    }

    fn read(s: &str) -> (String, String, usize) {
        let chars: Vec<char> = s.chars().collect();
        let n = read_numeral(&chars, 0).unwrap().unwrap();
        (
            n.value.normalize().to_string(),
            n.precision.normalize().to_string(),
            n.end,
        )
    }

    #[test]
    fn places_fall_within_a_group() {
        // 十七十八 is two numerals, not 88; 二十五千克 is 25 kilograms
        assert_eq!(read("十七十八岁"), ("17".into(), "1".into(), 2));
        assert_eq!(read("二十五千克"), ("25".into(), "1".into(), 3));
        assert_eq!(read("一千二百三十四"), ("1234".into(), "1".into(), 7));
        assert_eq!(read("25千克"), ("25".into(), "1".into(), 2));
        assert_eq!(read("三千五百万"), ("35000000".into(), "1000000".into(), 5));
    }

    #[test]
    fn a_unit_that_comes_again_scales_the_whole_number() {
        // 十二万三千点五万 is 123000.5万, not 十二万 plus 三千点五万
        assert_eq!(
            read("十二万三千点五万元"),
            ("1230005000".into(), "1000".into(), 8)
        );
        assert_eq!(
            read("二十八万三千八百一十八点二万元"),
            ("2838182000".into(), "1000".into(), 14)
        );
        // but after units multiplied together the unit is below them
        assert_eq!(
            read("六万亿七千亿元"),
            ("6700000000000".into(), "100000000000".into(), 6)
        );
        // 仟 and 佰 after a plain digit are its places
        assert_eq!(read("三仟元"), ("3000".into(), "1000".into(), 2));
        assert_eq!(read("五佰万"), ("5000000".into(), "1000000".into(), 3));
        // a smaller unit after a larger one still adds: 三亿五千万
        assert_eq!(
            read("三亿五千万"),
            ("350000000".into(), "10000000".into(), 5)
        );
    }

    #[test]
    fn a_decimal_after_a_place() {
        assert_eq!(
            read("十点五亿元"),
            ("1050000000".into(), "10000000".into(), 4)
        );
        assert_eq!(read("二十点五。"), ("20.5".into(), "0.1".into(), 4));
        // before a currency, a percentage or a multiple
        assert_eq!(read("三千点五元"), ("3000.5".into(), "0.1".into(), 4));
        assert_eq!(read("十点五个百分点"), ("10.5".into(), "0.1".into(), 3));
        assert_eq!(read("四万点六元"), ("40000.6".into(), "0.1".into(), 4));
        assert_eq!(read("两万点三"), ("20000".into(), "10000".into(), 2));
        // a time of day and an index level are not decimals
        assert_eq!(read("十点五分"), ("10".into(), "10".into(), 1));
        assert_eq!(read("三千点五连阴"), ("3000".into(), "1000".into(), 2));
    }

    #[test]
    fn table() {
        let cases: &[(&str, &str, &str)] = &[
            ("2,048", "2048", "1"),
            ("278.8万", "2788000", "1000"),
            ("557.6万", "5576000", "1000"),
            ("3,080万", "30800000", "100000"),
            ("1.2万亿", "1200000000000", "100000000000"),
            ("3亿4千万", "340000000", "10000000"),
            ("一千二百三十四万五千", "12345000", "1000"),
            ("十二", "12", "1"),
            ("二十", "20", "10"),
            ("一百零五", "105", "1"),
            ("两千", "2000", "1000"),
            ("两万五", "25000", "1000"),
            ("五百六亿", "56000000000", "1000000000"),
            ("一千二亿", "120000000000", "10000000000"),
            ("两百五万", "2500000", "100000"),
            ("十万", "100000", "100000"),
            ("一万亿", "1000000000000", "1000000000000"),
            ("十二万亿", "12000000000000", "1000000000000"),
            ("16.4亿", "1640000000", "10000000"),
            ("五点二", "5.2", "0.1"),
            ("壹佰贰拾叁", "123", "1"),
            ("兩萬", "20000", "10000"),
            ("１２３", "123", "1"),
            ("2，048", "2048", "1"),
            ("二〇二五", "2025", "1"),
            ("1349084亿", "134908400000000", "100000000"),
            ("7.80", "7.8", "0.01"),
        ];
        for (input, value, prec) in cases {
            let (v, p, _) = read(input);
            assert_eq!((v.as_str(), p.as_str()), (*value, *prec), "{input}");
        }
    }

    #[test]
    fn powers_of_ten_are_the_products_of_tens() {
        for exp in -28..=28 {
            let mut d = Decimal::ONE;
            for _ in 0..exp {
                d *= Decimal::TEN;
            }
            if exp < 0 {
                d = Decimal::new(1, (-exp) as u32);
            }
            let p = pow10(exp);
            assert_eq!((p, p.scale(), p.mantissa()), (d, d.scale(), d.mantissa()));
        }
    }

    #[test]
    fn chinese_digits_are_past_the_first_of_them() {
        let first = (0..=0x10FFFFu32).filter_map(char::from_u32).find(|&c| {
            matches!(
                c,
                '零' | '〇'
                    | '○'
                    | '一'
                    | '壹'
                    | '弌'
                    | '二'
                    | '两'
                    | '兩'
                    | '贰'
                    | '貳'
                    | '弍'
                    | '三'
                    | '叁'
                    | '參'
                    | '弎'
                    | '四'
                    | '肆'
                    | '五'
                    | '伍'
                    | '六'
                    | '陆'
                    | '陸'
                    | '七'
                    | '柒'
                    | '八'
                    | '捌'
                    | '九'
                    | '玖'
            )
        });
        assert_eq!(first, Some('○'));
    }

    #[test]
    fn zhao_right_after_wan_is_a_slip_not_a_magnitude() {
        let chars: Vec<char> = "134萬兆9084億元".chars().collect();
        assert_eq!(read_numeral(&chars, 0), Err(NumeralError::DoubledScale));
        // 万亿 and 兆 alone are read
        assert_eq!(read("134兆9084億元").0, "134908400000000");
        assert_eq!(read("134万亿元").0, "134000000000000");
        // 兆 before a unit is mega-: the amount stops at 万
        let chars: Vec<char> = "2万兆瓦".chars().collect();
        assert!(read_numeral(&chars, 0).is_ok());
        assert_eq!(read("2万兆瓦").0, "20000");
    }

    #[test]
    fn overflow_is_an_error() {
        let chars: Vec<char> = "99999999999999999999999999999999亿".chars().collect();
        assert_eq!(read_numeral(&chars, 0), Err(NumeralError::Overflow));
        let chars: Vec<char> = "99999999999999999999万亿".chars().collect();
        assert!(read_numeral(&chars, 0).is_err());
    }
}
