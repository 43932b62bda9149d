//! Targets: an indicator, a relation, a quantity and a qualifier —
//! 生产总值增长6.5%, 城镇调查失业率控制在5.5%以内, 新建市级以上创新平台25家,
//! 城乡居民收入比缩小到1.8:1. 分别 distributes a list of values over a list of indicators.
//!
//! The finder reads clause by clause (a clause ends at ，；。：！？); inside a clause each
//! quantity looks back for the nearest relation word. The indicator is the phrase before the
//! relation (生产总值增长…), after it (新建…平台25家), or after the quantity (实施9个项目).

use super::quantity::{find_quantities, Quantity};
use crate::Span;

/// How a target's quantity relates to its indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Relation {
    /// 增长 / 同比增长 / 年均增长: growth rate.
    Growth,
    /// 达到 / 达 / 保持在 / 提高到: reach a level.
    Reach,
    /// 控制在 / 不超过: at most.
    AtMost,
    /// 突破 / 超过: exceed.
    Exceed,
    /// 不低于 / 不少于: at least.
    AtLeast,
    /// 提高 / 提升 / 增加: increase by.
    Increase,
    /// 下降 / 降低 / 减少: decrease by.
    Decrease,
    /// 缩小到 / 降至: reduce to.
    ReduceTo,
    /// 新增 / 培育 / 引进: add.
    Add,
    /// 完成 / 实现: complete.
    Complete,
    /// 实施 / 推进 / 开展 / 改造: carry out.
    Implement,
    /// 建设 / 新建 / 建成 / 开工: build.
    Build,
}

impl Relation {
    /// The snake_case name used by the CLI and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Growth => "growth",
            Relation::Reach => "reach",
            Relation::AtMost => "at_most",
            Relation::Exceed => "exceed",
            Relation::AtLeast => "at_least",
            Relation::Increase => "increase",
            Relation::Decrease => "decrease",
            Relation::ReduceTo => "reduce_to",
            Relation::Add => "add",
            Relation::Complete => "complete",
            Relation::Implement => "implement",
            Relation::Build => "build",
        }
    }

    /// Relations that state a level or a rate of an indicator written before them
    /// (生产总值增长…); the others are actions whose object may follow (新建…平台25家).
    fn is_level(self) -> bool {
        !matches!(
            self,
            Relation::Add | Relation::Complete | Relation::Implement | Relation::Build
        )
    }
}

/// A quantified target.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Target {
    /// The indicator phrase (生产总值, 市级以上创新平台), pinyin readings removed.
    pub indicator: String,
    /// The relation.
    pub relation: Relation,
    /// The relation word as written (增长, 控制在, 達到).
    pub relation_text: String,
    /// The quantity.
    pub quantity: Quantity,
    /// Qualifier as written: 以上, 以内, 以下, 左右 after the quantity; else 力争/确保 before it.
    pub qualifier: Option<String>,
    /// 力争 / 确保 / 争取 when written in the clause.
    pub hedge: Option<String>,
    /// True when 分别 distributed a list of values over a list of indicators.
    pub respectively: bool,
    /// From the indicator (or relation) to the end of the qualifier.
    pub span: Span,
    /// Number of the task it belongs to, if it is in a task.
    pub task: Option<u64>,
    /// Titles of the headings above it, outermost first.
    pub section: Vec<String>,
    /// True for a figure that reports a past result (in a review of past work) rather than
    /// a target set; such figures are left out of [`crate::Document::targets`].
    #[cfg_attr(feature = "serde", serde(default))]
    pub achieved: bool,
}

// Quantities are never NaN, so equality is total.
impl Eq for Target {}

impl Target {
    /// Move every span by `f` (used to turn offsets in a cleaned line into source offsets).
    pub fn map_spans(&mut self, f: impl Fn(usize) -> usize) {
        self.span = Span::new(f(self.span.start), f(self.span.end));
        self.quantity.span = Span::new(f(self.quantity.span.start), f(self.quantity.span.end));
    }
}

