// Stage: resolution, over the whole document. May use: text, lexicon, token, sentence, lang, morph, ner.
//! Which person a position speaks of: the candidates of its sentence (and the one before), tried
//! in the order the position's grammar and punctuation allow.

use super::official::{
    between_before_ok, between_ok, is_coordination, is_english_position, is_link_verb, next_in_list,
};
use crate::morph::HeadNoun;
use crate::ner::{Entity, EntityKind, Recognizer};
use crate::token::{Token, TokenKind};

/// A position and the persons it may speak of.
pub(super) struct Candidates<'a, 't> {
    tokens: &'a [Token<'t>],
    entities: &'a [Entity],
    pos: &'a Entity,
    recognizer: &'a Recognizer,
    /// The entities of the position's sentence (sorted by start, so by sentence too).
    pub(super) here: std::ops::Range<usize>,
    /// …and its persons, in text order (computed once per sentence: see [`Sentence`]).
    pub(super) persons: &'a [usize],
    /// Is the position plural («представители Госдумы»)?
    pub(super) plural: bool,
    head: Option<HeadNoun>,
    /// «муж актрисы Сергей Сенин»: the position is the kin's, and the name after it (not in the
    /// position's genitive) is the husband's; «дочь предпринимателя Яна Абрамова» names the
    /// entrepreneur.
    kin: bool,
}

/// The most positions a chain of coordinated positions runs over («писатель, поэт и журналист»).
const MAX_CHAIN: usize = 8;

/// How far (in tokens) before a position a person who names it can start: a bounded
/// neighbourhood, so that a sentence of thousands of entities costs no more per position.
const REACH: usize = 64;

/// The entities of one sentence and its persons, found once for all its positions.
pub(super) struct Sentence {
    pub(super) sentence: usize,
    pub(super) here: std::ops::Range<usize>,
    pub(super) persons: Vec<usize>,
}

impl Sentence {
    /// The sentence of entity `at` (entities sorted by start, so by sentence).
    pub(super) fn of(entities: &[Entity], at: usize) -> Sentence {
        let sentence = entities[at].sentence;
        let here =
            entities.partition_point(|e| e.sentence < sentence)..entities.partition_point(|e| e.sentence <= sentence);
        let persons = here.clone().filter(|&k| entities[k].kind == EntityKind::Person).collect();
        Sentence { sentence, here, persons }
    }
}

