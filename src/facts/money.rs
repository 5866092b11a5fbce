// Stage: facts. May use: text, lexicon, token, sentence, lang, morph.
//! Money (amount + ISO 4217 currency) and percentages, Russian and English.
//!
//! «8,1 млн долларов» → 8 100 000 USD, «1,5 трлн руб.» → 1.5e12 RUB, «$3 billion», «€200 тыс.»,
//! «от 1 до 2 млрд рублей» (a range), «около/более …» kept as a qualifier; «52,3 процента»,
//! «более 90%», «на 5 п.п.» (percentage points).

use serde::{Deserialize, Serialize};

use super::words;
use crate::text::Span;
use crate::token::Words;

/// An amount of money.
///
/// ```
/// use pressa::{Analyzer, Qualifier};
/// let doc = Analyzer::new().analyze("Сделка оценивается более чем в 8,1 млн долларов, рост составил 52,3 процента.");
/// assert_eq!(doc.money[0].amount, Some(8_100_000.0));
/// assert_eq!(doc.money[0].currency, "USD");
/// assert_eq!(doc.percents[0].value, Some(52.3));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MoneyMention {
    /// Byte span, qualifier and currency words included.
    #[serde(flatten)]
    pub span: Span,
    /// The amount in units of the currency (the lower bound of a range); `None` when it does not
    /// fit an `f64`.
    pub amount: Option<f64>,
    /// The upper bound of a range («от 1 до 2 млрд»).
    pub amount_max: Option<f64>,
    /// ISO 4217 code: `RUB`, `USD`, `EUR` …
    pub currency: &'static str,
    /// «около», «более», «up to» …
    pub qualifier: Option<Qualifier>,
}

/// A percentage or a number of percentage points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PercentMention {
    /// Byte span.
    #[serde(flatten)]
    pub span: Span,
    /// The number of percent (the lower bound of a range).
    pub value: Option<f64>,
    /// The upper bound of a range («20–30%»).
    pub value_max: Option<f64>,
    /// Percentage points («на 5 п.п.») rather than percent.
    pub points: bool,
    /// «около», «более» …
    pub qualifier: Option<Qualifier>,
}

/// How an amount is hedged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// «около», «примерно», «порядка», «about».
    About,
    /// «более», «свыше», «больше», «over», «more than».
    MoreThan,
    /// «менее», «меньше», «less than».
    LessThan,
    /// «почти», «nearly», «almost».
    Nearly,
    /// «до», «up to», «не более».
    UpTo,
    /// «не менее», «at least».
    AtLeast,
    /// «всего», «лишь», «only».
    Only,
}

/// A qualifier at token `i`: its kind and the number of tokens it takes.
fn qualifier(w: &Words<'_, '_>, i: usize) -> Option<(Qualifier, usize)> {
    let q = match (w.low(i), w.low(i + 1), w.low(i + 2)) {
        ("не", "менее", _) | ("не", "меньше", _) | ("at", "least", _) => {
            return Some((Qualifier::AtLeast, 2));
        }
        ("не", "более", _) | ("не", "больше", _) | ("up", "to", _) => return Some((Qualifier::UpTo, 2)),
        ("более", "чем", _) | ("больше", "чем", _) | ("more", "than", _) => {
            return Some((Qualifier::MoreThan, 2));
        }
        ("менее", "чем", _) | ("less", "than", _) | ("fewer", "than", _) => {
            return Some((Qualifier::LessThan, 2));
        }
        ("чуть", "больше" | "более", _) => return Some((Qualifier::MoreThan, 2)),
        ("чуть", "меньше" | "менее", _) => return Some((Qualifier::LessThan, 2)),
        ("около", ..)
        | ("примерно", ..)
        | ("порядка", ..)
        | ("приблизительно", ..)
        | ("ориентировочно", ..)
        | ("about", ..)
        | ("around", ..)
        | ("approximately", ..)
        | ("roughly", ..)
        | ("some", ..) => Qualifier::About,
        ("более", ..) | ("свыше", ..) | ("больше", ..) | ("over", ..) => Qualifier::MoreThan,
        ("менее", ..) | ("меньше", ..) | ("under", ..) => Qualifier::LessThan,
        ("почти", ..) | ("nearly", ..) | ("almost", ..) => Qualifier::Nearly,
        ("до", ..) => Qualifier::UpTo,
        ("всего", ..) | ("лишь", ..) | ("only", ..) | ("just", ..) => Qualifier::Only,
        _ => return None,
    };
    Some((q, 1))
}

