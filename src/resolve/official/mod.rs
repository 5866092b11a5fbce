// Stage: resolution, over the whole document. May use: text, lexicon, token, sentence, lang, morph, ner.
//! Officials: a person linked to their position and organisation when the text says so —
//! «заместитель мэра Москвы Максим Ликсутов», «Максим Ликсутов, заместитель мэра Москвы»,
//! «— сказал генеральный консул России в Гуанчжоу Юрий Теплов». A person later named by surname
//! alone gets the full name as its base form.

use serde::{Deserialize, Serialize};

use super::candidates::{Candidates, Sentence};
use crate::ner::{Entity, EntityKind, Recognizer};
use crate::text::Span;
use crate::token::{Token, TokenKind};
pub(in crate::resolve) use between::{between_before_ok, between_ok, is_coordination, is_link_verb, next_in_list};

/// A part of an official: a span of the text and its base form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    /// Byte span.
    #[serde(flatten)]
    pub span: Span,
    /// Base form.
    pub norm: String,
}

/// One place where the text names an official: the person's span and the position's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficialMention {
    /// The person's byte span.
    pub person: Span,
    /// The position's byte span.
    pub position: Span,
}

/// A person with their position and, when named, the organisation (or the place acting as one:
/// «мэр Москвы» → Москва).
///
/// ```
/// use pressa::Analyzer;
/// let doc = Analyzer::new().analyze("Об этом сообщил мэр Москвы Сергей Собянин.");
/// let o = &doc.officials[0];
/// assert_eq!(o.person.norm, "Сергей Собянин");
/// assert_eq!(o.position.norm, "мэр Москвы");
/// assert_eq!(o.org.as_ref().map(|g| g.norm.as_str()), Some("Москва"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Official {
    /// The person.
    pub person: Part,
    /// The position.
    pub position: Part,
    /// The organisation.
    pub org: Option<Part>,
    /// The person's cluster in [`Analysis::clusters`](crate::Analysis::clusters).
    pub cluster: Option<usize>,
    /// Every place the text names this official with this position and organisation (the
    /// first is `person` and `position`).
    pub mentions: Vec<OfficialMention>,
}

impl Part {
    /// An entity's span and base form.
    fn of(e: &Entity) -> Part {
        Part { span: e.span, norm: e.norm.clone() }
    }
}

impl Official {
    fn new(person: Part, position: Part, org: Option<Part>) -> Official {
        let mentions = vec![OfficialMention { person: person.span, position: position.span }];
        Official { person, position, org, cluster: None, mentions }
    }
}

mod between;
#[cfg(test)]
mod tests;

