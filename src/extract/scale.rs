//! Reading a number with its scale: 万, 亿, 兆 and the scales after a
//! number, scientific notation (`3.14×10^23`), English suffixes (`671B`),
//! and 兆 as mega before an SI unit.

use super::numeral;
use super::numeral::{arabic_digit, Numeral, NumeralError};
use super::text::Text;
use super::units::si_unit_char;
use super::{Kind, Mention};
use rust_decimal::Decimal;

/// A numeral with the span it covers (chars).
#[derive(Clone, Debug)]
pub(super) struct Num {
    pub(super) value: Decimal,
    pub(super) precision: Decimal,
    pub(super) end: usize,
    pub(super) info: Option<Numeral>,
}

/// The number read (`value`, `precision`) times 10^`exp`, ending at char
/// `end`: what scientific notation reads, either way it is written. An
/// exponent past 28 places, or a product that does not fit, is an overflow.
fn times_power_of_ten(
    num: Numeral,
    value: Decimal,
    precision: Decimal,
    exp: i64,
    end: usize,
) -> Result<Num, NumeralError> {
    if exp.abs() > 28 {
        return Err(NumeralError::Overflow);
    }
    let f = Decimal::from_i128_with_scale(10i128.pow(exp.unsigned_abs() as u32), 0);
    let (v, p) = if exp < 0 {
        (value.checked_div(f), precision.checked_div(f))
    } else {
        (value.checked_mul(f), precision.checked_mul(f))
    };
    Ok(Num {
        value: v.ok_or(NumeralError::Overflow)?,
        precision: p.ok_or(NumeralError::Overflow)?,
        end,
        info: Some(Numeral { end, ..num }),
    })
}

pub(super) fn read_num(t: &Text, i: usize) -> Result<Option<Num>, NumeralError> {
    let Some(mut num) = t.numeral_at(i)? else {
        return Ok(None);
    };
    let mut value = num.value;
    let mut precision = num.precision;
    let mut end = num.end;
    // scientific notation as news writes it: 3.14×10^23, 3.14×10²³
    // (the separators' first characters first: most numbers have none
    // after them, and the scanner's character there is the text's own)
    if num.arabic && !num.has_unit && matches!(t.at(end), Some('×' | 'x' | 'X' | '*' | ' ')) {
        let k = end;
        let mut exp_start = None;
        for sep in ["×10^", "x10^", "X10^", "*10^", "×10", " × 10^", "×１０^"] {
            if t.starts(k, sep) {
                exp_start = Some(k + Text::nchars(sep));
                break;
            }
        }
        if let Some(es) = exp_start {
            let sup = |c: char| "⁰¹²³⁴⁵⁶⁷⁸⁹".chars().position(|x| x == c).map(|d| d as i64);
            let mut e = es;
            let mut neg = false;
            if matches!(t.at(e), Some('-' | '⁻')) {
                neg = true;
                e += 1;
            } else if matches!(t.at(e), Some('+')) {
                e += 1;
            }
            let mut exp: i64 = 0;
            let ds = e;
            while let Some(d) = t
                .at(e)
                .and_then(|c| arabic_digit(c).map(|d| d as i64).or_else(|| sup(c)))
            {
                exp = exp * 10 + d;
                e += 1;
                if e - ds > 2 {
                    break;
                }
            }
            if e > ds {
                let exp = if neg { -exp } else { exp };
                return times_power_of_ten(num, value, precision, exp, e).map(Some);
            }
        }
    }
    // scientific notation as papers and the tables news copies write it:
    // 3.14E+23, 2.15e25 (a name's letters were passed over before)
    if num.arabic && !num.has_unit {
        if let Some((exp, e)) = super::names::exponent_at(t, end) {
            return times_power_of_ten(num, value, precision, exp, e).map(Some);
        }
    }
    // English-style suffixes: 671B, 2.788M, 5K (not 5G, 4o: those are names)
    if let Some((n, e)) = (num.arabic && !num.has_unit)
        .then(|| english_scale_word(t, end))
        .flatten()
    {
        let f = Decimal::from_i128_with_scale(10i128.pow(e), 0);
        value = value.checked_mul(f).ok_or(NumeralError::Overflow)?;
        precision = precision.checked_mul(f).ok_or(NumeralError::Overflow)?;
        end += n;
    } else if num.arabic && !num.has_unit && end < t.len() {
        // (a chip's or a product's name: 910B处理器, 昇腾910B芯片)
        // (perhaps past a space before a Chinese noun: 910B 芯片; not
        // 2.788M GPU小时)
        let names_a_product = || {
            NAMED_AFTER.iter().any(|w| t.starts(end + 1, w))
                || (t.at(end + 1) == Some(' ')
                    && NAMED_AFTER
                        .iter()
                        .any(|w| !w.is_ascii() && t.starts(end + 2, w)))
        };
        let mult: Option<(&str, i32)> = if t.starts(end, "bn") {
            Some(("bn", 9))
        } else if t.chars[end] != ' ' && names_a_product() {
            None
        } else if t.chars[end] == ' ' {
            spaced_scale_letter(t, end)
        } else {
            match t.chars[end] {
                'K' | 'k' if !t.at(end + 1).is_some_and(|c| c.is_ascii_alphabetic()) => {
                    Some(("K", 3))
                }
                'M' if !t.at(end + 1).is_some_and(|c| c.is_ascii_alphabetic()) => Some(("M", 6)),
                'B' if !t.at(end + 1).is_some_and(|c| c.is_ascii_alphabetic()) => Some(("B", 9)),
                'T' if !t.at(end + 1).is_some_and(|c| c.is_ascii_alphabetic())
                    && !super::units::flops_at(t, end + 1) =>
                {
                    Some(("T", 12))
                }
                'w' if web_wan_at(t, i, end) => Some(("w", 4)),
                _ => None,
            }
        };
        if let Some((w, e)) = mult {
            let f = Decimal::from_i128_with_scale(10i128.pow(e as u32), 0);
            value = value.checked_mul(f).ok_or(NumeralError::Overflow)?;
            precision = precision.checked_mul(f).ok_or(NumeralError::Overflow)?;
            end += w.len();
        }
    }
    // 一个亿, 十个亿 (spoken Chinese counts 亿 with a measure word): the
    // number of 亿; 两个多亿 leaves 多亿 to the vague tail after 个
    if matches!(t.at(end), Some('个' | '個')) {
        let yi = |k: usize| matches!(t.at(k), Some('亿' | '億'));
        if yi(end + 1) {
            let f = Decimal::from(100_000_000);
            value = value.checked_mul(f).ok_or(NumeralError::Overflow)?;
            precision = precision.checked_mul(f).ok_or(NumeralError::Overflow)?;
            end += 2;
            // (an amount now, not a lone digit before a measure word)
            num.lone_digit = false;
            num.has_unit = true;
        } else if matches!(t.at(end + 1), Some('多')) && yi(end + 2) {
            end += 1;
        }
    }
    Ok(Some(Num {
        value,
        precision,
        end,
        info: Some(num),
    }))
}

