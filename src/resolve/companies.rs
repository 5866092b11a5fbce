// Stage: resolution, over the whole document. May use: text, lexicon, token, sentence, lang, morph, ner.
//! Companies named with their legal form: the same name without it is the company too.

use std::borrow::Cow;
use std::collections::HashSet;

use super::Doc;
use crate::ner::{Entity, EntityKind, Recognizer, is_legal_form};

impl Recognizer {
    /// A company the document names with its legal form («Pirelli SpA», «Barnett Banks Inc.»)
    /// is an organisation wherever its name stands without it and the taggers read a person or a
    /// place: «Pirelli is linking with …», where nothing but the document tells a company from a
    /// surname. Compared by lower-cased words. `entities` stay sorted.
    #[allow(clippy::ptr_arg)] // the signature of every pass
    pub(crate) fn companies_by_legal_form(&self, d: &Doc<'_, '_>, entities: &mut Vec<Entity>) {
        let Doc { text, tokens, lows, .. } = *d;
        let names: HashSet<&[Cow<'_, str>]> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Organization && (2..=4).contains(&e.tokens.len()))
            .filter(|e| is_legal_form(&lows[e.tokens.end - 1]))
            .map(|e| &lows[e.tokens.start..e.tokens.end - 1])
            .collect();
        if names.is_empty() {
            return;
        }
        for e in entities.iter_mut() {
            if matches!(e.kind, EntityKind::Person | EntityKind::Location) && names.contains(&lows[e.tokens.clone()]) {
                e.kind = EntityKind::Organization;
                e.norm = self.normalize(text, &tokens[e.tokens.clone()], EntityKind::Organization);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, EntityKind};

    fn entities(text: &str) -> Vec<(String, EntityKind)> {
        let analysis = Analyzer::new().analyze(text);
        analysis.entities.iter().map(|e| (e.span.slice(text).to_string(), e.kind)).collect()
    }

    #[test]
    fn the_bare_name_of_a_company_with_a_legal_form_is_the_company() {
        let text = "Ferrucci SpA opened a cable plant in Brazil on Monday .\n\
                    Ferrucci will hire 300 workers there , said Marco Bellini , a spokesman .\n\
                    The plant is the first that Ferrucci has built abroad .\n";
        let found = entities(text);
        assert!(
            found.iter().filter(|(t, _)| t.starts_with("Ferrucci")).all(|(_, k)| *k == EntityKind::Organization),
            "{found:?}"
        );
    }
}
