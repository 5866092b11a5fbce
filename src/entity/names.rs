//! Persons, organisations, locations and positions from the two embedded taggers, with their
//! names normalised to the base form.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::morph::Morph;
use super::ner::{self, Model, TokenFeatures};
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// Types of named entities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub enum EntityKind {
    /// A person: «Максим Ликсутов».
    #[serde(rename = "PER")]
    Person,
    /// An organisation: «ОЭЗ «Технополис Москва»», «мэрия Москвы».
    #[serde(rename = "ORG")]
    Organization,
    /// A location: a country, region, city or other place.
    #[serde(rename = "LOC")]
    Location,
    /// A position or job title: «заместитель мэра Москвы», «Deputy Mayor».
    #[serde(rename = "POSITION")]
    Position,
}

/// A named entity with its base form.
///
/// ```
/// use pressa::{Analyzer, EntityKind};
/// let doc = Analyzer::new().analyze("Заместитель мэра Москвы Максим Ликсутов выступил на форуме.");
/// let person = doc.entities.iter().find(|e| e.kind == EntityKind::Person).unwrap();
/// assert_eq!(person.norm, "Максим Ликсутов");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// Byte span.
    #[serde(flatten)]
    pub span: Span,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// The base form: «Максима Ликсутова» → «Максим Ликсутов», «мэрии Москвы» → «мэрия Москвы».
    pub norm: String,
    /// Index of the sentence it is in.
    #[serde(skip)]
    pub sentence: usize,
    /// Token range in the document.
    #[serde(skip)]
    pub tokens: std::ops::Range<usize>,
}

/// The taggers and the dictionary.
#[derive(Debug)]
pub(crate) struct Recognizer {
    names: Model,
    positions: Model,
    pub(crate) morph: Morph,
}

impl Recognizer {
    pub(crate) fn new() -> Recognizer {
        // The models are part of the crate (`lexicon/model/*.bin`, rebuilt by examples/train.rs).
        let load = |b: &[u8]| Model::from_bytes(b).expect("embedded tagger model");
        Recognizer {
            names: load(include_bytes!("../../lexicon/model/names.bin")),
            positions: load(include_bytes!("../../lexicon/model/positions.bin")),
            morph: Morph::new(),
        }
    }

    /// Entities of one sentence whose tokens start at `offset` in the document.
    pub(crate) fn sentence(
        &self,
        text: &str,
        words: &super::words::Words<'_, '_>,
        offset: usize,
        sentence: usize,
        cache: &mut ner::MorphCache,
        out: &mut Vec<Entity>,
    ) {
        let (tokens, lows) = (words.tokens(), words.lows());
        if !tokens.iter().any(|t| t.kind == TokenKind::Word && t.text.chars().next().is_some_and(char::is_alphabetic)) {
            return;
        }
        // English sentences by rule: the taggers learned Russian.
        let (lat, cyr) = tokens.iter().fold((0, 0), |(l, c), t| match t.script {
            crate::token::Script::Latin => (l + t.span.len(), c),
            crate::token::Script::Cyrillic => (l, c + t.span.len()),
            _ => (l, c),
        });
        if lat > cyr {
            super::english::sentence(text, tokens, offset, sentence, out);
            return;
        }
        let feats: Vec<TokenFeatures> = ner::token_features_lowered(tokens, lows, &self.morph, cache);
        // `out` holds the document so far: this sentence's entities start at `first`.
        let first = out.len();
        for (model, pos) in [(&self.names, false), (&self.positions, true)] {
            let tags = model.tag(&feats);
            for (a, b, ty) in ner::spans(model.labels(), &tags) {
                let (a, b) = trim(tokens, a, b);
                // An opened quote closes inside a position: «руководитель совета «Единой России»».
                let (a, b) = if pos {
                    self.position_end(tokens, lows, a, close_quote(tokens, a, b), offset, &out[first..])
                } else {
                    (a, b)
                };
                if a >= b {
                    continue;
                }
                let kind = match (ty.as_str(), pos) {
                    ("PER", _) => EntityKind::Person,
                    ("ORG", _) => EntityKind::Organization,
                    ("LOC", _) => EntityKind::Location,
                    _ => EntityKind::Position,
                };
                // Names of people and places are capitalised: «российского» is an adjective.
                if matches!(kind, EntityKind::Person | EntityKind::Location)
                    && !tokens[a].text.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                {
                    continue;
                }
                // A lone adjective is no place («Британский», «Северный» at a sentence start).
                if kind == EntityKind::Location && b == a + 1 && feats[a].is_adjective() {
                    continue;
                }
                // Places named inside an organisation or a position are locations too:
                // «МИД России», «мэр Москвы».
                if matches!(kind, EntityKind::Organization | EntityKind::Position) {
                    for k in a + 1..b {
                        if self.is_place(&tokens[k], &feats[k])
                            && !out[first..].iter().any(|e| e.tokens.contains(&(offset + k)))
                        {
                            let span = tokens[k].span;
                            let norm = self.normalize(text, &tokens[k..k + 1], EntityKind::Location);
                            out.push(Entity {
                                span,
                                kind: EntityKind::Location,
                                norm,
                                sentence,
                                tokens: offset + k..offset + k + 1,
                            });
                        }
                    }
                }
                let span = Span::new(tokens[a].span.start, tokens[b - 1].span.end);
                let norm = self.normalize(text, &tokens[a..b], kind);
                out.push(Entity { span, kind, norm, sentence, tokens: offset + a..offset + b });
            }
        }
        // Celestial bodies are places (as in the common NER conventions): «на Луну», «Землю».
        for (k, t) in tokens.iter().enumerate().skip(1) {
            if t.is_capitalized()
                && is_celestial(&lows[k])
                && !out[first..].iter().any(|e| e.tokens.contains(&(offset + k)))
            {
                let norm = self.normalize(text, &tokens[k..k + 1], EntityKind::Location);
                out.push(Entity {
                    span: t.span,
                    kind: EntityKind::Location,
                    norm,
                    sentence,
                    tokens: offset + k..offset + k + 1,
                });
            }
        }
        self.split_complements(text, tokens, offset, sentence, first, out);
        self.give_names_back(text, tokens, &feats, offset, &mut out[first..]);
        self.merge_quoted(text, tokens, offset, first, out);
        self.take_quoted_name(text, tokens, offset, first, out);
        self.add_head_positions(text, tokens, lows, offset, sentence, first, out);
        self.extend_positions(text, tokens, offset, &mut out[first..]);
        // «экс-президент Перу»: the position is «президент Перу», «экс-» saying when, like
        // «бывший» before it (the NEREL convention).
        for e in out[first..].iter_mut().filter(|e| e.kind == EntityKind::Position) {
            let skip = ex_prefix(tokens[e.tokens.start - offset].text);
            if skip > 0 {
                e.span.start += skip;
                e.norm = without_ex(&e.norm);
            }
        }
        out[first..].sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
    }