/// Words after a letter that follows digits which make the digits and
/// the letter a product's name, not a number and its scale (`910B处理器`).
const NAMED_AFTER: &[&str] = &[
    "处理器",
    "處理器",
    "芯片",
    "晶片",
    "加速卡",
    "显卡",
    "顯卡",
    "GPU",
    "NPU",
    "CPU",
];

/// An English scale word after a number, past one space (`US$5 million`,
/// `HK$2.5 billion`, `RMB 500 million`, `3 billion美元`, `US$1.2mn`): the
/// characters it takes, its space included, and its power of ten. A word
/// whole: not the start of a longer one.
fn english_scale_word(t: &Text, end: usize) -> Option<(usize, u32)> {
    const WORDS: &[(&str, u32)] = &[
        ("million", 6),
        ("Million", 6),
        ("MILLION", 6),
        ("billion", 9),
        ("Billion", 9),
        ("BILLION", 9),
        ("trillion", 12),
        ("Trillion", 12),
        ("TRILLION", 12),
        ("mn", 6),
    ];
    let k = if t.at(end) == Some(' ') { end + 1 } else { end };
    WORDS.iter().find_map(|&(w, e)| {
        // (ASCII: as many characters as bytes)
        let after = k + w.len();
        (t.starts(k, w) && !t.at(after).is_some_and(|c| c.is_ascii_alphanumeric()))
            .then_some((after - end, e))
    })
}

/// A scale letter after the space at char `sp` that follows a number (`1 T`,
/// `32 B`, `15 T tokens`, `128 K`): K, M, B or T standing alone (no letter
/// or digit after it), not before a word that makes it a grade, a class or
/// a round (`3 B 类`, `B 轮`, `A 股`), and only directly before 参数 or
/// tokens or in a sentence of a model's parameters or tokens. With its
/// space, as a suffix of [`read_num`].
fn spaced_scale_letter(t: &Text, sp: usize) -> Option<(&'static str, i32)> {
    let (w, e) = match t.at(sp + 1)? {
        'K' => (" K", 3),
        'M' => (" M", 6),
        'B' => (" B", 9),
        'T' => (" T", 12),
        _ => return None,
    };
    if t.at(sp + 2)
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
        || super::units::flops_at(t, sp + 2)
    {
        return None;
    }
    let after = if t.at(sp + 2) == Some(' ') {
        sp + 3
    } else {
        sp + 2
    };
    const GRADES: &[char] = &[
        '类', '類', '轮', '輪', '股', '级', '級', '档', '檔', '座', '栋', '棟', '区', '區', '组',
        '組', '队', '隊', '型', '版', '端', '超', '站', '楼', '樓', '号', '號', '公',
    ];
    if t.at(after).is_some_and(|c| GRADES.contains(&c)) {
        return None;
    }
    const COUNTED: &[&str] = &["参数", "參數", "token", "Token", "词元", "詞元"];
    const MODEL: &[&str] = &[
        "参数",
        "參數",
        "token",
        "Token",
        "词元",
        "詞元",
        "模型",
        "激活",
        "parameter",
    ];
    (COUNTED.iter().any(|c| t.starts(after, c)) || super::text::sentence_has(t, sp, MODEL))
        .then_some((w, e))
}

