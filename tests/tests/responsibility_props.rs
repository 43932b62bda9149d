//! Generated notices: random unit names from realistic parts, random role formats, widths,
//! separators and nesting parse back to exactly the units and roles that generated them.

use proptest::prelude::*;

const PLACES: &[&str] = &["市", "县", "区", "省", ""];
const FIELDS: &[&str] = &[
    "发展改革",
    "财政",
    "教育",
    "公安",
    "民政",
    "自然资源和规划",
    "住房和城乡建设",
    "交通运输",
    "农业农村",
    "商务",
    "文化广电和旅游",
    "卫生健康",
    "应急管理",
    "市场监督管理",
    "生态环境",
    "人力资源和社会保障",
    "水利",
    "统计",
];
const ENDINGS: &[&str] = &["局", "委", "委员会", "办公室", "中心", "服务中心"];
const INNER: &[&str] = &["", "", "", "(林业局)", "（统计局）", "(社会工作部)"];
const FIRMS: &[&str] = &[
    "投资集团有限公司",
    "水务集团有限公司",
    "供电公司",
    "文化旅游投资集团有限公司",
];

fn unit_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (0..PLACES.len(), 0..FIELDS.len(), 0..ENDINGS.len(), 0..INNER.len())
            .prop_map(|(p, f, e, i)| format!("{}{}{}{}", PLACES[p], FIELDS[f], ENDINGS[e], INNER[i])),
        1 => (0..FIRMS.len(), prop::sample::select(vec!["济源", "河阳", "新港", "东湖"]))
            .prop_map(|(f, city)| format!("{city}{}", FIRMS[f])),
        1 => prop::sample::select(vec!["各开发区管理办公室", "镇人民政府", "街道办事处", "各县（市、区）人民政府", "市直有关部门"])
            .prop_map(str::to_string),
    ]
}

#[derive(Debug, Clone)]
struct GenTask {
    lead: Vec<String>,
    support: Vec<String>,
    format: usize,
    full_width: bool,
    and_others: bool,
    number_style: usize,
}

fn task() -> impl Strategy<Value = GenTask> {
    (
        prop::collection::vec(unit_name(), 1..3),
        prop::collection::vec(unit_name(), 0..4),
        0..7usize,
        any::<bool>(),
        any::<bool>(),
        0..4usize,
    )
        .prop_map(
            |(lead, support, format, full_width, and_others, number_style)| GenTask {
                lead,
                support,
                format,
                full_width,
                and_others,
                number_style,
            },
        )
}