    /// The name tagger sometimes runs the end of an organisation or a position into the person
    /// after it: «главы правительства | Мали Кейта», «премьер-министр земли | Гессен Фолькер
    /// Буфье», «президент Института | Пушкина Виталий Костомаров». When an organisation or
    /// position ends right before a person whose first word is a place (and nothing else to the
    /// dictionary) or a genitive before a first name in the nominative, that word goes back to
    /// the organisation and position (a place also becomes a location). This sentence's
    /// entities start at `out[first]`.
    fn split_complements(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        offset: usize,
        sentence: usize,
        first: usize,
        out: &mut Vec<Entity>,
    ) {
        for i in first..out.len() {
            let (a, b) = (out[i].tokens.start, out[i].tokens.end);
            if out[i].kind != EntityKind::Person || b - a < 2 {
                continue;
            }
            let before =
                |e: &Entity| matches!(e.kind, EntityKind::Organization | EntityKind::Position) && e.tokens.end == a;
            if !out[first..].iter().any(before) {
                continue;
            }
            let (w0, w1) = (tokens[a - offset].text, tokens[a + 1 - offset].text);
            let (i0, i1) = (self.morph.info(w0), self.morph.info(w1));
            let place = i0.known && i0.names == 8;
            let genitive = b - a >= 3 && i0.case == "Gen" && i1.case == "Nom" && i1.names & 1 != 0;
            if !place && !genitive {
                continue;
            }
            out[i].tokens.start = a + 1;
            out[i].span.start = tokens[a + 1 - offset].span.start;
            out[i].norm = self.normalize(text, &tokens[a + 1 - offset..b - offset], EntityKind::Person);
            for e in out[first..].iter_mut().filter(|e| before(e)) {
                e.tokens.end = a + 1;
                e.span.end = tokens[a - offset].span.end;
                e.norm = self.normalize(text, &tokens[e.tokens.start - offset..a + 1 - offset], e.kind);
            }
            if place {
                let norm = self.normalize(text, &tokens[a - offset..a + 1 - offset], EntityKind::Location);
                out.push(Entity {
                    span: tokens[a - offset].span,
                    kind: EntityKind::Location,
                    norm,
                    sentence,
                    tokens: a..a + 1,
                });
            }
        }
    }