impl<'a, 't> Candidates<'a, 't> {
    pub(super) fn new(
        tokens: &'a [Token<'t>],
        entities: &'a [Entity],
        pos: &'a Entity,
        sentence: &'a Sentence,
        recognizer: &'a Recognizer,
    ) -> Candidates<'a, 't> {
        let kin = pos.tokens.start > 0 && crate::ner::is_kin(tokens[pos.tokens.start - 1].text);
        let (here, persons) = (sentence.here.clone(), sentence.persons.as_slice());
        // («исполняющий обязанности представителя» is one person: its head is «представителя».)
        let acting = pos.tokens.len() > 2
            && crate::text::lowercase(tokens[pos.tokens.start].text).starts_with("исполняющ")
            && tokens[pos.tokens.start + 1].text == "обязанности";
        let head_from = pos.tokens.start + if acting { 2 } else { 0 };
        let head = recognizer.morph.head_noun(&tokens[head_from..pos.tokens.end]);
        let english = is_english_position(tokens, pos.tokens.start);
        let plural = head.is_some_and(|h| h.plural)
            || english
                && tokens[pos.tokens.clone()]
                    .iter()
                    .any(|t| crate::ner::is_plural_title(&crate::text::lowercase(t.text)));
        Candidates { tokens, entities, pos, recognizer, here, persons, plural, head, kin }
    }

    /// The first word of person `k`.
    fn first_word(&self, k: usize) -> &'t str {
        self.tokens[self.entities[k].tokens.start].text
    }

    /// Can person `k`'s first word be in `case`?
    fn can_be(&self, k: usize, case: &str) -> bool {
        // (The dictionary tells «ё» from «е».)
        self.recognizer.morph.can_be_case(&self.first_word(k).to_lowercase(), &[case])
    }

    /// Does person `k` start with a man's first name?
    fn man(&self, k: usize) -> bool {
        self.recognizer.morph.is_masculine_given_name(self.first_word(k))
    }

    /// The person right after token `end` (possibly after a chain «в правительстве Москвы по
    /// вопросам …» without punctuation). A plural position may introduce its people with a dash
    /// or a colon: «музыкантами группы СВ — Вадимом Голутвиным, …», «пять экс-президентов:
    /// Альберто Фухимори, …».
    fn person_after(&self, end: usize) -> Option<usize> {
        let (tokens, entities) = (self.tokens, self.entities);
        let english = is_english_position(tokens, self.pos.tokens.start);
        let from = self.persons.partition_point(|&k| entities[k].tokens.start < end);
        let near = self.persons[from..].iter().take_while(|&&k| entities[k].tokens.start - end <= 12);
        near.copied().find(|&k| {
            let e = &entities[k];
            let mut between = &tokens[end..e.tokens.start.max(end)];
            // In English, a rank after a comma goes with the name: «The commander-in-chief of
            // Tajikistan 's armed forces, Major-General Nikolai Sherbatov».
            if english {
                let ranks = between.iter().rev().take_while(|t| crate::ner::is_rank(t.text)).count();
                if ranks > 0 && ranks < between.len() && between[between.len() - ranks - 1].text == "," {
                    between = &between[..between.len() - ranks];
                }
            }
            let between = match between.split_last() {
                Some((last, rest)) if self.plural && matches!(last.text, "—" | "–" | ":") => rest,
                _ => between,
            };
            e.tokens.start >= end
                && e.tokens.start - end <= 12
                && between_ok(between)
                // No verb in between: «художники проведут … памятник Ельцину» is no official.
                && !between.iter().any(|t| t.kind == TokenKind::Word && self.recognizer.morph.info(t.text).pos == "V")
                // In English, a preposition or a verb between the position and a name says the
                // name is someone else's («captain from Neale Fraser», «manager … replacing Phil
                // Regan»).
                && !(english && between.iter().any(|t| crate::ner::is_position_break(t.text)))
                // Nor a word for kin or a possessive pronoun: «the minister visited his wife
                // Anna Smith».
                && !(english && between.iter().any(|t| is_kin_or_possessive(t.text)))
        })
    }

    /// The person after the position, or after the positions coordinated with it: «Писатель,
    /// поэт и журналист Дмитрий Быков».
    fn after(&self) -> Option<usize> {
        let (pos, entities) = (self.pos, self.entities);
        let after = self.person_after(pos.tokens.end).filter(|&k| !self.kin || self.can_be(k, "Gen"));
        if after.is_some() {
            return after;
        }
        let mut end = pos.tokens.end;
        for _ in 0..MAX_CHAIN {
            // (A coordinated position starts one or two tokens after `end`.)
            let from = self.here.start + entities[self.here.clone()].partition_point(|e| e.tokens.start <= end);
            let next = (from..self.here.end).take_while(|&q| entities[q].tokens.start <= end + 2).find(|&q| {
                entities[q].kind == EntityKind::Position && is_coordination(&self.tokens[end..entities[q].tokens.start])
            });
            let Some(q) = next else { break };
            end = entities[q].tokens.end;
        }
        if end > pos.tokens.end { self.person_after(end) } else { None }
    }

    /// The persons that start before the position and at most [`REACH`] tokens before it,
    /// nearest first.
    fn persons_before(&self) -> impl Iterator<Item = usize> + '_ {
        let (entities, start) = (self.entities, self.pos.tokens.start);
        let to = self.persons.partition_point(|&k| entities[k].tokens.start < start);
        let from = self.persons[..to].partition_point(|&k| entities[k].tokens.start + REACH < start);
        self.persons[from..to].iter().rev().copied()
    }

    /// «Сидибе был министром здравоохранения», «Тимченко занимает должность руководителя …»;
    /// in English also across a relative clause or with «as» (see [`english_link`]).
    fn linked_by_verb(&self) -> Option<usize> {
        let (tokens, entities, pos) = (self.tokens, self.entities, self.pos);
        let english = is_english_position(tokens, pos.tokens.start);
        self.persons_before().find(|&k| {
            let e = &entities[k];
            if e.tokens.end > pos.tokens.start {
                return false;
            }
            let between = &tokens[e.tokens.end..pos.tokens.start];
            let near = between.len() <= 6
                && between.iter().any(|t| is_link_verb(t.text))
                // «Baratelli is to coach …»: a title after «to» is a verb.
                && tokens[pos.tokens.start - 1].text != "to"
                && between
                    .iter()
                    .all(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number || t.text == ",");
            (near || english && english_link(between))
                && !self
                    .persons_before()
                    .any(|o| entities[o].tokens.start >= e.tokens.end && entities[o].tokens.end <= pos.tokens.start)
        })
    }

    /// «Он является депутатом парламента»: «он» or «она» before a link verb, the position after
    /// it, and the person the last one named before (in this sentence or the one before), a man
    /// for «он» and no man for «она».
    fn pronoun(&self) -> Option<usize> {
        let (tokens, entities, pos) = (self.tokens, self.entities, self.pos);
        let start = pos.tokens.start;
        let gap = &tokens[start.saturating_sub(4)..start];
        let verb = gap.iter().rposition(|t| is_link_verb(t.text))?;
        let who = gap[..verb].iter().rposition(|t| matches!(t.text, "он" | "Он" | "она" | "Она"))?;
        if gap[who + 1..verb].iter().any(|t| t.kind != TokenKind::Word)
            || gap[verb + 1..].iter().any(|t| t.kind != TokenKind::Word)
        {
            return None;
        }
        let at = start - gap.len() + who;
        // (The person is in this sentence or the one before.)
        let from = entities.partition_point(|e| e.sentence + 1 < pos.sentence);
        let to = entities.partition_point(|e| e.tokens.start < at);
        let k = from
            + entities[from..to.max(from)].iter().rposition(|e| e.kind == EntityKind::Person && e.tokens.end <= at)?;
        let he = matches!(gap[who].text, "он" | "Он");
        (entities[k].sentence + 1 >= pos.sentence && self.man(k) == he).then_some(k)
    }

    /// «капитаном стал Михаель Баллак», «президентом избран Иван Петров» (not in English: «the
    /// president named John Smith» names someone else).
    fn verb_then_person(&self) -> Option<usize> {
        let (tokens, entities, pos) = (self.tokens, self.entities, self.pos);
        if is_english_position(tokens, pos.tokens.start) {
            return None;
        }
        let from = self.persons.partition_point(|&k| entities[k].tokens.start <= pos.tokens.end);
        self.persons[from..].iter().take(1).copied().find(|&k| {
            let e = &entities[k];
            let between = &tokens[pos.tokens.end..e.tokens.start.max(pos.tokens.end)];
            e.tokens.start > pos.tokens.end && between.len() <= 2 && between.iter().all(|t| is_link_verb(t.text))
        })
    }

    /// The name in its original spelling, in brackets after the name, stands for it: «Скотт
    /// Хоровитц (Scott Horowitz), бывший астронавт».
    fn outer(&self, k: usize) -> usize {
        let (entities, start) = (self.entities, self.entities[k].tokens.start);
        let to = self.persons.partition_point(|&o| entities[o].tokens.start < start);
        let from = self.persons[..to].partition_point(|&o| entities[o].tokens.start + REACH < start);
        self.persons[from..to]
            .iter()
            .copied()
            .find(|&o| start >= 1 && entities[o].tokens.end + 1 == start && self.tokens[start - 1].text == "(")
            .unwrap_or(k)
    }

    /// The person right before the position, separated by a comma or a dash.
    fn before(&self) -> Option<usize> {
        let (tokens, entities, pos) = (self.tokens, self.entities, self.pos);
        self.persons_before()
            .find(|&k| {
                let e = &entities[k];
                e.tokens.end <= pos.tokens.start
                    && pos.tokens.start - e.tokens.end <= 3
                    && between_before_ok(&tokens[e.tokens.end..pos.tokens.start])
                    // Without a connector only a capitalised title after the name (a
                    // signature: «Кирсан Илюмжинов Президент ФИДЕ»).
                    && (pos.tokens.start > e.tokens.end || tokens[pos.tokens.start].is_capitalized())
            })
            .map(|k| self.outer(k))
    }

    /// A position alone in its sentence, as its subject (a singular nominative followed by a
    /// word), speaks of the last person of the sentence before: «Мадонна сообщила … . 61-летняя
    /// певица …».
    fn previous(&self) -> Option<usize> {
        let (entities, pos, head) = (self.entities, self.pos, self.head);
        // (Followed by its predicate, not closing a list: «… культура и туризм,
        // градостроительная политика.»)
        let predicate_follows = self
            .tokens
            .get(pos.tokens.end)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text.chars().next().is_some_and(char::is_lowercase));
        if !self.persons.is_empty() || !predicate_follows || !head.is_some_and(|h| h.case == "Nom" && !h.plural) {
            return None;
        }
        let from = entities[..self.here.start].partition_point(|e| e.sentence + 1 < pos.sentence);
        let k = from + entities[from..self.here.start].iter().rposition(|e| e.kind == EntityKind::Person)?;
        // «актриса» is no «Сергей Сенин».
        let woman = head.is_some_and(|h| h.feminine);
        (entities[k].sentence + 1 == pos.sentence && !(woman && self.man(k))).then_some(k)
    }

    /// «Виктор Виноградов, языковед и литературовед»: a position coordinated with the one before
    /// it, which follows its person, shares that person (`linked`: the person of each position).
    fn coordinated(&self, linked: &[Option<usize>]) -> Option<usize> {
        let (entities, pos) = (self.entities, self.pos);
        // (Coordinated means one or two tokens apart: the position starts at most [`REACH`] before.)
        let to = self.here.start + entities[self.here.clone()].partition_point(|e| e.tokens.start < pos.tokens.start);
        let from = self.here.start
            + entities[self.here.start..to].partition_point(|e| e.tokens.start + REACH < pos.tokens.start);
        let q = (from..to)
            .rev()
            .find(|&q| entities[q].kind == EntityKind::Position && entities[q].tokens.end <= pos.tokens.start)?;
        let k = linked[q].filter(|&k| entities[k].tokens.end <= entities[q].tokens.start)?;
        is_coordination(&self.tokens[entities[q].tokens.end..pos.tokens.start]).then_some(k)
    }

    /// The person the position speaks of, if any.
    pub(super) fn choose(&self, linked: &[Option<usize>]) -> Option<usize> {
        let after = self.after();
        let after_comma = after.is_some_and(|k| {
            self.tokens[self.pos.tokens.end..self.entities[k].tokens.start].iter().any(|t| t.text == ",")
        });
        if self.plural {
            // A plural position («представители Госдумы», «министров») names people only right
            // after it, not one across a comma, in its case and by full name: «сотрудники
            // Росприроднадзора» and «министров Биньямин Нетаньяху» name no one.
            let case = self.head.map_or("", |h| h.case);
            let agrees = |k: usize| self.entities[k].tokens.len() >= 2 && (case.is_empty() || self.can_be(k, case));
            // In English a comma may stand before the list, when it is one of several names:
            // «two opposition leaders, Zenon Poznyak and Sergei Naumchik».
            let english = is_english_position(self.tokens, self.pos.tokens.start);
            let listed = |k: usize| {
                !after_comma || english && next_in_list(self.tokens, self.entities, self.persons, k).is_some()
            };
            after.filter(|&k| listed(k) && agrees(k))
        } else if after_comma {
            // A person just before, joined by a connector or by a coordinated position, wins over
            // one after a comma: «Валерий Тишков - директор Института …, Виктор Майклсон - …»,
            // «Гергей Ковач - политик и лидер партии …, Георг Жено - …».
            self.before().or_else(|| self.coordinated(linked)).or(after)
        } else {
            after
                .or_else(|| self.verb_then_person())
                .or_else(|| self.before())
                .or_else(|| self.linked_by_verb())
                .or_else(|| self.coordinated(linked))
                .or_else(|| self.pronoun())
                .or_else(|| self.previous())
        }
    }
}

/// What links an English person to the position after it beyond a link verb right between:
/// «as» after a comma («Smith, as chairman of …», «Itamar Rabinovich, who as Israel 's ambassador
/// …»), or a relative clause, closed by a comma, before the link verb («Johnson, who played
/// eight seasons in Baltimore, was named Orioles manager»).
fn english_link(between: &[Token<'_>]) -> bool {
    let text = |k: usize| between.get(k).map_or("", |t| t.text);
    if text(0) != "," {
        return false;
    }
    let who = usize::from(text(1) == "who");
    if between.len() == 2 + who && text(1 + who) == "as" {
        return true;
    }
    // (A relative clause of at most 16 tokens, then one or two link verbs.)
    let Some(close) = between.iter().rposition(|t| t.text == ",") else { return false };
    who == 1
        && close > 2
        && between.len() <= 20
        && (1..=2).contains(&(between.len() - close - 1))
        && between[close + 1..].iter().all(|t| is_link_verb(t.text))
}

/// A word for kin or a possessive pronoun, in English: «his», «wife».
fn is_kin_or_possessive(w: &str) -> bool {
    crate::ner::is_english_kin(w) || matches!(w, "his" | "her" | "their")
}
