//! Deadlines written inside a task's text (力争2024年12月底前完成) parse back to the phrase,
//! year, month and day that generated them: months in ASCII, full-width and Chinese
//! numerals, with or without a year, a day, a part of the month (底, 末, 中旬), an opener
//! (于, 在), the end of a year (年底, 2024年末) and another deadline earlier in the same text (the last one written counts).

use proptest::prelude::*;

const CHINESE: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
];

/// `n` written as `width`: 0 ASCII, 1 full-width digits, 2 Chinese numerals.
fn numeral(n: u32, width: usize) -> String {
    match width {
        0 => n.to_string(),
        1 => n
            .to_string()
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap())
            .collect(),
        _ => CHINESE[n as usize - 1].to_string(),
    }
}

#[derive(Debug, Clone)]
struct Phrase {
    year: Option<u32>,
    /// `None` for the end of the year (年底, 2024年末).
    month: Option<u32>,
    day: Option<u32>,
    width: usize,
    part: &'static str,
    before: &'static str,
}

impl Phrase {
    fn written(&self) -> String {
        let mut s = String::new();
        if let Some(y) = self.year {
            s += &format!("{}年", numeral(y, self.width.min(1)));
        }
        let Some(month) = self.month else {
            let end = if self.year.is_some() { "底" } else { "年底" };
            return s + end + self.before;
        };
        s += &format!("{}月", numeral(month, self.width));
        match self.day {
            Some(d) => s += &format!("{}日", numeral(d, self.width.min(1))),
            None => s += self.part,
        }
        s + self.before
    }
}

fn phrase() -> impl Strategy<Value = Phrase> {
    (
        prop::option::of(2020..=2030u32),
        prop_oneof![6 => (1..=12u32).prop_map(Some), 1 => Just(None)],
        prop::option::of(1..=28u32),
        0..3usize,
        prop::sample::select(vec!["底", "末", "中旬", "下旬", ""]),
        prop::sample::select(vec!["前", "以前", "之前"]),
    )
        .prop_map(|(year, month, day, width, part, before)| Phrase {
            year,
            month,
            day,
            width,
            part,
            before,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn deadline_in_task_text_is_read_whole(
        p in phrase(),
        earlier in prop::option::of(phrase()),
        opener in prop::sample::select(vec!["", "于", "在"]),
        verb in prop::sample::select(vec!["完成", "建成投用", ""]),
    ) {
        let written = p.written();
        let first = earlier.map(|e| format!("{}启动，", e.written())).unwrap_or_default();
        let text = format!(
            "关于印发重点工作任务分工的通知\n一、重点任务\n\
             1.加快推进重点项目建设，{first}力争{opener}{written}{verb}。（市发展改革委牵头）\n"
        );
        let doc = gongwen::parse(&text);
        let tasks = doc.tasks();
        prop_assert_eq!(tasks.len(), 1, "{}", text);
        let task = tasks[0];
        let d = task.deadline.as_ref().unwrap_or_else(|| panic!("no deadline in {text}"));
        prop_assert_eq!(d.text.as_str(), written.as_str());
        prop_assert_eq!(doc.text(d.span), written.as_str());
        prop_assert_eq!(d.month, Some(p.month.unwrap_or(12)));
        prop_assert_eq!(d.day, p.day.filter(|_| p.month.is_some()));
        if p.year.is_some() {
            prop_assert_eq!(d.year, p.year);
        }
        prop_assert!(!d.ongoing);
    }
}