/// Relation words, both scripts.
const RELATIONS: &[(&str, Relation)] = &[
    ("同比增长", Relation::Growth),
    ("同比增長", Relation::Growth),
    ("年均增长", Relation::Growth),
    ("年均增長", Relation::Growth),
    ("增长", Relation::Growth),
    ("增長", Relation::Growth),
    ("达到", Relation::Reach),
    ("達到", Relation::Reach),
    ("保持在", Relation::Reach),
    ("稳定在", Relation::Reach),
    ("穩定在", Relation::Reach),
    ("维持在", Relation::Reach),
    ("提高到", Relation::Reach),
    ("提高至", Relation::Reach),
    ("提升到", Relation::Reach),
    ("提升至", Relation::Reach),
    ("增加到", Relation::Reach),
    ("增加至", Relation::Reach),
    ("拓展到", Relation::Reach),
    ("扩大到", Relation::Reach),
    ("擴大到", Relation::Reach),
    ("扩大至", Relation::Reach),
    ("达", Relation::Reach),
    ("達", Relation::Reach),
    ("控制在", Relation::AtMost),
    ("控制到", Relation::AtMost),
    ("不超过", Relation::AtMost),
    ("不超過", Relation::AtMost),
    ("不高于", Relation::AtMost),
    ("不高於", Relation::AtMost),
    ("突破", Relation::Exceed),
    ("超过", Relation::Exceed),
    ("超過", Relation::Exceed),
    ("超", Relation::Exceed),
    ("不低于", Relation::AtLeast),
    ("不低於", Relation::AtLeast),
    ("不少于", Relation::AtLeast),
    ("不少於", Relation::AtLeast),
    ("提高", Relation::Increase),
    ("提升", Relation::Increase),
    ("增加", Relation::Increase),
    ("上升", Relation::Increase),
    ("缩小到", Relation::ReduceTo),
    ("縮小到", Relation::ReduceTo),
    ("缩小至", Relation::ReduceTo),
    ("縮小至", Relation::ReduceTo),
    ("缩小为", Relation::ReduceTo),
    ("下降到", Relation::ReduceTo),
    ("下降至", Relation::ReduceTo),
    ("降低到", Relation::ReduceTo),
    ("降低至", Relation::ReduceTo),
    ("减少到", Relation::ReduceTo),
    ("減少到", Relation::ReduceTo),
    ("减少至", Relation::ReduceTo),
    ("压缩到", Relation::ReduceTo),
    ("压缩至", Relation::ReduceTo),
    ("壓縮到", Relation::ReduceTo),
    ("壓縮至", Relation::ReduceTo),
    ("缩短到", Relation::ReduceTo),
    ("缩短至", Relation::ReduceTo),
    ("縮短到", Relation::ReduceTo),
    ("縮短至", Relation::ReduceTo),
    ("降至", Relation::ReduceTo),
    ("降到", Relation::ReduceTo),
    ("下降", Relation::Decrease),
    ("降低", Relation::Decrease),
    ("减少", Relation::Decrease),
    ("減少", Relation::Decrease),
    ("压减", Relation::Decrease),
    ("壓減", Relation::Decrease),
    ("削减", Relation::Decrease),
    ("压缩", Relation::Decrease),
    ("壓縮", Relation::Decrease),
    ("缩短", Relation::Decrease),
    ("縮短", Relation::Decrease),
    ("新增", Relation::Add),
    ("新注冊", Relation::Add),
    ("转移", Relation::Add),
    ("轉移", Relation::Add),
    ("到位", Relation::Complete),
    ("办理", Relation::Complete),
    ("辦理", Relation::Complete),
    ("安置", Relation::Implement),
    ("上调", Relation::Increase),
    ("上調", Relation::Increase),
    ("新立项", Relation::Add),
    ("立项", Relation::Add),
    ("立項", Relation::Add),
    ("新培育", Relation::Add),
    ("培育", Relation::Add),
    ("引进", Relation::Add),
    ("引進", Relation::Add),
    ("招引", Relation::Add),
    ("新认定", Relation::Add),
    ("新認定", Relation::Add),
    ("新注册", Relation::Add),
    ("带动", Relation::Add),
    ("帶動", Relation::Add),
    ("吸纳", Relation::Add),
    ("培养", Relation::Add),
    ("培養", Relation::Add),
    ("累计完成", Relation::Complete),
    ("接待", Relation::Complete),
    ("完成", Relation::Complete),
    ("实现", Relation::Complete),
    ("實現", Relation::Complete),
    ("实施", Relation::Implement),
    ("實施", Relation::Implement),
    ("推进", Relation::Implement),
    ("推進", Relation::Implement),
    ("推动", Relation::Implement),
    ("推動", Relation::Implement),
    ("开展", Relation::Implement),
    ("開展", Relation::Implement),
    ("改造", Relation::Implement),
    ("整治", Relation::Implement),
    ("发放", Relation::Implement),
    ("發放", Relation::Implement),
    ("治理", Relation::Implement),
    ("更新", Relation::Implement),
    ("培训", Relation::Implement),
    ("培訓", Relation::Implement),
    ("新开工", Relation::Build),
    ("新開工", Relation::Build),
    ("开工", Relation::Build),
    ("開工", Relation::Build),
    ("新改建", Relation::Build),
    ("改扩建", Relation::Build),
    ("改擴建", Relation::Build),
    ("新建", Relation::Build),
    ("建成", Relation::Build),
    ("建设", Relation::Build),
    ("建設", Relation::Build),
    ("改建", Relation::Build),
    ("创建", Relation::Build),
    ("創建", Relation::Build),
    ("打造", Relation::Build),
    ("竣工", Relation::Build),
];

const QUALIFIERS: &[&str] = &[
    "及以上",
    "以上",
    "以内",
    "以內",
    "以下",
    "之内",
    "之內",
    "之上",
    "之下",
    "左右",
    "上下",
];

const HEDGES: &[&str] = &[
    "力争", "力爭", "确保", "確保", "争取", "爭取", "努力", "预计", "預計",
];

