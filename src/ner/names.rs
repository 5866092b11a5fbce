// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! Persons, organisations, locations and positions from the two embedded taggers, with their
//! names normalised to the base form.

use super::english_tagger::EnglishDoc;
use super::entity::{Entity, EntityKind, Sent};
use super::tagger::{self as ner, Model, TokenFeatures};
use super::words::*;
use crate::lang::NameReading;
use crate::morph::Morph;
use crate::text::Span;
use crate::token::{Script, Token, TokenKind};

/// What the sentence rules read besides the entities: the sentence, its tokens' tagger
/// features and the dictionary look-ups.
#[derive(Clone, Copy)]
pub(crate) struct SentenceCtx<'c, 'a, 't> {
    pub(crate) s: Sent<'a, 't>,
    pub(crate) feats: &'c [TokenFeatures],
    pub(crate) cache: &'c ner::MorphCache,
}

/// A sentence rule: reads the sentence, changes its entities.
type Rule = fn(&Recognizer, &SentenceCtx<'_, '_, '_>, &mut Vec<Entity>);

/// The rules over one Russian sentence's entities, in the order they run.
const SENTENCE_RULES: &[(&str, Rule)] = &[
    ("tagged", Recognizer::tagged),
    ("places_by_noun", Recognizer::places_by_noun),
    ("latin_organisations", |r, c, out| r.latin_organisations(c.s, out)),
    ("adjective_organisations", |r, c, out| r.adjective_organisations(c.s, c.feats, out)),
    ("split_complements", |r, c, out| r.split_complements(c.s, out)),
    ("chinese_names", |r, c, out| r.chinese_names(c.s, out)),
    ("untangle_persons", |r, c, out| r.untangle_persons(c.s, out)),
    ("give_names_back", |r, c, out| r.give_names_back(c.s.text, c.s.tokens, c.feats, c.s.offset, out)),
    ("merge_quoted", |r, c, out| r.merge_quoted(c.s, out)),
    ("take_quoted_name", |r, c, out| r.take_quoted_name(c.s, out)),
    ("add_head_positions", |r, c, out| r.add_head_positions(c.s, out)),
    ("extend_positions", |r, c, out| r.extend_positions(c.s.text, c.s.tokens, c.s.offset, out)),
    ("organisations_in_positions", |r, c, out| r.organisations_in_positions(c.s, c.cache, out)),
    ("typed_latin_names", |r, c, out| r.typed_latin_names(c.s, c.feats, out)),
    ("ex_positions", Recognizer::ex_positions),
];

/// The taggers and the dictionary.
#[derive(Debug)]
pub(crate) struct Recognizer {
    names: Model,
    positions: Model,
    pub(super) english: Model,
    pub(crate) morph: Morph,
}

impl Recognizer {
    pub(crate) fn new() -> Recognizer {
        // The models are part of the crate (`lexicon/model/*.bin`, rebuilt by examples/train.rs).
        let load = |b: &[u8]| Model::from_bytes(b).expect("embedded tagger model");
        Recognizer {
            names: load(include_bytes!("../../lexicon/model/names.bin")),
            positions: load(include_bytes!("../../lexicon/model/positions.bin")),
            english: load(include_bytes!("../../lexicon/model/en_names.bin")),
            morph: Morph::new(),
        }
    }

    /// The entity of `kind` over the sentence's tokens `range`, with its base form.
    pub(crate) fn entity(&self, s: Sent<'_, '_>, range: std::ops::Range<usize>, kind: EntityKind) -> Entity {
        let t = &s.tokens[range.clone()];
        Entity {
            span: Span::new(t[0].span.start, t[t.len() - 1].span.end),
            kind,
            norm: self.normalize(s.text, t, kind),
            sentence: s.index,
            tokens: s.offset + range.start..s.offset + range.end,
            cluster: 0,
        }
    }

    /// Entities of one sentence, read as the language stage said (`reading`), added to the
    /// document's `out`. The Russian taggers run first, then [`SENTENCE_RULES`] in order; an
    /// English sentence goes to the English tagger and rules, with `english`, how its document
    /// writes its words.
    pub(crate) fn sentence(
        &self,
        s: Sent<'_, '_>,
        reading: NameReading,
        cache: &mut ner::MorphCache,
        english: Option<&mut EnglishDoc>,
        out: &mut Vec<Entity>,
    ) {
        let Sent { tokens, lows, .. } = s;
        if reading == NameReading::Skip
            || !tokens
                .iter()
                .any(|t| t.kind == TokenKind::Word && t.text.chars().next().is_some_and(char::is_alphabetic))
        {
            return;
        }
        if reading == NameReading::English {
            // (The analyzer reads the document's words for every document with an English
            // sentence.)
            if let Some(doc) = english {
                self.english_sentence(s, doc, out);
            }
            return;
        }
        let feats: Vec<TokenFeatures> = ner::token_features_lowered(tokens, lows, &self.morph, cache);
        let ctx = SentenceCtx { s, feats: &feats, cache };
        // This sentence's entities, kept apart from the document's until the rules are done.
        let mut own = Vec::new();
        for (_, rule) in SENTENCE_RULES {
            rule(self, &ctx, &mut own);
        }
        own.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        out.append(&mut own);
    }

    /// The spans the two taggers (names, then positions) give, checked: an organisation ends
    /// where its words stop agreeing, a position where an opened quote closes, people and places
    /// are capitalised; places named inside an organisation or a position are locations too.
    fn tagged(&self, c: &SentenceCtx<'_, '_, '_>, out: &mut Vec<Entity>) {
        let SentenceCtx { s, feats, cache } = *c;
        let Sent { tokens, lows, offset, .. } = s;
        for (model, pos) in [(&self.names, false), (&self.positions, true)] {
            let tags = model.tag(feats);
            for (a, b, ty) in ner::spans(model.labels(), &tags) {
                let (a, mut b) = trim(tokens, a, b);
                if ty == "ORG" {
                    let Some(end) = self.organisation_end(s, cache, a, b, out) else { continue };
                    b = end;
                }
                // An opened quote closes inside a position: «руководитель совета «Единой России»».
                let (a, b) = if pos {
                    self.position_end(tokens, lows, a, close_quote(tokens, a, b), offset, &out[..])
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
                        if self.is_place(&tokens[k], &feats[k]) && !s.covered(&out[..], k) {
                            out.push(self.entity(s, k..k + 1, EntityKind::Location));
                        }
                    }
                }
                out.push(self.entity(s, a..b, kind));
            }
        }
    }

    /// Celestial bodies are places, and so is a name no tagger took right after a word for a
    /// kind of place.
    fn places_by_noun(&self, c: &SentenceCtx<'_, '_, '_>, out: &mut Vec<Entity>) {
        let SentenceCtx { s, feats, .. } = *c;
        let Sent { tokens, lows, .. } = s;
        // Celestial bodies are places (as in the common NER conventions): «на Луну», «Землю».
        // So is a name no tagger took right after a word for a kind of place: «в лондонском
        // районе Тоттенем», «в селе Цибулёво», «графство Эссекс».
        for (k, t) in tokens.iter().enumerate().skip(1) {
            // (Not a river, named with its noun in the corpora, an acronym or an adjective.)
            let named_place = || {
                is_place_noun(&lows[k - 1])
                    && !lows[k - 1].starts_with("рек")
                    && t.is_word_in(Script::Cyrillic)
                    && t.text.chars().skip(1).any(char::is_lowercase)
                    && !feats[k].is_adjective()
                    && tokens.get(k + 1).is_none_or(|n| !n.is_capitalized())
            };
            if t.is_capitalized() && (is_celestial(&lows[k]) || named_place()) && !s.covered(&out[..], k) {
                out.push(self.entity(s, k..k + 1, EntityKind::Location));
            }
        }
    }

    /// «экс-президент Перу»: the position is «президент Перу», «экс-» saying when, like
    /// «бывший» before it (the NEREL convention).
    #[allow(clippy::ptr_arg)] // the signature of every pass
    fn ex_positions(&self, c: &SentenceCtx<'_, '_, '_>, out: &mut Vec<Entity>) {
        let Sent { tokens, offset, .. } = c.s;
        for e in out.iter_mut().filter(|e| e.kind == EntityKind::Position) {
            let skip = ex_prefix(tokens[e.tokens.start - offset].text);
            if skip > 0 {
                e.span.start += skip;
                e.norm = e.norm[ex_prefix(&e.norm)..].to_string();
            }
        }
    }

    /// Chinese names the taggers missed or ran into the word before: a common surname and a
    /// given name of Palladius syllables, both capitalised («с мэром Пекина [Инь Юном]», «[Ван
    /// И] заявил», «Госсовета [Ли Кэцян]»). This sentence's entities start at `out[first]`.
    fn chinese_names(&self, s: Sent<'_, '_>, out: &mut Vec<Entity>) {
        let Sent { tokens, lows, offset, .. } = s;
        let name_word = |k: usize| tokens[k].is_word_in(Script::Cyrillic) && tokens[k].is_capitalized();
        for k in 0..tokens.len().saturating_sub(1) {
            if !(name_word(k) && name_word(k + 1) && super::chinese::is_name(&lows[k], &lows[k + 1])) {
                continue;
            }
            let (a, b) = (offset + k, offset + k + 2);
            let overlapping: Vec<usize> =
                (0..out.len()).filter(|&i| out[i].tokens.start < b && a < out[i].tokens.end).collect();
            if overlapping.iter().any(|&i| out[i].tokens == (a..b) && out[i].kind == EntityKind::Person) {
                continue;
            }
            // What the name may replace: persons or places within it or a person that ran in from
            // the word before («Госсовета Ли Кэцян»), and the end of a position or organisation
            // that ran into it («министр иностранных дел КНР Ван | И»).
            // (Not a longer name: «Аун Сан Су Чжи».)
            let common_word = |t: usize| {
                let info = self.morph.info(&lows[t - offset]);
                info.known && info.names == 0
            };
            let replaceable = |e: &Entity| match e.kind {
                EntityKind::Person => e.tokens.end <= b && (e.tokens.start..a).all(common_word),
                EntityKind::Location => a <= e.tokens.start && e.tokens.end <= b,
                _ => e.tokens.start < a && e.tokens.end <= b,
            };
            if !overlapping.iter().all(|&i| replaceable(&out[i])) {
                continue;
            }
            for &i in overlapping.iter().rev() {
                if matches!(out[i].kind, EntityKind::Position | EntityKind::Organization) {
                    let kind = out[i].kind;
                    out[i] = self.entity(s, out[i].tokens.start - offset..k, kind);
                } else {
                    out.remove(i);
                }
            }
            out.push(self.entity(s, k..k + 2, EntityKind::Person));
        }
    }

    /// The name tagger sometimes runs the end of an organisation or a position into the person
    /// after it: «главы правительства | Мали Кейта», «премьер-министр земли | Гессен Фолькер
    /// Буфье», «президент Института | Пушкина Виталий Костомаров». When an organisation or
    /// position ends right before a person whose first word is a place (and nothing else to the
    /// dictionary) or a genitive before a first name in the nominative, that word goes back to
    /// the organisation and position (a place also becomes a location). This sentence's
    /// entities start at `out[first]`.
    fn split_complements(&self, s: Sent<'_, '_>, out: &mut Vec<Entity>) {
        let Sent { text, tokens, offset, .. } = s;
        for i in 0..out.len() {
            let (a, b) = (out[i].tokens.start, out[i].tokens.end);
            if out[i].kind != EntityKind::Person || b - a < 2 {
                continue;
            }
            let before =
                |e: &Entity| matches!(e.kind, EntityKind::Organization | EntityKind::Position) && e.tokens.end == a;
            if !out[..].iter().any(before) {
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
            for e in out[..].iter_mut().filter(|e| before(e)) {
                e.tokens.end = a + 1;
                e.span.end = tokens[a - offset].span.end;
                e.norm = self.normalize(text, &tokens[e.tokens.start - offset..a + 1 - offset], e.kind);
            }
            if place {
                out.push(self.entity(s, a - offset..a + 1 - offset, EntityKind::Location));
            }
        }
    }

    /// A person that starts inside a position or an organisation the other tagger found starts
    /// after it: «глава японского [МИДа | Сэйдзи Маэхара]» → «Сэйдзи Маэхара». Nor does a person
    /// start with a title or a word for kin: «Сын | А.Лукашенко», «Император | Акихито».
    fn untangle_persons(&self, s: Sent<'_, '_>, out: &mut [Entity]) {
        let Sent { text, tokens, offset, .. } = s;
        for i in 0..out.len() {
            if out[i].kind != EntityKind::Person {
                continue;
            }
            let (a, b) = (out[i].tokens.start, out[i].tokens.end);
            let inside = out
                .iter()
                .filter(|e| matches!(e.kind, EntityKind::Position | EntityKind::Organization))
                .filter(|e| e.tokens.start < a && a < e.tokens.end && e.tokens.end < b)
                .map(|e| e.tokens.end)
                .max();
            let title = || {
                let t = &tokens[a - offset];
                if b - a < 2 || t.kind != TokenKind::Word || !t.is_capitalized() {
                    return None;
                }
                // (The dictionary tells «ё» from «е»: the word as written, lower-cased.)
                let low = t.text.to_lowercase();
                let (info, lemma) = self.morph.info_lemma(&low);
                let lemma = lemma.unwrap_or(low);
                let title = is_kin_or_title(&lemma)
                    || POSITION_HEADS.contains(lemma.as_str())
                    || PROFESSIONS.contains(lemma.as_str());
                (title && info.names & 7 == 0).then_some(a + 1)
            };
            if let Some(start) = inside.or_else(title) {
                out[i].tokens.start = start;
                out[i].span.start = tokens[start - offset].span.start;
                out[i].norm = self.normalize(text, &tokens[start - offset..b - offset], EntityKind::Person);
            }
        }
    }

    /// A lower-case noun that NEREL train marks as a profession most of the times it occurs
    /// (`lexicon/model/professions.txt`) is a position wherever the taggers left it: «пианист
    /// заявил», «стали ругать блогера». Run after the officials are linked: a profession on its
    /// own names no one. `entities` are the document's (sorted); new positions go to `out`.
    pub(crate) fn add_professions(
        &self,
        s: Sent<'_, '_>,
        entities: &[Entity],
        cache: &ner::MorphCache,
        out: &mut Vec<Entity>,
    ) {
        let Sent { tokens, lows, offset, .. } = s;
        // (Sorted by start: those that can hold this sentence's tokens start at `first`.)
        let first = entities.partition_point(|e| e.tokens.end <= offset);
        for k in 0..tokens.len() {
            let t = &tokens[k];
            if !t.is_word_in(Script::Cyrillic) || (k > 0 && t.is_capitalized()) {
                continue;
            }
            // (Nouns only: «режиссёрские работы», «полицейскую машину» name no one. The sentence
            // pass looked every word up already.)
            let Some((info, lemma)) = cache.get(&lows[k]) else { continue };
            if info.pos != "N" || !PROFESSION_HASHES.contains(&lemma) {
                continue;
            }
            let taken = entities[first..].iter().take_while(|e| e.tokens.start <= offset + k);
            if taken.clone().any(|e| e.tokens.contains(&(offset + k))) {
                continue;
            }
            out.push(self.entity(s, k..k + 1, EntityKind::Position));
        }
    }

    /// A word that heads positions (`lexicon/ru/position_heads.txt`) directly followed by an
    /// organisation or a place, or by a person, is a position the tagger missed: «член
    /// президиума …», «Замглавы ФМС России», «представитель Обамы». This sentence's entities
    /// start at `out[first]`.
    fn add_head_positions(&self, s: Sent<'_, '_>, out: &mut Vec<Entity>) {
        let Sent { tokens, lows, offset, .. } = s;
        for k in 0..tokens.len().saturating_sub(1) {
            if !tokens[k].is_word_in(Script::Cyrillic) {
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
                out[..].iter().filter(|e| e.tokens.start == next && kinds.contains(&e.kind)).map(|e| e.tokens.end).max()
            };
            // A person in the genitive is whom the position serves («представитель Обамы»); one
            // in another case holds it («член Совета Иван Петров» has its own rule).
            let person = || {
                let end = starts_next(&[EntityKind::Person])?;
                let genitive = self.morph.info(tokens[k + 1].text).case == "Gen";
                Some(if genitive { end } else { next })
            };
            // «шеф концерна | Бернд Пишетсридер»: the kind of organisation, then the person.
            let kind_then_person = || {
                let kind = tokens.get(k + 1).is_some_and(|t| t.text.chars().next().is_some_and(char::is_lowercase))
                    && super::organisations::is_org_type(&lows[k + 1]);
                let person = || out[..].iter().any(|e| e.kind == EntityKind::Person && e.tokens.start == next + 1);
                (kind && person()).then_some(next + 1)
            };
            let Some(end) = starts_next(&[EntityKind::Organization, EntityKind::Location])
                .or_else(person)
                .or_else(kind_then_person)
            else {
                continue;
            };
            if out[..].iter().any(|e| e.kind == EntityKind::Position && e.tokens.contains(&at)) {
                continue;
            }
            let head = POSITION_HEADS.contains(low)
                || self.morph.lemma(low).is_some_and(|l| {
                    let l = crate::text::lowercase(&l);
                    POSITION_HEADS.contains(l.as_ref()) || PROFESSIONS.contains(l.as_ref())
                });
            if !head {
                continue;
            }
            out.push(self.entity(s, k..end - offset, EntityKind::Position));
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
        // Президент ФИДЕ» (a signature). Not a one-word title that ends the name: «Брюно Ле
        // Мэр» is a surname.
        for i in 0..out.len() {
            if out[i].kind != EntityKind::Position {
                continue;
            }
            let (start, end) = (out[i].tokens.start, out[i].tokens.end);
            let capital = tokens[start - offset].text.chars().next().is_some_and(char::is_uppercase);
            for p in out.iter_mut().filter(|e| e.kind == EntityKind::Person) {
                if capital
                    && p.tokens.start + 2 <= start
                    && start < p.tokens.end
                    && (end > p.tokens.end || end - start >= 2)
                {
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
            let name_like = t.is_word_in(Script::Cyrillic)
                && c.next().is_some_and(char::is_uppercase)
                && c.next().is_some_and(char::is_lowercase)
                && !self.is_place(t, &feats[k])
                && !feats[k].is_adjective()
                && !is_preposition(&crate::text::lowercase(tokens[k - 1].text));
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
                || (t.script == Script::Cyrillic && t.kind == TokenKind::Word && self.morph.is_predicate(t.text));
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
            let named = is_place_noun(&crate::text::lowercase(tokens[end - offset - 1].text));
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

    /// A single capitalised token that names a place: a dictionary geographical name or a
    /// country abbreviation.
    fn is_place(&self, t: &Token<'_>, f: &TokenFeatures) -> bool {
        t.kind == TokenKind::Word
            && t.text.chars().next().is_some_and(char::is_uppercase)
            && (f.is_geo() || matches!(t.text, "США" | "РФ" | "КНДР" | "КНР" | "ОАЭ" | "ЮАР" | "ФРГ" | "СССР"))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::Analyzer;

    /// The base forms of the persons found in `text` (also for `document.rs`'s tests).
    pub(crate) fn persons(text: &str) -> Vec<String> {
        let doc = Analyzer::new().analyze(text);
        doc.entities.iter().filter(|e| e.kind == super::EntityKind::Person).map(|e| e.norm.clone()).collect()
    }

    /// The surfaces of the entities of `kind` found in `text` (also for `organisations.rs`).
    pub(crate) fn surfaces(text: &str, kind: super::EntityKind) -> Vec<String> {
        let doc = Analyzer::new().analyze(text);
        doc.entities.iter().filter(|e| e.kind == kind).map(|e| e.span.slice(text).to_string()).collect()
    }

    fn positions(text: &str) -> Vec<String> {
        surfaces(text, super::EntityKind::Position)
    }

    #[test]
    fn initials_keep_the_surname_declinable() {
        let got = persons("Памятник А. С. Пушкину открыли в мае. Музей им. А.С. Пушкина закрыт.");
        assert_eq!(got, ["А. С. Пушкин", "А.С. Пушкин"]);
    }

    #[test]
    fn chinese_names_in_any_case() {
        assert_eq!(persons("Москва подписала соглашение с мэром Пекина Инь Юном."), ["Инь Юн"]);
        assert_eq!(persons("Министр иностранных дел КНР Ван И заявил о поддержке."), ["Ван И"]);
        assert_eq!(persons("Премьер Госсовета Ли Кэцян выступил с речью."), ["Ли Кэцян"]);
        // A longer name around a syllable pair stays whole.
        assert_eq!(persons("Власти Мьянмы выпустили Аун Сан Су Чжи на свободу."), ["Аун Сан Су Чжи"]);
    }

    #[test]
    fn titles_and_kin_stay_outside_names() {
        let got = persons("Сын А.Лукашенко взял нити в свои руки. Император Акихито выразил желание уйти.");
        assert!(got.contains(&"А.Лукашенко".to_string()) && got.contains(&"Акихито".to_string()), "{got:?}");
    }

    #[test]
    fn a_name_after_a_kind_of_place_is_a_place() {
        let text = "Он родился в лондонском районе Тоттенем, а вырос в графстве Эссекс.";
        let places = surfaces(text, super::EntityKind::Location);
        assert!(places.iter().any(|p| p == "Тоттенем") && places.iter().any(|p| p == "Эссекс"), "{places:?}");
    }

    #[test]
    fn professions_on_their_own_are_positions() {
        let got = positions("В Китае забанили популярного блогера за фейки и кликбейт.");
        assert!(got.contains(&"блогера".to_string()), "{got:?}");
        // Not an adjective of the list: «режиссёрские работы».
        let got = positions("Его режиссёрские работы известны.");
        assert!(got.is_empty(), "{got:?}");
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
}