/// Multiplier words: «тыс.», «млн», «миллиарда», «billion», «bn».
fn multiplier(s: &str) -> Option<f64> {
    let s = s.trim_end_matches('.');
    Some(if s.starts_with("тыс") || matches!(s, "thousand" | "thousands" | "k") {
        1e3
    } else if s == "млн" || s.starts_with("миллион") || matches!(s, "million" | "millions" | "mln" | "mn" | "m")
    {
        1e6
    } else if s == "млрд" || s.starts_with("миллиард") || matches!(s, "billion" | "billions" | "bn" | "bln" | "b")
    {
        1e9
    } else if s == "трлн" || s.starts_with("триллион") || matches!(s, "trillion" | "trillions" | "tn" | "trln")
    {
        1e12
    } else {
        return None;
    })
}

/// Every ISO 4217 code the money finder gives.
const CURRENCIES: [&str; 20] = [
    "AUD", "BYN", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "INR", "JPY", "KZT", "NOK", "NZD", "RUB",
    "SEK", "SGD", "UAH", "USD",
];

/// A [`MoneyMention`] as JSON has it, before its currency is found among [`CURRENCIES`].
#[derive(Deserialize)]
struct MoneyRead {
    #[serde(flatten)]
    span: Span,
    amount: Option<f64>,
    amount_max: Option<f64>,
    currency: String,
    qualifier: Option<Qualifier>,
}

impl<'de> Deserialize<'de> for MoneyMention {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<MoneyMention, D::Error> {
        let m = MoneyRead::deserialize(d)?;
        let currency = CURRENCIES.iter().copied().find(|c| *c == m.currency);
        let currency =
            currency.ok_or_else(|| serde::de::Error::custom(format!("unknown currency {:?}", m.currency)))?;
        Ok(MoneyMention { span: m.span, amount: m.amount, amount_max: m.amount_max, currency, qualifier: m.qualifier })
    }
}

/// Currency words after the amount: the ISO code and how many tokens they take.
fn currency_after(w: &Words<'_, '_>, i: usize) -> Option<(&'static str, usize)> {
    let s = w.low(i);
    // «норвежских крон», «швейцарских франков», «канадских долларов»
    let adj = |stem: &str| s.starts_with(stem);
    let next = w.low(i + 1);
    let national = [
        ("норвежск", "крон", "NOK"),
        ("шведск", "крон", "SEK"),
        ("датск", "крон", "DKK"),
        ("чешск", "крон", "CZK"),
        ("швейцарск", "франк", "CHF"),
        ("канадск", "доллар", "CAD"),
        ("австралийск", "доллар", "AUD"),
        ("гонконгск", "доллар", "HKD"),
        ("сингапурск", "доллар", "SGD"),
        ("новозеландск", "доллар", "NZD"),
        ("белорусск", "рубл", "BYN"),
        ("китайск", "юан", "CNY"),
        ("японск", "иен", "JPY"),
        ("индийск", "рупи", "INR"),
    ];
    for (a, noun, code) in national {
        if adj(a) && next.starts_with(noun) {
            return Some((code, 2));
        }
    }
    let code = if s.starts_with("рубл") || matches!(s, "руб" | "руб." | "р." | "₽" | "rub" | "roubles" | "rubles")
    {
        "RUB"
    } else if s.starts_with("доллар") || matches!(s, "долл" | "долл." | "dollar" | "dollars" | "usd") {
        // «долларов США» takes the country too.
        if matches!(w.text(i + 1), "США") {
            return Some(("USD", 2));
        }
        "USD"
    } else if matches!(s, "евро" | "euro" | "euros" | "eur") {
        "EUR"
    } else if s.starts_with("юан") || matches!(s, "yuan" | "cny" | "renminbi") {
        "CNY"
    } else if s.starts_with("фунт") {
        if next.starts_with("стерлинг") {
            return Some(("GBP", 2));
        }
        "GBP"
    } else if matches!(s, "pound" | "pounds" | "gbp" | "sterling") {
        "GBP"
    } else if s.starts_with("иен") || s.starts_with("йен") || matches!(s, "yen" | "jpy") {
        "JPY"
    } else if s.starts_with("гривн") || s == "гривен" || matches!(s, "hryvnia" | "hryvnias" | "uah") {
        "UAH"
    } else if s == "тенге" || s == "kzt" {
        "KZT"
    } else if s.starts_with("рупи") || s == "rupees" {
        "INR"
    } else if s.starts_with("франк") || s == "francs" {
        "CHF"
    } else {
        return None;
    };
    Some((code, 1))
}