/// Words left off the front of an indicator.
const LEADING: &[&str] = &[
    "了",
    "全市",
    "全省",
    "全区",
    "全區",
    "全县",
    "全縣",
    "我市",
    "力争",
    "力爭",
    "确保",
    "確保",
    "争取",
    "爭取",
    "努力",
    "预计",
    "預計",
    "全年",
    "今年",
    "明年",
    "年内",
    "年內",
    "其中",
    "同时",
    "同時",
    "以及",
    "并且",
    "並且",
    "并",
    "並",
    "且",
    "和",
    "及",
    "与",
    "與",
    "、",
    "还",
    "還",
    "要",
    "将",
    "將",
    "使",
    "让",
    "讓",
    "目标是",
    "目標是",
    "分别",
    "分別",
];

/// Words left off the end of an indicator (before the relation).
const TRAILING: &[&str] = &[
    "年人均",
    "人均",
    "每月",
    "每人",
    "力争",
    "力爭",
    "确保",
    "確保",
    "争取",
    "爭取",
    "努力",
    "预计",
    "預計",
    "比上年",
    "较上年",
    "較上年",
    "比去年",
    "较去年",
    "較去年",
    "同比",
    "年均",
    "要",
    "将",
    "將",
    "均",
    "可",
    "再",
    "累计",
    "累計",
    "每年",
    "平均",
    "分别",
    "分別",
    "各",
];

/// Filler between a relation word and its quantity (增长到, 达到约).
const FILLERS: &[&str] = &[
    "到", "至", "在", "为", "為", "了", "约", "約", "近", "逾", "超", "达到", "達到", "达", "達",
];

fn is_boundary(text: &str, at: usize, c: char) -> bool {
    match c {
        '，' | '；' | ';' | '。' | '：' | '！' | '？' | '!' | '?' | '\n' | '\r' => true,
        ',' | ':' => {
            // 1,300 and 1.8:1 are numbers.
            let before = text[..at].chars().next_back();
            let after = text[at + 1..].chars().next();
            !(before.is_some_and(|c| c.is_ascii_digit())
                && after.is_some_and(|c| c.is_ascii_digit()))
        }
        _ => false,
    }
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?' | '\n')
}

/// First characters of the relation words, sorted: most positions start with none of them,
/// and one binary search rules them out before the word list is tried.
fn relation_first_chars() -> &'static [char] {
    static FIRST: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    FIRST.get_or_init(|| {
        let mut v: Vec<char> = RELATIONS
            .iter()
            .filter_map(|(w, _)| w.chars().next())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// Longest relation word at the start of `s`.
fn relation_at(s: &str) -> Option<(&'static str, Relation)> {
    let first = s.chars().next()?;
    if relation_first_chars().binary_search(&first).is_err() {
        return None;
    }
    let mut best: Option<(&'static str, Relation)> = None;
    for &(w, r) in RELATIONS {
        if s.starts_with(w) && best.is_none_or(|(b, _)| w.len() > b.len()) {
            best = Some((w, r));
        }
    }
    best
}

/// Relation words in `seg`, left to right, not overlapping: (start, end, word, relation).
fn relations_in(seg: &str) -> Vec<(usize, usize, &'static str, Relation)> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    let mut quoted = 0i32;
    for (i, c) in seg.char_indices() {
        match c {
            '“' | '「' | '《' => quoted += 1,
            '”' | '」' | '》' => quoted = (quoted - 1).max(0),
            _ => {}
        }
        if i < skip_to || quoted > 0 {
            continue;
        }
        if let Some((w, r)) = relation_at(&seg[i..]) {
            out.push((i, i + w.len(), w, r));
            skip_to = i + w.len();
        }
    }
    out
}

fn strip_front<'a>(mut s: &'a str, words: &[&str]) -> &'a str {
    // Bounded: each round removes at least one character.
    loop {
        let t = s.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '、' | ',' | '，' | '　' | '-' | '—' | '·')
        });
        let t = strip_time_front(t);
        // 一是/二是 list openers.
        let digits: usize = t
            .chars()
            .take_while(|c| crate::lex::numerals::is_chinese_numeral_char(*c))
            .take(3)
            .map(char::len_utf8)
            .sum();
        if digits > 0 && t[digits..].starts_with('是') {
            s = &t[digits + '是'.len_utf8()..];
            continue;
        }
        match words.iter().find(|w| t.starts_with(*w)) {
            Some(w) => s = &t[w.len()..],
            None => return t,
        }
    }
}

fn strip_back<'a>(mut s: &'a str, words: &[&str]) -> &'a str {
    loop {
        let t = s.trim_end_matches(|c: char| c.is_whitespace() || c == '　');
        match words.iter().find(|w| t.ends_with(*w)) {
            Some(w) => s = &t[..t.len() - w.len()],
            None => return t,
        }
    }
}

