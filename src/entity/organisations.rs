//! Organisations inside a sentence: where a tagged name really ends, names the taggers left
//! (Latin runs, the organisation a position names) and quoted names with their type words.
//! Run by `Recognizer::sentence` in `names.rs`; the document-level passes are in `document.rs`.

use super::names::{
    ADJECTIVE_ENDINGS, Entity, EntityKind, Recognizer, closes_quote, is_name_particle, is_preposition, opens_quote,
    tokens_text, trim,
};
use super::ner;
use crate::span::Span;
use crate::token::{Token, TokenKind};

impl Recognizer {
    /// A run of capitalised Latin words in a Russian sentence that no tagger took is mostly an
    /// organisation («в [Odebrecht]», «у [Monsanto]»): NEREL train marks 511 such runs as
    /// organisations against about 200 products, works and others. Not a run in brackets
    /// after a person (a name in the original spelling: «Скотт Хоровитц (Scott Horowitz)»), nor
    /// Roman numerals.
    pub(super) fn latin_organisations(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        offset: usize,
        sentence: usize,
        first: usize,
        out: &mut Vec<Entity>,
    ) {
        let latin = |t: &Token<'_>| t.kind == TokenKind::Word && t.script == crate::token::Script::Latin;
        let latin_cap = |t: &Token<'_>| {
            latin(t)
                && t.is_capitalized()
                && t.text.chars().count() >= 2
                && !t.text.bytes().any(|b| b.is_ascii_digit())
                && !t.text.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M'))
        };
        let taken = |k: usize, out: &[Entity]| out[first..].iter().any(|e| e.tokens.contains(&(offset + k)));
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
                k > 0 && tokens[k - 1].text == "(" && out[first..].iter().any(|e| e.tokens.end == offset + k - 1);
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
                });
            }
            k = end;
        }
    }

    /// Where an organisation's name really ends: the tagger sometimes runs it into the words
    /// after it («сообщить [правительству Грузии] мнение США», «[Русская Православная Церковь]
    /// и национализм», «[ЕС] высоко»). After the name's first noun, a lower-case word outside
    /// quotes that can be neither a genitive nor an instrumental («Министерство иностранных
    /// дел», «Управление делами президента»), and is no preposition opening a phrase of the name
    /// («Комитет по иностранным делам»), ends it; so does «и» before such a word.
    pub(super) fn org_end(
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
                && tokens[k - 1].script == crate::token::Script::Latin
                && t.script == crate::token::Script::Cyrillic
                && (2..=3).contains(&(b - k))
                && tokens[k..b].iter().all(|x| x.is_capitalized() || x.kind != TokenKind::Word);
            if script_switch {
                return k;
            }
            // A person named right after the organisation: «президент [ФИДЕ] Илюмжинов».
            if noun && t.is_capitalized() && b - k <= 3 && tokens[k..b].iter().all(|x| x.is_capitalized()) {
                let acronym_before =
                    tokens[k - 1].text.chars().count() >= 2 && tokens[k - 1].text.chars().all(|c| c.is_uppercase());
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
            let acronym = t.text.chars().count() >= 2 && t.text.chars().all(|c| c.is_uppercase());
            noun |= low != "и" && (matches!(info.pos, "N" | "PN") || acronym);
        }
        b
    }

    /// The organisation a position names is an organisation too, when the other tagger did not
    /// find it: «глава [японского МИДа]», «работник [экспедиторской фирмы]», «лидер [Меджлиса
    /// крымско-татарского народа]». It starts at the adjectives before the first word that names a
    /// kind of organisation (or an acronym) after the position's head, and runs to the end of the
    /// position or to a preposition.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn organisations_in_positions(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        lows: &[std::borrow::Cow<'_, str>],
        cache: &ner::MorphCache,
        offset: usize,
        sentence: usize,
        first: usize,
        out: &mut Vec<Entity>,
    ) {
        let n = out.len();
        for i in first..n {
            if out[i].kind != EntityKind::Position {
                continue;
            }
            let (a, b) = (out[i].tokens.start - offset, out[i].tokens.end - offset);
            let acronym = |t: &Token<'_>| t.text.chars().count() >= 2 && t.text.chars().all(char::is_uppercase);
            let Some(j) = (a + 1..b)
                .find(|&k| tokens[k].kind == TokenKind::Word && (is_org_noun(&lows[k]) || acronym(&tokens[k])))
            else {
                continue;
            };
            let mut s = j;
            while s > a + 1 && self.morph.info(&lows[s - 1]).pos == "A" {
                s -= 1;
            }
            let e = (j + 1..b).find(|&k| is_preposition(&lows[k]) || tokens[k].kind != TokenKind::Word).unwrap_or(b);
            let e = trim(tokens, s, self.org_end(tokens, lows, cache, s, e)).1;
            let taken = out[first..]
                .iter()
                .any(|x| x.kind != EntityKind::Position && x.tokens.start < offset + e && offset + s < x.tokens.end);
            // A bare «партии», «ведомства» refers back rather than names.
            if taken || e < s + 2 && !acronym(&tokens[s]) {
                continue;
            }
            out.push(Entity {
                span: Span::new(tokens[s].span.start, tokens[e - 1].span.end),
                kind: EntityKind::Organization,
                norm: self.normalize(text, &tokens[s..e], EntityKind::Organization),
                sentence,
                tokens: offset + s..offset + e,
            });
        }
    }

    /// An organisation followed by a quoted capitalised name takes it: «группой компаний
    /// “Лунай”», «компания «Газпром»». This sentence's entities start at `out[first]`.
    pub(super) fn take_quoted_name(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        offset: usize,
        first: usize,
        out: &mut Vec<Entity>,
    ) {
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
    pub(super) fn merge_quoted(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        offset: usize,
        first: usize,
        out: &mut Vec<Entity>,
    ) {
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
}

/// A (lower-cased) noun for a kind of organisation or body, in any case: «фирмы», «палаты»,
/// «министерства».
fn is_org_noun(low: &str) -> bool {
    const STEMS: [&str; 34] = [
        "министерств",
        "ведомств",
        "представительств",
        "посольств",
        "консульств",
        "палат",
        "собрани",
        "совет",
        "комитет",
        "комисси",
        "агентств",
        "служб",
        "управлени",
        "департамент",
        "сборн",
        "федераци",
        "академи",
        "университет",
        "редакци",
        "администраци",
        "парламент",
        "прокуратур",
        "компани",
        "корпораци",
        "концерн",
        "фирм",
        "партии",
        "партия",
        "движени",
        "клуб",
        "банк",
        "фонд",
        "холдинг",
        "организаци",
    ];
    STEMS.iter().any(|s| low.starts_with(s)) && !low.starts_with("советник") && !low.starts_with("банкир")
}

/// Words that name a kind of organisation before its quoted name.
pub(super) fn is_org_type(w: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use crate::Analyzer;

    fn organisations(text: &str) -> Vec<String> {
        let doc = Analyzer::new().analyze(text);
        let kind = super::EntityKind::Organization;
        doc.entities.iter().filter(|e| e.kind == kind).map(|e| e.span.slice(text).to_string()).collect()
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
    fn the_organisation_a_position_names() {
        let orgs = organisations("Однако работник экспедиторской фирмы Давид Мирианашвили отказался от комментариев.");
        assert!(orgs.contains(&"экспедиторской фирмы".to_string()), "{orgs:?}");
        // Not a country, nor a bare noun that refers back.
        let orgs = organisations("Прежний глава ведомства заявил, что президент США прибудет завтра.");
        assert!(orgs.is_empty(), "{orgs:?}");
    }
}