/// Currency symbols and codes before the amount: «$3», «€200», «USD 5».
fn currency_before(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" | "us$" | "usd" => "USD",
        "€" | "eur" => "EUR",
        "£" | "gbp" => "GBP",
        "¥" | "cny" => "CNY",
        "₽" | "rub" => "RUB",
        _ => return None,
    })
}

/// A number at `i`: digits (with space-separated groups «300 000»), or a number word. Returns
/// the value and the index after it.
fn amount(w: &Words<'_, '_>, i: usize) -> Option<(f64, usize)> {
    if let Some(mut v) = w.number_f64(i) {
        // «300 000», «1 200 000»: groups of three digits after a plain space.
        let groups = group_run(w, i);
        for j in i + 1..=i + groups {
            v = v * 1000.0 + w.number(j)? as f64;
        }
        return Some((v, i + 1 + groups));
    }
    match words::cardinal(w.low(i)) {
        Some(Some(v)) => Some((v, i + 1)),
        // «несколько миллионов евро»: an amount without a value (NaN is dropped later).
        Some(None) if multiplier(w.low(i + 1)).is_some() => Some((f64::NAN, i + 1)),
        _ => None,
    }
}

/// Finds money and percentages in the words of one sentence.
pub(crate) fn find(w: &Words<'_, '_>, money: &mut Vec<MoneyMention>, percents: &mut Vec<PercentMention>) {
    let mut i = 0;
    while i < w.len() {
        // A table of figures, not an amount: skip the whole run at once (each position of it
        // would otherwise walk the rest of it again).
        let run = group_run(w, i);
        if run > MAX_GROUPS {
            i += run + 1;
            continue;
        }
        if let Some(end) = money_at(w, i, money).or_else(|| percent_at(w, i, percents)) {
            i = end;
        } else {
            i += 1;
        }
    }
}

/// The most three-digit groups an amount has after its first: «999 999 999 999 999 999» is
/// 10¹⁸, beyond any sum of money.
const MAX_GROUPS: usize = 6;

/// How many three-digit groups follow token `i` (at most three digits) as one number:
/// «1 200 000» → 2. The one walk over a run: `find` skips what it walks.
fn group_run(w: &Words<'_, '_>, i: usize) -> usize {
    let first = w.text(i);
    if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return 0;
    }
    let mut n = 0;
    while w.tight(i + n) && is_group(w.text(i + n + 1)) && w.number(i + n + 1).is_some() {
        n += 1;
    }
    n
}

/// Three digits: a group of a number written with spaces.
fn is_group(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit())
}

