// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! Organisations inside a sentence: where a tagged name really ends, names the taggers left
//! (Latin runs, the organisation a position names) and quoted names with their type words.
//! Run by `Recognizer::sentence` in `names.rs`; the document-level passes are in `document.rs`.

use super::entity::{Entity, EntityKind, Sent};
use super::names::Recognizer;
use super::tagger as ner;
use super::words::{
    ADJECTIVE_ENDINGS, closes_quote, is_acronym, is_name_particle, is_preposition, opens_quote, tokens_text, trim,
};
use crate::lexicon::lexicon;
use crate::text::Span;
use crate::token::{Script, Token, TokenKind};

impl Recognizer {
    /// A run of capitalised Latin words in a Russian sentence that no tagger took is mostly an
    /// organisation («в [Odebrecht]», «у [Monsanto]»): NEREL train marks 511 such runs as
    /// organisations against about 200 products, works and others. Not a run in brackets
    /// after a person (a name in the original spelling: «Скотт Хоровитц (Scott Horowitz)»), nor
    /// Roman numerals.
    pub(crate) fn latin_organisations(&self, s: Sent<'_, '_>, out: &mut Vec<Entity>) {
        let Sent { text, tokens, offset, index: sentence, .. } = s;
        let latin = |t: &Token<'_>| t.is_word_in(Script::Latin);
        let latin_cap = |t: &Token<'_>| {
            latin(t)
                && t.is_capitalized()
                && t.text.chars().count() >= 2
                && !t.text.bytes().any(|b| b.is_ascii_digit())
                && !t.text.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M'))
        };
        let taken = |k: usize, out: &[Entity]| s.covered(out, k);
        let mut k = 0;
        while k < tokens.len() {
            if !latin_cap(&tokens[k]) || taken(k, out) {
                k += 1;
                continue;
            }
            let mut end = k + 1;
            while end < tokens.len()
                && latin_cap(&tokens[end])
                && tokens[end].span.start > tokens[end - 1].span.end
                && !taken(end, out)
            {
                end += 1;
            }
            // The original spelling of the entity before: «Хоххайм-ам-Майн (Hochheim am Main)».
            let bracketed =
                k > 0 && tokens[k - 1].text == "(" && out[..].iter().any(|e| e.tokens.end == offset + k - 1);
            // A title in quotes, or part of a longer foreign phrase («Rassemblement pour le Mali»).
            let quoted = k > 0 && (opens_quote(&tokens[k - 1]) || tokens[k - 1].text == "'");
            let phrase = k > 0 && latin(&tokens[k - 1]) || tokens.get(end).is_some_and(&latin);
            if !bracketed && !quoted && !phrase {
                out.push(Entity {
                    span: Span::new(tokens[k].span.start, tokens[end - 1].span.end),
                    kind: EntityKind::Organization,
                    norm: tokens_text(text, &tokens[k..end]),
                    sentence,
                    tokens: offset + k..offset + end,
                    cluster: 0,
                });
            }
            k = end;
        }
    }

    /// Russian names of organisations capitalise their first word only: a capitalised adjective,
    /// lower-case adjectives and a noun for a kind of body that no tagger took is a name
    /// («[Арабская лига]», «[Народной партии]», «[Запорожский автомобилестроительный завод]»).
    pub(crate) fn adjective_organisations(&self, s: Sent<'_, '_>, feats: &[ner::TokenFeatures], out: &mut Vec<Entity>) {
        let Sent { tokens, lows, .. } = s;
        let taken = |k: usize, out: &[Entity]| s.covered(out, k);
        let cyrillic = |t: &Token<'_>| t.is_word_in(Script::Cyrillic);
        let mut k = 0;
        while k < tokens.len() {
            let t = &tokens[k];
            if !(cyrillic(t) && t.is_capitalized() && feats[k].is_any_adjective() && !taken(k, out)) {
                k += 1;
                continue;
            }
            let mut j = k + 1;
            while j < tokens.len()
                && j - k <= 3
                && cyrillic(&tokens[j])
                && !tokens[j].is_capitalized()
                && feats[j].is_any_adjective()
            {
                j += 1;
            }
            // (Not at the start of a sentence or a quotation, where any word is capitalised.)
            let opening = tokens[..k].iter().all(|t| t.kind != TokenKind::Word) || opens_quote(&tokens[k - 1]);
            let head = !opening
                && j < tokens.len()
                && cyrillic(&tokens[j])
                && !tokens[j].is_capitalized()
                && is_body_noun(&lows[j])
                && !(k..=j).any(|i| taken(i, out));
            if head {
                // The name goes on with a place or a noun in the genitive: «[Народной партии
                // Пакистана]», «[Российская академия наук]».
                let mut end = j + 1;
                if end < tokens.len() && cyrillic(&tokens[end]) && self.morph.can_be_genitive(&lows[end]) {
                    let place = tokens[end].is_capitalized() && feats[end].is_geo();
                    let noun = !tokens[end].is_capitalized() && !feats[end].is_any_adjective();
                    if place {
                        if !taken(end, out) {
                            out.push(self.entity(s, end..end + 1, EntityKind::Location));
                        }
                        end += 1;
                    } else if noun {
                        end += 1;
                    }
                }
                out.push(self.entity(s, k..end, EntityKind::Organization));
                k = end;
            } else {
                k += 1;
            }
        }
    }

    /// Where an organisation the names tagger found at `a..b` ends ([`Self::org_end`]), or
    /// `None` when it is no name but the start of a quotation: a name in quotes closes right
    /// after it («Технополис Москва»), a quotation runs on («Российско-китайское …
    /// взаимодействие вопреки неблагоприятной конъюнктуре, включая …»). A person the name ran
    /// into («президент ФИДЕ Илюмжинов») goes to `out`.
    pub(crate) fn organisation_end(
        &self,
        s: Sent<'_, '_>,
        cache: &ner::MorphCache,
        a: usize,
        b: usize,
        out: &mut Vec<Entity>,
    ) -> Option<usize> {
        let Sent { tokens, lows, .. } = s;
        let quotation = a > 0
            && opens_quote(&tokens[a - 1])
            && b - a >= 5
            && tokens.get(b).is_none_or(|t| !closes_quote(t))
            && !tokens[a..b].iter().any(closes_quote);
        if quotation {
            return None;
        }
        let end = self.org_end(tokens, lows, cache, a, b);
        // (Names, not «[Regnum] Власти Пакистана»: capitalised words, the first unknown to the
        // dictionary or a name in it and no place.)
        let name_like = |k: usize| {
            let info = self.morph.info(&lows[k]);
            tokens[k].is_capitalized() && (!info.known || info.names & 3 != 0 && info.names & 8 == 0)
        };
        let capitalised = (end..b).all(|k| tokens[k].is_capitalized() || tokens[k].kind != TokenKind::Word);
        if end < b && (b - end) <= 3 && name_like(end) && capitalised {
            out.push(self.entity(s, end..b, EntityKind::Person));
        }
        Some(trim(tokens, a, end).1)
    }

    /// Where an organisation's name really ends: the tagger sometimes runs it into the words
    /// after it («сообщить [правительству Грузии] мнение США», «[Русская Православная Церковь]
    /// и национализм», «[ЕС] высоко»). After the name's first noun, a lower-case word outside
    /// quotes that can be neither a genitive nor an instrumental («Министерство иностранных
    /// дел», «Управление делами президента»), and is no preposition opening a phrase of the name
    /// («Комитет по иностранным делам»), ends it; so does «и» before such a word.
    fn org_end(
        &self,
        tokens: &[Token<'_>],
        lows: &[std::borrow::Cow<'_, str>],
        cache: &ner::MorphCache,
        a: usize,
        b: usize,
    ) -> usize {
        // A name in quotes is the name's own wording: «Братья мусульмане».
        if a > 0 && opens_quote(&tokens[a - 1]) {
            return b;
        }
        let mut depth = 0i32;
        let mut noun = false;
        let complement = |k: usize| self.morph.can_be_case(&lows[k], &["Gen", "Ins"]);
        for k in a..b {
            let t = &tokens[k];
            if opens_quote(t) && (depth == 0 || t.text != "\"") {
                depth += 1;
                continue;
            }
            if closes_quote(t) {
                depth -= 1;
                continue;
            }
            if depth > 0 || t.kind != TokenKind::Word {
                continue;
            }
            let low = &*lows[k];
            let info = cache.get(low).map_or_else(|| self.morph.info(low), |c| c.0);
            // «в правительстве Москвы | по вопросам транспорта»: a government's name takes no
            // «по вопросам …», which names an official's portfolio.
            if low == "по"
                && lows.get(k + 1).is_some_and(|w| w.starts_with("вопрос"))
                && lows[a..k].iter().any(|w| w.starts_with("правительств") || w.starts_with("мэри"))
            {
                return k;
            }
            if is_preposition(low) || info.pos == "P" || matches!(low, "им" | "им." | "имени") {
                return b;
            }
            let after_adjective = k > a && ADJECTIVE_ENDINGS.iter().any(|e| lows[k - 1].ends_with(e));
            // A Latin name followed by Cyrillic names: «глава [Business NZ] Фил О’Рейли».
            let script_switch = k > a
                && tokens[k - 1].script == Script::Latin
                && t.script == Script::Cyrillic
                && (2..=3).contains(&(b - k))
                && tokens[k..b].iter().all(|x| x.is_capitalized() || x.kind != TokenKind::Word);
            if script_switch {
                return k;
            }
            // A person named right after the organisation: «президент [ФИДЕ] Илюмжинов».
            if noun && t.is_capitalized() && b - k <= 3 && tokens[k..b].iter().all(|x| x.is_capitalized()) {
                let acronym_before = is_acronym(tokens[k - 1].text);
                if info.case == "Nom" && (info.names & 1 != 0 && b - k >= 2 || info.names & 2 != 0 && acronym_before) {
                    return k;
                }
            }
            if noun
                && !after_adjective
                && t.text.chars().next().is_some_and(char::is_lowercase)
                && !is_name_particle(low)
            {
                let and = low == "и" && k + 1 < b && tokens[k + 1].text.chars().next().is_some_and(char::is_lowercase);
                if and && !complement(k + 1) || low != "и" && !complement(k) {
                    return k;
                }
            }
            noun |= low != "и" && (matches!(info.pos, "N" | "PN") || is_acronym(t.text));
        }
        b
    }

    /// The organisation a position names is an organisation too, when the other tagger did not
    /// find it: «глава [японского МИДа]», «работник [экспедиторской фирмы]», «лидер [Меджлиса
    /// крымско-татарского народа]». It starts at the adjectives before the first word that names a
    /// kind of organisation (or an acronym) after the position's head, and runs to the end of the
    /// position or to a preposition.
    pub(crate) fn organisations_in_positions(&self, s: Sent<'_, '_>, cache: &ner::MorphCache, out: &mut Vec<Entity>) {
        let Sent { tokens, lows, offset, .. } = s;
        let n = out.len();
        for i in 0..n {
            if out[i].kind != EntityKind::Position {
                continue;
            }
            let (a, b) = (out[i].tokens.start - offset, out[i].tokens.end - offset);
            let Some(j) = (a + 1..b)
                .find(|&k| tokens[k].kind == TokenKind::Word && (is_org_noun(&lows[k]) || is_acronym(tokens[k].text)))
            else {
                continue;
            };
            let mut start = j;
            while start > a + 1 && self.morph.info(&lows[start - 1]).pos == "A" {
                start -= 1;
            }
            let end = (j + 1..b).find(|&k| is_preposition(&lows[k]) || tokens[k].kind != TokenKind::Word).unwrap_or(b);
            let end = trim(tokens, start, self.org_end(tokens, lows, cache, start, end)).1;
            let taken = out[..].iter().any(|x| {
                x.kind != EntityKind::Position && x.tokens.start < offset + end && offset + start < x.tokens.end
            });
            // A bare «партии», «ведомства» refers back rather than names.
            if taken || end < start + 2 && !is_acronym(tokens[start].text) {
                continue;
            }
            out.push(self.entity(s, start..end, EntityKind::Organization));
        }
    }

    /// An organisation followed by a quoted capitalised name takes it: «группой компаний
    /// “Лунай”», «компания «Газпром»». This sentence's entities start at `out[first]`.
    pub(crate) fn take_quoted_name(&self, s: Sent<'_, '_>, out: &mut Vec<Entity>) {
        let Sent { text, tokens, offset, .. } = s;
        let mut i = 0;
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
            i = 0;
        }
    }

    /// Names in Latin letters take their type word like quoted names do ([`Self::merge_quoted`]):
    /// «[компании Harles und Jentzsch]», «[социальной сети Facebook]», «[Корпорация Google]», with
    /// the adjectives before it («[круглосуточного телеканала World Fashion Channel]») but not a
    /// country's («немецкой [компании …]»). `feats` are the sentence's token features.
    pub(crate) fn typed_latin_names(&self, s: Sent<'_, '_>, feats: &[ner::TokenFeatures], out: &mut Vec<Entity>) {
        let Sent { text, tokens, lows, offset, .. } = s;
        let mut nested = Vec::new();
        for i in 0..out.len() {
            let (a, b) = (out[i].tokens.start - offset, out[i].tokens.end - offset);
            let latin = tokens[a..b].iter().any(|t| t.script == Script::Latin)
                && tokens[a..b].iter().all(|t| t.script != Script::Cyrillic);
            if out[i].kind != EntityKind::Organization || !latin || a == 0 || !is_type_word(&lows[a - 1]) {
                continue;
            }
            let mut start = a - 1;
            // «группы компаний Michelin»
            if start > 0 && is_type_word(&lows[start - 1]) {
                start -= 1;
            }
            while start > 0
                && tokens[start - 1].script == Script::Cyrillic
                && !tokens[start - 1].is_capitalized()
                && feats[start - 1].is_adjective()
                && !is_national(&lows[start - 1])
            {
                start -= 1;
            }
            let taken = out[..].iter().any(|e| e.tokens.start < offset + a && offset + start < e.tokens.end);
            if taken {
                continue;
            }
            // The name alone stays as well, nested (the NEREL convention marks it alone).
            let inner = out[i].clone();
            out[i].tokens.start = offset + start;
            out[i].span.start = tokens[start].span.start;
            out[i].norm = self.normalize(text, &tokens[start..b], EntityKind::Organization);
            nested.push(inner);
        }
        out.extend(nested);
    }

    /// Organisation names in quotes take their type word and the quotes: «ОЭЗ «Технополис
    /// Москва»», «группой компаний “Лунай”» (an organisation followed by its quoted name).
    /// This sentence's entities start at `out[first]`.
    pub(crate) fn merge_quoted(&self, s: Sent<'_, '_>, out: &mut Vec<Entity>) {
        let Sent { tokens, lows, offset, .. } = s;
        let mut i = 0;
        while i < out.len() {
            if out[i].kind != EntityKind::Organization {
                i += 1;
                continue;
            }
            let (a, b) = (out[i].tokens.start - offset, out[i].tokens.end - offset);
            let quoted = a >= 1 && opens_quote(&tokens[a - 1]) && b < tokens.len() && closes_quote(&tokens[b]);
            if quoted {
                // A type word before the quote: «ОЭЗ «…»», «компания «…»».
                let typed = a >= 2 && is_org_type(&lows[a - 2]);
                // Or an organisation right before it: «группой компаний “Лунай”».
                let prev = (0..i)
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
                out[i] = self.entity(s, start..b + 1, EntityKind::Organization);
                if let Some(j) = prev {
                    out.remove(j);
                    continue;
                }
            }
            i += 1;
        }
    }
}