    /// A word that heads positions (`lexicon/position_heads.txt`) directly followed by an
    /// organisation or a place, or by a person, is a position the tagger missed: «член
    /// президиума …», «Замглавы ФМС России», «представитель Обамы». This sentence's entities
    /// start at `out[first]`.
    #[allow(clippy::too_many_arguments)]
    fn add_head_positions(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        lows: &[std::borrow::Cow<'_, str>],
        offset: usize,
        sentence: usize,
        first: usize,
        out: &mut Vec<Entity>,
    ) {
        for k in 0..tokens.len().saturating_sub(1) {
            if tokens[k].kind != TokenKind::Word || tokens[k].script != crate::token::Script::Cyrillic {
                continue;
            }
            // (A head's forms share its first three letters: nothing else is looked at for others.)
            let low = &*lows[k];
            let three = low.char_indices().nth(3).map_or(low.len(), |(i, _)| i);
            if !HEAD_PREFIXES.contains(&low[..three]) {
                continue;
            }
            let at = offset + k;
            let next = at + 1;
            let starts_next = |kinds: &[EntityKind]| {
                out[first..]
                    .iter()
                    .filter(|e| e.tokens.start == next && kinds.contains(&e.kind))
                    .map(|e| e.tokens.end)
                    .max()
            };
            // A person in the genitive is whom the position serves («представитель Обамы»); one
            // in another case holds it («член Совета Иван Петров» has its own rule).
            let person = || {
                let end = starts_next(&[EntityKind::Person])?;
                let genitive = self.morph.info(tokens[k + 1].text).case == "Gen";
                Some(if genitive { end } else { next })
            };
            let Some(end) = starts_next(&[EntityKind::Organization, EntityKind::Location]).or_else(person) else {
                continue;
            };
            if out[first..].iter().any(|e| e.kind == EntityKind::Position && e.tokens.contains(&at)) {
                continue;
            }
            let head = POSITION_HEADS.contains(low)
                || self.morph.lemma(low).is_some_and(|l| {
                    let l = crate::stem::lowercase(&l);
                    POSITION_HEADS.contains(l.as_ref()) || PROFESSIONS.contains(l.as_ref())
                });
            if !head {
                continue;
            }
            let range = k..end - offset;
            out.push(Entity {
                span: Span::new(tokens[range.start].span.start, tokens[range.end - 1].span.end),
                kind: EntityKind::Position,
                norm: self.normalize(text, &tokens[range.clone()], EntityKind::Position),
                sentence,
                tokens: offset + range.start..offset + range.end,
            });
        }
    }

    /// A position that ran into the first word of the person's name after it gives the word
    /// back: «исполнителю ритм-н-блюза Ар | Келли» → «исполнителю ритм-н-блюза» + «Ар Келли».
    /// Only a capitalised word that is no place, no adjective, no acronym, not after a
    /// preposition and inside no other entity (see the body for the converse, a name running into
    /// a title): «мэр Москвы Сергей Собянин» keeps «Москвы», «Патриарх Московский Кирилл»
    /// keeps «Московский». `out` holds this sentence's entities.
    fn give_names_back(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        feats: &[TokenFeatures],
        offset: usize,
        out: &mut [Entity],
    ) {
        // And a name that ran into the title after it gives the title back: «Кирсан Илюмжинов
        // Президент ФИДЕ» (a signature).
        for i in 0..out.len() {
            if out[i].kind != EntityKind::Position {
                continue;
            }
            let start = out[i].tokens.start;
            let capital = tokens[start - offset].text.chars().next().is_some_and(char::is_uppercase);
            for p in out.iter_mut().filter(|e| e.kind == EntityKind::Person) {
                if capital && p.tokens.start + 2 <= start && start < p.tokens.end {
                    p.tokens.end = start;
                    p.span.end = tokens[start - 1 - offset].span.end;
                    p.norm = self.normalize(text, &tokens[p.tokens.start - offset..start - offset], EntityKind::Person);
                }
            }
        }
        for i in 0..out.len() {
            let (a, b) = (out[i].tokens.start, out[i].tokens.end);
            if out[i].kind != EntityKind::Position || b - a < 2 {
                continue;
            }
            let k = b - 1 - offset;
            let t = &tokens[k];
            let mut c = t.text.chars();
            let name_like = t.kind == TokenKind::Word
                && t.script == crate::token::Script::Cyrillic
                && c.next().is_some_and(char::is_uppercase)
                && c.next().is_some_and(char::is_lowercase)
                && !self.is_place(t, &feats[k])
                && !feats[k].is_adjective()
                && !is_preposition(&tokens[k - 1].text.to_lowercase());
            if !name_like || out.iter().any(|e| e.kind != EntityKind::Position && e.tokens.contains(&(b - 1))) {
                continue;
            }
            let Some(p) = out.iter().position(|e| e.kind == EntityKind::Person && e.tokens.start == b) else {
                continue;
            };
            out[i].tokens.end = b - 1;
            out[i].span.end = tokens[k - 1].span.end;
            out[i].norm = self.normalize(text, &tokens[a - offset..k], EntityKind::Position);
            let end = out[p].tokens.end - offset;
            out[p].tokens.start = b - 1;
            out[p].span.start = t.span.start;
            out[p].norm = self.normalize(text, &tokens[k..end], EntityKind::Person);
        }
    }

    /// Where a tagged position `a..b` really ends: before a `;` (a list of people with their
    /// positions), before a person's name the tagger ran on into («Вокалист группы The Prodigy
    /// Кит Флинт»; `found` holds the sentence's names so far), and before a final verb or
    /// preposition («бывший император известил», «вице-президента по»).
    fn position_end(
        &self,
        tokens: &[Token<'_>],
        lows: &[std::borrow::Cow<'_, str>],
        a: usize,
        mut b: usize,
        offset: usize,
        found: &[Entity],
    ) -> (usize, usize) {
        if let Some(k) = (a..b).find(|&k| tokens[k].text == ";") {
            b = k;
        }
        // (Not an acronym the name tagger took along: «экономист ФАО | Абдолреза Аббассиан» is
        // sorted out by `check_persons`.)
        let name_word = |t: &Token<'_>| {
            let mut c = t.text.chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
        };
        if let Some(p) = found.iter().find(|e| {
            e.kind == EntityKind::Person
                && e.tokens.start > offset + a
                && e.tokens.start < offset + b
                && name_word(&tokens[e.tokens.start - offset])
        }) {
            b = p.tokens.start - offset;
        }
        while b > a + 1 {
            // A quoted last word is looked at inside its quotes: «император «известил»».
            let quoted = b >= a + 4 && closes_quote(&tokens[b - 1]) && opens_quote(&tokens[b - 3]);
            let k = if quoted { b - 2 } else { b - 1 };
            let (t, low) = (&tokens[k], &lows[k]);
            let dangling = is_preposition(low)
                || low == "и"
                || (t.script == crate::token::Script::Cyrillic
                    && t.kind == TokenKind::Word
                    && self.morph.is_predicate(t.text));
            if !dangling {
                break;
            }
            b = if quoted { b - 3 } else { b - 1 };
        }
        trim(tokens, a, b)
    }

    /// A position directly followed by a place or organisation in the genitive takes it:
    /// «президента Мали», «министра финансов земли Гессен». `out` holds this sentence's
    /// entities.
    fn extend_positions(&self, text: &str, tokens: &[Token<'_>], offset: usize, out: &mut [Entity]) {
        for i in 0..out.len() {
            if out[i].kind != EntityKind::Position {
                continue;
            }
            let end = out[i].tokens.end;
            let next = out
                .iter()
                .filter(|e| matches!(e.kind, EntityKind::Location | EntityKind::Organization) && e.tokens.start == end);
            let Some(far) = next.map(|e| e.tokens.end).max() else { continue };
            let first = &tokens[end - offset];
            let info = self.morph.info(first.text);
            // (Or the name of the place the position ends with: «министр финансов земли Гессен».)
            let named = is_place_noun(&tokens[end - offset - 1].text.to_lowercase());
            if !(info.case == "Gen"
                || !info.known
                || first.text.chars().all(|c| !c.is_lowercase())
                || self.morph.can_be_genitive(first.text)
                || named)
            {
                continue;
            }
            let (a, b) = (out[i].tokens.start - offset, far - offset);
            out[i].tokens.end = far;
            out[i].span.end = tokens[b - 1].span.end;
            out[i].norm = self.normalize(text, &tokens[a..b], EntityKind::Position);
        }
    }

    /// An organisation followed by a quoted capitalised name takes it: «группой компаний
    /// “Лунай”», «компания «Газпром»». This sentence's entities start at `out[first]`.
    fn take_quoted_name(&self, text: &str, tokens: &[Token<'_>], offset: usize, first: usize, out: &mut Vec<Entity>) {
        let mut i = first;
        while i < out.len() {
            let b = out[i].tokens.end - offset;
            if out[i].kind != EntityKind::Organization
                || b + 2 >= tokens.len()
                || !opens_quote(&tokens[b])
                || !tokens[b + 1].is_capitalized()
            {
                i += 1;
                continue;
            }
            let Some(close) = (b + 2..tokens.len().min(b + 8)).find(|&k| closes_quote(&tokens[k])) else {
                i += 1;
                continue;
            };
            if tokens[b + 1..close].iter().any(|t| t.kind == TokenKind::Punct) {
                i += 1;
                continue;
            }
            let a = out[i].tokens.start - offset;
            out[i].tokens.end = offset + close + 1;
            out[i].span.end = tokens[close].span.end;
            out[i].norm = self.normalize(text, &tokens[a..close + 1], EntityKind::Organization);
            // What it now covers goes (places inside stay), then the sentence is looked at again.
            let (s, e) = (out[i].tokens.start, out[i].tokens.end);
            let keep = out[i].clone();
            out.retain(|x| x == &keep || !(x.tokens.start >= s && x.tokens.end <= e && x.kind != EntityKind::Location));
            i = first;
        }
    }

    /// Organisation names in quotes take their type word and the quotes: «ОЭЗ «Технополис
    /// Москва»», «группой компаний “Лунай”» (an organisation followed by its quoted name).
    /// This sentence's entities start at `out[first]`.
    fn merge_quoted(&self, text: &str, tokens: &[Token<'_>], offset: usize, first: usize, out: &mut Vec<Entity>) {
        let mut i = first;
        while i < out.len() {
            if out[i].kind != EntityKind::Organization {
                i += 1;
                continue;
            }
            let (a, b) = (out[i].tokens.start - offset, out[i].tokens.end - offset);
            let quoted = a >= 1 && opens_quote(&tokens[a - 1]) && b < tokens.len() && closes_quote(&tokens[b]);
            if quoted {
                // A type word before the quote: «ОЭЗ «…»», «компания «…»».
                let typed = a >= 2 && is_org_type(tokens[a - 2].text);
                // Or an organisation right before it: «группой компаний “Лунай”».
                let prev = (first..i)
                    .rev()
                    .find(|&j| out[j].kind == EntityKind::Organization && out[j].tokens.end == offset + a - 1);
                let start = match (prev, typed) {
                    (Some(j), _) => out[j].tokens.start - offset,
                    (None, true) => a - 2,
                    // A name in quotes alone stays without them (the corpora's convention).
                    (None, false) => {
                        i += 1;
                        continue;
                    }
                };
                let range = start..b + 1;
                let span = Span::new(tokens[range.start].span.start, tokens[range.end - 1].span.end);
                let norm = self.normalize(text, &tokens[range.clone()], EntityKind::Organization);
                out[i] = Entity {
                    span,
                    kind: EntityKind::Organization,
                    norm,
                    sentence: out[i].sentence,
                    tokens: offset + range.start..offset + range.end,
                };
                if let Some(j) = prev {
                    out.remove(j);
                    continue;
                }
            }
            i += 1;
        }
    }

    /// Two checks on the tagged persons. A person's name does not start with an acronym:
    /// «экономист ФАО Абдолреза Аббассиан» names Абдолреза Аббассиан (the acronym belongs to
    /// the position before). A lone word the dictionary knows only as a place is a place.
    /// `entities` stay sorted.
    pub(crate) fn check_persons(&self, text: &str, tokens: &[Token<'_>], entities: &mut [Entity]) {
        let mut changed = false;
        // Token ends of places: a word listed with places is one («в Карачи, Лахоре»).
        let place_ends: HashSet<usize> =
            entities.iter().filter(|e| e.kind == EntityKind::Location).map(|e| e.tokens.end).collect();
        // Token ends of positions: «мэр города Лужков» names the mayor, not a town.
        let position_ends: HashSet<usize> =
            entities.iter().filter(|e| e.kind == EntityKind::Position).map(|e| e.tokens.end).collect();
        for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
            // A company name in transliteration is no person: «Юнипер Газ Транспортэйшн», «Блю
            // Стрим Пайплайн Компани Б.В.».
            if tokens[e.tokens.clone()].iter().any(|t| is_company_word(t.text)) {
                e.kind = EntityKind::Organization;
                e.norm = self.normalize(text, &tokens[e.tokens.clone()], EntityKind::Organization);
                continue;
            }
            // A lone word the dictionary knows only as a place is that place, used for its
            // government: «призвала Берлин вмешаться».
            if e.tokens.len() == 1 {
                let info = self.morph.info(tokens[e.tokens.start].text);
                // And a word the dictionary does not know, right after «в» or «из» or listed after
                // a place, is a place: «в Лахоре», «из Панджаба», «в Карачи, Лахоре».
                let k = e.tokens.start;
                let after_in = k > 0 && matches!(tokens[k - 1].text, "в" | "во" | "из" | "В" | "Из");
                let listed = k > 1 && matches!(tokens[k - 1].text, "," | "и") && place_ends.contains(&(k - 1));
                // «в аэропорту Хитроу», «резиденция Чекерс»
                let named_place = k > 0 && is_place_noun(tokens[k - 1].text) && !position_ends.contains(&k);
                if (info.known && info.names == 8) || (!info.known && (after_in || listed)) || named_place {
                    e.kind = EntityKind::Location;
                    e.norm = self.normalize(text, &tokens[e.tokens.clone()], EntityKind::Location);
                }
                continue;
            }
            let first = tokens[e.tokens.start].text;
            if first.chars().count() >= 2 && first.chars().all(|c| c.is_alphabetic() && c.is_uppercase()) {
                e.tokens.start += 1;
                e.span.start = tokens[e.tokens.start].span.start;
                e.norm = self.normalize(text, &tokens[e.tokens.clone()], EntityKind::Person);
                changed = true;
            }
        }
        if changed {
            entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        }
    }

    /// A first name spelled like a place («Азия Биби», «Виктория Бекхэм») is read as a place
    /// followed by a person. When the same place directly precedes the same person twice or
    /// more in a document, it is the first name: each such pair becomes one person.
    /// `entities` stay sorted.
    pub(crate) fn place_first_names(&self, text: &str, tokens: &[Token<'_>], entities: &mut Vec<Entity>) {
        // Index pairs (place, person) that touch.
        let pairs: Vec<(usize, usize)> = (0..entities.len())
            .filter(|&i| entities[i].kind == EntityKind::Location && entities[i].tokens.len() == 1)
            .filter_map(|i| {
                let (end, sentence) = (entities[i].tokens.end, entities[i].sentence);
                let j = (i + 1..entities.len()).find(|&j| entities[j].tokens.start >= end)?;
                let p = &entities[j];
                if p.kind != EntityKind::Person
                    || p.tokens.len() != 1
                    || p.tokens.start != end
                    || p.sentence != sentence
                {
                    return None;
                }
                // A lone surname after a place that is part of nothing else («мэр Москвы Сергей
                // Собянин» is no such pair). Only this sentence's entities can hold the place.
                let lo = entities[..i].iter().rposition(|e| e.sentence != sentence).map_or(0, |k| k + 1);
                let nested = entities[lo..j].iter().any(|e| {
                    e.kind != EntityKind::Location && e.tokens.start <= entities[i].tokens.start && e.tokens.end >= end
                });
                (!nested).then_some((i, j))
            })
            .collect();
        let key = |(i, j): (usize, usize)| (name_key(&entities[i].norm), entities[j].norm.clone());
        let mut counts: HashMap<(String, String), usize> = HashMap::new();
        for &p in &pairs {
            *counts.entry(key(p)).or_default() += 1;
        }
        // Once is enough when the surname also stands alone in the document and no preposition
        // makes the first word a place («муж Азии Биби» … «Биби»; not «в Москве Иванов»).
        let mut lone: HashMap<&str, usize> = HashMap::new();
        for e in entities.iter().filter(|e| e.kind == EntityKind::Person && e.tokens.len() == 1) {
            *lone.entry(e.norm.as_str()).or_default() += 1;
        }
        // (The pair's own surname is one of them.)
        let alone = |j: usize| lone.get(entities[j].norm.as_str()).is_some_and(|&n| n >= 2);
        let after_preposition = |i: usize| {
            entities[i].tokens.start > 0 && is_preposition(&tokens[entities[i].tokens.start - 1].text.to_lowercase())
        };
        let merge: Vec<(usize, usize)> = pairs
            .iter()
            .copied()
            .filter(|&(i, j)| counts[&key((i, j))] >= 2 || (alone(j) && !after_preposition(i)))
            .collect();
        if merge.is_empty() {
            return;
        }
        for &(i, j) in &merge {
            let range = entities[i].tokens.start..entities[j].tokens.end;
            entities[j].span.start = entities[i].span.start;
            entities[j].norm = self.normalize(text, &tokens[range.clone()], EntityKind::Person);
            entities[j].tokens = range;
        }
        let drop: std::collections::HashSet<usize> = merge.iter().map(|p| p.0).collect();
        let mut k = 0;
        entities.retain(|_| {
            k += 1;
            !drop.contains(&(k - 1))
        });
    }

    /// One name, one type per document, for the rest: a person whose words the document names
    /// more often as an organisation or a place is that («Газпромом» beside «Газпром», «Хитроу»;
    /// words compared by lemma), unless it is a surname the document gives with a first name.
    /// Run after `same_surname`.
    pub(crate) fn one_type_per_name(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        cache: &super::ner::MorphCache,
        entities: &mut [Entity],
    ) {
        // A word's lemma as the taggers' dictionary look-ups left it (else the word itself).
        let type_key = |w: &str| -> u64 {
            let low = crate::stem::lowercase(w);
            cache.lemma_hash(&low).unwrap_or_else(|| crate::fnv::hash(low.as_bytes()))
        };
        // Per entity (persons, organisations, places): its words' lemmas.
        let keys: Vec<Option<Vec<u64>>> = entities
            .iter()
            .map(|e| {
                matches!(e.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Location)
                    .then(|| tokens[e.tokens.clone()].iter().map(|t| type_key(t.text)).collect())
            })
            .collect();
        let surnames: HashSet<u64> = entities
            .iter()
            .zip(&keys)
            .filter(|(e, _)| e.kind == EntityKind::Person && e.tokens.len() >= 2)
            .filter_map(|(_, k)| k.as_ref()?.last().copied())
            .collect();
        let mut counts: HashMap<&[u64], [usize; 3]> = HashMap::new();
        for (e, k) in entities.iter().zip(&keys) {
            let Some(k) = k else { continue };
            let slot = match e.kind {
                EntityKind::Person => 0,
                EntityKind::Organization => 1,
                _ => 2,
            };
            counts.entry(k.as_slice()).or_default()[slot] += 1;
        }
        let mut changes = Vec::new();
        for (i, (e, k)) in entities.iter().zip(&keys).enumerate() {
            let Some(k) = k.as_deref().filter(|_| e.kind == EntityKind::Person) else { continue };
            if k.len() == 1 && surnames.contains(&k[0]) {
                continue;
            }
            let [per, org, loc] = counts[k];
            let kind = if org > per && org >= loc {
                EntityKind::Organization
            } else if loc > per {
                EntityKind::Location
            } else {
                continue;
            };
            changes.push((i, kind));
        }
        for (i, kind) in changes {
            let e = &mut entities[i];
            e.kind = kind;
            e.norm = self.normalize(text, &tokens[e.tokens.clone()], kind);
        }
    }

    /// One name, one type per document: a surname the document gives with a first name
    /// («Хайко Маас») is a person wherever it stands alone in the same document, both where
    /// the taggers read it as a place («Маас», the river) and where they missed it.
    /// `entities` stay sorted.
    pub(crate) fn same_surname(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        sentences: &[crate::analyzer::AnalyzedSentence],
        entities: &mut Vec<Entity>,
    ) {
        let capitalised_word = |t: &Token<'_>| {
            t.kind == TokenKind::Word
                && t.text.chars().next().is_some_and(char::is_uppercase)
                && t.text.chars().count() >= 3
        };
        // A last word that is also a place counts only after a lone first name: «Хайко Маас»,
        // not «Мария Вяткина Москва» or «Техрик-э-Лабаик Пакистан» (tagging slips).
        let person_like = |e: &&Entity| {
            let last = tokens[e.tokens.end - 1].text;
            let first = tokens[e.tokens.start].text;
            self.morph.info(last).names & 8 == 0
                || (e.tokens.len() == 2 && !first.contains('-') && self.morph.info(first).names & 8 == 0)
        };
        let surnames: HashSet<String> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person && e.tokens.len() >= 2)
            .filter(|e| tokens[e.tokens.clone()].iter().all(capitalised_word))
            .filter(person_like)
            .map(|e| name_key(tokens[e.tokens.end - 1].text))
            .collect();
        if surnames.is_empty() {
            return;
        }
        let mut added = Vec::new();
        // Two people run together: «адвокат Азии Биби Саиф уль-Малук» → «Биби» + «Саиф
        // уль-Малук», when the first word is another person's surname and no first name the
        // dictionary knows.
        for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Person && e.tokens.len() >= 3) {
            let first = &tokens[e.tokens.start];
            let own_surname = name_key(tokens[e.tokens.end - 1].text);
            if surnames.contains(&name_key(first.text)) && name_key(first.text) != own_surname && {
                let info = self.morph.info(first.text);
                !(info.known && info.names & 1 != 0)
            } {
                let k = e.tokens.start;
                let sentence = e.sentence;
                let norm = self.normalize(text, &tokens[k..k + 1], EntityKind::Person);
                added.push(Entity { span: first.span, kind: EntityKind::Person, norm, sentence, tokens: k..k + 1 });
                e.tokens.start = k + 1;
                e.span.start = tokens[k + 1].span.start;
                e.norm = self.normalize(text, &tokens[e.tokens.clone()], EntityKind::Person);
            }
        }
        // Organisations do not cover a word here: a surname inside one is the person too,
        // nested («в кабинете Мэй»).
        let mut covered =
            entities.iter().filter(|e| e.kind != EntityKind::Organization).map(|e| e.tokens.clone()).peekable();
        let mut next_free = 0;
        for (k, t) in tokens.iter().enumerate() {
            if !capitalised_word(t) || !surnames.contains(&name_key(t.text)) {
                continue;
            }
            // Entities are sorted by start: skip those that end before this token.
            while covered.peek().is_some_and(|r| r.start <= k) {
                next_free = next_free.max(covered.next().map_or(0, |r| r.end));
            }
            if k >= next_free {
                let sentence = sentences.partition_point(|s| s.tokens.end <= k);
                // With the first name before it («в правительстве Терезы Мэй»).
                let start = if k > next_free
                    && capitalised_word(&tokens[k - 1])
                    && self.morph.info(tokens[k - 1].text).names & 1 != 0
                {
                    k - 1
                } else {
                    k
                };
                let norm = self.normalize(text, &tokens[start..k + 1], EntityKind::Person);
                let span = Span::new(tokens[start].span.start, t.span.end);
                added.push(Entity { span, kind: EntityKind::Person, norm, sentence, tokens: start..k + 1 });
            }
        }
        for e in entities.iter_mut() {
            // Not organisations: companies carry their founders' names («Генри Форд», «Форд»).
            if e.kind == EntityKind::Location
                && e.tokens.len() == 1
                && capitalised_word(&tokens[e.tokens.start])
                && surnames.contains(&name_key(tokens[e.tokens.start].text))
            {
                e.kind = EntityKind::Person;
                e.norm = self.normalize(text, &tokens[e.tokens.clone()], EntityKind::Person);
            }
        }
        if !added.is_empty() {
            entities.extend(added);
            entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
            // (A surname split off a run-together name is found again as a lone surname.)
            entities.dedup_by(|a, b| a.tokens == b.tokens && a.kind == b.kind);
        }
    }

    /// Persons whose gender the document shows by agreement («Асия Биби была оправдана»,
    /// «Скрипаль заявил») get their base forms again in that gender. The evidence is pooled
    /// over the document by name stem, so «Асии Биби» in another sentence profits too.
    pub(crate) fn agree_genders(&self, text: &str, tokens: &[Token<'_>], entities: &mut [Entity]) {
        let cyrillic = |e: &Entity| {
            tokens[e.tokens.clone()]
                .iter()
                .all(|t| t.kind == TokenKind::Word && t.script == crate::token::Script::Cyrillic)
        };
        let mut votes: HashMap<String, [u32; 2]> = HashMap::new();
        for e in entities.iter().filter(|e| e.kind == EntityKind::Person && cyrillic(e)) {
            // The name must open its clause to be the subject: «Адвокат Асии Биби заявил» tells
            // nothing about Асия Биби.
            let opens_clause = e.tokens.start == 0 || {
                let prev = &tokens[e.tokens.start - 1];
                prev.kind == TokenKind::Punct
                    || matches!(
                        prev.text,
                        "и" | "а" | "но" | "что" | "когда" | "как" | "где" | "пока" | "если" | "хотя"
                    )
            };
            if !opens_clause {
                continue;
            }
            let Some(next) = tokens.get(e.tokens.end).filter(|t| t.kind == TokenKind::Word) else { continue };
            let Some(gender) = self.morph.predicate_gender(next.text) else { continue };
            for t in &tokens[e.tokens.clone()] {
                votes.entry(name_key(t.text)).or_default()[usize::from(gender == "Masc")] += 1;
            }
        }
        if votes.is_empty() {
            return;
        }
        for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
            if !cyrillic(e) {
                continue;
            }
            let (mut fem, mut masc) = (0, 0);
            for t in &tokens[e.tokens.clone()] {
                match votes.get(&name_key(t.text)) {
                    Some([f, 0]) if *f > 0 => fem += 1,
                    Some([0, m]) if *m > 0 => masc += 1,
                    _ => {}
                }
            }
            // Only the feminine is applied: a man's name is the dictionary's default reading
            // anyway, and a family's shared surname («Барак Обама заявил») misleads «Мишель Обамы».
            if fem > 0 && masc == 0 {
                e.norm = self.normalize_as(text, &tokens[e.tokens.clone()], EntityKind::Person, Some("Fem"));
            }
        }
    }

    /// A single capitalised token that names a place: a dictionary geographical name or a
    /// country abbreviation.
    fn is_place(&self, t: &Token<'_>, f: &TokenFeatures) -> bool {
        t.kind == TokenKind::Word
            && t.text.chars().next().is_some_and(char::is_uppercase)
            && (f.is_geo() || matches!(t.text, "США" | "РФ" | "КНДР" | "КНР" | "ОАЭ" | "ЮАР" | "ФРГ" | "СССР"))
    }

    /// The base form of an entity's tokens.
    pub(crate) fn normalize(&self, text: &str, tokens: &[Token<'_>], kind: EntityKind) -> String {
        self.normalize_as(text, tokens, kind, None)
    }

    /// [`Recognizer::normalize`], for a person whose gender the document shows.
    fn normalize_as(&self, text: &str, tokens: &[Token<'_>], kind: EntityKind, gender: Option<&'static str>) -> String {
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        let norm = match kind {
            EntityKind::Person => {
                let names: Vec<&str> = words.iter().copied().filter(|w| w.chars().any(char::is_alphabetic)).collect();
                if names.len() == words.len() {
                    self.morph.normalize_person(&names, gender)
                } else {
                    return tokens_text(text, tokens);
                }
            }
            EntityKind::Position => {
                // A title is a common noun: «Мэра Москвы» at a sentence start → «мэр Москвы».
                let norm = self.morph.normalize_phrase(&words);
                let first = words[0];
                if tokens[0].script == crate::token::Script::Cyrillic
                    && first.chars().count() > 1
                    && first.chars().skip(1).all(|c| !c.is_uppercase())
                {
                    let mut c = norm.chars();
                    let head: String = c.next().map(|h| h.to_lowercase().collect()).unwrap_or_default();
                    return respace(text, tokens, &(head + c.as_str()));
                }
                norm
            }
            _ => self.morph.normalize_phrase(&words),
        };
        // Keep the original spacing where the normalisation did not change a word.
        if norm.split(' ').eq(words.iter().copied()) { tokens_text(text, tokens) } else { respace(text, tokens, &norm) }
    }
}

/// Forms of the names of the Earth, the Moon, the Sun and the planets.
fn is_celestial(low: &str) -> bool {
    const STEMS: [&str; 7] = ["земл", "лун", "солнц", "марс", "венер", "юпитер", "сатурн"];
    const ENDINGS: [&str; 8] = ["", "а", "и", "е", "у", "ю", "ей", "ой"];
    STEMS.iter().any(|st| {
        low.strip_prefix(st).is_some_and(|end| ENDINGS.contains(&end) || (end == "я" && *st == "земл") || end == "ом")
    })
}

/// Words that head positions: `lexicon/position_heads.txt`.
static POSITION_HEADS: std::sync::LazyLock<HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    include_str!("../../lexicon/position_heads.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect()
});

/// Professions NEREL train marks alone as such (`lexicon/model/professions.txt`, written by
/// `examples/train.rs`): they head a position too.
static PROFESSIONS: std::sync::LazyLock<HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    include_str!("../../lexicon/model/professions.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::trim)
        .collect()
});

/// The first three letters of the words in [`POSITION_HEADS`] and [`PROFESSIONS`].
static HEAD_PREFIXES: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(|| {
    POSITION_HEADS.iter().chain(PROFESSIONS.iter()).map(|h| h.chars().take(3).collect()).collect()
});

/// The length of a leading «экс-» («экс-президент»), or 0.
pub(crate) fn ex_prefix(word: &str) -> usize {
    let mut c = word.chars();
    let ex = matches!(
        (c.next(), c.next(), c.next(), c.next()),
        (Some('э' | 'Э'), Some('к' | 'К'), Some('с' | 'С'), Some('-'))
    );
    if ex && c.next().is_some() { "экс-".len() } else { 0 }
}

/// A base form without its leading «экс-».
pub(crate) fn without_ex(norm: &str) -> String {
    norm[ex_prefix(norm)..].to_string()
}

/// A (lower-cased) preposition that cannot end a position or precede a name's first word.
fn is_preposition(low: &str) -> bool {
    matches!(low, "по" | "в" | "во" | "на" | "от" | "за" | "с" | "со" | "из" | "о" | "об" | "к" | "у")
}

/// A lower-case common noun for a kind of place, which a name after it belongs to («аэропорт
/// Хитроу», «резиденции Чекерс», «в городе Лахор»).
fn is_place_noun(w: &str) -> bool {
    // (Not streets and squares: «улица Ленина» is named after a person.)
    const STEMS: [&str; 18] = [
        "аэропорт",
        "город",
        "деревн",
        "резиденци",
        "район",
        "област",
        "провинци",
        "штат",
        "земл",
        "республик",
        "остров",
        "станци",
        "курорт",
        "посел",
        "посёл",
        "столиц",
        "округ",
        "урочищ",
    ];
    w.chars().next().is_some_and(char::is_lowercase)
        && (STEMS.iter().any(|s| w.starts_with(s)) || matches!(w, "село" | "села" | "селе" | "река" | "реки" | "реке"))
}

/// Words of company names written in Cyrillic letters («Компани», «Энерджи», «Б.В.»), which no
/// person's name contains.
fn is_company_word(w: &str) -> bool {
    matches!(
        w.to_lowercase().trim_end_matches('.'),
        "компани"
            | "корпорейшн"
            | "корпорэйшн"
            | "инкорпорейтед"
            | "лимитед"
            | "груп"
            | "холдинг"
            | "холдингс"
            | "энерджи"
            | "ойл"
            | "пайплайн"
            | "транспортэйшн"
            | "трейдинг"
            | "финанс"
            | "эксплорейшн"
            | "интернэшнл"
            | "интернешнл"
            | "сервисез"
            | "текнолоджиз"
            | "б.в"
            | "гмбх"
            | "аг"
            | "плс"
            | "лтд"
            | "транспорт"
            | "газ"
            | "банк"
            | "инвест"
            | "капитал"
            | "трейд"
    )
}

/// Words that name a kind of organisation before its quoted name.
fn is_org_type(w: &str) -> bool {
    let low = w.to_lowercase();
    matches!(
        low.as_str(),
        "оэз"
            | "оао"
            | "зао"
            | "ооо"
            | "пао"
            | "ао"
            | "нко"
            | "фгуп"
            | "гуп"
            | "муп"
            | "ано"
            | "нпо"
            | "гк"
            | "кб"
    ) || [
        "компани",
        "групп",
        "фонд",
        "банк",
        "холдинг",
        "концерн",
        "корпораци",
        "завод",
        "издательств",
        "газет",
        "журнал",
        "агентств",
        "партия",
        "партии",
        "партию",
        "движени",
        "объединени",
        "центр",
        "институт",
        "клуб",
        "театр",
        "фирм",
        "предприяти",
        "комбинат",
        "телеканал",
        "радиостанци",
        "ассоциаци",
        "союз",
        "общество",
        "обществ",
    ]
    .iter()
    .any(|p| low.starts_with(p))
}

/// Punctuation at the edges is not part of an entity (a closing quote stays when its opening
/// quote is inside).
fn trim(tokens: &[Token<'_>], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && tokens[a].kind == TokenKind::Punct && !matches!(tokens[a].text, "«" | "\"" | "“" | "„") {
        a += 1;
    }
    while a < b && tokens[b - 1].kind == TokenKind::Punct {
        let t = tokens[b - 1].text;
        let closes = matches!(t, "»" | "\"" | "”" | "“")
            && tokens[a..b - 1].iter().any(|x| matches!(x.text, "«" | "\"" | "“" | "„"));
        if closes {
            break;
        }
        b -= 1;
    }
    (a, b)
}

/// A quote that can open a name: «, “, „ or a straight one.
fn opens_quote(t: &Token<'_>) -> bool {
    matches!(t.text, "«" | "“" | "„" | "\"")
}

/// A quote that can close a name: », ”, “ or a straight one.
fn closes_quote(t: &Token<'_>) -> bool {
    matches!(t.text, "»" | "”" | "“" | "\"")
}

/// Whether `tokens` open a «…» (or „…») quote they do not close.
pub(crate) fn open_guillemet(tokens: &[Token<'_>]) -> bool {
    let opens = tokens.iter().filter(|t| matches!(t.text, "«" | "„")).count();
    opens > tokens.iter().filter(|t| t.text == "»").count()
}

/// Extends `a..b` over a closing quote that matches an opening quote inside it.
fn close_quote(tokens: &[Token<'_>], a: usize, b: usize) -> usize {
    if open_guillemet(&tokens[a..b]) && tokens.get(b).is_some_and(|t| matches!(t.text, "»" | "“" | "”")) {
        b + 1
    } else {
        b
    }
}

fn tokens_text(text: &str, tokens: &[Token<'_>]) -> String {
    text[tokens[0].span.start..tokens[tokens.len() - 1].span.end].replace('\n', " ")
}

/// Joins normalised words with the original gaps (no space before «»» etc.).
fn respace(text: &str, tokens: &[Token<'_>], norm: &str) -> String {
    let mut out = String::new();
    for (k, w) in norm.split(' ').enumerate() {
        if k > 0 && k < tokens.len() {
            let gap = &text[tokens[k - 1].span.end..tokens[k].span.start];
            if !gap.is_empty() {
                out.push(' ');
            }
        }
        out.push_str(w);
    }
    out
}

/// A name word without its ending, to pool forms: «Асия», «Асии», «Асией» → «ас».
fn name_key(word: &str) -> String {
    let low = word.to_lowercase();
    let stem = low.trim_end_matches(|c| "аяеёиоуыэюйь".contains(c));
    if stem.chars().count() >= 2 { stem.to_string() } else { low }
}

#[cfg(test)]
mod tests {
    use crate::Analyzer;

    fn persons(text: &str) -> Vec<String> {
        let doc = Analyzer::new().analyze(text);
        doc.entities.iter().filter(|e| e.kind == super::EntityKind::Person).map(|e| e.norm.clone()).collect()
    }

    #[test]
    fn the_document_tells_a_womans_name() {
        assert_eq!(persons("Суд оправдал Асию Биби. Асия Биби была освобождена."), ["Асия Биби", "Асия Биби"]);
        // Without the agreement the dictionary's man's name stays.
        assert_eq!(persons("Суд оправдал Асию Биби."), ["Асий Биби"]);
        // A name that does not open its clause is no subject: «жена … заявила».
        assert_eq!(persons("Жена Дмитрия Петрова заявила об этом."), ["Дмитрий Петров"]);
    }

    fn positions(text: &str) -> Vec<String> {
        let doc = Analyzer::new().analyze(text);
        let kind = super::EntityKind::Position;
        doc.entities.iter().filter(|e| e.kind == kind).map(|e| e.span.slice(text).to_string()).collect()
    }

    #[test]
    fn positions_stop_at_verbs_and_names() {
        assert_eq!(positions("В святилище бывший император «известил» богиню о своём уходе."), ["император"]);
        assert_eq!(positions("По словам Сеула, северокорейский лидер здоров."), ["северокорейский лидер"]);
        let text = "Известному американскому исполнителю ритм-н-блюза Ар Келли предъявлены обвинения.";
        assert_eq!(positions(text), ["исполнителю ритм-н-блюза"]);
        assert_eq!(persons(text), ["Ар Келли"]);
        // A place stays in the position.
        assert_eq!(persons("Об этом сообщил мэр Москвы Сергей Собянин."), ["Сергей Собянин"]);
    }

    #[test]
    fn complements_go_back_to_the_position() {
        let text = "Вчера умер президент Института Пушкина Виталий Костомаров.";
        assert_eq!(persons(text), ["Виталий Костомаров"]);
        assert_eq!(positions(text), ["президент Института Пушкина"]);
        // An indeclinable place is a genitive too.
        assert_eq!(positions("Кандидатке на пост президента Мали 54 года."), ["президента Мали"]);
        let text = "Премьер-министр земли Гессен Фолькер Буфье выступил.";
        assert_eq!(persons(text), ["Фолькер Буфье"]);
        assert_eq!(positions(text), ["Премьер-министр земли Гессен"]);
    }

    #[test]
    fn two_people_run_together() {
        let text = "Суд оправдал Азию Биби. Азия Биби на свободе. Адвокат Азии Биби Саиф уль-Малук заявил об этом.";
        assert_eq!(persons(text), ["Азия Биби", "Азия Биби", "Биби", "Саиф уль-Малук"]);
    }

    #[test]
    fn one_type_per_name() {
        let text = "Газпром подписал контракт. Газпром заявил об этом. Переговоры с Газпромом продлятся.";
        assert!(persons(text).is_empty(), "{:?}", persons(text));
    }

    #[test]
    fn companies_and_places_are_no_persons() {
        assert!(persons("Контракт подписала Юнипер Газ Транспортэйшн.").is_empty());
        assert!(persons("Протесты прошли в Карачи, Лахоре и Пешаваре.").is_empty());
        assert!(persons("Рейс задержали в аэропорту Хитроу.").is_empty());
        assert_eq!(persons("В споре победил мэр города Лужков."), ["Лужков"]);
    }

    #[test]
    fn a_known_surname_inside_an_organisation() {
        let text = "Тереза Мэй выступила в парламенте. Это третий министр, покинувший пост в кабинете Мэй.";
        assert_eq!(persons(text), ["Тереза Мэй", "Мэй"]);
        let text = "Тереза Мэй выступила в парламенте. Министр ушёл из правительства Терезы Мэй.";
        assert_eq!(persons(text), ["Тереза Мэй", "Тереза Мэй"]);
    }

    #[test]
    fn a_first_name_spelled_like_a_place() {
        let got = persons("Суд оправдал Азию Биби. Муж Азии Биби уехал.");
        assert_eq!(got, ["Азия Биби", "Азия Биби"]);
        // Once is enough when the surname stands alone elsewhere; not after a preposition.
        assert_eq!(persons("Суд оправдал Азию Биби. Биби освободили."), ["Азия Биби", "Биби"]);
        let got = persons("В Москве Иванов выступил. Иванов уехал.");
        assert!(!got.iter().any(|p| p.contains("Москв")), "{got:?}");
    }

    #[test]
    fn no_acronym_opens_a_name() {
        assert_eq!(persons("Экономист ФАО Абдолреза Аббассиан не исключил роста цен."), ["Абдолреза Аббассиан"]);
    }

    #[test]
    fn a_capital_for_its_government_is_a_place() {
        // The taggers sometimes read «Берлин поддерживает …» as a person (a subject that acts).
        let text = "Поэтому Берлин поддерживает проект.";
        let tokens: Vec<_> = crate::Tokenizer::new().tokens(text).collect();
        let person = |k: usize| super::Entity {
            span: tokens[k].span,
            kind: super::EntityKind::Person,
            norm: tokens[k].text.to_string(),
            sentence: 0,
            tokens: k..k + 1,
        };
        let mut entities = vec![person(1)];
        super::Recognizer::new().check_persons(text, &tokens, &mut entities);
        assert_eq!(entities[0].kind, super::EntityKind::Location);
        // A word that can be a name stays a person.
        let text = "Поэтому Путин поддерживает проект.";
        let tokens: Vec<_> = crate::Tokenizer::new().tokens(text).collect();
        let mut entities = vec![super::Entity { span: tokens[1].span, norm: "Путин".into(), ..person(1) }];
        super::Recognizer::new().check_persons(text, &tokens, &mut entities);
        assert_eq!(entities[0].kind, super::EntityKind::Person);
    }

    #[test]
    fn one_name_one_type_per_document() {
        let text = "Глава МИД ФРГ Хайко Маас прибыл в Москву. Визит Мааса продлится два дня.";
        assert_eq!(persons(text), ["Хайко Маас", "Маас"]);
        // Without the full name the river stays a place.
        let doc = Analyzer::new().analyze("Визит Мааса продлится два дня.");
        assert!(doc.entities.iter().all(|e| e.kind != super::EntityKind::Person));
    }
}