/// Finds officials among the entities of a document (sorted by start): for each position, the
/// person it speaks of ([`Candidates::choose`]), then the position's span up to that person and
/// the organisation inside it.
pub(crate) fn link(
    text: &str,
    tokens: &[Token<'_>],
    entities: &mut [Entity],
    recognizer: &Recognizer,
) -> Vec<Official> {
    let mut out = Vec::new();
    // The person each position was linked to, by entity index.
    let mut linked: Vec<Option<usize>> = vec![None; entities.len()];
    // The entities and persons of the sentence of the last position, found once per sentence.
    let mut sentence: Option<Sentence> = None;
    for p in 0..entities.len() {
        if entities[p].kind != EntityKind::Position {
            continue;
        }
        let pos = entities[p].clone();
        if sentence.as_ref().is_none_or(|s| s.sentence != pos.sentence) {
            sentence = Some(Sentence::of(entities, p));
        }
        let Some(here) = sentence.as_ref() else { continue };
        let candidates = Candidates::new(tokens, entities, &pos, here, recognizer);
        let Some(k) = candidates.choose(&linked) else {
            continue;
        };
        linked[p] = Some(k);
        let plural = candidates.plural;
        let (persons, here) = (&here.persons, here.here.clone());
        let (position, direct) = position_to_person(text, tokens, entities, &pos, k, here.clone(), recognizer);
        // A position coordinated with the person's one before takes its organisation when it
        // names none: «Pirelli SpA chairman and chief executive officer Marco Tonchetti Provera».
        let coordinated = || {
            let last = out.last().filter(|o: &&Official| o.person.span == entities[k].span)?;
            let gap = tokens.partition_point(|t| t.span.start < last.position.span.end);
            is_coordination(tokens.get(gap..position.tokens.start)?).then(|| last.org.clone())?
        };
        let org = organisation_in(text, tokens, &entities[here.clone()], &position, recognizer)
            .or_else(|| english_organisation_near(tokens, &entities[here], &position, &entities[k]))
            .or_else(coordinated);
        out.push(Official::new(Part::of(&entities[k]), position.part.clone(), org.clone()));
        // A plural position names a list of people: «музыканты Юрий Царёв (проект «Метро»),
        // Алексей Борисов и Павел Шевелёв».
        if plural && direct {
            let mut last = k;
            while let Some(j) = next_in_list(tokens, entities, persons, last) {
                out.push(Official::new(Part::of(&entities[j]), position.part.clone(), org.clone()));
                last = j;
            }
        }
    }
    out.sort_by_key(|o| o.person.span.start);
    out.dedup_by(|a, b| a.person.span == b.person.span && a.position.span == b.position.span);
    out
}

/// A position as an official has it: its span and base form, over its tokens.
struct LinkedPosition {
    part: Part,
    tokens: std::ops::Range<usize>,
}

/// The position `pos` linked to person `k`: it runs up to the person when the person follows
/// (`true`), taking capitalised words before the name into the name. Returns it with whether it
/// is direct.
fn position_to_person(
    text: &str,
    tokens: &[Token<'_>],
    entities: &mut [Entity],
    pos: &Entity,
    k: usize,
    here: std::ops::Range<usize>,
    recognizer: &Recognizer,
) -> (LinkedPosition, bool) {
    let direct = entities[k].tokens.start >= pos.tokens.end
        && !tokens[pos.tokens.end..entities[k].tokens.start].iter().any(|t| is_link_verb(t.text))
        && !{
            // (Only entities that start between the position and the person.)
            let from = here.start + entities[here.clone()].partition_point(|e| e.tokens.start < pos.tokens.end);
            let to = here.start + entities[here.clone()].partition_point(|e| e.tokens.start < entities[k].tokens.start);
            (from..to.max(from))
                .any(|q| entities[q].kind == EntityKind::Position && entities[q].tokens.end <= entities[k].tokens.start)
        };
    let (pos_span, pos_tokens) = if direct {
        let end = entities[k].tokens.start;
        // Capitalised words between the position and the person belong to the name, unless
        // the name is a whole Chinese one already («мэр Пекина | Инь Юн»).
        let mut first_name = end;
        let name = &tokens[entities[k].tokens.clone()];
        let lower = crate::text::lowercase;
        let chinese = name.len() == 2 && crate::ner::chinese::is_name(&lower(name[0].text), &lower(name[1].text));
        while !chinese
            && first_name > pos.tokens.end
            && first_name + 1 > end
            && entities[k].tokens.len() < 3
            && tokens[first_name - 1].kind == TokenKind::Word
            && tokens[first_name - 1].text.chars().next().is_some_and(char::is_uppercase)
            && !covered_by_other(&entities[here.clone()], first_name - 1)
            // (In English a rank is no part of the name: «…, Major-General Nikolai Sherbatov».)
            && !(is_english_position(tokens, pos.tokens.start) && crate::ner::is_rank(tokens[first_name - 1].text))
        {
            first_name -= 1;
        }
        if first_name < end {
            let person = &mut entities[k];
            person.tokens.start = first_name;
            person.span.start = tokens[first_name].span.start;
            person.norm = recognizer.normalize(text, &tokens[person.tokens.clone()], EntityKind::Person);
        }
        // (A rank after a comma is neither the name's nor the position's.)
        let mut stop = first_name;
        while stop > pos.tokens.end && crate::ner::is_rank(tokens[stop - 1].text) {
            stop -= 1;
        }
        let last = trim_end(tokens, pos.tokens.start, stop);
        (Span::new(pos.span.start, tokens[last - 1].span.end), pos.tokens.start..last)
    } else {
        (pos.span, pos.tokens.clone())
    };
    // The position's own base form, unless it was cut short before the person.
    let norm = if pos_tokens == pos.tokens {
        pos.norm.clone()
    } else {
        recognizer.position_norm(text, &tokens[pos_tokens.clone()], pos.span.start)
    };
    (LinkedPosition { part: Part { span: pos_span, norm }, tokens: pos_tokens }, direct)
}

/// Is token `t` inside an entity of `here` (sorted by start) that is no person? (Only entities
/// that start at most 64 tokens before it are looked at.)
fn covered_by_other(here: &[Entity], t: usize) -> bool {
    let to = here.partition_point(|e| e.tokens.start <= t);
    let from = here[..to].partition_point(|e| e.tokens.start + 64 < t);
    here[from..to].iter().any(|e| e.kind != EntityKind::Person && e.tokens.contains(&t))
}

/// The organisation of a position: an organisation inside it, else a place inside it, among
/// the sentence's entities `here`.
fn organisation_in(
    text: &str,
    tokens: &[Token<'_>],
    here: &[Entity],
    position: &LinkedPosition,
    recognizer: &Recognizer,
) -> Option<Part> {
    let inside = |kind: EntityKind| {
        here.iter()
            .find(|e| e.kind == kind && e.tokens.start >= position.tokens.start && e.tokens.end <= position.tokens.end)
    };
    // An English position with a nationality: its country («German Chancellor», «chairman of
    // the Russian liberal democratic party»).
    let nationality = || {
        let (t, country) =
            tokens.get(position.tokens.clone())?.iter().find_map(|t| Some((t, crate::ner::country_of(t.text)?)))?;
        Some(Part { span: t.span, norm: country.to_string() })
    };
    let named = inside(EntityKind::Organization).or_else(|| inside(EntityKind::Location)).map(|e| {
        // «правительстве Москвы по вопросам транспорта»: the name ends before «по».
        let mut end = e.tokens.end;
        if let Some(cut) = (e.tokens.start + 1..e.tokens.end).find(|&t| matches!(tokens[t].text, "по" | "при")) {
            end = cut;
        }
        // Uncut, the entity's own base form («French» → «France»).
        let norm = if end == e.tokens.end {
            e.norm.clone()
        } else {
            recognizer.normalize(text, &tokens[e.tokens.start..end], e.kind)
        };
        Part { span: Span::new(e.span.start, tokens[end - 1].span.end), norm }
    });
    named.or_else(nationality)
}

/// The organisation of an English position with none inside it: a name after «at» or «with»
/// inside the position, whatever type the tagger gave it (no one is inside their own position:
/// «analyst at Raymond James»); else the organisation or place named right before the position
/// («Cofinec CEO», «Iraq 's President»), or the last before «its» («a Mujahideen Khalq statement
/// said its leader»); else one after a person who follows the position, with
/// «of» or «at» («economist Lynn Reaser of Barnett Banks Inc.»). `here` holds the sentence's
/// entities, sorted by start.
fn english_organisation_near(
    tokens: &[Token<'_>],
    here: &[Entity],
    position: &LinkedPosition,
    person: &Entity,
) -> Option<Part> {
    let pos = &position.tokens;
    if !is_english_position(tokens, pos.start) {
        return None;
    }
    let org_or_place = |e: &&Entity| matches!(e.kind, EntityKind::Organization | EntityKind::Location);
    let after_at = here.iter().find(|e| {
        e.kind == EntityKind::Person
            && e.tokens.start > pos.start
            && e.tokens.end <= pos.end
            && matches!(tokens[e.tokens.start - 1].text, "at" | "with")
    });
    if let Some(e) = after_at {
        return Some(Part::of(e));
    }
    let before = pos.start - crate::ner::possessive_before(tokens, pos.start);
    if let Some(e) = here.iter().filter(org_or_place).find(|e| e.tokens.end == before) {
        return Some(Part::of(e));
    }
    // «its leader»: the organisation the sentence named last before it.
    if pos.start > 0 && matches!(tokens[pos.start - 1].text, "its" | "Its") {
        let last = here.iter().rfind(|e| e.kind == EntityKind::Organization && e.tokens.end < pos.start);
        if let Some(e) = last {
            return Some(Part::of(e));
        }
    }
    if person.tokens.start < pos.end {
        return None;
    }
    let mut k = person.tokens.end;
    if !tokens.get(k).is_some_and(|t| matches!(t.text, "of" | "at")) {
        return None;
    }
    k += 1;
    if tokens.get(k).is_some_and(|t| t.text == "the") {
        k += 1;
    }
    here.iter().filter(org_or_place).find(|e| e.tokens.start == k).map(Part::of)
}

/// Is the position that starts at token `start` an English one (written in Latin letters)?
pub(super) fn is_english_position(tokens: &[Token<'_>], start: usize) -> bool {
    tokens.get(start).is_some_and(|t| t.is_word_in(crate::token::Script::Latin))
}

/// Drops punctuation at the end of a token range.
fn trim_end(tokens: &[Token<'_>], start: usize, end: usize) -> usize {
    let trim = |mut end: usize| {
        while end > start + 1 && tokens[end - 1].kind == TokenKind::Punct {
            // A quote that closes a name in the position stays: «координатор движения «Архнадзор»».
            if tokens[end - 1].text == "»" && crate::ner::open_guillemet(&tokens[start..end - 1]) {
                break;
            }
            end -= 1;
        }
        end
    };
    let end = trim(end);
    // A bracketed aside before the name, its closing bracket trimmed: «Secretary-General of the
    // Kurdistan Democratic Party of Iran ( KDPI ) Hassan Rastegar».
    match (start + 1..end).rev().find(|&k| tokens[k].text == "(") {
        Some(open) if !tokens[open..end].iter().any(|t| t.text == ")") => trim(open),
        _ => end,
    }
}

/// Officials named by surname alone («Ликсутов заявил») take the full name the document gives
/// elsewhere («Максим Ликсутов») when exactly one full name ends with that surname.
pub(crate) fn link_surnames(entities: &[Entity], officials: &mut [Official]) {
    let mut full: Vec<String> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person && e.norm.contains(' '))
        .map(|e| e.norm.clone())
        .collect();
    full.sort();
    full.dedup();
    for o in officials.iter_mut().filter(|o| !o.person.norm.contains(' ')) {
        let mut found = full.iter().filter(|f| f.rsplit(' ').next() == Some(o.person.norm.as_str()));
        if let (Some(f), None) = (found.next(), found.next()) {
            o.person.norm = f.clone();
        }
    }
}

/// Officials once per person cluster, position and organisation: the first keeps the others'
/// mentions. Entities carry their clusters.
pub(crate) fn merge(entities: &[Entity], officials: Vec<Official>) -> Vec<Official> {
    let at: std::collections::HashMap<(Span, bool), usize> =
        entities.iter().rev().map(|e| ((e.span, e.kind == EntityKind::Person), e.cluster)).collect();
    let cluster_at = |span: Span, person: bool| at.get(&(span, person)).copied();
    let mut out: Vec<Official> = Vec::new();
    // (Person cluster, position key, organisation cluster or key) → index in `out`.
    type Key = (Option<usize>, String, Option<Result<usize, String>>);
    let mut seen: std::collections::HashMap<Key, usize> = Default::default();
    for mut o in officials {
        o.cluster = cluster_at(o.person.span, true);
        let org = o
            .org
            .as_ref()
            .map(|g| cluster_at(g.span, false).ok_or_else(|| crate::text::lowercase(&g.norm).into_owned()));
        let k = (o.cluster, crate::text::lowercase(&o.position.norm).into_owned(), org);
        match seen.get(&k) {
            Some(&i) if o.cluster.is_some() => out[i].mentions.extend(o.mentions),
            _ => {
                seen.insert(k, out.len());
                out.push(o);
            }
        }
    }
    out
}
