// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! The place a news story's dateline opens with: «LA CORUNA , Spain 1996-08-31», «THE HAGUE
//! 1996-08-30», «ROTTERDAM, March 5, 2024 —», «WASHINGTON (Reuters) -». Whatever else its words
//! name elsewhere (a club, a company), there they name a place.

use crate::token::{Token, TokenKind};

/// A date as datelines write it: «1996-08-30», «30/08/1996» (digits with dashes or slashes).
fn numeric_date(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Number
        && t.text.bytes().filter(|b| matches!(b, b'-' | b'/')).count() == 2
        && t.text.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/'))
}

/// How many tokens the dateline place at the start of `tokens` takes: one to four words in
/// capitals (a full stop glued to one of them: «ST. LOUIS»), then — after a comma and a region
/// or country («, Spain») or right away — a date in digits, a month or an agency in brackets
/// and a dash («(Reuters) -»); after a region in title case the sentence may end, the date
/// being the next one («ST. LOUIS , Mo .»). `None` where the sentence opens otherwise: a
/// headline in capitals («SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN») goes on with words, a
/// table's heading with a bracket and figures («LONG GILT ( SEP ) ( 1/32 ) 107-12»).
pub(crate) fn place(tokens: &[Token<'_>]) -> Option<usize> {
    let mut k = 0;
    let mut words = 0;
    while let Some(t) = tokens.get(k) {
        if t.is_all_caps() {
            words += 1;
        } else if !(t.text == "." && k > 0 && tokens[k - 1].span.end == t.span.start) {
            break;
        }
        k += 1;
    }
    if words == 0 || words > 4 {
        return None;
    }
    let end = k;
    let mut region = false;
    if tokens.get(k).is_some_and(|t| t.text == ",") {
        k += 1;
        // The region or country: capitalised words, an abbreviation's full stop.
        while let Some(t) = tokens.get(k) {
            if t.kind == TokenKind::Word && t.text.starts_with(char::is_uppercase) {
                region |= t.text.chars().any(char::is_lowercase);
            } else if t.text != "." {
                break;
            }
            k += 1;
        }
    }
    // A region in title case ending the sentence: the date is the next one («ST. LOUIS , Mo .»).
    let Some(t) = tokens.get(k) else { return region.then_some(end) };
    let opens = numeric_date(t)
        || t.kind == TokenKind::Word && crate::token::month(&crate::text::lowercase(t.text)).is_some()
        || t.text == "("
            && tokens.get(k + 1).is_some_and(|a| a.text.starts_with(char::is_uppercase))
            && tokens.get(k + 2).is_some_and(|b| b.text == ")")
            && tokens.get(k + 3).is_some_and(|d| matches!(d.text, "-" | "—" | "–"));
    opens.then_some(end)
}
