//! Quantities, targets and dates: targets of the seeds pinned by hand, Chinese numerals
//! against an independent generator, things that are not targets, and sentences from other
//! cities' work reports. (Unit tests inside the crate: they call the recognisers, which are
//! not public.)

use crate::inline::quantity::find_quantities;
use crate::inline::target::find_targets;
use crate::lex::numerals::chinese_value;
use crate::TargetRow;
use proptest::prelude::*;
use std::path::Path;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/corpus")
        .join(name);
    std::fs::read_to_string(path).expect("fixture")
}

/// (indicator, relation, value, unit, qualifier) as a reader would write them down.
type Row = (
    &'static str,
    &'static str,
    f64,
    &'static str,
    Option<&'static str>,
);

fn rows_of(targets: &[crate::Target]) -> Vec<(String, &'static str, f64, String, Option<String>)> {
    targets
        .iter()
        .map(|t| {
            (
                t.indicator.to_string(),
                t.relation.as_str(),
                t.quantity.value,
                t.quantity.unit.to_string(),
                t.qualifier().map(ToString::to_string),
            )
        })
        .collect()
}

fn expect(rows: &[Row]) -> Vec<(String, &'static str, f64, String, Option<String>)> {
    rows.iter()
        .map(|&(i, r, v, u, q)| (i.to_string(), r, v, u.to_string(), q.map(str::to_string)))
        .collect()
}

#[test]
fn seed_002_section_one() {
    let doc = crate::parse(&fixture("002_1db4aff5efda3015.txt"));
    let targets: Vec<crate::Target> = doc
        .targets()
        .into_iter()
        .filter(|t| t.task.is_some_and(|n| (1..=8).contains(&n)))
        .cloned()
        .collect();
    // Tasks 6 (增长保持全省领先) and 8 (完成省定任务) carry no number.
    assert_eq!(
        rows_of(&targets),
        expect(&[
            ("生产总值", "growth", 6.5, "%", None),
            ("一般公共预算收入", "growth", 5.5, "%", None),
            ("规模以上工业增加值", "growth", 7.5, "%", None),
            ("全社会固定资产投资", "growth", 8.0, "%", None),
            ("社会消费品零售总额", "growth", 7.5, "%", None),
            ("城镇调查失业率", "at_most", 5.5, "%", Some("以内")),
        ])
    );
    let tasks: Vec<Option<u32>> = targets.iter().map(|t| t.task).collect();
    assert_eq!(
        tasks,
        [Some(1), Some(2), Some(3), Some(4), Some(5), Some(7)]
    );
    for t in &targets {
        assert_eq!(*t.section, ["经济社会发展主要目标"]);
        // Spans index the original input.
        let text = doc.text(t.span);
        assert!(text.contains(t.indicator.as_str()), "{text}");
        assert!(doc
            .text(t.quantity.span)
            .starts_with(|c: char| c.is_ascii_digit()));
    }
    let first = &targets[0];
    assert_eq!(doc.text(first.span), "生产总值增长6.5%");
    assert_eq!(first.quantity.base_value, 6.5);
    assert_eq!(first.quantity.base_unit, "%");
}

