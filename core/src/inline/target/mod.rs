//! Targets: an indicator, a relation, a quantity and a qualifier —
//! 生产总值增长6.5%, 城镇调查失业率控制在5.5%以内, 新建市级以上创新平台25家,
//! 城乡居民收入比缩小到1.8:1. 分别 distributes a list of values over a list of indicators.
//!
//! The finder reads clause by clause (a clause ends at ，；。：！？); inside a clause each
//! quantity looks back for the nearest relation word. The indicator is the phrase before the
//! relation (生产总值增长…), after it (新建…平台25家), or after the quantity (实施9个项目).
//!
//! Modules: `clauses` (clause, sentence and hedge positions), `relations` (relation words and
//! what follows a quantity), `trim` (trimming an indicator), `scan` (the clause scanner and the
//! choice of relation), `explicit` (a quantity with its relation word), `respectively` (分别),
//! `carry` (implicit levels and a relation carried over a list). The words are in
//! `lexicon::targets`.

mod carry;
mod clauses;
mod explicit;
mod relations;
mod respectively;
mod scan;
mod trim;

use super::quantity::{find_quantities, Quantity};
use crate::lexicon::targets::PERFECTIVE;

pub use crate::ast::{Relation, Target};

/// Every target in `text`, in order. Spans are byte offsets into `text`.
pub fn find_targets(text: &str) -> Vec<Target> {
    let quantities: Vec<Quantity> = find_quantities(text)
        .into_iter()
        .filter(|q| {
            let mut e = q.span.end();
            if let Some(w) = relations::qualifier_at(&text[e..]) {
                e += w.len();
            }
            !relations::is_attributive(text, q, e)
        })
        .collect();
    if quantities.is_empty() {
        return Vec::new();
    }
    let mut out = scan::Scanner::new(text, &quantities).run();
    // 完成了…/贡献了70%: the perfective 了 reports a result, not a target.
    for t in &mut out {
        if text
            .get(t.span.range())
            .is_some_and(|s| s.contains(PERFECTIVE))
        {
            t.achieved = true;
        }
    }
    out
}

#[cfg(test)]
mod corpus_tests;

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(String, &'static str, f64, String, Option<String>)> {
        find_targets(text)
            .into_iter()
            .map(|t| {
                (
                    t.indicator.to_string(),
                    t.relation.as_str(),
                    t.quantity.value,
                    t.quantity.unit.to_string(),
                    t.qualifier().map(Into::into),
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

    #[test]
    fn traditional_script_and_overlapping_words() {
        one(
            "城鎮調查失業率控制在5.5%以內。",
            "城鎮調查失業率",
            "at_most",
            5.5,
            "%",
            Some("以內"),
        );
        // 力促进: the indicator starts after 促进, which overlaps 力促.
        let got = show("力促进规模以上工业增加值增长8%。");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "规模以上工业增加值");
        // 力争取得: the first hedge of the sentence is 力争.
        let got = find_targets("力争取得新增就业1万人。");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].hedge(), Some("力争"));
    }
}
