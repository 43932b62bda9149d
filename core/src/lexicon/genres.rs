//! Genres (文种) and the words a title is read by: what kind of document it names, what it
//! is about (关于…的), and whether it assigns tasks.

/// The genres (文种) of GB/T 9704 and the 党政机关公文处理工作条例, plus the document types that
/// implementing documents name themselves by (办法, 方案, 要点…). A title ends with one,
/// perhaps followed by an aside; [`title_genre`] takes the longest that fits.
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
