//! A run of labelled fields after a task's text on its own line (1.推进项目建设。牵头领导：张三
//! 牵头单位：市发改委 配合单位：市财政局) parses back to the leaders, units and roles written:
//! every label of the run counts, not only the last, and none is left in the task's text; a
//! closing 完成时限 field gives the deadline.

use proptest::prelude::*;

const UNITS: &[&str] = &[
    "市发展改革委",
    "市财政局",
    "市住房城乡建设局",
    "市自然资源和规划局",
    "市交通运输局",
    "市生态环境局",
    "市商务局",
    "各县（市、区）人民政府",
];
const LEADERS: &[&str] = &["张某某", "李某", "王建国"];

#[derive(Debug, Clone)]
struct Run {
    leader: Option<(&'static str, &'static str)>,
    lead: Vec<&'static str>,
    /// Units under 配合单位 or 责任单位 (by `support_label`).
    others: Vec<&'static str>,
    support_label: &'static str,
    separator: &'static str,
    colon: &'static str,
    closing: &'static str,
    /// A 完成时限 field closing the run.
    deadline: Option<&'static str>,
}

fn names(n: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Vec<&'static str>> {
    prop::sample::subsequence(UNITS.to_vec(), n).prop_shuffle()
}

fn run() -> impl Strategy<Value = Run> {
    (
        prop::option::of((
            prop::sample::select(vec!["牵头领导", "责任领导"]),
            prop::sample::select(LEADERS.to_vec()),
        )),
        names(1..=2),
        names(0..=3),
        prop::sample::select(vec!["配合单位", "责任单位"]),
        prop::sample::select(vec!["\u{3000}", " ", "；", ";", "，", "。"]),
        prop::sample::select(vec!["：", ":"]),
        prop::sample::select(vec!["", "。"]),
        prop::option::of(prop::sample::select(vec![
            "2025年底前",
            "6月底前",
            "2025年12月31日前",
        ])),
    )
        .prop_map(
            |(leader, lead, others, support_label, separator, colon, closing, deadline)| {
                // A unit is written once per task.
                let others = others.into_iter().filter(|u| !lead.contains(u)).collect();
                Run {
                    leader,
                    lead,
                    others,
                    support_label,
                    separator,
                    colon,
                    closing,
                    deadline,
                }
            },
        )
}

impl Run {
    fn written(&self) -> String {
        let c = self.colon;
        let mut fields = Vec::new();
        if let Some((label, person)) = self.leader {
            fields.push(format!("{label}{c}{person}"));
        }
        fields.push(format!("牵头单位{c}{}", self.lead.join("、")));
        if !self.others.is_empty() {
            fields.push(format!(
                "{}{c}{}",
                self.support_label,
                self.others.join("、")
            ));
        }
        if let Some(d) = self.deadline {
            fields.push(format!("完成时限{c}{d}"));
        }
        fields.join(self.separator) + self.closing
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_label_of_a_run_after_the_text_counts(r in run()) {
        let body = "推进重点项目建设，提升服务水平。";
        let text = format!(
            "关于印发重点工作任务分工的通知\n一、重点任务\n1.{body}{}\n2.{body}（市统计局牵头）\n",
            r.written()
        );
        let doc = gongwen::parse(&text);
        let tasks = doc.tasks();
        prop_assert_eq!(tasks.len(), 2, "{}", text);
        let t = tasks[0];
        prop_assert_eq!(t.text.as_str(), body, "{}", text);
        let got: Vec<(String, bool)> = t
            .units()
            .iter()
            .map(|u| (u.name.to_string(), u.role == gongwen::Role::Lead))
            .collect();
        let want: Vec<(String, bool)> = r
            .lead
            .iter()
            .map(|u| (u.to_string(), true))
            .chain(r.others.iter().map(|u| (u.to_string(), false)))
            .collect();
        prop_assert_eq!(got, want, "{}", text);
        let leaders: Vec<String> = t
            .responsibility
            .as_ref()
            .map_or_else(Vec::new, |x| x.leaders.iter().map(|l| l.to_string()).collect());
        let want_leaders: Vec<String> = r.leader.iter().map(|(_, p)| p.to_string()).collect();
        prop_assert_eq!(leaders, want_leaders, "{}", text);
        let deadline = t.deadline.as_ref().map(|d| d.text.to_string());
        prop_assert_eq!(deadline.as_deref(), r.deadline, "{}", text);
    }
}