// Stems of nouns for the kinds of organisation that name themselves with adjectives («театр», «лига», «завод», «церковь»).
lexicon!(BODY_NOUNS, "ru/body_noun_stems.txt");

// Stems of nouns for a kind of organisation or body: «фирмы», «палаты», «министерства».
lexicon!(ORG_NOUNS, "ru/org_noun_stems.txt");
/// A (lower-cased) noun for a kind of organisation or body, in any case: «фирмы», «палаты»,
/// «министерства».
fn is_org_noun(low: &str) -> bool {
    ORG_NOUNS.has_prefix_of(low) && !low.starts_with("советник") && !low.starts_with("банкир")
}

// «дума» and «суд» in every case: bodies that head a name.
lexicon!(COURT_AND_DUMA, "ru/court_and_duma.txt");

/// A (lower-cased) noun for a kind of body that heads a name: [`is_org_noun`] and the kinds of
/// organisation that name themselves with adjectives («театр», «лига», «завод», «церковь»).
fn is_body_noun(low: &str) -> bool {
    is_org_noun(low)
        || BODY_NOUNS.has_prefix_of(low) && !low.starts_with("союзн")
        || is_channel(low)
        || COURT_AND_DUMA.contains(low)
}

/// «канал» in the singular (not «каналы», «канализация»).
fn is_channel(low: &str) -> bool {
    matches!(low, "канал" | "канала" | "каналу" | "каналом" | "канале")
}

