// Stage: resolution, over the whole document. May use: text, lexicon, token, sentence, lang, morph, ner.
//! Document-level passes over the entities the recognizer found sentence by sentence: one
//! name, one type and one person per document. A surname given with a first name is a person
//! wherever it stands alone; a first name spelled like a place joins its surname; a name the
//! document gives more often as an organisation or place is that; a gender shown by agreement
//! picks the feminine base form. Each pass keeps the entities sorted by start.

use crate::lexicon::lexicon;
use std::collections::{HashMap, HashSet};

use super::Doc;
use crate::ner::{Entity, EntityKind, Recognizer, is_place_noun, is_preposition};
use crate::text::Span;
use crate::token::{Script, Token, TokenKind};

// Acronyms of unions of states: «ЕС», «НАТО», «ООН» (lower case).
lexicon!(UNIONS_OF_STATES, "ru/unions_of_states.txt");

impl Recognizer {
    /// Checks on the tagged persons. A transliterated company name is an organisation. A lone
    /// word is a place when the dictionary knows it only as one, or when an unknown word follows
    /// «в»/«из» or a place it is listed with, or when it names a kind of place before it
    /// («аэропорту Хитроу»). A person's name does not start with an acronym: «экономист ФАО
    /// Абдолреза Аббассиан» names Абдолреза Аббассиан (the acronym belongs to the position
    /// before). `entities` stay sorted.
    pub(crate) fn check_persons(&self, d: &Doc<'_, '_>, entities: &mut Vec<Entity>) {
        let Doc { text, tokens, .. } = *d;
        let mut changed = false;
        let mut places = Vec::new();
        // Token ends of places: a word listed with places is one («в Карачи, Лахоре»).
        let place_ends: HashSet<usize> =
            entities.iter().filter(|e| e.kind == EntityKind::Location).map(|e| e.tokens.end).collect();
        // Token ends of positions: «мэр города Лужков» names the mayor, not a town.
        let position_ends: HashSet<usize> =
            entities.iter().filter(|e| e.kind == EntityKind::Position).map(|e| e.tokens.end).collect();
        for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
            // A company name in transliteration is no person: «Юнипер Газ Транспортэйшн», «Блю
            // Стрим Пайплайн Компани Б.В.», «Норд Стрим».
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
                } else if !(info.known && info.names & 3 != 0)
                    && is_agency_name(&crate::text::lowercase(tokens[k].text))
                {
                    // «сотрудники Росприроднадзора и Рыбохраны»
                    e.kind = EntityKind::Organization;
                    e.norm = self.normalize(text, &tokens[e.tokens.clone()], EntityKind::Organization);
                }
                continue;
            }
            let first = tokens[e.tokens.start].text;
            // A place run into a person in another case: «отдало [Чехословакию] [Гитлеру]».
            let info = self.morph.info(first);
            if info.known && info.names == 8 {
                let (a, b) = (self.morph.cases(first), self.morph.cases(tokens[e.tokens.end - 1].text));
                if a != 0 && b != 0 && a & b == 0 {
                    let k = e.tokens.start;
                    places.push(Entity {
                        span: tokens[k].span,
                        kind: EntityKind::Location,
                        norm: self.normalize(text, &tokens[k..k + 1], EntityKind::Location),
                        sentence: e.sentence,
                        tokens: k..k + 1,
                        cluster: 0,
                    });
                    e.tokens.start += 1;
                    e.span.start = tokens[e.tokens.start].span.start;
                    e.norm = self.normalize(text, &tokens[e.tokens.clone()], EntityKind::Person);
                    continue;
                }
            }
            if first.chars().count() >= 2 && first.chars().all(|c| c.is_alphabetic() && c.is_uppercase()) {
                e.tokens.start += 1;
                e.span.start = tokens[e.tokens.start].span.start;
                e.norm = self.normalize(text, &tokens[e.tokens.clone()], EntityKind::Person);
                changed = true;
            }
        }
        // Initials alone name no one: «… Трейдинг Б.В.» (besloten vennootschap).
        entities.retain(|e| {
            e.kind != EntityKind::Person || !tokens[e.tokens.clone()].iter().all(|t| crate::morph::is_initial(t.text))
        });
        changed |= !places.is_empty();
        entities.extend(places);
        if changed {
            entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        }
    }

    /// A first name spelled like a place («Азия Биби», «Виктория Бекхэм») is read as a place
    /// followed by a person. When the same place directly precedes the same person twice or
    /// more in a document, it is the first name: each such pair becomes one person.
    /// `entities` stay sorted.
    pub(crate) fn place_first_names(&self, d: &Doc<'_, '_>, entities: &mut Vec<Entity>) {
        let Doc { text, tokens, .. } = *d;
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
            entities[i].tokens.start > 0
                && is_preposition(&crate::text::lowercase(tokens[entities[i].tokens.start - 1].text))
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

    /// Unions of states are organisations even when listed with states: «Соединённые Штаты,
    /// Евросоюз, Китай» (as NEREL and factRuEval annotate them).
    #[allow(clippy::ptr_arg)] // the signature of every pass
    pub(crate) fn unions_of_states(&self, d: &Doc<'_, '_>, entities: &mut Vec<Entity>) {
        let Doc { text, tokens, .. } = *d;
        for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Location && e.tokens.len() == 1) {
            let low = crate::text::lowercase(tokens[e.tokens.start].text);
            let union = UNIONS_OF_STATES.contains(&low) || low.starts_with("евросоюз") || low.starts_with("евразэс");
            if union {
                e.kind = EntityKind::Organization;
                e.norm = self.normalize(text, &tokens[e.tokens.clone()], EntityKind::Organization);
            }
        }
    }

    /// A name of several words the document gives as an organisation is one wherever else it
    /// stands (words compared by lemma): the taggers and rules can miss a mention, most often at
    /// the start of a sentence or a headline, where every word is capitalised («[Большой театр]
    /// превратится в балаган?» beside «является [Большим театром]»). `entities` end sorted.
    pub(crate) fn repeated_organisations(&self, d: &Doc<'_, '_>, entities: &mut Vec<Entity>) {
        let Doc { text, tokens, sentences, cache, .. } = *d;
        let key = |t: &Token<'_>| cache.lemma_key(t.text);
        let cyrillic_word = |t: &Token<'_>| t.is_word_in(Script::Cyrillic);
        let names: HashSet<Vec<u64>> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Organization && (2..=4).contains(&e.tokens.len()))
            .map(|e| &tokens[e.tokens.clone()])
            .filter(|ts| ts[0].is_capitalized() && ts.iter().all(cyrillic_word))
            .map(|ts| ts.iter().map(key).collect())
            .collect();
        if names.is_empty() {
            return;
        }
        let firsts: HashSet<u64> = names.iter().map(|n| n[0]).collect();
        let mut covered = vec![false; tokens.len()];
        for e in entities.iter() {
            covered[e.tokens.clone()].iter_mut().for_each(|c| *c = true);
        }
        let mut found = Vec::new();
        for (index, sentence) in sentences.iter().enumerate() {
            let r = sentence.tokens.clone();
            let mut k = r.start;
            while k < r.end {
                let start = !covered[k]
                    && cyrillic_word(&tokens[k])
                    && tokens[k].is_capitalized()
                    && firsts.contains(&key(&tokens[k]));
                // The longest name that starts here.
                let longest = || {
                    (2..=4).rev().find(|&n| {
                        k + n <= r.end
                            && (k + 1..k + n).all(|i| !covered[i] && cyrillic_word(&tokens[i]))
                            && names.contains(&tokens[k..k + n].iter().map(key).collect::<Vec<_>>())
                    })
                };
                let Some(n) = (if start { longest() } else { None }) else {
                    k += 1;
                    continue;
                };
                let ts = &tokens[k..k + n];
                found.push(Entity {
                    span: Span::new(ts[0].span.start, ts[n - 1].span.end),
                    kind: EntityKind::Organization,
                    norm: self.normalize(text, ts, EntityKind::Organization),
                    sentence: index,
                    tokens: k..k + n,
                    cluster: 0,
                });
                k += n;
            }
        }
        if !found.is_empty() {
            entities.extend(found);
            entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        }
    }

    /// Names of things are no organisations: a name after a word for a kind of product, work or
    /// event («операционной системы [Windows]», «шаттл «[Дискавери]»», «конкурс [The Best of
    /// Blogs]») is dropped, and so is the same name (compared by lemma) elsewhere in the document
    /// («[Дискавери]» завершил полёт). `entities` stay sorted.
    pub(crate) fn drop_products(&self, d: &Doc<'_, '_>, entities: &mut Vec<Entity>) {
        let Doc { tokens, cache, .. } = *d;
        let key = |e: &Entity| -> Vec<u64> {
            tokens[e.tokens.clone()]
                .iter()
                .filter(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
                .map(|t| cache.lemma_key(t.text))
                .collect()
        };
        // (A name in quotes or Latin letters: «самолёт Минобороны» is the ministry's.)
        let after_product = |e: &Entity| {
            let mut k = e.tokens.start;
            let quoted = k > 0 && crate::ner::opens_quote(&tokens[k - 1]);
            if quoted {
                k -= 1;
            } else if tokens[k].script != Script::Latin {
                return false;
            }
            k > 0
                && tokens[k - 1].kind == TokenKind::Word
                && is_product_noun(&crate::text::lowercase(tokens[k - 1].text))
        };
        let products: HashSet<Vec<u64>> =
            entities.iter().filter(|e| e.kind == EntityKind::Organization && after_product(e)).map(key).collect();
        if !products.is_empty() {
            entities.retain(|e| e.kind != EntityKind::Organization || !products.contains(&key(e)));
        }
    }

    /// One name, one type per document, for the rest: a person whose words the document names
    /// more often as an organisation or a place is that («Газпромом» beside «Газпром», «Хитроу»;
    /// words compared by lemma), unless it is a surname the document gives with a first name.
    /// Run after `same_surname`.
    #[allow(clippy::ptr_arg)] // the signature of every pass
    pub(crate) fn one_type_per_name(&self, d: &Doc<'_, '_>, entities: &mut Vec<Entity>) {
        let Doc { text, tokens, cache, .. } = *d;
        // Per entity (persons, organisations, places): its words' lemmas.
        let keys: Vec<Option<Vec<u64>>> = entities
            .iter()
            .map(|e| {
                matches!(e.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Location)
                    .then(|| tokens[e.tokens.clone()].iter().map(|t| cache.lemma_key(t.text)).collect())
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
    pub(crate) fn same_surname(&self, d: &Doc<'_, '_>, entities: &mut Vec<Entity>) {
        let Doc { text, tokens, sentences, .. } = *d;
        let capitalised_word = |t: &Token<'_>| {
            t.kind == TokenKind::Word
                && t.text.chars().next().is_some_and(char::is_uppercase)
                && t.text.chars().count() >= 3
        };
        // A last word that is also a place counts only after a lone first name: «Хайко Маас»,
        // not «Мария Вяткина Москва», and not after part of a hyphened word, the end of a longer
        // name: «Техрик-э-Лабаик Пакистан», «Техрик-и-|Лаббаик Пакистан» (a party).
        let hyphened = |k: usize| {
            tokens[k].text.contains('-')
                || k > 0 && tokens[k - 1].text == "-" && tokens[k - 1].span.end == tokens[k].span.start
        };
        let person_like = |e: &&Entity| {
            let (first, last) = (e.tokens.start, e.tokens.end - 1);
            self.morph.info(tokens[last].text).names & 8 == 0
                || (e.tokens.len() == 2 && !hyphened(first) && self.morph.info(tokens[first].text).names & 8 == 0)
        };
        let surnames: HashSet<String> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person && e.tokens.len() >= 2)
            .filter(|e| {
                // Every word capitalised; initials between («George W. Bush») too.
                let (first, last) = (e.tokens.start, e.tokens.end - 1);
                capitalised_word(&tokens[first])
                    && capitalised_word(&tokens[last])
                    && tokens[first + 1..last].iter().all(|t| capitalised_word(t) || initial(t))
            })
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
            let key = name_key(first.text);
            let given_name = || {
                let info = self.morph.info(first.text);
                info.known && info.names & 1 != 0
            };
            if surnames.contains(&key) && key != name_key(tokens[e.tokens.end - 1].text) && !given_name() {
                let k = e.tokens.start;
                let sentence = e.sentence;
                let norm = self.normalize(text, &tokens[k..k + 1], EntityKind::Person);
                added.push(Entity {
                    span: first.span,
                    kind: EntityKind::Person,
                    norm,
                    sentence,
                    tokens: k..k + 1,
                    cluster: 0,
                });
                e.tokens.start = k + 1;
                e.span.start = tokens[k + 1].span.start;
                e.norm = self.normalize(text, &tokens[e.tokens.clone()], EntityKind::Person);
            }
        }
        // Organisations do not cover a word here: a surname inside one is the person too,
        // nested («в кабинете Мэй»), and one that is the surname alone is the person (the
        // taggers' slip, «McCarthy names team»: no word is read as two things).
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
                added.push(Entity { span, kind: EntityKind::Person, norm, sentence, tokens: start..k + 1, cluster: 0 });
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
            // The person replaces an organisation read on the very same word.
            let words: HashSet<usize> = added.iter().filter(|a| a.tokens.len() == 1).map(|a| a.tokens.start).collect();
            entities.retain(|e| {
                !(e.kind == EntityKind::Organization && e.tokens.len() == 1 && words.contains(&e.tokens.start))
            });
            entities.extend(added);
            entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
            // (A surname split off a run-together name is found again as a lone surname.)
            entities.dedup_by(|a, b| a.tokens == b.tokens && a.kind == b.kind);
        }
    }

    /// Persons whose gender the document shows by agreement («Асия Биби была оправдана»,
    /// «Скрипаль заявил») get their base forms again in that gender. The evidence is pooled
    /// over the document by name stem, so «Асии Биби» in another sentence profits too.
    #[allow(clippy::ptr_arg)] // the signature of every pass
    pub(crate) fn agree_genders(&self, d: &Doc<'_, '_>, entities: &mut Vec<Entity>) {
        let Doc { text, tokens, .. } = *d;
        let cyrillic = |e: &Entity| tokens[e.tokens.clone()].iter().all(|t| t.is_word_in(Script::Cyrillic));
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
}