/// Leave off a leading time phrase: 2024年, 到2025年, 到“十四五”末, 6月底前, 年底前.
fn strip_time_front(s: &str) -> &str {
    let t = s
        .strip_prefix('到')
        .or_else(|| s.strip_prefix('至'))
        .or_else(|| s.strip_prefix("截至"))
        .unwrap_or(s);
    if let Ok((rest, _)) = super::date::deadline(t) {
        if rest.len() < t.len() {
            return rest.trim_start_matches(['，', ',', '末', '底']);
        }
    }
    if let Ok((rest, d)) = super::date::date(t) {
        if d.year.is_some() || d.month.is_some() {
            return rest.trim_start_matches(['，', ',', '末', '底', '前']);
        }
    }
    // 2024年 alone (date() needs a month after a bare year only when no year).
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 4 {
        if let Some(r) = t[4..].strip_prefix('年') {
            return r.trim_start_matches(['，', ',', '末', '底']);
        }
    }
    s
}

/// Leave off a trailing comparison base: 比2020年, 较上年同期, 比上年末.
fn strip_comparison(s: &str) -> &str {
    let Some(p) = s.rfind(['比', '较', '較']) else {
        return s;
    };
    let c = s[p..].chars().next().map_or(3, char::len_utf8);
    let rest = &s[p + c..];
    let rest2 = rest
        .trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        .trim_start_matches(['年']);
    let base = rest2
        .trim_start_matches("上年")
        .trim_start_matches("去年")
        .trim_start_matches("上一年")
        .trim_start_matches("同期")
        .trim_start_matches(['末', '底']);
    let is_base = base.is_empty() && (rest2.len() < rest.len() || rest != base);
    if is_base && p > 0 {
        strip_back(&s[..p], TRAILING)
    } else {
        s
    }
}

/// Trim an indicator phrase; returns its byte range within `seg`.
fn indicator_range(seg: &str, from: usize, to: usize) -> (usize, usize) {
    // 推动高新区主营业务收入…: the indicator starts after the last leading verb.
    let from = LEAD_VERBS
        .iter()
        .filter_map(|v| seg[from..to].rfind(v).map(|p| from + p + v.len()))
        // 保障性住房, 支持力度: the verb is part of a noun.
        .filter(|&p| p < to && !seg[p..to].starts_with(['性', '型', '率', '力', '的']))
        .max()
        .unwrap_or(from);
    let s = &seg[from..to];
    let front = strip_front(s, LEADING);
    let start = from + (s.len() - front.len());
    let back = strip_back(front, TRAILING);
    let back = strip_comparison(back);
    let back = back.trim_end_matches(['的', '“', '"', '　', ' ']);
    let mut start = start;
    let end = start + back.len();
    // Keep at most 40 characters, from the end.
    let n = seg[start..end].chars().count();
    if n > 40 {
        let skip: usize = seg[start..end]
            .chars()
            .take(n - 40)
            .map(char::len_utf8)
            .sum();
        start += skip;
    }
    (start, end.max(start))
}

/// The qualifier right after a quantity, with its length in bytes.
fn qualifier_at(s: &str) -> Option<&'static str> {
    QUALIFIERS.iter().copied().find(|q| s.starts_with(q))
}

/// The noun phrase right after a quantity (实施9个项目 → 项目), up to a clause mark or a list
/// separator.
fn noun_after(text: &str, from: usize) -> (usize, usize) {
    let s = &text[from..];
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let bracket = matches!(c, '（' | '）' | '(' | ')');
        if (!bracket && is_boundary(s, i, c))
            || matches!(c, '、' | '和' | '及' | '与' | '與' | ',' | '等')
        {
            break;
        }
        if c.is_ascii_digit() || i >= 60 {
            break;
        }
        // 约32.7万平方米: an approximation word opens the next quantity.
        if matches!(c, '约' | '約' | '近' | '逾')
            && s[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
        {
            break;
        }
        if i > 0
            && (relation_at(&s[i..]).is_some() || STOP_VERBS.iter().any(|v| s[i..].starts_with(v)))
        {
            break;
        }
        end = i + c.len_utf8();
    }
    (from, from + end)
}

/// Verbs that end a noun phrase read after a quantity (5个办事处加强…).
const STOP_VERBS: &[&str] = &[
    "加强", "加強", "完善", "发展", "發展", "服务", "服務", "维护", "維護", "持续", "持續", "投产",
    "投產", "落地", "建设", "建設",
];

/// Verbs that open a clause before the indicator (推动…收入突破1000亿元).
const LEAD_VERBS: &[&str] = &[
    "保障", "实现", "實現", "推动", "推動", "促进", "促進", "推进", "推進", "引导", "引導", "鼓励",
    "鼓勵", "支持", "加快", "力促", "带动", "帶動",
];

/// Nouns of rates and shares: a percentage right after one is a level (入驻率80%以上).
const RATIO_NOUNS: &[&str] = &[
    "涨幅", "漲幅", "增幅", "降幅", "增速", "率", "比例", "比重", "占比", "佔比", "比率", "强度",
    "強度", "幅度", "水平",
];