#[test]
fn seed_001_main_targets() {
    let src = fixture("001_44e69a047cd4008f.txt");
    let doc = crate::parse(&src);
    let para = doc
        .walk()
        .find_map(|(_, b)| match b {
            crate::Block::Paragraph(p) if p.text.starts_with("今年經濟社會發展主要預期目標是") => {
                Some(p)
            }
            _ => None,
        })
        .expect("the target paragraph");
    // The cleaned text has no pinyin readings.
    assert!(para
        .text
        .contains("生產總值增長8%左右,全員勞動生產率增長8%"));
    assert_eq!(
        rows_of(&para.targets),
        expect(&[
            ("生產總值", "growth", 8.0, "%", Some("左右")),
            ("全員勞動生產率", "growth", 8.0, "%", None),
            ("規模以上工業增加值", "growth", 8.0, "%", Some("左右")),
            ("一般公共預算收入", "growth", 12.0, "%", Some("左右")),
            ("固定資產投資", "growth", 9.0, "%", Some("左右")),
            ("社會消費品零售總額", "growth", 10.0, "%", Some("左右")),
            ("居民消費價格指數漲幅", "at_most", 3.0, "%", Some("以內")),
            (
                "研究與試驗發展經費投入強度",
                "reach",
                2.0,
                "%",
                Some("以上")
            ),
            (
                "高技術產業增加值占規模以上工業增加值比重",
                "reach",
                15.0,
                "%",
                Some("以上")
            ),
            (
                "戰略性新興產業增加值占規模以上工業增加值比重",
                "reach",
                29.0,
                "%",
                Some("左右")
            ),
            ("城鄉居民收入比", "reduce_to", 1.8, ":1", None),
            (
                "常住人口城鎮化率",
                "increase",
                1.3,
                "個百分點",
                Some("左右")
            ),
            ("九年義務教育鞏固率", "reach", 99.0, "%", None),
            ("居民人均可支配收入", "growth", 8.0, "%", Some("以上")),
            ("城鎮調查失業率", "at_most", 5.5, "%", Some("以內")),
            ("登記失業率", "at_most", 3.0, "%", Some("以內")),
        ])
    );
    assert!(para.targets[8].respectively && para.targets[9].respectively);
    assert!(para.targets[14].respectively && para.targets[15].respectively);
    assert_eq!(para.targets[10].quantity.base_value, 1.8);
    // Spans point into the original text, pinyin readings included.
    let t = &para.targets[0];
    assert!(
        doc.text(t.span).starts_with("生產(chǎn)總值"),
        "{}",
        doc.text(t.span)
    );
    assert!(t.task.is_none());
    assert_eq!(*t.section, ["2019年工作安排"]);
}

#[test]
fn cli_rows_carry_the_contract_keys() {
    let doc = crate::parse("一、主要目标\n1.生产总值增长6.5%。(发展改革委负责)\n2.完成投资18.8亿元以上。(发展改革委负责)\n");
    let rows: Vec<TargetRow> = doc.targets().into_iter().map(TargetRow::from).collect();
    assert_eq!(rows.len(), 2);
    let v = serde_json::to_value(&rows[1]).unwrap();
    for key in [
        "indicator",
        "relation",
        "value",
        "unit",
        "qualifier",
        "base_value",
        "base_unit",
        "task",
        "section",
        "span",
    ] {
        assert!(v.get(key).is_some(), "{key} in {v}");
    }
    assert_eq!(v["indicator"], "投资");
    assert_eq!(v["relation"], "complete");
    assert_eq!(v["value"], 18.8);
    assert_eq!(v["unit"], "亿元");
    assert_eq!(v["qualifier"], "以上");
    assert_eq!(v["base_value"], 1_880_000_000.0);
    assert_eq!(v["base_unit"], "元");
    assert_eq!(v["task"], 2);
    assert_eq!(v["section"], serde_json::json!(["主要目标"]));
}

