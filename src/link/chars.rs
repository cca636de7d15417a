//! A pass over the characters of a text that decodes only those that may
//! be one of a few looked for: a character of one or three bytes whose
//! last byte is one of theirs. The others are passed over by their lead
//! bytes (most of a Chinese text, read without decoding).

/// The last bytes of `chars` (each of one or three bytes in UTF-8), by
/// byte: an ASCII character is its own byte, one of three bytes ends in a
/// continuation byte, so the two kinds never share one.
pub(super) const fn last_bytes(chars: &[char]) -> [bool; 256] {
    let mut ends = [false; 256];
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k] as usize;
        assert!(
            c < 0x80 || (c >= 0x800 && c < 0x10000),
            "one or three bytes"
        );
        ends[if c < 0x80 { c } else { 0x80 | (c & 0x3F) }] = true;
        k += 1;
    }
    ends
}

/// Whether `f` holds for a character of `s` of one or three bytes whose
/// last byte is set in `ends`, given its byte offset: asked of those
/// characters in order, until it does. Every character the table was made
/// of ([`last_bytes`]) is asked about, and a few others.
#[inline(always)]
pub(super) fn any(s: &str, ends: &[bool; 256], mut f: impl FnMut(usize, char) -> bool) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let at = i;
        let (len, look) = match b[at] {
            lead @ 0..0x80 => (1, ends[lead as usize]),
            0x80..0xE0 => (2, false),
            0xE0..0xF0 => (3, ends[b[at + 2] as usize]),
            _ => (4, false),
        };
        i += len;
        if look && s[at..].chars().next().is_some_and(|c| f(at, c)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_characters_looked_for_are_all_found_in_order() {
        const ENDS: [bool; 256] = last_bytes(&['(', '（', '其', 'p']);
        let text = "é(其😀x（p其）中)";
        let want: Vec<(usize, char)> = text
            .char_indices()
            .filter(|(_, c)| ['(', '（', '其', 'p'].contains(c))
            .collect();
        let mut got: Vec<(usize, char)> = Vec::new();
        any(text, &ENDS, |i, c| {
            if ['(', '（', '其', 'p'].contains(&c) {
                got.push((i, c));
            }
            false
        });
        assert_eq!(got, want);
        // every character of three bytes sharing a last byte is offered
        for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            let s = c.to_string();
            let offered = any(&s, &ENDS, |_, _| true);
            assert_eq!(offered, ENDS[s.as_bytes()[2] as usize], "{c}");
        }
    }
}