/// Whether a money or measure quantity is an attribute of the noun after it
/// (10亿元以上项目, 年产10万吨混炼胶) rather than an amount.
fn is_attributive(text: &str, q: &Quantity, end: usize) -> bool {
    use super::quantity::QuantityKind;
    if !matches!(q.kind, QuantityKind::Money | QuantityKind::Measure) {
        return false;
    }
    let rest = &text[end..];
    let Some(c) = rest.chars().next() else {
        return false;
    };
    let han = matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF);
    // 突破100亿元大关: a milestone, still the amount.
    if rest.starts_with("大关") || rest.starts_with("大關") || rest.starts_with("目标") {
        return false;
    }
    han && !matches!(
        c,
        '和' | '及'
            | '与'
            | '與'
            | '等'
            | '并'
            | '並'
            | '且'
            | '带'
            | '帶'
            | '用'
            | '为'
            | '為'
            | '是'
            | '共'
            | '左'
    ) && relation_at(rest).is_none()
}

const HEADS: &[&str] = &[
    "增加值",
    "居民",
    "收入",
    "投资",
    "投資",
    "比重",
    "占比",
    "佔比",
    "总额",
    "總額",
    "总值",
    "總值",
    "产值",
    "產值",
    "产量",
    "產量",
    "增速",
    "率",
    "面积",
    "面積",
    "规模",
    "規模",
    "人口",
    "总量",
    "總量",
];

fn earliest_head(s: &str) -> Option<usize> {
    HEADS.iter().filter_map(|h| s.find(h)).min()
}

/// Split a list of indicators (A、B和C), then share the last one's head noun with items
/// that lack one (高技术产业、战略性新兴产业增加值占比 → 高技术产业增加值占比, …).
fn split_indicators(s: &str, n: usize) -> Option<Vec<String>> {
    let split = |seps: &[char]| -> Vec<&str> {
        let mut parts = Vec::new();
        let mut depth = 0i32;
        let mut start = 0;
        for (i, c) in s.char_indices() {
            match c {
                '“' | '「' | '《' | '(' | '（' => depth += 1,
                '”' | '」' | '》' | ')' | '）' => depth -= 1,
                _ => {}
            }
            if depth <= 0 && seps.contains(&c) {
                parts.push(&s[start..i]);
                start = i + c.len_utf8();
            }
        }
        parts.push(&s[start..]);
        parts
            .into_iter()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    };
    let mut parts = split(&['、', '和', '及', '与', '與']);
    if parts.len() != n {
        parts = split(&['、']);
    }
    if parts.len() != n || n < 2 {
        return None;
    }
    let last = parts[n - 1];
    let head = earliest_head(last).filter(|&h| h > 0).map(|h| &last[h..]);
    Some(
        parts
            .iter()
            .enumerate()
            .map(|(i, p)| match head {
                Some(h) if i + 1 < n && earliest_head(p).is_none() => format!("{p}{h}"),
                _ => p.to_string(),
            })
            .collect(),
    )
}

