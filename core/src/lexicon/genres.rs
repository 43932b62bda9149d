//! Genres (文种) and the words a title is read by: what kind of document it names, what it
//! is about (关于…的), and whether it assigns tasks.

use crate::ast::Genre;

/// The genres (文种) of GB/T 9704 and the 党政机关公文处理工作条例 (the fifteen statutory ones
/// first), plus the document types implementing documents name themselves by (办法, 方案,
/// 要点…), each with its [`Genre`]. A title ends with one, perhaps followed by an aside;
/// [`title_genre`] takes the longest that fits.
pub(crate) const GENRE_WORDS: &[(&str, Genre)] = &[
    ("决议", Genre::Resolution),
    ("决定", Genre::Decision),
    ("命令", Genre::Order),
    ("公报", Genre::Communique),
    ("公告", Genre::Announcement),
    ("通告", Genre::PublicNotice),
    ("意见", Genre::Opinions),
    ("通知", Genre::Notice),
    ("通报", Genre::Circular),
    ("报告", Genre::Report),
    ("请示", Genre::Request),
    ("批复", Genre::Reply),
    ("议案", Genre::Motion),
    ("函", Genre::Letter),
    ("纪要", Genre::Minutes),
    ("办法", Genre::Measures),
    ("规定", Genre::Provisions),
    ("规则", Genre::Rules),
    ("细则", Genre::DetailedRules),
    ("方案", Genre::Programme),
    ("要点", Genre::KeyPoints),
    ("计划", Genre::Plan),
    ("条例", Genre::Regulations),
    ("制度", Genre::System),
    ("规划", Genre::LongTermPlan),
    ("指引", Genre::Guidelines),
    ("指南", Genre::Guide),
    ("措施", Genre::Steps),
    ("清单", Genre::List),
    ("规范", Genre::Norms),
    ("标准", Genre::Standard),
    ("实施意见", Genre::Opinions),
    ("行动计划", Genre::Plan),
];

/// The genre words alone, in the order of [`GENRE_WORDS`].
pub(crate) static GENRES: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| GENRE_WORDS.iter().map(|(w, _)| *w).collect());

/// The [`Genre`] of a genre word (in simplified script).
pub(crate) fn genre_kind(word: &str) -> Option<Genre> {
    GENRE_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, g)| *g)
}

/// Words that say a document assigns tasks to units (分工, 分解, 任务清单…), in its title or
/// its opening text.
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

/// The genres a title that assigns tasks ends with (…分工的通知, …任务分解方案).
pub(crate) const TASK_DOCUMENT_GENRES: &[&str] = &["通知", "方案", "清单"];

/// What stands between the issuer and the subject of a GB/T 9704 title (X关于Y的通知).
pub(crate) const TITLE_SUBJECT_OPENER: &str = "关于";

/// What ends the subject of a title, before the genre (关于Y的通知).
pub(crate) const TITLE_SUBJECT_CLOSER: char = '的';

/// The name a government work report goes by (政府工作报告), in its title.
pub(crate) const WORK_REPORT_NAME: &str = "工作报告";

/// What a date in parentheses after a title holds (2021年2月2日): a month and a day mark.
pub(crate) const DATE_MONTH_DAY_MARKS: [char; 2] = ['月', '日'];

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
