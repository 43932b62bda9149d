//! Unit names: how to tell one, its kind, its normalized form, its flags.

use crate::document::UnitKind;

/// Last characters that mark an organisation's name (局, 委, 办, 院, 会…), both scripts.
const UNIT_LAST_CHARS: &str =
    "局委办辦部院会會所队隊处處厅廳站团團社联聯校学學馆館署台组組科室司行园園区區镇鎮乡鄉村协協";

/// Longer endings whose last character is not in [`UNIT_LAST_CHARS`] (街道, 政府, 公司…).
const UNIT_ENDINGS: &[&str] = &[
    "中心", "政府", "街道", "海关", "海關", "单位", "單位", "部门", "部門", "企业", "企業", "机构",
    "機構", "监狱", "所属", "保险", "供电", "移动", "联通", "电信", "专班", "專班", "电网", "電網",
    "中央",
];

/// True when `name` ends like an organisation's name.
pub fn looks_like_unit(name: &str) -> bool {
    let n = name.trim_end_matches([')', '）']);
    // 自然资源和规划局(林业局): judge by the part before the inner parenthesis too.
    let base = match n.find(['(', '（']) {
        Some(i) => &n[..i],
        None => n,
    };
    let ends_like_unit = |t: &str| {
        t.chars()
            .next_back()
            .is_some_and(|c| UNIT_LAST_CHARS.contains(c))
            || UNIT_ENDINGS.iter().any(|e| t.ends_with(e))
    };
    ends_like_unit(n) || ends_like_unit(base)
}

/// What sort of body a unit name names.
pub fn unit_kind(name: &str) -> UnitKind {
    let n = name;
    // The name's characters, sorted: a word whose first character is not among them cannot
    // occur, and most words are ruled out by one binary search instead of a substring search.
    let mut chars: Vec<char> = n.chars().collect();
    chars.sort_unstable();
    let has = |words: &[&str]| {
        words.iter().any(|w| {
            w.chars()
                .next()
                .is_some_and(|f| chars.binary_search(&f).is_ok())
                && n.contains(w)
        })
    };
    if has(&["法院", "检察院", "檢察院"]) {
        UnitKind::Judicial
    } else if has(&[
        "公司", "集团", "集團", "银行", "銀行", "企业", "企業", "供电", "移动", "联通", "电信",
    ]) {
        UnitKind::Enterprise
    } else if has(&[
        "学校", "學校", "大学", "大學", "学院", "學院", "中学", "小学",
    ]) || n.ends_with('校')
    {
        UnitKind::School
    } else if has(&[
        "市委",
        "县委",
        "區委",
        "区委",
        "省委",
        "党委",
        "黨委",
        "党工委",
        "黨工委",
        "团市委",
        "團市委",
        "纪委",
        "紀委",
        "组织部",
        "宣传部",
        "统战部",
        "政法委",
    ]) {
        UnitKind::Party
    } else if has(&[
        "镇人民政府",
        "鎮人民政府",
        "乡人民政府",
        "街道",
        "办事处",
        "辦事處",
        "开发区",
        "開發區",
        "管理办公室",
        "管委会",
        "镇政府",
        "乡政府",
    ]) {
        UnitKind::LocalGovernment
    } else if has(&[
        "局", "委", "办", "辦", "中心", "厅", "廳", "政府", "海关", "海關", "署", "站", "队", "隊",
        "部",
    ]) {
        UnitKind::Department
    } else {
        UnitKind::Other
    }
}

/// Simplified script, half-width parentheses, no whitespace: the key rows are grouped by.
pub fn normalize(name: &str) -> String {
    let folded: String = name
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            _ => c,
        })
        .collect();
    crate::normalize::fold_script(&folded)
}

/// Traditional → simplified, character for character (the same number of characters).
pub fn fold_script(s: &str) -> String {
    crate::normalize::fold_script(s)
}