/// Every target in `text`, in order. Spans are byte offsets into `text`.
pub fn find_targets(text: &str) -> Vec<Target> {
    let quantities: Vec<Quantity> = find_quantities(text)
        .into_iter()
        .filter(|q| {
            let mut e = q.span.end;
            if let Some(w) = qualifier_at(&text[e..]) {
                e += w.len();
            }
            !is_attributive(text, q, e)
        })
        .collect();
    let mut out: Vec<Target> = Vec::new();
    if quantities.is_empty() {
        return out;
    }
    // Clause and sentence starts, found once (linear).
    let mut hedges: Vec<(usize, &str)> = Vec::new();
    for (i, c) in text.char_indices() {
        if matches!(c, '力' | '确' | '確' | '争' | '爭' | '努' | '预' | '預') {
            if let Some(h) = HEDGES.iter().find(|h| text[i..].starts_with(*h)) {
                hedges.push((i, h));
            }
        }
    }
    let mut clause_starts = vec![0usize];
    let mut sentence_starts = vec![0usize];
    for (i, c) in text.char_indices() {
        if is_boundary(text, i, c) {
            clause_starts.push(i + c.len_utf8());
            if is_sentence_end(c) {
                sentence_starts.push(i + c.len_utf8());
            }
        }
    }
    let start_before = |starts: &[usize], at: usize| -> usize {
        match starts.binary_search(&at) {
            Ok(i) => starts[i],
            Err(i) => starts[i.saturating_sub(1)],
        }
    };
    // The relation in force in the current clause (for 建设A 20个、B 400个).
    let mut last_in_clause: Option<(usize, Relation, String, Option<String>)> = None;
    let mut prev_end = 0usize;
    let mut j = 0;
    while j < quantities.len() {
        let q = &quantities[j];
        let qs = q.span.start;
        let clause = start_before(&clause_starts, qs);
        let sentence = start_before(&sentence_starts, qs);
        if last_in_clause.as_ref().is_some_and(|l| l.0 != clause) {
            last_in_clause = None;
        }
        let seg_start = clause.max(prev_end).min(qs);
        let seg = &text[seg_start..qs];
        let mut qend = q.span.end;
        let qualifier = qualifier_at(&text[qend..]);
        if let Some(w) = qualifier {
            qend += w.len();
        }
        // The first 力争/确保 of the sentence before the number (positions found once).
        let first = hedges.partition_point(|&(p, _)| p < sentence);
        let hedge = hedges
            .get(first)
            .filter(|&&(p, _)| p < qs)
            .map(|&(_, h)| h.to_string());
        // The nearest usable relation word in the segment.
        let rels = relations_in(seg);
        let chosen = rels.iter().rev().find(|(_, e, w, _)| {
            let post = strip_front(&seg[*e..], FILLERS);
            // Single-character words (达, 超) only right before the number.
            w.chars().count() > 1 || post.is_empty()
        });
        // A percentage right after a rate noun states a level (入驻率80%以上), even after an
        // action verb (老年友善医疗机构建设比例85%以上).
        let implicit = q.kind == super::quantity::QuantityKind::Percent
            && RATIO_NOUNS.iter().any(|n| seg.trim_end().ends_with(n));
        // 总投资120亿元以上, 晋档企业10家以上: a noun, an amount and 以上 state a level.
        let implicit = implicit
            || (chosen.is_none()
                && last_in_clause.is_none()
                && qualifier.is_some()
                && !strip_front(seg, LEADING).trim().is_empty()
                && !seg.contains(['、', '等']));
        let (chosen, implicit) = match chosen {
            Some(c) if implicit && !c.3.is_level() => (None, true),
            None if implicit => (None, true),
            c => (c, false),
        };
        // 实施城市更新项目120个, 完成农村道路改造提升80公里, 引进培养团队4个: the verb that
        // opens the clause governs; later verbs belong to its object.
        let lead_off = seg.len() - strip_front(seg, LEADING).len();
        let chosen = match (chosen, rels.first()) {
            (Some(c), Some(f))
                if f.0 == lead_off
                    && f.0 != c.0
                    && !f.3.is_level()
                    && (!c.3.is_level()
                        || (c.3 == Relation::Increase
                            && q.kind != super::quantity::QuantityKind::Percent))
                    && !strip_front(&seg[f.1..], FILLERS).is_empty() =>
            {
                Some(f)
            }
            (c, _) => c,
        };
        let mut made: Vec<Target> = Vec::new();
        match chosen {
            Some(&(rs, re, word, relation)) => {
                let (mut word, mut relation) = (word, relation);
                let rel_abs = (seg_start + rs, seg_start + re);
                let post_raw = strip_front(&text[rel_abs.1..qs], FILLERS);
                let post_trim = strip_front(post_raw, LEADING);
                // 建设并运营好5个…: a second verb, not an indicator.
                let mut post_trim = if post_raw.starts_with(['并', '並']) {
                    ""
                } else {
                    post_trim
                };
                let mut rel_abs = rel_abs;
                let mut object = None;
                // 改造完成680处: 完成 is the relation and the first verb its object.
                if let Some((w2, Relation::Complete)) =
                    relation_at(post_trim).filter(|(w2, _)| w2.len() == post_trim.trim_end().len())
                {
                    if relation != Relation::Complete {
                        object = Some(rel_abs);
                        let at = qs - post_trim.len();
                        word = w2;
                        relation = Relation::Complete;
                        post_trim = "";
                        rel_abs = (at, at + w2.len());
                    }
                }
                // 新建改建农村公路: further verbs joined to the first are not the indicator.
                loop {
                    // 新建和改扩建中小学: 和 joins a second verb.
                    let joined = post_trim
                        .strip_prefix(['和', '及', '、'])
                        .filter(|r| relation_at(r).is_some())
                        .unwrap_or(post_trim);
                    let Some((w2, _)) = relation_at(joined) else {
                        break;
                    };
                    let rest = &joined[w2.len()..];
                    if rest.trim().is_empty() {
                        break;
                    }
                    post_trim = rest;
                }
                let pre = (seg_start, rel_abs.0);
                let mut noun_end = None;
                let ends_in_list = post_trim
                    .trim_end()
                    .ends_with(['和', '及', '与', '與', '、']);
                let (is, ie) = if post_raw.starts_with('、') {
                    // 新开工、投产项目各50个: the verbs are part of the indicator.
                    indicator_range(text, rel_abs.0, qs)
                } else if let Some(o) = object {
                    o
                } else if !post_trim.trim().is_empty() && !ends_in_list {
                    let (a, b) = indicator_range(text, qs - post_trim.len(), qs);
                    // 城镇新增就业12万人: a short place word before the verb belongs to it.
                    let pre_s = strip_front(&text[pre.0..pre.1], LEADING);
                    if !relation.is_level()
                        && ["城镇", "城鎮", "农村", "農村", "城乡", "城鄉"].contains(&pre_s.trim())
                    {
                        (pre.1 - pre_s.len(), b)
                    } else {
                        (a, b)
                    }
                } else {
                    let after = noun_after(text, qend);
                    let (a, b) = indicator_range(text, pre.0, pre.1);
                    let pre_s = &text[a..b];
                    if !relation.is_level() && after.1 > after.0 {
                        noun_end = Some(after.1);
                        after
                    } else if let Some((w0, r0)) =
                        relation_at(pre_s).filter(|(w0, _)| w0.len() == pre_s.len())
                    {
                        // 完成改造2300户 / 改造完成680处: 完成 is the relation, the other verb
                        // its object; otherwise the first verb is the relation.
                        if relation == Relation::Complete && r0 != Relation::Complete {
                            (a, b)
                        } else {
                            let object = (rel_abs.0, rel_abs.1);
                            word = w0;
                            relation = r0;
                            object
                        }
                    } else if relation == Relation::Increase
                        && q.kind != super::quantity::QuantityKind::Percent
                        && relation_at(pre_s).is_some_and(|(_, r0)| !r0.is_level())
                    {
                        // 完成农村道路改造提升80公里: 改造提升 is the work, 完成 the relation.
                        let (w0, r0) = relation_at(pre_s).unwrap_or((word, relation));
                        let object = (a + w0.len(), rel_abs.1);
                        word = w0;
                        relation = r0;
                        object
                    } else {
                        (a, b)
                    }
                };
                let pre_text = &text[pre.0..pre.1];
                // 清洁取暖建设等10个战役: the verb is inside an enumeration.
                let inside_list = post_raw.starts_with('等');
                let respectively = pre_text.contains("分别") || pre_text.contains("分別");
                let mut indicator = text[is..ie].to_string();
                if indicator.is_empty() {
                    // 增长7.8% after 生产总值完成760亿元: the sentence's last indicator.
                    if let Some(prev) = out.last().filter(|t| t.span.start >= sentence) {
                        indicator = prev.indicator.clone();
                    }
                }
                if respectively {
                    // Gather the values that follow, joined only by 、和及与.
                    let mut group = vec![(j, qend, qualifier)];
                    let mut k = j + 1;
                    let mut end = qend;
                    while k < quantities.len() {
                        let between = &text[end..quantities[k].span.start];
                        if !between.chars().all(|c| {
                            matches!(c, '、' | '和' | '及' | '与' | '與' | ' ' | '　' | ',')
                        }) {
                            break;
                        }
                        let mut e = quantities[k].span.end;
                        let ql = qualifier_at(&text[e..]);
                        if let Some(w) = ql {
                            e += w.len();
                        }
                        group.push((k, e, ql));
                        end = e;
                        k += 1;
                    }
                    let n = group.len();
                    let earlier: Vec<&Target> =
                        out.iter().filter(|t| t.span.start >= sentence).collect();
                    let names = if is == ie && earlier.len() >= n {
                        // 接待游客…、实现旅游收入…，分别增长12%和15%: the values belong to the
                        // indicators just named.
                        Some(
                            earlier[earlier.len() - n..]
                                .iter()
                                .map(|t| t.indicator.clone())
                                .collect(),
                        )
                    } else {
                        split_indicators(&indicator, n)
                    };
                    if group.len() > 1 {
                        for (n, &(qi, e, ql)) in group.iter().enumerate() {
                            let name = names
                                .as_ref()
                                .map_or_else(|| indicator.clone(), |v| v[n].clone());
                            made.push(Target {
                                indicator: name,
                                relation,
                                relation_text: word.to_string(),
                                quantity: quantities[qi].clone(),
                                qualifier: ql.map(str::to_string).or_else(|| hedge.clone()),
                                hedge: hedge.clone(),
                                respectively: true,
                                span: Span::new(is.min(rel_abs.0), e),
                                task: None,
                                section: Vec::new(),
                                achieved: false,
                            });
                        }
                        prev_end = end;
                        j = k;
                        last_in_clause = Some((clause, relation, word.to_string(), hedge.clone()));
                        out.extend(made.into_iter().filter(|t| !t.indicator.is_empty()));
                        continue;
                    }
                }
                if inside_list {
                    indicator.clear();
                }
                made.push(Target {
                    indicator,
                    relation,
                    relation_text: word.to_string(),
                    quantity: q.clone(),
                    qualifier: qualifier.map(str::to_string).or_else(|| hedge.clone()),
                    hedge: hedge.clone(),
                    respectively: false,
                    span: Span::new(is.min(rel_abs.0), qend.max(ie)),
                    task: None,
                    section: Vec::new(),
                    achieved: false,
                });
                last_in_clause = Some((clause, relation, word.to_string(), hedge.clone()));
                if let Some(e) = noun_end {
                    qend = e;
                }
            }
            None if implicit => {
                let (is, ie) = indicator_range(text, seg_start, qs);
                if ie > is {
                    made.push(Target {
                        indicator: text[is..ie].to_string(),
                        relation: Relation::Reach,
                        relation_text: String::new(),
                        quantity: q.clone(),
                        qualifier: qualifier.map(str::to_string).or_else(|| hedge.clone()),
                        hedge: hedge.clone(),
                        respectively: false,
                        span: Span::new(is, qend),
                        task: None,
                        section: Vec::new(),
                        achieved: false,
                    });
                    last_in_clause = Some((clause, Relation::Reach, String::new(), hedge.clone()));
                }
            }
            None => {
                // 建设集中式充电站20个、充电桩400个: the clause's relation carries over.
                if let Some((_, relation, word, h)) = last_in_clause.clone() {
                    let trimmed = strip_front(seg, LEADING);
                    let (is, ie) = if trimmed.trim().is_empty() {
                        if relation.is_level() {
                            (qs, qs)
                        } else {
                            noun_after(text, qend)
                        }
                    } else {
                        indicator_range(text, seg_start, qs)
                    };
                    let inner = seg
                        .trim_start()
                        .trim_start_matches(['、', '和', '及', '与', '與']);
                    let only_list = (seg.trim_start().starts_with(['、', '和', '及', '与', '與'])
                        || seg.trim().is_empty())
                        && !inner.contains(['、', '等'])
                        && (relation.is_level()
                            || q.kind != super::quantity::QuantityKind::Percent);
                    if ie > is && only_list {
                        if is >= qend {
                            qend = ie;
                        }
                        made.push(Target {
                            indicator: text[is..ie].to_string(),
                            relation,
                            relation_text: word,
                            quantity: q.clone(),
                            qualifier: qualifier.map(str::to_string).or_else(|| h.clone()),
                            hedge: h,
                            respectively: false,
                            span: Span::new(is.min(qs), qend.max(ie)),
                            task: None,
                            section: Vec::new(),
                            achieved: false,
                        });
                    }
                }
            }
        }
        out.extend(made.into_iter().filter(|t| !t.indicator.is_empty()));
        prev_end = qend;
        j += 1;
    }
    // 完成了…/贡献了70%: the perfective 了 reports a result, not a target.
    for t in &mut out {
        if text.get(t.span.range()).is_some_and(|s| s.contains('了')) {
            t.achieved = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(String, &'static str, f64, String, Option<String>)> {
        find_targets(text)
            .into_iter()
            .map(|t| {
                (
                    t.indicator,
                    t.relation.as_str(),
                    t.quantity.value,
                    t.quantity.unit,
                    t.qualifier,
                )
            })
            .collect()
    }

    fn one(text: &str, ind: &str, rel: &str, v: f64, unit: &str, qual: Option<&str>) {
        let got = show(text);
        assert_eq!(
            got,
            vec![(
                ind.to_string(),
                rel,
                v,
                unit.to_string(),
                qual.map(str::to_string)
            )],
            "{text}"
        );
    }

    #[test]
    fn simple_targets() {
        one("生产总值增长6.5%。", "生产总值", "growth", 6.5, "%", None);
        one(
            "城镇调查失业率控制在5.5%以内。",
            "城镇调查失业率",
            "at_most",
            5.5,
            "%",
            Some("以内"),
        );
        one(
            "科技型中小企业达到160家以上。",
            "科技型中小企业",
            "reach",
            160.0,
            "家",
            Some("以上"),
        );
        one(
            "常住人口城镇化率提高1.3个百分点左右",
            "常住人口城镇化率",
            "increase",
            1.3,
            "个百分点",
            Some("左右"),
        );
        one(
            "城乡居民收入比缩小到1.8:1",
            "城乡居民收入比",
            "reduce_to",
            1.8,
            ":1",
            None,
        );
        one(
            "新建市级以上创新平台25家。",
            "市级以上创新平台",
            "build",
            25.0,
            "家",
            None,
        );
        one(
            "力争储能装机容量达到25兆瓦。",
            "储能装机容量",
            "reach",
            25.0,
            "兆瓦",
            Some("力争"),
        );
    }

    #[test]
    fn respectively() {
        let got = show(
            "高技术产业、战略性新兴产业增加值占规模以上工业增加值比重分别达到15%以上和29%左右。",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "高技术产业增加值占规模以上工业增加值比重");
        assert_eq!(got[1].0, "战略性新兴产业增加值占规模以上工业增加值比重");
        assert_eq!((got[0].2, got[1].2), (15.0, 29.0));
        let got = show("城镇调查失业率和登记失业率分别控制在5.5%以内、3%以内。");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].0, "登记失业率");
        assert_eq!(got[1].4.as_deref(), Some("以内"));
    }

    #[test]
    fn lists_carry_the_relation() {
        let got = show("建设集中式充电站20个、充电桩400个。");
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].0, "充电桩");
        assert_eq!(got[1].1, "build");
        let got = show("接续推动9个棚户区、28个老旧小区改造");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "棚户区");
    }

    #[test]
    fn not_targets() {
        assert!(show("市第十四届人民代表大会第三次会议").is_empty());
        assert!(show("建设5G基站").is_empty());
        assert!(show("2024年是实施“十四五”规划的关键一年").is_empty());
        assert!(show("全市共有企业1300家。").is_empty());
    }
}
