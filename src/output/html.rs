// Stage: output. May use: every stage before it.
//! One self-contained HTML page for an article: the headline as its title, the text with
//! entities, dates, money, percentages and sector words highlighted by type (hover shows the
//! base form or value), a legend, and side tables: the persons, organisations and places named
//! (once each, with counts, linked to their first mention), officials, dates, money and
//! percentages, sectors. No script.

use std::fmt::Write;

use super::{money_value, percent_value, sector_labels};
use crate::Analysis;
use crate::ner::EntityKind;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The highlight colours, one per type, far apart in hue so that a reader tells them apart.
const COLOURS: [(&str, &str); 7] = [
    ("PER", "#ff8a8a"),
    ("ORG", "#7fb2ff"),
    ("LOC", "#8fe07f"),
    ("POSITION", "#ffc04d"),
    ("DATE", "#c58cff"),
    ("MONEY", "#4dd9d9"),
    ("PERCENT", "#ff7fd0"),
];

const STYLE: &str = "
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222}
header{padding:12px 24px;border-bottom:1px solid #ddd;background:#fafafa}
h1{font-size:20px;margin:0 0 8px}
main{display:flex;gap:24px;padding:16px 24px}
article{flex:3;max-width:860px}
aside{flex:2;font-size:14px}
table{border-collapse:collapse;margin-bottom:16px;width:100%}
td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
td.num{white-space:nowrap}
mark.ent{border-radius:3px;padding:0 2px;cursor:help}
mark.SECTOR{background:none;border-bottom:2px dotted #555}
.legend mark{margin-right:8px}
:target{outline:2px solid #333}
";

/// A highlight: byte span, type class, hover text, and the entity it shows (for its anchor).
struct Mark {
    start: usize,
    end: usize,
    class: &'static str,
    title: String,
    entity: Option<usize>,
}

fn marks(a: &Analysis<'_>) -> Vec<Mark> {
    let english = a.english();
    let mut m = Vec::new();
    for (i, e) in a.entities.iter().enumerate() {
        let class = match e.kind {
            EntityKind::Person => "PER",
            EntityKind::Organization => "ORG",
            EntityKind::Location => "LOC",
            _ => "POSITION",
        };
        let title = format!("{class}: {}", e.norm);
        m.push(Mark { start: e.span.start, end: e.span.end, class, title, entity: Some(i) });
    }
    for d in &a.dates {
        let v = d.value.clone().unwrap_or_else(|| format!("{:?}", d.kind).to_lowercase());
        let title = format!("DATE: {v}");
        m.push(Mark { start: d.span.start, end: d.span.end, class: "DATE", title, entity: None });
    }
    for x in &a.money {
        let title = format!("MONEY: {}", money_value(x, english));
        m.push(Mark { start: x.span.start, end: x.span.end, class: "MONEY", title, entity: None });
    }
    for x in &a.percents {
        let title = format!("PERCENT: {}", percent_value(x, english));
        m.push(Mark { start: x.span.start, end: x.span.end, class: "PERCENT", title, entity: None });
    }
    for s in &a.sectors {
        for w in &s.mentions {
            let title = format!("SECTOR: {} {}", s.sector.code, sector_labels(&s.sector, english));
            m.push(Mark { start: w.start, end: w.end, class: "SECTOR", title, entity: None });
        }
    }
    // Outer spans first; a span that would cross an open one is left out (HTML nests).
    m.sort_by_key(|x| (x.start, std::cmp::Reverse(x.end)));
    let mut kept: Vec<Mark> = Vec::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    for x in m {
        open.retain(|o| o.1 > x.start);
        if open.iter().all(|o| x.end <= o.1) {
            open.push((x.start, x.end));
            kept.push(x);
        }
    }
    kept
}

/// The article text with highlights (each entity's mark anchored as `e{index}`), paragraphs at
/// blank lines.
fn body(a: &Analysis<'_>, ms: &[Mark]) -> String {
    let mut out = String::from("<p>");
    let mut stack: Vec<usize> = Vec::new();
    let mut next = 0;
    let mut chars = a.text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        while stack.last().is_some_and(|&k| ms[k].end <= i) {
            out.push_str("</mark>");
            stack.pop();
        }
        while next < ms.len() && ms[next].start == i {
            let m = &ms[next];
            let id = m.entity.map_or(String::new(), |e| format!(" id=\"e{e}\""));
            let _ = write!(out, "<mark{id} class=\"ent {}\" title=\"{}\">", m.class, esc(&m.title));
            stack.push(next);
            next += 1;
        }
        if c == '\n' && chars.peek().is_some_and(|&(_, n)| n == '\n') && stack.is_empty() {
            while chars.peek().is_some_and(|&(_, n)| n == '\n') {
                chars.next();
            }
            out.push_str("</p>\n<p>");
        } else {
            out.push_str(&esc(&c.to_string()));
        }
    }
    while stack.pop().is_some() {
        out.push_str("</mark>");
    }
    out.push_str("</p>");
    out
}

impl Analysis<'_> {
    /// One self-contained HTML page (no script): the headline ([`Analysis::headline`], else
    /// `title`) as its title, the highlighted text, and the tables of what it names.
    ///
    /// ```
    /// use pressa::Analyzer;
    /// let doc = Analyzer::new().analyze("Форум открыт\n\nМэр Москвы Сергей Собянин открыл форум. Собянин выступил.");
    /// let page = doc.html("article.txt");
    /// assert!(page.contains("<title>Форум открыт</title>"));
    /// assert!(page.contains("<a href=\"#e2\">Сергей Собянин</a></td><td class=\"num\">2</td>"));
    /// assert!(page.contains("<mark id=\"e2\" class=\"ent PER\""));
    /// ```
    pub fn html(&self, title: &str) -> String {
        let a = self;
        let title = a.headline().unwrap_or(title);
        let lang = a.lang.map_or("und", |l| l.code());
        let ms = marks(a);
        let mut h = String::new();
        let colours: String = COLOURS.iter().map(|(c, rgb)| format!(".{c}{{background:{rgb}}}")).collect();
        let _ = write!(
            h,
            "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}{colours}</style></head><body>\n",
            esc(title)
        );
        let _ = write!(h, "<header><h1>{}</h1><div class=\"legend\">", esc(title));
        let labels = ["person", "organisation", "location", "position", "date", "money", "percent"];
        for ((c, _), label) in COLOURS.iter().zip(labels) {
            let _ = write!(h, "<mark class=\"{c}\">{label}</mark>");
        }
        let _ = writeln!(h, "<mark class=\"SECTOR\">sector word</mark> language: {lang}</div></header>");
        let _ = write!(h, "<main><article id=\"text\">{}</article>\n<aside>", body(a, &ms));
        things_tables(a, &ms, &mut h);
        facts_tables(a, &mut h);
        h.push_str("</aside></main></body></html>\n");
        h
    }
}

/// The persons, organisations and places, once each with counts, each linked to its first
/// highlighted mention; then the officials.
fn things_tables(a: &Analysis<'_>, ms: &[Mark], h: &mut String) {
    let anchored: std::collections::HashSet<usize> = ms.iter().filter_map(|m| m.entity).collect();
    for (id, heading, kind) in [
        ("persons", "Persons", EntityKind::Person),
        ("organisations", "Organisations", EntityKind::Organization),
        ("places", "Places", EntityKind::Location),
    ] {
        let _ = write!(h, "<h2>{heading}</h2><table id=\"{id}\"><tr><th>name</th><th>mentions</th></tr>");
        for c in a.things(kind) {
            let name = match c.mentions.iter().find(|i| anchored.contains(i)) {
                Some(i) => format!("<a href=\"#e{i}\">{}</a>", esc(&c.name)),
                None => esc(&c.name),
            };
            let _ = write!(h, "<tr><td>{name}</td><td class=\"num\">{}</td></tr>", c.count);
        }
        h.push_str("</table>");
    }
    h.push_str("<h2>Officials</h2><table id=\"officials\"><tr><th>person</th><th>position</th><th>organisation</th><th>mentions</th></tr>");
    for o in &a.officials {
        let org = o.org.as_ref().map_or(String::new(), |g| esc(&g.norm));
        let (person, position) = (esc(&o.person.norm), esc(&o.position.norm));
        let n = o.mentions.len();
        let _ = write!(h, "<tr><td>{person}</td><td>{position}</td><td>{org}</td><td class=\"num\">{n}</td></tr>");
    }
    h.push_str("</table>");
}

/// Dates (relative ones with the value the publication date gives), money and percentages
/// (grouped digits, qualifiers), sectors (labels in the document's language first, with the
/// words that named them).
fn facts_tables(a: &Analysis<'_>, h: &mut String) {
    let english = a.english();
    h.push_str("<h2>Dates</h2><table id=\"dates\"><tr><th>text</th><th>kind</th><th>value</th></tr>");
    for d in &a.dates {
        let v = d.value.as_deref().unwrap_or("– (no publication date)");
        let kind = format!("{:?}", d.kind).to_lowercase();
        let _ = write!(h, "<tr><td>{}</td><td>{kind}</td><td>{}</td></tr>", esc(d.span.slice(a.text)), esc(v));
    }
    h.push_str("</table><h2>Money and percentages</h2><table id=\"money\"><tr><th>text</th><th>value</th></tr>");
    for m in &a.money {
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            esc(m.span.slice(a.text)),
            esc(&money_value(m, english))
        );
    }
    for p in &a.percents {
        let v = esc(&percent_value(p, english));
        let _ =
            write!(h, "<tr class=\"percent\"><td>{}</td><td class=\"num\">{v}</td></tr>", esc(p.span.slice(a.text)));
    }
    h.push_str("</table><h2>Sectors</h2><table id=\"sectors\"><tr><th>code</th><th>sector</th><th>words</th></tr>");
    for s in &a.sectors {
        let mut words: Vec<&str> = s.mentions.iter().map(|m| m.slice(a.text)).collect();
        words.dedup();
        let labels = esc(&sector_labels(&s.sector, english));
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{labels}</td><td>{} ×{}</td></tr>",
            s.sector.code,
            esc(&words.join(", ")),
            s.count
        );
    }
    h.push_str("</table>");
}

#[cfg(test)]
mod tests {
    use super::COLOURS;

    /// Every two highlight colours differ clearly (their RGB distance), so that a reader tells
    /// position from percent, person from place.
    #[test]
    fn highlight_colours_are_far_apart() {
        let rgb = |s: &str| -> [i32; 3] {
            let v = u32::from_str_radix(&s[1..], 16).unwrap();
            [(v >> 16) as i32 & 255, (v >> 8) as i32 & 255, v as i32 & 255]
        };
        for (i, a) in COLOURS.iter().enumerate() {
            for b in &COLOURS[i + 1..] {
                let (x, y) = (rgb(a.1), rgb(b.1));
                let d2: i32 = (0..3).map(|k| (x[k] - y[k]).pow(2)).sum();
                assert!(d2 >= 70 * 70, "{} and {} look alike", a.0, b.0);
            }
        }
    }
}
