// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! What the English tagger's names become beside the rules: names a definition types, clubs
//! with their bracketed letter, persons by «von» and «van», clubs and their countries, dateline
//! places, organisations across «and» and past a position's end, regnal numbers, the
//! organisation right before a title, names that end in a possessive.

use super::super::english;
use super::entity;
use crate::lexicon::lexicon;
use crate::ner::entity::{Entity, EntityKind, Sent};
use crate::ner::tagger::TokenFeatures;
use crate::token::{Token, TokenKind};

// Nouns for a kind of place or organisation: what a definition's head says a name is.
lexicon!(DEFINITION_KINDS: map, "en/definition_kinds.tsv");
// Words that end the noun phrase of a definition: its head is the word before.
lexicon!(DEFINITION_ENDS, "en/definition_ends.txt");
// Verbs after a name's possessive that show it ends the name: «Boatmen 's was».
lexicon!(POSSESSIVE_ENDS, "en/possessive_ends.txt");

/// A sentence that opens with a name and says what it is — «Boultham is a village in
/// Lincolnshire», «The Ayalon Cave is a large underground limestone cave», «Crazyhead are an
/// English punk rock band from Leicester» — types the name by the head of its noun phrase (a
/// kind of place or organisation, `lexicon/en/definition_kinds.tsv`), over what the tagger read,
/// and names it where the tagger read nothing. `spans`: the tagger's token ranges and types.
pub(super) fn definitions(
    tokens: &[Token<'_>],
    lows: &[std::borrow::Cow<'_, str>],
    feats: &[TokenFeatures],
    spans: &mut Vec<(usize, usize, String)>,
) {
    let a = usize::from(lows.first().is_some_and(|w| w == "the"));
    let capital = |k: usize| tokens.get(k).is_some_and(english::capitalised);
    if !capital(a) {
        return;
    }
    // The end of the name's run of capitalised words (`TokenFeatures::run`: its last word is
    // place 3, a word alone place 0).
    let run = match feats[a].run & 3 {
        1 | 2 => (a + 1..tokens.len()).find(|&k| feats[k].run & 3 == 3).map_or(tokens.len(), |k| k + 1),
        _ => a + 1,
    };
    let tagged = spans.iter().position(|s| s.0 == a);
    let b = tagged.map_or(run, |i| spans[i].1);
    let mut k = b;
    // Another name or a note in brackets before the verb: «Bank Hey ( also Sunnybower )».
    if tokens.get(k).is_some_and(|t| t.text == "(") {
        match (k..tokens.len().min(k + 40)).find(|&j| tokens[j].text == ")") {
            Some(j) => k = j + 1,
            None => return,
        }
    }
    if !lows.get(k).is_some_and(|w| matches!(w.as_ref(), "is" | "was" | "are" | "were")) {
        return;
    }
    k += 1;
    if !lows.get(k).is_some_and(|w| matches!(w.as_ref(), "a" | "an" | "the")) {
        return;
    }
    let mut head = None;
    for j in k + 1..tokens.len().min(k + 10) {
        let t = &tokens[j];
        if DEFINITION_ENDS.contains(&lows[j]) || t.kind != TokenKind::Word && !matches!(t.text, "/" | "-") {
            break;
        }
        if t.kind == TokenKind::Word {
            head = Some(j);
        }
    }
    let Some(h) = head else { return };
    let kind: &str = match lows[h].as_ref() {
        "station" if matches!(lows[h - 1].as_ref(), "radio" | "television" | "tv") => "ORG",
        "station" => "LOC",
        w => match DEFINITION_KINDS.get(w) {
            Some(kind) => kind,
            None => return,
        },
    };
    match tagged {
        Some(i) => spans[i].2 = kind.to_string(),
        // A name the tagger missed or read in part («Radio [Kestrel]»): not a pronoun («It is a
        // town»), nor one word English mostly writes in lower case («Police are a …»).
        None if !english::is_stop(&lows[a]) && (b > a + 1 || feats[a].case != 1) => {
            if spans.iter().any(|s| s.0 < b && a < s.1 && s.1 > b) {
                return;
            }
            spans.retain(|s| s.1 <= a || b <= s.0);
            spans.push((a, b, kind.to_string()));
            spans.sort_by_key(|s| s.0);
        }
        None => {}
    }
}

/// A club the tagger read, then one capital letter in brackets, is named with the letter: the
/// letter tells two clubs of one name apart by their town in results tables («Proleter ( Z )»,
/// «Radnicki ( N )»; in the gold of eng.train and eng.testa, 21 clubs so written, none without
/// the letter).
pub(super) fn bracketed_letters(tokens: &[Token<'_>], spans: &mut Vec<(usize, usize, String)>) {
    let letter =
        |k: usize| tokens.get(k).is_some_and(|t| t.text.len() == 1 && t.text.bytes().all(|c| c.is_ascii_uppercase()));
    // What the tagger read inside the brackets goes («B»). Spans are in text order and do not
    // overlap: only those right after a club can lie in its brackets.
    let mut gone = vec![false; spans.len()];
    for k in 0..spans.len() {
        let b = spans[k].1;
        if gone[k]
            || spans[k].2 != "ORG"
            || tokens.get(b).is_none_or(|t| t.text != "(")
            || !letter(b + 1)
            || tokens.get(b + 2).is_none_or(|t| t.text != ")")
        {
            continue;
        }
        spans[k].1 = b + 3;
        for j in k + 1..spans.len() {
            if spans[j].0 >= b + 3 {
                break;
            }
            gone[j] = true;
        }
    }
    let mut gone = gone.into_iter();
    spans.retain(|_| !gone.next().unwrap_or(false));
}

/// A name the tagger read with «von» or «van» inside («Otto von Bismarck», «Vincent van Gogh»),
/// or two names it read on either side of one, is a person's, whatever type it gave: in the gold
/// of eng.train, eng.testa and WikiGold such names are persons 17 times, once the title of a song
/// (MISC), never an organisation or a place. Done before the document remembers the types: a
/// first sentence read wrong would spread its type to the name's words everywhere.
pub(super) fn nobiliary_persons(tokens: &[Token<'_>], spans: &mut Vec<(usize, usize, String)>) {
    let particle = |k: usize| matches!(tokens[k].text, "von" | "van");
    // Two names the tagger read on either side of the particle are one.
    let mut merged: Vec<(usize, usize, String)> = Vec::with_capacity(spans.len());
    for s in spans.drain(..) {
        match merged.last_mut() {
            Some(x) if s.0 == x.1 + 1 && particle(x.1) && x.2 != "MISC" && s.2 != "MISC" => x.1 = s.1,
            _ => merged.push(s),
        }
    }
    *spans = merged;
    for (a, b, ty) in spans.iter_mut() {
        if ty != "MISC" && (*a + 1..b.saturating_sub(1)).any(particle) {
            *ty = "PER".to_string();
        }
    }
}

/// An organisation named for two things joined by «and» («Department of Physics and Astronomy»,
/// «Organisation for Security and Cooperation in Europe»): a name the tagger ends right before
/// «and» takes the capitalised words after it where
/// [`joins_two_names`](english::joins_two_names) says so and the tagger read no person
/// there. In the gold of eng.train and WikiGold, 21 names of an organisation with «of» or «for»
/// inside go on across «and», 3 stop before it.
pub(super) fn coordinated_organisations(s: Sent<'_, '_>, own: &mut Vec<Entity>) {
    let Sent { tokens, lows, offset, .. } = s;
    let capital = |k: usize| tokens.get(k).is_some_and(english::capitalised);
    let mut k = 0;
    while k < own.len() {
        k += 1;
        let (a, b) = (own[k - 1].tokens.start - offset, own[k - 1].tokens.end - offset);
        if own[k - 1].kind != EntityKind::Organization
            || lows.get(b).is_none_or(|w| w != "and")
            || !english::joins_two_names(tokens, a, b)
        {
            continue;
        }
        let mut c = b + 1;
        while capital(c) && !english::is_title(&lows[c]) {
            c += 1;
        }
        let (from, to) = (offset + b + 1, offset + c);
        if own.iter().any(|o| o.kind == EntityKind::Person && o.tokens.start < to && from < o.tokens.end) {
            continue;
        }
        own[k - 1] = entity(s, a, c, EntityKind::Organization);
        own.retain(|o| !(from <= o.tokens.start && o.tokens.end <= to));
    }
}

/// A name the tagger read across «or» is two names of its kind («Gloucestershire or [Sussex or
/// Surrey]»): no name of any kind holds «or» in the gold of eng.train, eng.testa and WikiGold
/// (where «and» is inside 75 names).
pub(super) fn names_across_or(s: Sent<'_, '_>, own: &mut Vec<Entity>) {
    let Sent { lows, offset, .. } = s;
    // The second name goes to the end, and is read in its turn («A or B or C»).
    let mut i = 0;
    while i < own.len() {
        let (a, b, kind) = (own[i].tokens.start - offset, own[i].tokens.end - offset, own[i].kind);
        // (Most names have no «or» inside.)
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| lows[k] == "or") {
            own[i] = entity(s, a, k, kind);
            own.push(entity(s, k + 1, b, kind));
        }
        i += 1;
    }
}

/// A one-word name, then «of» and a country or listed place, is a club and where it comes from
/// («Karlsruhe of Germany», «Benetton of Italy»: an organisation and a place), where the tagger
/// read one organisation — unless the name is a common word English writes in lower case, a
/// listed place, a title or an organisation word (gazetteer bits 0–2): «Bank of England», «University of Texas», «Port of
/// Rotterdam» (in eng.train's gold, 11 names so written are a club and a place, none one name).
pub(super) fn clubs_of_places(s: Sent<'_, '_>, feats: &[TokenFeatures], own: &mut Vec<Entity>) {
    let Sent { lows, offset, .. } = s;
    let mut places = Vec::new();
    for e in own.iter_mut() {
        let (a, b) = (e.tokens.start - offset, e.tokens.end - offset);
        if e.kind != EntityKind::Organization || b < a + 3 || lows[a + 1] != "of" {
            continue;
        }
        if feats[a].case == 1 || feats[a].case == 2 || english::gazetteer(&lows[a]) & 0b111 != 0 {
            continue;
        }
        let place = entity(s, a + 2, b, EntityKind::Location);
        if !english::is_country_or_place(&place.norm) {
            continue;
        }
        *e = entity(s, a, a + 1, EntityKind::Organization);
        places.push(place);
    }
    own.append(&mut places);
}

/// The place a story's dateline opens with, in the document's first sentences («THE HAGUE
/// 1996-08-30», «ST. LOUIS 1996-08-30»): a place, whatever the tagger read there, unless it read
/// one organisation exactly there («UNITED NATIONS 1996-08-30»).
pub(super) fn dateline_place(s: Sent<'_, '_>, own: &mut Vec<Entity>) {
    const FIRST_SENTENCES: usize = 4;
    let Sent { tokens, offset, index, .. } = s;
    if index >= FIRST_SENTENCES {
        return;
    }
    let Some(k) = english::dateline::place(tokens) else { return };
    if own.iter().any(|e| e.kind == EntityKind::Organization && e.tokens == (offset..offset + k)) {
        return;
    }
    own.retain(|e| e.tokens.start >= offset + k);
    own.push(entity(s, 0, k, EntityKind::Location));
}

/// An organisation the tagger read from where a position's organisation begins on past the
/// position's end («chairman of the Organisation for Security and Cooperation in Europe», «a
/// member of the group Human Rights in China»: the rules stop before «in»): the position and its
/// organisation take the tagger's end, and what the rules read in the words added is part of it.
pub(super) fn longer_organisations(s: Sent<'_, '_>, own: &[Entity], rules: &mut Vec<Entity>) {
    for e in own.iter().filter(|e| e.kind == EntityKind::Organization) {
        let Some(r) = rules.iter().position(|r| {
            r.kind == EntityKind::Organization && r.tokens.start == e.tokens.start && r.tokens.end < e.tokens.end
        }) else {
            continue;
        };
        let end = rules[r].tokens.end;
        for p in rules.iter_mut().filter(|p| p.kind == EntityKind::Position && p.tokens.end == end) {
            *p = entity(s, p.tokens.start - s.offset, e.tokens.end - s.offset, EntityKind::Position);
        }
        rules[r] = entity(s, e.tokens.start - s.offset, e.tokens.end - s.offset, EntityKind::Organization);
        // (What the rules read in the words it takes is part of it: «Europe».)
        rules.retain(|o| o.kind == EntityKind::Position || !(end <= o.tokens.start && o.tokens.end <= e.tokens.end));
    }
}

/// A person's name takes the regnal number after it: «Henry VIII», «Louis XVI», «Carlos I»
/// («I» only after a title, «King Carlos I», or before no lower-case word: not «… John I
/// knew»). In eng.train, eng.testa and WikiGold such numerals are part of the person 14 times
/// in 15.
pub(super) fn regnal_numbers(s: Sent<'_, '_>, own: &mut [Entity]) {
    let Sent { tokens, lows, offset, .. } = s;
    let roman = |w: &str| {
        (1..=5).contains(&w.len())
            && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
            && !w.contains("IIII")
            && !w.contains("VV")
    };
    for e in own.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        let (a, b) = (e.tokens.start - offset, e.tokens.end - offset);
        let Some(n) = tokens.get(b).filter(|t| roman(t.text)) else { continue };
        if n.text == "I" {
            let titled = a > 0 && english::is_title(&lows[a - 1]);
            let lower_after = tokens.get(b + 1).is_some_and(|t| t.text.starts_with(char::is_lowercase));
            if !titled && lower_after {
                continue;
            }
        }
        *e = entity(s, a, b + 1, EntityKind::Person);
    }
}

/// A capitalised word nothing else took, right before a position's lower-case title, is the
/// organisation whose title it is: «Fed chairman», «Lufthansa spokesman» (at a sentence's start
/// only a word English mostly capitalises: not «Police spokesman»). `own`: the sentence's
/// entities so far; `misc`: what the tagger took for none.
pub(super) fn organisations_before_titles(
    s: Sent<'_, '_>,
    feats: &[TokenFeatures],
    own: &[Entity],
    misc: &[(usize, usize)],
) -> Vec<Entity> {
    let Sent { tokens, lows, offset, .. } = s;
    let mut named = Vec::new();
    for p in own.iter().filter(|e| e.kind == EntityKind::Position) {
        let a = p.tokens.start - offset;
        let b = (a..p.tokens.end - offset).find(|&k| !english::capitalised(&tokens[k])).unwrap_or(a);
        let taken =
            |e: &Entity| e.kind != EntityKind::Position && e.tokens.start < offset + b && offset + a < e.tokens.end;
        // (One word, and no adjective: «Liberal prime minister».)
        let adjective = ["al", "an", "ic", "ish", "ese"].iter().any(|e| lows[a].ends_with(e));
        if b == a + 1
            && !adjective
            && english::is_title(&lows[b])
            && (a > 0 || feats[a].case == 3)
            && !(a..b).any(|k| english::country_of(&lows[k]).is_some() || english::is_title(&lows[k]))
            && !own.iter().any(taken)
            && !misc.iter().any(|&(x, y)| x < offset + b && offset + a < y)
        {
            named.push(entity(s, a, b, EntityKind::Organization));
        }
    }
    named
}

/// A name with a possessive ending that no noun follows — a stop, a comma or a verb, where a
/// possessive needs its noun: «a bid for Dillard 's .», «Boatmen 's was the prize», «at Lord 's ,
/// London» — is a name that ends in the possessive: a shop, a firm or a bank named for its
/// founder, or a ground or a church. It takes the ending; a person's name so read becomes the
/// organisation, a place stays a place. In eng.testa 2 places right («Lord 's»), in WikiGold 3
/// organisations («Dillard 's», «Thalhimer's»); none lost there or in eng.train (not after a
/// bracket or before a quote: «( Arafat 's )», «Puig 's " greatest gift "»; nor before «is»: «Crohn
/// 's is an inflammation»).
pub(super) fn possessive_names(
    tokens: &[Token<'_>],
    lows: &[std::borrow::Cow<'_, str>],
    spans: &mut [(usize, usize, String)],
) {
    for (_, b, ty) in spans.iter_mut().filter(|s| s.2 != "MISC") {
        // (Not a plural's lone «'»: «Farmers '».)
        let next = match english::possessive_at(tokens, *b) {
            1 if matches!(tokens[*b].text, "'" | "’") => continue,
            0 => continue,
            len => *b + len,
        };
        let ends = match tokens.get(next) {
            None => true,
            Some(t) => matches!(t.text, "." | "," | ";" | ":" | "!" | "?") || POSSESSIVE_ENDS.contains(&lows[next]),
        };
        if ends {
            *b = next;
            if ty == "PER" {
                *ty = "ORG".to_string();
            }
        }
    }
}

/// A common noun's possessive inside a capitalised run that ends in an organisation word
/// belongs to the organisation's name: «Lay Volunteers ' International Organisation», «Toronto
/// Bond Traders ' Association», «Pakistan People 's Party» — not a name's («Germany 's
/// Agriculture Ministry», «Jerusalem 's Hebrew University»: two names). The possessor is a word
/// English writes in lower case (the case table). In the gold of eng.train and eng.testa, 9 such
/// runs, all one organisation; 34 runs with a name before the possessive, 27 of them two
/// names. `spans`: the tagger's token ranges and types.
pub(super) fn possessive_organisations(
    tokens: &[Token<'_>],
    lows: &[std::borrow::Cow<'_, str>],
    feats: &[TokenFeatures],
    spans: &mut Vec<(usize, usize, String)>,
) {
    let capital = |k: usize| tokens.get(k).is_some_and(english::capitalised);
    let mut k = 1;
    while k + 2 < tokens.len() {
        let len = english::possessive_at(tokens, k);
        let possessor = k - 1;
        if len == 0 || !capital(possessor) || feats[possessor].case != 1 || !capital(k + len) {
            k += 1;
            continue;
        }
        let mut end = k + len;
        while capital(end) {
            end += 1;
        }
        let mut start = possessor;
        while start > 0 && capital(start - 1) {
            start -= 1;
        }
        if matches!(lows[start].as_ref(), "the" | "a" | "an") {
            start += 1;
        }
        if english::gazetteer(&lows[end - 1]) & 2 == 0 || start == possessor && english::is_stop(&lows[start]) {
            k = end;
            continue;
        }
        // (Not across a name the tagger read past the run.)
        if spans.iter().any(|s| s.0 < end && start < s.1 && (s.0 < start || s.1 > end)) {
            k = end;
            continue;
        }
        // A place if the tagger read its head as one («St. Christopher Children 's Hospital»).
        let place = spans.iter().any(|s| s.0 < end && end <= s.1 && s.2 == "LOC");
        spans.retain(|s| s.1 <= start || end <= s.0);
        spans.push((start, end, if place { "LOC" } else { "ORG" }.to_string()));
        spans.sort_by_key(|s| s.0);
        k = end;
    }
}
