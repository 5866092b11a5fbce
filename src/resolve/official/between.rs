// Stage: resolution, over the whole document. May use: text, lexicon, token, sentence, lang, morph, ner.
//! What may stand between a person and a position, and between the names of a list: connectors,
//! words of tenure, link verbs («был», «became»), bracketed asides.

use crate::lexicon::lexicon;
use crate::ner::Entity;
use crate::token::{Token, TokenKind};

// Words between a person and a position that say when: «бывший», «нынешний», «временно».
lexicon!(TENURE_WORDS, "ru/tenure_words.txt");

/// What may stand between a person and the position after it: connectors, then a word of
/// tenure: «Андрей Санников — бывший заместитель министра»; in English up to two, articles
/// included: «Eliahu Ben-Elissar, a former envoy».
pub(in crate::resolve) fn between_before_ok(between: &[Token<'_>]) -> bool {
    let words = between.iter().skip_while(|t| is_connector(t)).collect::<Vec<_>>();
    let russian = words.len() <= 1 && words.iter().all(|t| TENURE_WORDS.contains(&crate::text::lowercase(t.text)));
    let english = words.len() <= 2 && words.iter().all(|t| crate::ner::is_tenure_word(&crate::text::lowercase(t.text)));
    between.len() - words.len() <= 2 && (russian || english) && (words.is_empty() || between.len() > words.len())
}

fn is_connector(t: &Token<'_>) -> bool {
    matches!(t.text, "," | "—" | "–" | "-" | "(" | ")" | ":")
}

/// Between two coordinated positions: «,», «и» or both («писатель, поэт и журналист»), or
/// «and» («chairman and chief executive»).
pub(in crate::resolve) fn is_coordination(gap: &[Token<'_>]) -> bool {
    (1..=2).contains(&gap.len()) && gap.iter().all(|t| matches!(t.text, "," | "и" | "and"))
}

/// The next name of a list after person `k` (`persons`: the sentence's, in text order): it
/// starts right after `k`'s end, a comma, «и», «and» or a bracketed aside between.
pub(in crate::resolve) fn next_in_list(
    tokens: &[Token<'_>],
    entities: &[Entity],
    persons: &[usize],
    k: usize,
) -> Option<usize> {
    let end = entities[k].tokens.end;
    let from = persons.partition_point(|&j| entities[j].tokens.start < end);
    let near = persons[from..].iter().take_while(|&&j| entities[j].tokens.start - end <= 64);
    near.copied().find(|&j| is_list_gap(&tokens[end..entities[j].tokens.start]))
}

/// Between two names of a list: a comma, «и» or «and» (or a comma and one of them), after an
/// optional bracketed aside («Юрий Царёв (проект «Метро»), Алексей Борисов»).
fn is_list_gap(between: &[Token<'_>]) -> bool {
    let rest = match between.first() {
        Some(t) if t.text == "(" => match between.iter().position(|t| t.text == ")") {
            Some(close) => &between[close + 1..],
            None => return false,
        },
        _ => between,
    };
    match rest {
        [a] => matches!(a.text, "," | "и" | "and"),
        [a, b] => a.text == "," && matches!(b.text, "и" | "and"),
        _ => false,
    }
}

/// Between a position and the person that follows it: words, quotes, a hyphen, and bracketed
/// asides («Пресс-секретарь Роскомнадзора (РКН) Вадим Ампелонский»).
pub(in crate::resolve) fn between_ok(tokens: &[Token<'_>]) -> bool {
    // «первый вратарь сборной последних лет, Оливер Кан»: a comma just before the name.
    let tokens = match tokens.split_last() {
        Some((last, rest)) if last.text == "," && !rest.iter().any(|t| t.text == ",") => rest,
        _ => tokens,
    };
    let mut depth = 0i32;
    tokens.iter().all(|t| match t.text {
        "(" => {
            depth += 1;
            true
        }
        ")" => {
            depth -= 1;
            depth >= 0
        }
        // An English possessive: «the Russian league 's disciplinary committee, Anatoly …».
        "'" | "’" => true,
        _ => {
            depth > 0
                || t.kind == TokenKind::Word
                || crate::text::opens_quote(t.text)
                || crate::text::closes_quote(t.text)
                || t.text == "-"
        }
    }) && depth == 0
}

// Verbs that say someone holds a position: «был», «стал», «является», «назначен», «занимает».
lexicon!(LINK_VERBS, "ru/link_verbs.txt");
// The same in English: «became», «was named».
lexicon!(EN_LINK_VERBS, "en/link_verbs.txt");

/// Verbs that say someone holds a position: «был», «стал», «является», «назначен», «занимает»;
/// «became», «was named».
pub(in crate::resolve) fn is_link_verb(w: &str) -> bool {
    let low = crate::text::lowercase(w);
    LINK_VERBS.contains(&low) || EN_LINK_VERBS.contains(&low)
}
