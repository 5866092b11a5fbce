// Stage: resolution, over the whole document. May use: text, lexicon, token, sentence, lang, morph, ner.
//! Officials: a person linked to their position and organisation when the text says so —
//! «заместитель мэра Москвы Максим Ликсутов», «Максим Ликсутов, заместитель мэра Москвы»,
//! «— сказал генеральный консул России в Гуанчжоу Юрий Теплов». A person later named by surname
//! alone gets the full name as its base form.

use crate::lexicon::lexicon;
use serde::{Deserialize, Serialize};

use super::candidates::{Candidates, Sentence};
use crate::ner::{Entity, EntityKind, Recognizer};
use crate::text::Span;
use crate::token::{Token, TokenKind};

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

// Words between a person and a position that say when: «бывший», «нынешний», «временно».
lexicon!(TENURE_WORDS, "ru/tenure_words.txt");

/// What may stand between a person and the position after it: connectors, then a word of
/// tenure: «Андрей Санников — бывший заместитель министра»; in English up to two, articles
/// included: «Eliahu Ben-Elissar, a former envoy».
pub(super) fn between_before_ok(between: &[Token<'_>]) -> bool {
    let words = between.iter().skip_while(|t| is_connector(t)).collect::<Vec<_>>();
    let russian = words.len() <= 1 && words.iter().all(|t| TENURE_WORDS.contains(&crate::text::lowercase(t.text)));
    let english = words.len() <= 2 && words.iter().all(|t| crate::ner::is_tenure_word(&crate::text::lowercase(t.text)));
    between.len() - words.len() <= 2 && (russian || english) && (words.is_empty() || between.len() > words.len())
}

fn is_connector(t: &Token<'_>) -> bool {
    matches!(t.text, "," | "—" | "–" | "-" | "(" | ")" | ":")
}

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
    // An English position that opens with a nationality: its country («German Chancellor»).
    let nationality = || {
        let t = tokens.get(position.tokens.start)?;
        Some(Part { span: t.span, norm: crate::ner::country_of(t.text)?.to_string() })
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

/// Between two coordinated positions: «,», «и» or both («писатель, поэт и журналист»), or
/// «and» («chairman and chief executive»).
pub(super) fn is_coordination(gap: &[Token<'_>]) -> bool {
    (1..=2).contains(&gap.len()) && gap.iter().all(|t| matches!(t.text, "," | "и" | "and"))
}

/// The next name of a list after person `k` (`persons`: the sentence's, in text order): it
/// starts right after `k`'s end, a comma, «и», «and» or a bracketed aside between.
pub(super) fn next_in_list(tokens: &[Token<'_>], entities: &[Entity], persons: &[usize], k: usize) -> Option<usize> {
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
pub(super) fn between_ok(tokens: &[Token<'_>]) -> bool {
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
pub(super) fn is_link_verb(w: &str) -> bool {
    let low = crate::text::lowercase(w);
    LINK_VERBS.contains(&low) || EN_LINK_VERBS.contains(&low)
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

#[cfg(test)]
mod tests {
    use crate::Analyzer;

    fn officials(text: &str) -> Vec<(String, String, Option<String>)> {
        let doc = Analyzer::new().analyze(text);
        doc.officials
            .iter()
            .map(|o| (o.person.norm.clone(), o.position.norm.clone(), o.org.as_ref().map(|g| g.norm.clone())))
            .collect()
    }

    #[test]
    fn english_organisations_next_to_a_position() {
        let o = |p: &str, t: &str, g: Option<&str>| (p.to_string(), t.to_string(), g.map(str::to_string));
        // Before the title, with a possessive in either spelling, or right before it.
        assert_eq!(
            officials("Poland 's Foreign Minister Dariusz Rosati will visit Belgrade."),
            [o("Dariusz Rosati", "Foreign Minister", Some("Poland"))]
        );
        assert_eq!(
            officials("Poland's Foreign Minister Dariusz Rosati will visit Belgrade."),
            [o("Dariusz Rosati", "Foreign Minister", Some("Poland"))]
        );
        // An article between the name and the position after it.
        let flavio =
            officials("Flavio Cotti, the chairman of the Organisation for Security and Cooperation in Europe, spoke.");
        assert_eq!(flavio.len(), 1);
        assert!(flavio[0].2.as_deref().is_some_and(|g| g.starts_with("Organisation for Security")), "{flavio:?}");
        // A title glued by a hyphen, and «of the» inside the organisation after it.
        let conte = officials(
            "Guinea's president, Lansana Conte, vice-president of the Organisation of the Islamic Conference, left.",
        );
        assert!(
            conte.contains(&o(
                "Lansana Conte",
                "vice-president of the Organisation of the Islamic Conference",
                Some("Organisation of the Islamic Conference")
            )),
            "{conte:?}"
        );
        // «its» points back to the organisation the sentence named; a bracketed acronym before
        // the name is no part of the position.
        let text = "A Mujahideen Khalq statement said its leader Massoud Rajavi met in Baghdad the \
                    Secretary-General of the Kurdistan Democratic Party of Iran ( KDPI ) Hassan Rastegar.";
        assert_eq!(
            officials(text),
            [
                o("Massoud Rajavi", "leader", Some("Mujahideen Khalq")),
                o(
                    "Hassan Rastegar",
                    "Secretary-General of the Kurdistan Democratic Party of Iran",
                    Some("Kurdistan Democratic Party of Iran")
                )
            ]
        );
    }

    #[test]
    fn english_links_by_verbs_clauses_ranks_and_lists() {
        let o = |p: &str, t: &str, g: Option<&str>| (p.to_string(), t.to_string(), g.map(str::to_string));
        // A link verb, a relative clause before it, «as» after a comma.
        assert_eq!(
            officials("Angela Merkel became chancellor in 2005 after the election."),
            [o("Angela Merkel", "chancellor", None)]
        );
        assert_eq!(
            officials("Peter Novak, as chairman of Skoda, signed the deal."),
            [o("Peter Novak", "chairman of Skoda", Some("Skoda"))]
        );
        assert_eq!(
            officials("Lars Berg, who as Norway's ambassador to Moscow led the talks, retired."),
            [o("Lars Berg", "Norway's ambassador", Some("Norway"))]
        );
        let lopez = officials("Maria Lopez, who spent ten years at the club, was named head coach on Monday.");
        assert_eq!(lopez, [o("Maria Lopez", "head coach", None)]);
        // A title after «to» is a verb; a verb after a title names someone else.
        assert!(officials("Former striker Paolo Rossi is to coach the national youth side.").is_empty());
        assert!(officials("The president named Anna Svensson to the court.").is_empty());
        // A possessive inside the position's organisation; a rank after the comma is neither the
        // name's nor the position's.
        let garcia = officials("The head of the Spanish league's refereeing committee, Jose Garcia, said on Monday.");
        assert_eq!(garcia.len(), 1, "{garcia:?}");
        assert_eq!(
            (garcia[0].0.as_str(), garcia[0].1.as_str()),
            ("Jose Garcia", "head of the Spanish league's refereeing committee")
        );
        let mahamat =
            officials("The commander of Chad's armed forces, Brigadier-General Idriss Mahamat, visited the town.");
        assert_eq!(mahamat, [o("Idriss Mahamat", "commander of Chad's armed forces", Some("Chad"))]);
        // A plural title before a list of names, after a comma too.
        let leaders = officials("Police arrested two union leaders, Jan Kowalski and Piotr Nowak, on Friday.");
        assert_eq!(leaders.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["Jan Kowalski", "Piotr Nowak"]);
        // …but not one name after a comma: it may be the speaker's.
        assert!(officials("They met the EU foreign ministers, John Smith said.").is_empty());
        // A title word of a diplomat after a possessive; «of the» inside a capitalised title.
        assert_eq!(
            officials("He met the embassy's charge d'affaires, Pierre Dubois, in Rome."),
            [o("Pierre Dubois", "charge d'affaires", None)]
        );
        assert_eq!(
            officials("Minister of the Interior Hans Schmidt said the border would stay open."),
            [o("Hans Schmidt", "Minister of the Interior", None)]
        );
    }

    #[test]
    fn english_organisations_before_a_title_and_after_a_field_of_work() {
        let o = |p: &str, t: &str, g: Option<&str>| (p.to_string(), t.to_string(), g.map(str::to_string));
        // The name before a lower-case title is the organisation, never a person; a legal form
        // makes a company.
        assert_eq!(
            officials("\"We will invest more,\" said Fiat SpA chairman and chief executive Gianni Agnelli."),
            [
                o("Gianni Agnelli", "Fiat SpA chairman", Some("Fiat SpA")),
                o("Gianni Agnelli", "chief executive", Some("Fiat SpA"))
            ]
        );
        // Where the person is from does not hide the title.
        assert_eq!(
            officials("Security Council President Paolo Fulci of Italy said the vote was close."),
            [o("Paolo Fulci", "Security Council President", Some("Security Council"))]
        );
        // A preposition or a verb between a position and a name: someone else's name.
        assert_eq!(
            officials("Since taking over as coach from Mark Smith in 1994, Jones has won three titles."),
            Vec::<(String, String, Option<String>)>::new()
        );
        // A field of work between the title and the organisation.
        let lee = officials("\"Rates will fall,\" said Ann Lee, director of equity research with Morgan Stanley Inc.");
        assert_eq!(lee.len(), 1);
        assert_eq!(lee[0].2.as_deref(), Some("Morgan Stanley Inc"), "{lee:?}");
    }

    #[test]
    fn a_title_word_ending_a_name_is_the_surname() {
        let got = officials("Ранее министр экономики Франции Брюно Ле Мэр посетил Шанхай.");
        assert_eq!(
            got,
            [("Брюно Ле Мэр".to_string(), "министр экономики Франции".to_string(), Some("Франция".to_string()))]
        );
    }

    #[test]
    fn a_list_of_names_with_dashes() {
        let got = officials(
            "Выступят Валерий Тишков - директор Института этнологии и антропологии РАН, Виктор Майклсон - историк.",
        );
        assert_eq!(got[0].0, "Валерий Тишков");
        assert!(got[0].1.starts_with("директор Института"), "{got:?}");
        // A position coordinated with the one after the dash is the same person's.
        let got = officials("Выступят Гергей Ковач - политик и лидер партии «Зелёные», Георг Жено - историк.");
        let leader = got.iter().find(|o| o.1.starts_with("лидер")).map(|o| o.0.as_str());
        assert_eq!(leader, Some("Гергей Ковач"), "{got:?}");
    }

    #[test]
    fn acting_positions_verbs_and_names_inside_positions() {
        // «исполняющий обязанности» does not make the position plural.
        let got =
            officials("Марк Тоунер, исполняющий обязанности официального представителя Госдепартамента США, выступил.");
        assert_eq!(got.first().map(|o| o.0.as_str()), Some("Марк Тоунер"), "{got:?}");
        // A position, a link verb, then the person.
        let got = officials("Вместо Оливера Кана капитаном стал Михаель Баллак.");
        assert_eq!(got, [("Михаель Баллак".to_string(), "капитан".to_string(), None)], "{got:?}");
        // A position after a word for kin is the kin's: the husband is no actress, but the
        // entrepreneur in the genitive is one.
        let got = officials("Это подтвердил муж актрисы Сергей Сенин.");
        assert!(got.is_empty(), "{got:?}");
        let got = officials("Микелла — дочь предпринимателя Яна Абрамова и певицы Алсу.");
        assert!(got.iter().any(|o| o.0 == "Ян Абрамов" && o.1 == "предприниматель"), "{got:?}");
        // «он» before a link verb is the man named just before.
        let got = officials("Леван Гачечиладзе выдвинут от оппозиции. Сейчас он является депутатом парламента.");
        assert_eq!(got.first().map(|o| o.0.as_str()), Some("Леван Гачечиладзе"), "{got:?}");
        // The name's original spelling in brackets between the name and its position.
        let got = officials("«Мы вернёмся», — сказал Скотт Хоровитц (Scott Horowitz), бывший астронавт.");
        assert_eq!(got.first().map(|o| (o.0.as_str(), o.1.as_str())), Some(("Скотт Хоровитц", "астронавт")), "{got:?}");
        // The kind of organisation between the head and the person; a Latin name that ran into
        // the person after it.
        let got = officials("Об этом заявил шеф концерна Бернд Пишетсридер.");
        assert_eq!(
            got.first().map(|o| (o.0.as_str(), o.1.as_str())),
            Some(("Бернд Пишетсридер", "шеф концерна")),
            "{got:?}"
        );
        let got = officials("«Это хороший сигнал», — заявил глава Business NZ Фил О’Рейли.");
        assert_eq!(got.first().map(|o| o.0.as_str()), Some("Фил О’Рейли"), "{got:?}");
        // A name the tagger started inside the position.
        let got = officials("Глава японского МИДа Сэйдзи Маэхара отметил, что визит вызывает сожаление.");
        assert!(got.first().is_some_and(|o| o.0.starts_with("Сэйдзи") && o.1 == "глава японского МИДа"), "{got:?}");
    }

    #[test]
    fn lists_of_people_and_of_positions() {
        let got = officials("На концерте выступили музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв.");
        let people: Vec<&str> = got.iter().map(|o| o.0.as_str()).collect();
        assert_eq!(people, ["Юрий Царёв", "Алексей Борисов", "Павел Шевелёв"], "{got:?}");
        // Staff of an organisation are no list of people, nor is a genitive plural.
        let got = officials("Представители Гринпис, сотрудники Росприроднадзора и Рыбохраны провели проверку.");
        assert!(got.is_empty(), "{got:?}");
        // Nor does a plural one reach across a comma for one person.
        let got = officials("На встрече были представители федеральной власти, губернатор Александр Мишарин.");
        assert!(!got.iter().any(|o| o.1.starts_with("представител")), "{got:?}");
        // A singular position does not spread over a list.
        let got = officials("Об этом сообщил директор завода Иван Петров и Сергей Смирнов.");
        assert!(got.iter().all(|o| o.0 != "Сергей Смирнов"), "{got:?}");
        let got = officials("На встрече был Сергей Иванов, политик и дипломат.");
        assert!(got.iter().any(|o| o.0 == "Сергей Иванов" && o.1 == "дипломат"), "{got:?}");
        let got = officials("В программе выступит писатель, поэт и журналист Дмитрий Быков.");
        assert!(got.iter().any(|o| o.0 == "Дмитрий Быков" && o.1 == "писатель"), "{got:?}");
        assert!(got.iter().any(|o| o.0 == "Дмитрий Быков" && o.1 == "журналист"), "{got:?}");
    }

    #[test]
    fn a_position_alone_speaks_of_the_last_person() {
        // (One official, named twice.)
        let doc = Analyzer::new()
            .analyze("Певица Мадонна сообщила о болезни. По её словам, 61-летняя певица чувствует себя хорошо.");
        assert_eq!(doc.officials.len(), 1, "{:?}", doc.officials);
        assert_eq!((doc.officials[0].person.norm.as_str(), doc.officials[0].mentions.len()), ("Мадонна", 2));
        // Not a position in another case: «… . Он позвонил президенту Турции».
        let got = officials("Виктор Петров прибыл в Анкару. Там он позвонил президенту Турции.");
        assert!(got.is_empty(), "{got:?}");
        // Nor a woman's occupation for a man.
        let got = officials("Продюсер Сергей Сенин снял фильм. Молодая актриса сыграла главную роль.");
        assert!(!got.iter().any(|o| o.1 == "молодая актриса" || o.1 == "актриса"), "{got:?}");
    }

    #[test]
    fn heads_the_tagger_misses_and_signatures() {
        let got = officials("Замглавы Федеральной миграционной службы России Михаил Тюркин сообщил об этом.");
        assert_eq!(got[0].0, "Михаил Тюркин");
        assert_eq!(got[0].1, "замглавы Федеральной миграционной службы России");
        let got = officials("Пусть победит сильнейший!\n\nКирсан Илюмжинов Президент ФИДЕ");
        assert_eq!(got.first().map(|o| (o.0.as_str(), o.1.as_str())), Some(("Кирсан Илюмжинов", "президент ФИДЕ")));
    }

    #[test]
    fn tenure_words_and_closing_quotes() {
        let got = officials("Андрей Санников — бывший заместитель министра иностранных дел Беларуси.");
        assert_eq!(got.first().map(|o| o.0.as_str()), Some("Андрей Санников"), "{got:?}");
        let got = officials("Об этом сообщил координатор движения «Архнадзор» Константин Михайлов.");
        assert_eq!(got[0].1, "координатор движения «Архнадзор»");
        assert_eq!(got[0].2.as_deref(), Some("движение «Архнадзор»"));
    }
}