/// Is the (lower-cased) adjective one of nationality or place («немецкой», «американскую»,
/// «шанхайском»): a stem in «-ск-» or «-цк-», but not «-ческ-» («некоммерческой»)?
fn is_national(low: &str) -> bool {
    let chars: Vec<char> = low.chars().collect();
    let n = chars.len();
    // «-ск-»/«-цк-» followed by an ending of one to three letters.
    (n.saturating_sub(5)..n.saturating_sub(2)).any(|i| {
        matches!(chars[i], 'с' | 'ц') && chars[i + 1] == 'к' && !(i >= 2 && chars[i - 2] == 'ч' && chars[i - 1] == 'е')
    })
}

// Stems of words for a kind of organisation or medium before a name in Latin letters: «портал», «команды», «проекта».
lexicon!(TYPE_WORDS, "ru/type_word_stems.txt");

/// A (lower-cased) word for a kind of organisation or medium before a name in Latin letters:
/// [`is_org_type`] and «сети», «портал», «команды», «проекта».
fn is_type_word(low: &str) -> bool {
    is_org_type(low)
        || TYPE_WORDS.has_prefix_of(low)
        || is_channel(low)
        || matches!(low, "сеть" | "сети" | "сетью" | "дома")
}

// Words that name a kind of organisation before its quoted name: «ООО», «компания», «ОЭЗ».
lexicon!(ORG_TYPES, "ru/org_types.txt");