/// Whether the `w` at char `w` after the number at char `start` is the w
/// of web writing for 万 (300w张, 640w元, 30w上下): before a Chinese
/// character, and not where the sentence speaks of power (功耗700w左右:
/// watts, as 700W is).
pub(super) fn web_wan_at(t: &Text, start: usize, w: usize) -> bool {
    const POWER: &[&str] = &["功耗", "功率", "瓦", "TDP", "电源", "電源", "充电", "充電"];
    t.at(w) == Some('w')
        && t.at(w + 1)
            .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !POWER.iter().any(|p| {
            let before = start.saturating_sub(8);
            t.chars[before..start]
                .iter()
                .collect::<String>()
                .contains(p)
        })
}

/// A scale word after a number: 万, 亿, 万亿, 千万, 百万, 千亿.
pub(super) fn scale_after(t: &Text, k: usize) -> Option<(Decimal, usize)> {
    let mut f = Decimal::ONE;
    let mut j = k;
    if let Some(u) = t.at(j).and_then(numeral::small_unit) {
        if t.at(j + 1).and_then(numeral::big_unit).is_some() {
            f = f.checked_mul(Decimal::from(u))?;
            j += 1;
        }
    }
    let mut any = false;
    while let Some(e) = t.at(j).and_then(numeral::big_unit) {
        f = f.checked_mul(Decimal::from_i128_with_scale(10i128.pow(e), 0))?;
        j += 1;
        any = true;
    }
    if any {
        Some((f, j))
    } else {
        None
    }
}

pub(super) fn scale_or_small(t: &Text, k: usize) -> Option<(Decimal, usize)> {
    let mut f = Decimal::ONE;
    let mut j = k;
    let mut any = false;
    while let Some(c) = t.at(j) {
        if let Some(u) = numeral::small_unit(c) {
            f = f.checked_mul(Decimal::from(u))?;
        } else if let Some(e) = numeral::big_unit(c) {
            f = f.checked_mul(Decimal::from_i128_with_scale(10i128.pow(e), 0))?;
        } else {
            break;
        }
        any = true;
        j += 1;
    }
    any.then_some((f, j))
}

/// 兆 before an SI unit is mega, not 10^12: 300兆瓦 is 300 MW, 千兆瓦 a
/// gigawatt, 5兆赫 5 MHz; before money or a count 兆 stays 10^12 (逾半兆美元).
pub(super) fn mega_before_si_unit(text: &str, m: &mut Mention) {
    // (a span is a few bytes: they are compared in place, not searched
    // for the character; its bytes are found at a character's start only)
    const MEGA: &[u8] = "兆".as_bytes();
    let span = &text.as_bytes()[m.start..m.end];
    let last = MEGA[MEGA.len() - 1];
    let Some(at) = (MEGA.len()..=span.len())
        .rev()
        .find(|&e| span[e - 1] == last && span[..e].ends_with(MEGA))
        .map(|e| e - MEGA.len())
    else {
        return;
    };
    let after = text[m.start + at + '兆'.len_utf8()..].chars().next();
    if !after.is_some_and(si_unit_char) || m.kind == Kind::Money {
        return;
    }
    let million = Decimal::from(1_000_000);
    for v in [&mut m.value, &mut m.low, &mut m.high] {
        *v = v.and_then(|x| x.checked_div(million));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_w_of_web_writing_is_wan_but_not_where_power_is_spoken_of() {
        // (the number's start, and where its w is)
        let at = |s: &str, number: &str| {
            let t = Text::new(s);
            let i = s[..s.find(number).unwrap()].chars().count();
            let w = i + number.chars().count();
            web_wan_at(&t, i, w)
        };
        assert!(at("该片独得300w张选票", "300"));
        assert!(at("涉案金额30w上下", "30"));
        // watts: in a sentence of power, or before no Chinese character
        assert!(!at("H100功耗700w左右", "700"));
        assert!(!at("额定功率为700w左右", "700"));
        assert!(!at("功耗700w。", "700"));
        assert!(!at("共有300w", "300"));
    }
}