fn money_at(w: &Words<'_, '_>, i: usize, out: &mut Vec<MoneyMention>) -> Option<usize> {
    let (qual, mut j) = match qualifier(w, i) {
        Some((q, n)) => (Some(q), i + n),
        None => (None, i),
    };
    let start = i;
    // «от 1 до 2 млрд рублей»
    let from = matches!(w.low(j), "от" | "from") as usize;
    j += from;
    let mut cur = currency_before(w.low(j)).map(|c| (c, j));
    if cur.is_some() {
        j += 1;
    }
    // «20-долларовой купюрой»
    if cur.is_none()
        && let Some((n, adj)) = w.low(j).split_once('-')
        && let Ok(n) = n.parse::<f64>()
    {
        let code = if adj.starts_with("доллар") {
            "USD"
        } else if adj.starts_with("рубл") {
            "RUB"
        } else if adj.starts_with("евро") {
            "EUR"
        } else {
            return None;
        };
        out.push(MoneyMention {
            span: w.span(start, j + 1),
            amount: Some(n),
            amount_max: None,
            currency: code,
            qualifier: qual,
        });
        return Some(j + 1);
    }
    let (mut lo, mut k) = match amount(w, j) {
        Some(x) => x,
        // «миллион долларов», «до миллиона рублей»: a multiplier alone is one of it.
        None if multiplier(w.low(j)).is_some() && w.low(j).len() > 4 => (1.0, j),
        None => return None,
    };
    let mut mult = 1.0;
    let mut hi = None;
    // «от 30 тыс. до 50 тыс. руб.»: a multiplier on the first bound too.
    let mut lo_scaled = false;
    if let Some(m) = multiplier(w.low(k))
        && w.low(k).len() > 1
        && matches!(w.low(k + 1), "-" | "–" | "—" | "до" | "to")
    {
        lo *= m;
        lo_scaled = true;
        k += 1;
    }
    // A range: «1–2 млрд», «от 1 до 2 млрд», «$1-2 billion»
    if matches!(w.low(k), "-" | "–" | "—" | "до" | "to") && (from == 1 || w.low(k) != "до") {
        if let Some((v, k2)) = amount(w, k + 1).or_else(|| currency_before(w.low(k + 1)).and_then(|_| amount(w, k + 2)))
        {
            hi = Some(v);
            k = k2;
        }
    } else if from == 1 {
        return None;
    }
    if let Some(m) = multiplier(w.low(k)) {
        // A lone «m»/«b»/«k» must be glued to the number: «$3m», handled by the tokenizer as one word.
        if w.low(k).len() > 1 || w.tight(k - 1) {
            mult = m;
            k += 1;
        }
    }
    if cur.is_none() {
        let (code, n) = currency_after(w, k)?;
        cur = Some((code, k));
        k += n;
    }
    let (currency, _) = cur?;
    let scale = |v: f64| Some(v * mult).filter(|x| x.is_finite());
    let lo_value = if lo_scaled { Some(lo).filter(|x| x.is_finite()) } else { scale(lo) };
    out.push(MoneyMention {
        span: w.span(start, k),
        amount: lo_value,
        amount_max: hi.and_then(scale),
        currency,
        qualifier: qual,
    });
    Some(k)
}

