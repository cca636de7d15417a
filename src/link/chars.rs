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

/// Each character of `s` of one or three bytes whose last byte is set in
/// `ends`, with its byte offset, in order: every character the table was
/// made of ([`last_bytes`]) and a few others.
pub(super) fn maybe<'a>(
    s: &'a str,
    ends: &'a [bool; 256],
) -> impl Iterator<Item = (usize, char)> + 'a {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            let at = i;
            let (len, look) = match b[at] {
                lead @ 0..0x80 => (1, ends[lead as usize]),
                0x80..0xE0 => (2, false),
                0xE0..0xF0 => (3, ends[b[at + 2] as usize]),
                _ => (4, false),
            };
            i += len;
            if look {
                return s[at..].chars().next().map(|c| (at, c));
            }
        }
        None
    })
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
        let got: Vec<(usize, char)> = maybe(text, &ENDS)
            .filter(|(_, c)| ['(', '（', '其', 'p'].contains(c))
            .collect();
        assert_eq!(got, want);
        // every character of three bytes sharing a last byte is offered
        for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            let s = c.to_string();
            let offered = maybe(&s, &ENDS).count() == 1;
            assert_eq!(offered, ENDS[s.as_bytes()[2] as usize], "{c}");
        }
    }
}