/// Render one task; returns the lines and the expected (lead, units).
fn render(n: usize, t: &GenTask) -> (String, Vec<String>, Vec<String>) {
    let (open, close, comma, semi, colon) = if t.full_width {
        ("（", "）", "，", "；", "：")
    } else {
        ("(", ")", ",", ";", ":")
    };
    let number = match t.number_style {
        0 => format!("{n}."),
        1 => format!("{n}、"),
        2 => format!("{open}{n}{close}"),
        _ => format!("{n}．"),
    };
    let lead = t.lead.join("、");
    let support = t.support.join("、");
    let others = if t.and_others && !t.support.is_empty() {
        "等相关单位"
    } else {
        ""
    };
    let text = format!("{number}推进重点项目建设，完成投资{}亿元。", n * 3);
    let all: Vec<String> = t.lead.iter().chain(&t.support).cloned().collect();
    let has_support = !t.support.is_empty();
    match t.format {
        // (L牵头,S按职责分工负责)
        0 if has_support => (
            format!("{text}{open}{lead}牵头{comma}{support}{others}按职责分工负责{close}\n"),
            t.lead.clone(),
            all,
        ),
        // （牵头单位：L；配合单位：S）
        1 if has_support => (
            format!(
                "{text}{open}牵头单位{colon}{lead}{semi}配合单位{colon}{support}{others}{close}\n"
            ),
            t.lead.clone(),
            all,
        ),
        // （L牵头，S配合）
        2 if has_support => (
            format!("{text}{open}{lead}牵头{comma}{support}{others}配合{close}\n"),
            t.lead.clone(),
            all,
        ),
        // lines under the task
        3 if has_support => (
            format!("{text}\n牵头单位{colon}{lead}\n配合单位{colon}{support}{others}\n"),
            t.lead.clone(),
            all,
        ),
        // 责任单位：L（牵头）、S run in after the text
        4 if has_support => {
            let first = format!("{}{open}牵头{close}", t.lead[0]);
            let rest: Vec<String> = t.lead[1..].iter().chain(&t.support).cloned().collect();
            let mut names = vec![first];
            names.extend(rest);
            (
                format!("{text}责任单位{colon}{}。\n", names.join("、")),
                vec![t.lead[0].clone()],
                all,
            )
        }
        // （责任单位：R）
        5 => (
            format!("{text}{open}责任单位{colon}{}{close}\n", all.join("、")),
            vec![],
            all,
        ),
        // （R负责） or （R按职责分工负责）
        _ => {
            let role = if all.len() > 1 {
                "按职责分工负责"
            } else {
                "负责"
            };
            (
                format!("{text}{open}{}{role}{close}\n", all.join("、")),
                vec![],
                all,
            )
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn generated_notices_parse_back_to_their_units_and_roles(tasks in prop::collection::vec(task(), 3..12)) {
        let mut text = String::from("关于明确2024年重点工作责任单位的通知\n各区人民政府，市政府各部门：\n一、重点任务\n");
        let mut want = Vec::new();
        for (i, t) in tasks.iter().enumerate() {
            let (lines, lead, units) = render(i + 1, t);
            text.push_str(&lines);
            want.push((lead, units));
        }
        let doc = gongwen::parse(&text);
        let got: Vec<_> = doc.tasks().into_iter().filter(|t| t.number.is_some()).collect();
        prop_assert_eq!(got.len(), want.len(), "text:\n{}", text);
        for (i, (t, (lead, units))) in got.iter().zip(&want).enumerate() {
            let names: Vec<String> = t.units().iter().map(|u| u.name.to_string()).collect();
            let leads: Vec<String> = t.lead().map(str::to_string).collect();
            prop_assert_eq!(t.number, Some(i as u32 + 1));
            prop_assert_eq!(&names, units, "task {} in:\n{}", i + 1, text);
            prop_assert_eq!(&leads, lead, "task {} in:\n{}", i + 1, text);
            for u in t.units() {
                prop_assert_eq!(doc.text(u.span), u.name.as_str());
            }
        }
    }
}

/// Simplified → traditional for every character the generator writes that has a
/// traditional form (a test-only table; the parser folds with its own).
const TRADITIONAL: &[(char, char)] = &[
    ('业', '業'),
    ('东', '東'),
    ('乡', '鄉'),
    ('于', '於'),
    ('亿', '億'),
    ('会', '會'),
    ('关', '關'),
    ('农', '農'),
    ('划', '劃'),
    ('办', '辦'),
    ('务', '務'),
    ('区', '區'),
    ('单', '單'),
    ('卫', '衛'),
    ('县', '縣'),
    ('发', '發'),
    ('员', '員'),
    ('团', '團'),
    ('场', '場'),
    ('处', '處'),
    ('头', '頭'),
    ('广', '廣'),
    ('应', '應'),
    ('开', '開'),
    ('态', '態'),
    ('时', '時'),
    ('进', '進'),
    ('监', '監'),
    ('确', '確'),
    ('统', '統'),
    ('职', '職'),
    ('规', '規'),
    ('计', '計'),
    ('设', '設'),
    ('负', '負'),
    ('财', '財'),
    ('责', '責'),
    ('资', '資'),
    ('输', '輸'),
    ('运', '運'),
    ('门', '門'),
    ('阳', '陽'),
    ('障', '障'),
    ('镇', '鎮'),
    ('项', '項'),
    ('电', '電'),
    ('环', '環'),
    ('牵', '牽'),
    ('济', '濟'),
    ('游', '遊'),
    ('点', '點'),
    ('体', '體'),
    ('长', '長'),
    ('组', '組'),
];

fn to_traditional(s: &str) -> String {
    s.chars()
        .map(|c| {
            TRADITIONAL
                .iter()
                .find(|(simp, _)| *simp == c)
                .map_or(c, |(_, t)| *t)
        })
        .collect()
}

/// ASCII punctuation and digits to their full-width forms, as a Word document writes them.
fn to_full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            ',' => '，',
            ';' => '；',
            ':' => '：',
            '.' => '．',
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// What a parse says about tasks, in a form that does not depend on script or width:
/// number, and per unit its role and simplified, half-width name.
type TaskView = (Option<u32>, Vec<(String, gongwen::Role)>);

fn task_view(text: &str) -> Vec<TaskView> {
    let doc = gongwen::parse(text);
    doc.tasks()
        .into_iter()
        .map(|t| {
            let units = t
                .units()
                .iter()
                .map(|u| (u.normalized().to_string(), u.role))
                .collect();
            (t.number, units)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100, .. ProptestConfig::default() })]

    /// The same notice in simplified and traditional script, half-width and full-width, parses
    /// to the same tasks, units and roles.
    #[test]
    fn scripts_and_widths_parse_alike(tasks in prop::collection::vec(task(), 3..10)) {
        let mut text = String::from("关于明确2024年重点工作责任单位的通知\n各区人民政府，市政府各部门：\n一、重点任务\n");
        for (i, t) in tasks.iter().enumerate() {
            text.push_str(&render(i + 1, t).0);
        }
        let base = task_view(&text);
        prop_assert_eq!(base.len(), tasks.len());
        for (name, variant) in [
            ("traditional", to_traditional(&text)),
            ("full-width", to_full_width(&text)),
            ("traditional full-width", to_full_width(&to_traditional(&text))),
        ] {
            prop_assert_eq!(&task_view(&variant), &base, "{} rendering:\n{}", name, variant);
        }
    }
}