fn percent_at(w: &Words<'_, '_>, i: usize, out: &mut Vec<PercentMention>) -> Option<usize> {
    let mut j = i;
    // «на 5 п.п.»: the preposition is not part of the span.
    let (qual, n) = qualifier(w, j).map_or((None, 0), |(q, n)| (Some(q), n));
    j += n;
    // «более чем на 10 процентов»: NEREL keeps «на» inside when a qualifier precedes it.
    if qual.is_some() && w.low(j) == "на" {
        j += 1;
    }
    let (lo, mut k) = amount(w, j)?;
    let mut hi = None;
    if matches!(w.low(k), "-" | "–" | "—")
        && let Some((v, k2)) = amount(w, k + 1)
    {
        // «20-30%» or «20%–30%»
        hi = Some(v);
        k = k2;
    }
    let s = w.low(k);
    let (points, len) = if s == "%" || s.starts_with("процент") || matches!(s, "проц." | "percent" | "per") {
        if s.starts_with("процентн") && words::is_point(w.low(k + 1)) {
            (true, 2)
        } else if s == "per" && w.low(k + 1) == "cent" {
            (false, 2)
        } else if s == "per" {
            return None;
        } else if s == "percentage" {
            (true, 2)
        } else {
            (false, 1)
        }
    } else if s == "п." && w.low(k + 1) == "п." || matches!(s, "п.п." | "пп" | "pp" | "pt" | "pts") {
        (true, if s == "п." { 2 } else { 1 })
    } else if s == "percentage" && words::is_point(w.low(k + 1)) {
        (true, 2)
    } else {
        return None;
    };
    // «20%–30%»
    let mut end = k + len;
    if hi.is_none()
        && matches!(w.low(end), "-" | "–" | "—")
        && let Some((v, k2)) = amount(w, end + 1)
        && w.low(k2) == "%"
    {
        hi = Some(v);
        end = k2 + 1;
    }
    let finite = |v: f64| Some(v).filter(|x| x.is_finite());
    out.push(PercentMention {
        span: w.span(i, end),
        value: finite(lo),
        value_max: hi.and_then(finite),
        points,
        qualifier: qual,
    });
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::Tokenizer;

    type Found = (Vec<(String, Option<f64>, &'static str)>, Vec<(String, Option<f64>, bool)>);

    fn run(text: &str) -> Found {
        let toks: Vec<_> = Tokenizer::new().tokens(text).collect();
        let low = crate::token::lower_all(&toks);
        let w = Words::new(&toks, &low);
        let (mut m, mut p) = (Vec::new(), Vec::new());
        find(&w, &mut m, &mut p);
        (
            m.into_iter().map(|x| (x.span.slice(text).to_string(), x.amount, x.currency)).collect(),
            p.into_iter().map(|x| (x.span.slice(text).to_string(), x.value, x.points)).collect(),
        )
    }

    #[test]
    fn russian_money() {
        let (m, _) = run("Сделка на 8,1 млн долларов и 1,5 трлн руб., около 300 000 евро, 55 миллионов долларов США.");
        assert_eq!(
            m,
            [
                ("8,1 млн долларов".to_string(), Some(8_100_000.0), "USD"),
                ("1,5 трлн руб.".to_string(), Some(1.5e12), "RUB"),
                ("около 300 000 евро".to_string(), Some(300_000.0), "EUR"),
                ("55 миллионов долларов США".to_string(), Some(55e6), "USD"),
            ]
        );
    }

    #[test]
    fn english_money_and_ranges() {
        let (m, _) = run("worth about $1.2 billion, €200 тыс. and от 1 до 2 млрд рублей, 6 миллионов норвежских крон");
        assert_eq!(m[0], ("about $1.2 billion".to_string(), Some(1.2e9), "USD"));
        assert_eq!(m[1], ("€200 тыс.".to_string(), Some(200_000.0), "EUR"));
        assert_eq!(m[2], ("от 1 до 2 млрд рублей".to_string(), Some(1e9), "RUB"));
        assert_eq!(m[3], ("6 миллионов норвежских крон".to_string(), Some(6e6), "NOK"));
        let (m, _) = run("от 30 тыс. до 50 тыс. руб., миллион долларов и 20-долларовой купюрой");
        assert_eq!(m[0], ("от 30 тыс. до 50 тыс. руб.".to_string(), Some(30_000.0), "RUB"));
        assert_eq!(m[1], ("миллион долларов".to_string(), Some(1e6), "USD"));
        assert_eq!(m[2], ("20-долларовой".to_string(), Some(20.0), "USD"));
    }

    #[test]
    fn percents() {
        let (_, p) = run("52,3 процента, более 90% и на 5 п.п., rose 3.5% and 20-30 %");
        assert_eq!(
            p,
            [
                ("52,3 процента".to_string(), Some(52.3), false),
                ("более 90%".to_string(), Some(90.0), false),
                ("5 п.п.".to_string(), Some(5.0), true),
                ("3.5%".to_string(), Some(3.5), false),
                ("20-30 %".to_string(), Some(20.0), false),
            ]
        );
    }

    #[test]
    fn overflow_has_no_amount() {
        let huge = format!("{} трлн долларов", "9".repeat(400));
        let (m, _) = run(&huge);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].1, None);
    }
}
