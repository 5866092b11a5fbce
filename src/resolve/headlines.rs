// Stage: resolution, over the whole document. May use: text, lexicon, token, sentence, lang, morph, ner.
//! Headlines in capitals: the names the article's body gives.

use std::collections::HashMap;

use super::Doc;
use crate::ner::{Entity, EntityKind, Recognizer, is_headline};
use crate::text::Span;
use crate::token::TokenKind;

/// The types a name may take here, in the order of the votes.
const KINDS: [EntityKind; 3] = [EntityKind::Person, EntityKind::Organization, EntityKind::Location];

impl Recognizer {
    /// A headline in capitals («SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN») names what its
    /// article names in ordinary case, where case tells the tagger nothing: a run of its words
    /// that no entity covers and that spells, case aside, a name the other sentences give (or the
    /// surname of a person they give in full) takes the type they give it most often (none on a
    /// tie). `entities` stay sorted.
    pub(crate) fn headline_names(&self, d: &Doc<'_, '_>, entities: &mut Vec<Entity>) {
        let Doc { text, tokens, lows, sentences, .. } = *d;
        let headline: Vec<bool> = sentences.iter().map(|s| is_headline(&tokens[s.tokens.clone()])).collect();
        if !headline.contains(&true) {
            return;
        }
        // The names of the other sentences, by their lower-cased words, with a vote per type.
        let mut names: HashMap<Vec<&str>, [u32; 3]> = HashMap::new();
        for e in entities.iter().filter(|e| !headline[e.sentence] && e.tokens.len() <= 4) {
            let Some(slot) = KINDS.iter().position(|&k| k == e.kind) else { continue };
            if !tokens[e.tokens.clone()].iter().any(|t| t.text.chars().any(char::is_lowercase)) {
                continue;
            }
            let words: Vec<&str> = lows[e.tokens.clone()].iter().map(|w| w.as_ref()).collect();
            if e.kind == EntityKind::Person && words.len() >= 2 {
                names.entry(vec![words[words.len() - 1]]).or_default()[slot] += 1;
            }
            names.entry(words).or_default()[slot] += 1;
        }
        let mut covered = vec![false; tokens.len()];
        // (A position does not hide a name: in capitals the rules run a title over the words
        // before it, «SHEARER NAMED AS ENGLAND CAPTAIN», and such a position is dropped below.)
        for e in entities.iter().filter(|e| e.kind != EntityKind::Position) {
            covered[e.tokens.clone()].iter_mut().for_each(|c| *c = true);
        }
        let kind_of = |words: &[std::borrow::Cow<'_, str>]| {
            let key: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
            let votes = names.get(&key)?;
            let best = (0..3).max_by_key(|&i| votes[i])?;
            (votes.iter().filter(|&&v| v == votes[best]).count() == 1).then_some(KINDS[best])
        };
        let mut found = Vec::new();
        for (index, s) in sentences.iter().enumerate().filter(|&(k, _)| headline[k]) {
            let mut i = s.tokens.start;
            while i < s.tokens.end {
                let free = |j: usize| !covered[j] && tokens[j].kind == TokenKind::Word && tokens[j].is_capitalized();
                let longest = (1..=4).rev().find_map(|n| {
                    (i + n <= s.tokens.end && (i..i + n).all(free)).then(|| kind_of(&lows[i..i + n]).map(|k| (n, k)))?
                });
                let Some((n, kind)) = longest else {
                    i += 1;
                    continue;
                };
                let ts = &tokens[i..i + n];
                found.push(Entity {
                    span: Span::new(ts[0].span.start, ts[n - 1].span.end),
                    kind,
                    norm: self.normalize(text, ts, kind),
                    sentence: index,
                    tokens: i..i + n,
                    cluster: 0,
                });
                i += n;
            }
        }
        if !found.is_empty() {
            // A position with a name found inside was run over the headline's words: dropped.
            entities.retain(|p| {
                p.kind != EntityKind::Position || !found.iter().any(|f| p.tokens.contains(&f.tokens.start))
            });
            entities.extend(found);
            entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, EntityKind};

    #[test]
    fn a_headline_in_capitals_names_what_the_article_names() {
        let text = "RUGBY - CARLING NAMED AS ENGLAND CAPTAIN .\nLONDON 1996-08-30\n\
                    Will Carling was named England captain on Friday .\nCarling said he was proud .\n";
        let doc = Analyzer::new().analyze(text);
        let found: Vec<(&str, EntityKind)> = doc.entities.iter().map(|e| (e.span.slice(text), e.kind)).collect();
        assert!(found.contains(&("CARLING", EntityKind::Person)), "{found:?}");
        // The position the rules ran over the headline's words is gone.
        assert!(!found.iter().any(|(t, _)| t.starts_with("CARLING NAMED")), "{found:?}");
    }
}
