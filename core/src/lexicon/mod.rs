//! Word lists about documents as a whole, in simplified script, written once. Stages fold
//! their text to simplified script before looking words up (see `inline::units::fold_script`).
//!
//! Every keyword list lives here, in simplified script, one file per concern; the test
//! `tests/tests/lexicon.rs` fails when a Han literal appears elsewhere in `core/src`.
//!
//! This module is where every keyword list is moving to (issue 10); the per-line recognisers
//! in `lex/` and the clause grammar in `inline/responsibility.rs` still hold their own.

pub(crate) mod dates;
pub(crate) mod official;
pub(crate) mod quantities;
pub(crate) mod reviews;
pub(crate) mod roles;
pub(crate) mod targets;
pub(crate) mod units;

/// The genres (文种) of GB/T 9704 and the 党政机关公文处理工作条例, plus the document types that
/// implementing documents name themselves by (办法, 方案, 要点…).
pub(crate) const GENRES: &[&str] = &[
    "决议",
    "决定",
    "命令",
    "公报",
    "公告",
    "通告",
    "意见",
    "通知",
    "通报",
    "报告",
    "请示",
    "批复",
    "议案",
    "函",
    "纪要",
    "办法",
    "规定",
    "规则",
    "细则",
    "方案",
    "要点",
    "计划",
    "条例",
    "制度",
    "规划",
    "指引",
    "指南",
    "措施",
    "清单",
    "规范",
    "标准",
    "实施意见",
    "行动计划",
];

/// Words that say a document assigns tasks to units (分工, 分解, 任务清单…).
pub(crate) const TASK_DOCUMENT_WORDS: &[&str] = &[
    "分工",
    "分解",
    "任务清单",
    "责任清单",
    "工作台账",
    "任务台账",
    "督办事项",
    "责任落实",
];

/// Labels that assign responsibility in a task notice's own words.
pub(crate) const RESPONSIBILITY_LABEL_WORDS: &[&str] =
    &["牵头单位", "责任单位", "牵头部门", "责任部门", "配合单位"];

/// Headings and openings of the review part of a work report.
pub(crate) const WORK_REPORT_REVIEW_WORDS: &[&str] = &[
    "工作回顾",
    "过去一年",
    "过去五年",
    "主要预期目标",
    "今年工作",
    "工作安排",
];

/// Words of web-page furniture: a line holding one is never a title (点击查阅更多…, 返回首页).
pub(crate) const PAGE_CHROME_WORDS: &[&str] = &[
    "点击",
    "查阅",
    "更多",
    "返回",
    "首页",
    "打印",
    "关闭",
    "收藏",
    "分享",
    "浏览",
    "字号",
    "来源",
    "引证码",
    "原文链接",
    "发布时间",
    "发布日期",
];

/// How a notice ends the sentence that states its lead rule (…为牵头部门).
pub(crate) const LEAD_RULE_ENDINGS: &[&str] = &[
    "为牵头单位",
    "为牵头部门",
    "为牵头责任单位",
    "是牵头单位",
    "是牵头部门",
];

/// Words that name the first place in a list of units (排在第一位的, 排名第一的, 首位).
pub(crate) const FIRST_PLACE_WORDS: &[&str] = &[
    "第一位",
    "排名第一",
    "第一个",
    "首位",
    "排第一",
    "列第一",
    "排在首位",
    "第1位",
];

/// Openings of the rule that makes every responsible unit a lead where none is named.
pub(crate) const NO_LEAD_OPENINGS: &[&str] =
    &["无牵头单位", "未明确牵头", "没有牵头单位", "未列牵头"];

/// The genre a title ends with, ignoring a trailing aside such as （试行） or (2021—2023年).
pub(crate) fn title_genre(title: &str) -> Option<&'static str> {
    let mut t = title.trim_end();
    while let Some(stripped) = strip_trailing_aside(t) {
        t = stripped.trim_end();
    }
    GENRES
        .iter()
        .filter(|g| t.ends_with(**g))
        .max_by_key(|g| g.len())
        .copied()
}

fn strip_trailing_aside(t: &str) -> Option<&str> {
    let close = t.chars().next_back()?;
    let open = match close {
        ')' => '(',
        '）' => '（',
        _ => return None,
    };
    let i = t.rfind(open)?;
    (i > 0).then(|| &t[..i])
}

/// An automaton finding the leftmost-longest occurrence of any of `words`: built once per
/// word list (in a `LazyLock`) and shared by every stage that scans for the list.
#[allow(dead_code)]
pub(crate) fn automaton(words: &[&str]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(words)
        .expect("lexicon word lists are small and valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genres_after_asides() {
        assert_eq!(
            title_genre("关于推进政务新媒体健康有序发展的意见"),
            Some("意见")
        );
        assert_eq!(
            title_genre("安徽省工业互联网创新发展行动计划（2021-2023年）"),
            Some("行动计划")
        );
        assert_eq!(title_genre("某县政府工作规则(试行)"), Some("规则"));
        assert_eq!(title_genre("济源市概况"), None);
    }
}
