// Stage: resolution, over the whole document. May use: text, token, sentence, lang, morph, ner.
//! Document passes over the entities the sentences gave — checks of persons, one type per name,
//! repeated organisations, genders — then officials (person + position + organisation) and the
//! professions no official took. The passes run in the order [`PASSES`] lists them.

mod candidates;
mod cluster;
mod companies;
mod document;
mod headlines;
mod official;

use std::borrow::Cow;

pub use cluster::Cluster;
pub use official::{Official, OfficialMention, Part};

use crate::lang::{AnalyzedSentence, NameReading};
use crate::ner::{Entity, MorphCache, Recognizer, Sent};
use crate::token::Token;

/// What the document passes read: the text, its tokens with their lower-cased forms, the
/// sentences with how their names were read, and the dictionary look-ups of the sentence stage.
#[derive(Clone, Copy)]
pub(crate) struct Doc<'a, 't> {
    pub(crate) text: &'t str,
    pub(crate) tokens: &'a [Token<'t>],
    pub(crate) lows: &'a [Cow<'t, str>],
    pub(crate) sentences: &'a [AnalyzedSentence],
    pub(crate) readings: &'a [NameReading],
    pub(crate) cache: &'a MorphCache,
}

/// A document pass: reads the document, changes its entities.
type Pass = fn(&Recognizer, &Doc<'_, '_>, &mut Vec<Entity>);

/// The document passes over the entities, in the order they run.
const PASSES: &[(&str, Pass)] = &[
    ("check_persons", Recognizer::check_persons),
    ("place_first_names", Recognizer::place_first_names),
    ("same_surname", Recognizer::same_surname),
    ("unions_of_states", Recognizer::unions_of_states),
    ("one_type_per_name", Recognizer::one_type_per_name),
    ("repeated_organisations", Recognizer::repeated_organisations),
    ("companies_by_legal_form", Recognizer::companies_by_legal_form),
    ("headline_names", Recognizer::headline_names),
    ("drop_products", Recognizer::drop_products),
    ("agree_genders", Recognizer::agree_genders),
];

/// Resolves the sentences' entities over the document: sorts them, runs [`PASSES`], links
/// officials, adds the professions no official took, then groups the mentions into clusters.
/// Returns the entities in text order, the officials (once per person, position and
/// organisation) and the clusters.
pub(crate) fn resolve(r: &Recognizer, doc: &Doc<'_, '_>, mut entities: Vec<Entity>) -> Resolved {
    sort(&mut entities);
    for (_, pass) in PASSES {
        pass(r, doc, &mut entities);
    }
    let mut officials = official::link(doc.text, doc.tokens, &mut entities, r);
    official::link_surnames(&entities, &mut officials);
    let mut professions = Vec::new();
    for (k, s) in doc.sentences.iter().enumerate().filter(|&(k, _)| doc.readings[k] != NameReading::Skip) {
        let sent = Sent::new(doc.text, doc.tokens, doc.lows, s.tokens.clone(), k);
        r.add_professions(sent, &entities, doc.cache, &mut professions);
    }
    if !professions.is_empty() {
        entities.extend(professions);
        sort(&mut entities);
    }
    let clusters = cluster::cluster(doc.tokens, &mut entities);
    let officials = official::merge(&entities, officials);
    (entities, officials, clusters)
}

/// What resolution gives: entities, officials, clusters.
pub(crate) type Resolved = (Vec<Entity>, Vec<Official>, Vec<Cluster>);

/// Entities in text order, the longer first where two start together.
fn sort(entities: &mut [Entity]) {
    entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
}