/// Administrative levels a collective can list bare: 各区、县级市; 各市、州、县人民政府.
const ADMIN_LEVELS: &[&str] = &[
    "省",
    "自治区",
    "市",
    "州",
    "自治州",
    "盟",
    "地",
    "地区",
    "区",
    "县",
    "自治县",
    "旗",
    "县级市",
    "县市",
    "县区",
    "区县",
    "市县",
    "市区",
    "乡",
    "镇",
    "乡镇",
    "街道",
    "村",
    "社区",
    "开发区",
];

/// Heads a list of bare levels can share: 各市、州、县人民政府.
const LEVEL_HEADS: &[&str] = &[
    "人民政府",
    "政府",
    "党委",
    "党委和人民政府",
    "党委和政府",
    "党委政府",
    "管委会",
    "委员会",
];

/// True for a bare administrative level (县级市, 州), in either script.
pub fn is_admin_level(s: &str) -> bool {
    let f = fold_script(s);
    ADMIN_LEVELS.contains(&f.as_str())
}

/// True for a level with a shared head after it (县人民政府, 市政府).
pub fn is_headed_level(s: &str) -> bool {
    let f = fold_script(s);
    ADMIN_LEVELS
        .iter()
        .any(|l| f.strip_prefix(l).is_some_and(|h| LEVEL_HEADS.contains(&h)))
}

/// True for the start of a list of bare levels: 各区, 各有关区, 各市.
pub fn opens_level_list(s: &str) -> bool {
    if !s.starts_with('各') {
        return false;
    }
    let f = fold_script(s);
    let Some(rest) = f.strip_prefix('各') else {
        return false;
    };
    let rest = rest
        .strip_prefix("有关")
        .or_else(|| rest.strip_prefix("相关"))
        .unwrap_or(rest);
    ADMIN_LEVELS.contains(&rest)
}

/// Time and progress words: a clause segment made of them is a deadline or a note, never a
/// unit (5月底取得阶段性成效并持续推进, 年内持续推进, 按进度推进, 长期坚持).
const PROGRESS_WORDS: &[&str] = &[
    "月底",
    "年底",
    "年内",
    "月份",
    "季度",
    "上半年",
    "下半年",
    "持续",
    "长期",
    "推进",
    "完成",
    "取得",
    "成效",
    "到位",
    "进度",
    "优化",
    "坚持",
    "每年",
    "逐步",
    "前",
];

/// True when `s` reads as a time or progress phrase rather than a name.
pub fn is_progress_phrase(s: &str) -> bool {
    // A name that ends like a unit is none (looks_like_unit knows both scripts): most
    // segments stop here, before the folding is paid for.
    if looks_like_unit(s) {
        return false;
    }
    let f = fold_script(s);
    let dated = f.chars().any(|c| c.is_ascii_digit()) && f.contains(['月', '年', '日']);
    dated || PROGRESS_WORDS.iter().any(|w| f.contains(w))
}

/// The places a unit of two characters starts with (市委, 县委), both scripts.
const PLACE_FIRST: &[char] = &[
    '市', '县', '縣', '区', '區', '省', '镇', '鎮', '乡', '鄉', '团', '團', '党', '黨',
];

/// True when `f` (any script) ends with a verb that ends like a unit's name (跟踪督办).
fn ends_with_verb(n: &str) -> bool {
    // Every verb ending closes with 办/辦 or 署: look before folding.
    n.ends_with(['办', '辦', '署']) && {
        let f = fold_script(n);
        VERB_ENDINGS.iter().any(|v| f.ends_with(v))
    }
}

/// Openings of explanatory parentheticals, never of unit names.
const NOT_A_NAME: &[&str] = &[
    "以下简称",
    "以下簡稱",
    "简称",
    "簡稱",
    "含",
    "包括",
    "即",
    "如",
    "见",
    "見",
    "其中",
    "不含",
    "下同",
    "详见",
    "附件",
];