// ---- Chinese numerals -------------------------------------------------------------------

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// A four-digit group (1..=9999) in canonical reading; `lead` when it opens the number
/// (十五 rather than 一十五); `liang` writes 两 for a 2 before 百/千.
fn group(n: u64, lead: bool, liang: bool) -> String {
    let places = [(1000, "千"), (100, "百"), (10, "十"), (1, "")];
    let mut out = String::new();
    let mut zero = false;
    let mut started = false;
    for (p, unit) in places {
        let d = (n / p) % 10;
        if d == 0 {
            zero = started;
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        if !(d == 1 && p == 10 && lead && !started) {
            if d == 2 && liang && p >= 100 {
                out.push('两');
            } else {
                out.push_str(DIGITS[d as usize]);
            }
        }
        out.push_str(unit);
        started = true;
    }
    out
}

/// Independent reading of `n` (< 10^12) as a Chinese numeral.
fn to_chinese(n: u64, liang: bool) -> String {
    if n == 0 {
        return "零".into();
    }
    let parts = [
        (n / 100_000_000, "亿"),
        ((n / 10_000) % 10_000, "万"),
        (n % 10_000, ""),
    ];
    let mut out = String::new();
    let mut pending_zero = false;
    for (g, unit) in parts {
        if g == 0 {
            pending_zero = !out.is_empty();
            continue;
        }
        // A gap to the left (a zero group, or fewer than four digits in this one) reads 零.
        if !out.is_empty() && (pending_zero || g < 1000) {
            out.push('零');
        }
        out.push_str(&group(g, out.is_empty(), liang));
        out.push_str(unit);
        pending_zero = false;
    }
    out
}

#[test]
fn generator_reads_as_expected() {
    assert_eq!(to_chinese(10, false), "十");
    assert_eq!(to_chinese(105, false), "一百零五");
    assert_eq!(to_chinese(10_100, false), "一万零一百");
    assert_eq!(to_chinese(100_000_005, false), "一亿零五");
    assert_eq!(to_chinese(2000, true), "两千");
    assert_eq!(to_chinese(1_000_000_000_000 - 1, false).chars().count(), 23);
}

proptest! {
    #[test]
    fn chinese_numerals_round_trip(n in 0u64..=1_000_000_000_000, liang: bool) {
        let text = to_chinese(n, liang);
        prop_assert_eq!(chinese_value(&text), Some(n), "{}", text);
    }

    #[test]
    fn chinese_numerals_round_trip_small(n in 0u64..100_000, liang: bool) {
        let text = to_chinese(n, liang);
        prop_assert_eq!(chinese_value(&text), Some(n), "{}", text);
    }

    #[test]
    fn finders_never_panic(s in "\\PC{0,60}") {
        let _ = find_quantities(&s);
        let _ = find_targets(&s);
    }

    #[test]
    fn finders_never_panic_on_numberish(s in "[0-9０-９.,:：%％~\\-—一二三四五六七八九十百千万亿两零O点几多余近约第年月个家增长达到以上左右、，。]{0,40}") {
        for t in find_targets(&s) {
            prop_assert!(t.span.start() <= t.span.end() && t.span.end() <= s.len());
        }
        for q in find_quantities(&s) {
            prop_assert!(q.span.end() <= s.len());
        }
    }
}

#[test]
fn tricky_numerals() {
    for (s, v) in [
        ("十", 10),
        ("十一", 11),
        ("一百零五", 105),
        ("两千", 2000),
        ("一万零一百", 10_100),
        ("二O一九", 2019),
        ("二〇二四", 2024),
        ("壹佰贰拾", 120),
        ("十万", 100_000),
        ("一万二", 12_000),
    ] {
        assert_eq!(chinese_value(s), Some(v), "{s}");
    }
    let q = |s: &str| {
        let all = find_quantities(s);
        assert_eq!(all.len(), 1, "{s}: {all:?}");
        all.into_iter().next().unwrap()
    };
    assert_eq!(q("13万2人").base_value, 132_000.0);
    assert_eq!(q("1.5万亩").base_value, 15_000.0);
    let x = q("160家以上");
    assert_eq!((x.value, x.unit.as_str()), (160.0, "家"));
    let x = q("百分之六点五");
    assert_eq!((x.value, x.base_unit.as_str()), (6.5, "%"));
    let x = q("２０亿元");
    assert_eq!(x.base_value, 2e9);
    let x = q("二百三十余万元");
    assert_eq!(x.base_value, 2_300_000.0);
}

// ---- Not targets ------------------------------------------------------------------------

#[test]
fn ordinals_dates_and_names_are_not_quantities() {
    assert!(find_targets("市第十四届人民代表大会第三次会议审议通过").is_empty());
    assert!(find_quantities("第十四届人民代表大会").is_empty());
    assert!(find_quantities("5G").is_empty());
    assert!(find_quantities("2024年").is_empty());
    assert!(find_quantities("二O一九年二月十六日").is_empty());
    assert!(find_quantities("6月底前").is_empty());
    assert!(find_quantities("2024—2026年").is_empty());
    assert!(find_quantities("用3年时间").is_empty());
    assert!(find_quantities("排名全省第4位").is_empty());
    assert!(find_quantities("千家万户").is_empty());
    let t = find_targets("新建5G基站200个。");
    assert_eq!(t.len(), 1);
    assert_eq!(
        (t[0].indicator.as_str(), t[0].quantity.value),
        ("5G基站", 200.0)
    );
    // An amount that describes a noun is not an amount reached.
    let t = find_targets("引进10亿元以上项目1个。");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].indicator, "10亿元以上项目");
    assert_eq!(t[0].quantity.unit, "个");
}

// ---- Other cities ------------------------------------------------------------------------