/// A one-word name of a Russian agency or company (seven letters or more), by its parts:
/// «Росприроднадзор», «Рыбохрана», «Минздрав», «Газпромбанк», «Мосгоризбирком».
fn is_agency_name(low: &str) -> bool {
    const PARTS: [&str; 11] =
        ["надзор", "охран", "наблюден", "избирком", "здрав", "обрнауки", "энерго", "пром", "банк", "нефт", "стат"];
    low.chars().count() >= 7 && PARTS.iter().any(|p| low.contains(p))
}

// Words of company names written in Cyrillic letters («Компани», «Энерджи», «Б.В.»), which no person's name contains.
lexicon!(COMPANY_WORDS, "ru/company_words.txt");

/// Words of company names written in Cyrillic letters («Компани», «Энерджи», «Б.В.»), which no
/// person's name contains.
fn is_company_word(w: &str) -> bool {
    COMPANY_WORDS.contains(crate::text::lowercase(w).trim_end_matches('.'))
}

// Stems of words for a kind of product, work or event, whose name follows it: «системы», «браузера», «сериал».
lexicon!(PRODUCT_NOUNS, "ru/product_noun_stems.txt");

/// An initial, with or without its full stop, or the full stop alone: «J.», «J», «.».
fn initial(t: &Token<'_>) -> bool {
    let letters = t.text.strip_suffix('.').unwrap_or(t.text);
    t.text == "."
        || t.kind == TokenKind::Word && letters.chars().count() == 1 && letters.chars().all(char::is_uppercase)
}

/// A name word without its ending, to pool forms: «Асия», «Асии», «Асией» → «ас».
fn name_key(word: &str) -> String {
    // (The dictionary tells «ё» from «е».)
    let low = word.to_lowercase();
    let stem = low.trim_end_matches(|c| "аяеёиоуыэюйь".contains(c));
    if stem.chars().count() >= 2 { stem.to_string() } else { low }
}

// Whole words for a kind of product or work whose name follows it: «ОС», «язык».
lexicon!(PRODUCT_WORDS, "ru/product_words.txt");

/// A (lower-cased) word for a kind of product, work or event, whose name follows it:
/// «системы», «ОС», «браузера», «шаттл», «корабля», «сериал», «конкурс».
fn is_product_noun(low: &str) -> bool {
    PRODUCT_WORDS.contains(low) || PRODUCT_NOUNS.has_prefix_of(low)
}

#[cfg(test)]
mod tests;