/// Verbs that end like a unit's name (跟踪督办, 部署) but name an action.
const VERB_ENDINGS: &[&str] = &[
    "督办", "承办", "主办", "协办", "交办", "部署", "举办", "创办",
];

/// A name is short, has no sentence punctuation, and is not an aside or a bare figure.
pub fn plausible_name(name: &str) -> bool {
    let n = name.chars().count();
    (2..=40).contains(&n)
        && !name.contains(['。', '：', ':', '《', '》', '%', '％'])
        && !NOT_A_NAME.iter().any(|w| name.starts_with(w))
        && !name
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
        && !is_figure(name)
}

/// A number with at most one measure word after it (10处, 3亿, ５家).
fn is_figure(name: &str) -> bool {
    let rest = name
        .trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || c == '.');
    rest.len() < name.len() && rest.chars().count() <= 1
}

/// The model of a unit: a plausible name that reads as an organisation — it ends in an
/// institutional word (局 委 办 中心 政府 公司…) or is a collective (各有关单位, 各区、县级市) —
/// and is no time or progress phrase, verb or figure.
pub fn is_unit_name(name: &str) -> bool {
    let n = name.trim();
    // 市委, 县委 are units of two characters; 部署, 推进 are verbs.
    let of_a_place = n.starts_with(PLACE_FIRST);
    plausible_name(n)
        && (looks_like_unit(n) || is_collective(n))
        && (n.chars().count() > 2 || of_a_place)
        && !is_progress_phrase(n)
        && (of_a_place || !ends_with_verb(n))
}

/// A segment that no reading makes a unit: a figure, a time or progress phrase, a bare verb.
/// (Weaker than `!is_unit_name`: abbreviations such as 市城投 end in no institutional word
/// but are units once a role word says so.)
pub fn is_surely_not_a_unit(name: &str) -> bool {
    let n = name.trim();
    !plausible_name(n)
        || is_progress_phrase(n)
        || (!n.starts_with(PLACE_FIRST) && ends_with_verb(n))
}

/// True for a group name (各开发区管理办公室, 市政府各部门, 各成员单位).
pub fn is_collective(name: &str) -> bool {
    name.starts_with('各')
        || name.contains("各部门")
        || name.contains("各部門")
        || name.contains("各成员单位")
        || name.contains("各成員單位")
        || name.contains("各单位")
        || name.contains("各有关")
        || name.contains("各相关")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unit_model_accepts_real_units_and_rejects_the_rest() {
        let units = include_str!("../../../tests/fixtures/units/units.txt");
        let non_units = include_str!("../../../tests/fixtures/units/non_units.txt");
        let rejected: Vec<&str> = units.lines().filter(|u| !is_unit_name(u)).collect();
        let accepted: Vec<&str> = non_units.lines().filter(|u| is_unit_name(u)).collect();
        assert!(units.lines().count() >= 200 && non_units.lines().count() >= 100);
        assert!(rejected.is_empty(), "real units rejected: {rejected:?}");
        assert!(accepted.is_empty(), "non-units accepted: {accepted:?}");
    }

    #[test]
    fn kinds_and_names() {
        assert!(looks_like_unit("自然资源和规划局(林业局)"));
        assert!(looks_like_unit("济源海关"));
        assert!(looks_like_unit("市管国有企业"));
        assert!(!looks_like_unit("加快推进"));
        assert_eq!(unit_kind("济源投资集团有限公司"), UnitKind::Enterprise);
        assert_eq!(unit_kind("镇人民政府"), UnitKind::LocalGovernment);
        assert_eq!(unit_kind("市委政法委(社会工作部)"), UnitKind::Party);
        assert_eq!(unit_kind("财政局"), UnitKind::Department);
        assert_eq!(normalize("發展改革委（統計局）"), "发展改革委(统计局)");
        assert!(is_collective("各开发区管理办公室"));
        assert!(is_collective("市政府各部门"));
    }
}