#[test]
fn other_cities() {
    let cases: &[(&str, &[Row])] = &[
        (
            "全市地区生产总值增长5.5%左右，一般公共预算收入增长4%，城镇新增就业12万人以上，居民消费价格涨幅3%左右。",
            &[
                ("地区生产总值", "growth", 5.5, "%", Some("左右")),
                ("一般公共预算收入", "growth", 4.0, "%", None),
                ("城镇新增就业", "add", 12.0, "万人", Some("以上")),
                ("居民消费价格涨幅", "reach", 3.0, "%", Some("左右")),
            ],
        ),
        (
            "城镇调查失业率控制在5.5%以内，单位地区生产总值能耗下降3%左右。",
            &[
                ("城镇调查失业率", "at_most", 5.5, "%", Some("以内")),
                ("单位地区生产总值能耗", "decrease", 3.0, "%", Some("左右")),
            ],
        ),
        (
            "新开工重大项目200个以上，完成年度投资1500亿元。",
            &[
                ("重大项目", "build", 200.0, "个", Some("以上")),
                ("年度投资", "complete", 1500.0, "亿元", None),
            ],
        ),
        (
            "新增高新技术企业500家、科技型中小企业1000家。",
            &[
                ("高新技术企业", "add", 500.0, "家", None),
                ("科技型中小企业", "add", 1000.0, "家", None),
            ],
        ),
        (
            "全社会研发经费投入占地区生产总值比重提高到3.2%。",
            &[("全社会研发经费投入占地区生产总值比重", "reach", 3.2, "%", None)],
        ),
        (
            "新建改建农村公路300公里，改造提升农贸市场20个。",
            &[
                ("农村公路", "build", 300.0, "公里", None),
                ("农贸市场", "implement", 20.0, "个", None),
            ],
        ),
        (
            "粮食播种面积稳定在150万亩以上，总产量保持在60亿斤以上。",
            &[
                ("粮食播种面积", "reach", 150.0, "万亩", Some("以上")),
                ("总产量", "reach", 60.0, "亿斤", Some("以上")),
            ],
        ),
        (
            "PM2.5平均浓度控制在35微克/立方米以内，空气质量优良天数比例达到80%。",
            &[
                ("PM2.5平均浓度", "at_most", 35.0, "微克/立方米", Some("以内")),
                ("空气质量优良天数比例", "reach", 80.0, "%", None),
            ],
        ),
        (
            "接待游客突破1亿人次，旅游总收入增长15%。",
            &[
                ("接待游客", "exceed", 1.0, "亿人次", None),
                ("旅游总收入", "growth", 15.0, "%", None),
            ],
        ),
        (
            "实施城市更新项目120个，改造老旧小区350个。",
            &[
                ("城市更新项目", "implement", 120.0, "个", None),
                ("老旧小区", "implement", 350.0, "个", None),
            ],
        ),
        (
            "到2025年，数字经济核心产业增加值占GDP比重达到12%。",
            &[("数字经济核心产业增加值占GDP比重", "reach", 12.0, "%", None)],
        ),
        (
            "全年减少碳排放50万吨，外贸进出口总额突破800亿元。",
            &[
                ("碳排放", "decrease", 50.0, "万吨", None),
                ("外贸进出口总额", "exceed", 800.0, "亿元", None),
            ],
        ),
        (
            "2023年，全市生产总值达到3000亿元，同比增长6.2%。",
            &[
                ("生产总值", "reach", 3000.0, "亿元", None),
                ("生产总值", "growth", 6.2, "%", None),
            ],
        ),
        (
            "企业开办时间压缩到1个工作日以内，万元GDP能耗下降3%。",
            &[
                ("企业开办时间", "reduce_to", 1.0, "个工作日", Some("以内")),
                ("万元GDP能耗", "decrease", 3.0, "%", None),
            ],
        ),
        (
            "力争高新技术企业突破2000家，技术合同成交额达到百分之十五。",
            &[
                ("高新技术企业", "exceed", 2000.0, "家", Some("力争")),
                ("技术合同成交额", "reach", 15.0, "百分之", Some("力争")),
            ],
        ),
        (
            "規模以上工業增加值增長7%，新增城鎮就業1.2萬人。",
            &[
                ("規模以上工業增加值", "growth", 7.0, "%", None),
                ("城鎮就業", "add", 1.2, "萬人", None),
            ],
        ),
        (
            "全市生产总值完成2000亿元、增长7%，一般公共预算收入比上年增长8.2%。",
            &[
                ("生产总值", "complete", 2000.0, "亿元", None),
                ("生产总值", "growth", 7.0, "%", None),
                ("一般公共预算收入", "growth", 8.2, "%", None),
            ],
        ),
        (
            "财政收入突破百亿元，打造千亿级产业集群2个，建成万吨级码头3座。",
            &[
                ("财政收入", "exceed", 100.0, "亿元", None),
                ("千亿级产业集群", "build", 2.0, "个", None),
                ("万吨级码头", "build", 3.0, "座", None),
            ],
        ),
        (
            "全年接待游客1200万人次、实现旅游收入100亿元，分别增长12%和15%。",
            &[
                ("游客", "complete", 1200.0, "万人次", None),
                ("旅游收入", "complete", 100.0, "亿元", None),
                ("游客", "growth", 12.0, "%", None),
                ("旅游收入", "growth", 15.0, "%", None),
            ],
        ),
        (
            "单位GDP能耗和二氧化碳排放量分别下降3.2%和4%，城镇化率提高1个百分点以上。",
            &[
                ("单位GDP能耗", "decrease", 3.2, "%", None),
                ("二氧化碳排放量", "decrease", 4.0, "%", None),
                ("城镇化率", "increase", 1.0, "个百分点", Some("以上")),
            ],
        ),
        (
            "新建和改扩建中小学、幼儿园30所，新增学位2万个，空气质量优良天数达到300天以上。",
            &[
                ("中小学、幼儿园", "build", 30.0, "所", None),
                ("学位", "add", 2.0, "万个", None),
                ("空气质量优良天数", "reach", 300.0, "天", Some("以上")),
            ],
        ),
        (
            "地区生产总值年均增长6%—7%，粮食总产稳定在30万吨以上。",
            &[
                ("地区生产总值", "growth", 6.0, "%", None),
                ("粮食总产", "reach", 30.0, "万吨", Some("以上")),
            ],
        ),
        (
            "生产总值较2020年增长25%，一般公共预算收入比上年同期增长５．５％，城乡居民收入比缩小到2.1:1。",
            &[
                ("生产总值", "growth", 25.0, "%", None),
                ("一般公共预算收入", "growth", 5.5, "％", None),
                ("城乡居民收入比", "reduce_to", 2.1, ":1", None),
            ],
        ),
        (
            "全年新注冊各類市場主體1.26萬戶，城鎮職工退休金人均上調5.5%，總投資120億元以上。",
            &[
                ("各類市場主體", "add", 1.26, "萬戶", None),
                ("城鎮職工退休金", "increase", 5.5, "%", None),
                ("總投資", "reach", 120.0, "億元", Some("以上")),
            ],
        ),
        (
            "全市生产总值突破1000亿元大关，年产值超过50亿元的企业达到10家，新增保障性住房5612套。",
            &[
                ("生产总值", "exceed", 1000.0, "亿元", None),
                ("年产值超过50亿元的企业", "reach", 10.0, "家", None),
                ("保障性住房", "add", 5612.0, "套", None),
            ],
        ),
    ];
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = rows_of(&find_targets(text));
        if got != expect(want) {
            failures.push(format!("{text}\n  got  {got:?}\n  want {:?}", expect(want)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn targets_in_headings_tasks_and_paragraphs() {
    let doc = crate::parse(
        "关于2024年主要目标的报告\n一、主要目标\n1.生产总值增长6.5%左右\n（一）城镇调查失业率控制在5.5%以内。\n二、重点工作\n（一）新建5G基站200个。今年建成充电桩400个。\n",
    );
    let got: Vec<(&str, Vec<String>)> = doc
        .targets()
        .into_iter()
        .map(|t| {
            (
                t.indicator.as_str(),
                t.section.iter().map(ToString::to_string).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("生产总值", vec!["主要目标".to_string()]),
            ("城镇调查失业率", vec!["主要目标".to_string()]),
            ("5G基站", vec!["重点工作".to_string()]),
            (
                "充电桩",
                vec!["重点工作".to_string(), "新建5G基站200个".to_string()]
            ),
        ]
    );
}