/// (Lower-cased) words that name a kind of organisation before its quoted name.
pub(crate) fn is_org_type(low: &str) -> bool {
    ORG_TYPES.contains(low)
        || [
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

#[cfg(test)]
mod tests {
    fn organisations(text: &str) -> Vec<String> {
        crate::ner::tests::surfaces(text, super::EntityKind::Organization)
    }

    #[test]
    fn an_organisation_ends_where_its_words_stop_agreeing() {
        // The tagger ran these into the words after them.
        let orgs = organisations("Наблюдатель должен сообщить правительству Грузии мнение США.");
        assert!(orgs.iter().all(|o| !o.contains("мнение")), "{orgs:?}");
        // The start of a quotation is no name.
        let orgs = organisations(
            "«Российско-китайское торгово-экономическое взаимодействие вопреки неблагоприятной конъюнктуре, \
             включая санкции, продолжает развиваться», — сказал он.",
        );
        assert!(orgs.is_empty(), "{orgs:?}");
        let orgs =
            organisations("Выступил заместитель мэра в правительстве Москвы по вопросам транспорта Иван Петров.");
        assert!(orgs.iter().all(|o| !o.contains("вопросам")), "{orgs:?}");
        let orgs = organisations("«К сожалению, Русская Православная Церковь и национализм уже давно связались».");
        assert!(orgs.iter().all(|o| !o.contains("национализм")), "{orgs:?}");
        // Genitives, instrumentals, phrases after a preposition, agreeing nouns and quoted words
        // stay.
        for name in [
            "Министерство иностранных дел",
            "Управление делами президента",
            "Комитет по иностранным делам",
            "Щукинском училище",
            "«Братья мусульмане»",
        ] {
            let orgs = organisations(&format!("Об этом сообщили в {name} России."));
            let inner = name.trim_matches(['«', '»']);
            assert!(orgs.iter().any(|o| o.contains(inner)), "{name}: {orgs:?}");
        }
    }

    #[test]
    fn latin_names_in_russian_text_are_organisations() {
        let orgs = organisations("Коррупционный скандал с Odebrecht затронул несколько стран.");
        assert!(orgs.contains(&"Odebrecht".to_string()), "{orgs:?}");
        // Not a name's original spelling, a virus or a word of a foreign phrase.
        let orgs = organisations(
            "Сказал Скотт Хоровитц (Scott Horowitz). Он заболел COVID-19. \
             Партия Rassemblement pour le Mali победила.",
        );
        assert!(orgs.iter().all(|o| !["Scott Horowitz", "COVID-19", "Mali"].contains(&o.as_str())), "{orgs:?}");
    }

    #[test]
    fn a_capitalised_adjective_and_a_body_are_a_name() {
        let orgs = organisations("Израиль просил, и в субботу Арабская лига вынесла решение.");
        assert!(orgs.contains(&"Арабская лига".to_string()), "{orgs:?}");
        let orgs = organisations("Было арестовано 5000 активистов Народной партии Пакистана.");
        assert!(orgs.contains(&"Народной партии Пакистана".to_string()), "{orgs:?}");
        // At the start of a sentence any adjective is capitalised.
        let orgs = organisations("Призовой фонд матча составит миллион долларов.");
        assert!(orgs.is_empty(), "{orgs:?}");
    }

    #[test]
    fn latin_names_take_their_type_word() {
        let orgs = organisations("Диоксин нашли в продукции немецкой компании Harles und Jentzsch.");
        assert!(orgs.contains(&"компании Harles und Jentzsch".to_string()), "{orgs:?}");
        // The name alone stays too, nested; the country's adjective stays outside.
        assert!(orgs.contains(&"Harles und Jentzsch".to_string()), "{orgs:?}");
        assert!(orgs.iter().all(|o| !o.contains("немецкой")), "{orgs:?}");
        let orgs = organisations("Новости передал круглосуточный телеканал World Fashion Channel вчера.");
        assert!(orgs.contains(&"круглосуточный телеканал World Fashion Channel".to_string()), "{orgs:?}");
    }

    #[test]
    fn adjectives_of_nationality() {
        for w in ["немецкой", "американскую", "шанхайском", "европейскими", "бразильской"]
        {
            assert!(super::is_national(w), "{w}");
        }
        for w in ["некоммерческой", "креативного", "круглосуточного", "почтовый"]
        {
            assert!(!super::is_national(w), "{w}");
        }
    }

    #[test]
    fn the_organisation_a_position_names() {
        let orgs = organisations("Однако работник экспедиторской фирмы Давид Мирианашвили отказался от комментариев.");
        assert!(orgs.contains(&"экспедиторской фирмы".to_string()), "{orgs:?}");
        // Not a country, nor a bare noun that refers back.
        let orgs = organisations("Прежний глава ведомства заявил, что президент США прибудет завтра.");
        assert!(orgs.is_empty(), "{orgs:?}");
    }
}
