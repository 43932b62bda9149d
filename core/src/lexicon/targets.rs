//! Words of quantified targets (`inline::target`): relation words by relation, the qualifiers
//! and hedges around a number, the words trimmed off an indicator, and the small words that
//! join lists of indicators and values.
//!
//! The target finder does not fold its text to simplified script yet, so lists with a
//! traditional twin keep both: `// traditional twins until the folded view lands`.

use super::bmp::BmpSet;
use aho_corasick::{AhoCorasick, Anchored, Input, Match, MatchKind, StartKind};

/// An automaton finding the longest of `words` that a text starts with (anchored searches)
/// as well as leftmost-longest occurrences anywhere (unanchored searches):
/// for the lookups made at one position (the relation word here, the unit there).
pub(crate) fn prefix_automaton(words: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both)
        .build(words)
        .expect("lexicon word lists are small and valid")
}

/// A [`prefix_automaton`] with the first characters of its words: the anchored search at a
/// text whose first character opens no word (most places it is asked at) is answered
/// without running the automaton.
pub(crate) struct Prefixes {
    pub(crate) automaton: AhoCorasick,
    /// The characters U+0000–U+FFFF that open a word.
    first: Box<BmpSet>,
}

impl Prefixes {
    pub(crate) fn new(words: &[&str]) -> Self {
        let mut first = Box::new(BmpSet::EMPTY);
        for c in words.iter().filter_map(|w| w.chars().next()) {
            first.insert(u32::from(c));
        }
        Prefixes {
            automaton: prefix_automaton(words),
            first,
        }
    }

    /// The longest word `s` starts with: the automaton's anchored match.
    pub(crate) fn find_at_start(&self, s: &str) -> Option<Match> {
        // A word opening with a character past U+FFFF has no bit: the automaton decides.
        let opens = s
            .chars()
            .next()
            .is_none_or(|c| u32::from(c) > 0xFFFF || self.first.contains(c));
        if !opens {
            return None;
        }
        self.automaton.find(Input::new(s).anchored(Anchored::Yes))
    }
}

/// An automaton reporting every occurrence of every word, overlapping ones included
/// (力促进 holds 力促 and 促进).
pub(crate) fn overlapping_automaton(words: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(words)
        .expect("lexicon word lists are small and valid")
}

// Relation words, one list per relation; the longest word at a position wins.

/// Growth rate: 生产总值增长6.5%.
// traditional twins until the folded view lands
pub(crate) const GROWTH_WORDS: &[&str] = &[
    "同比增长",
    "同比增長",
    "年均增长",
    "年均增長",
    "增长",
    "增長",
];

/// Reach a level: 达到160家, 提高到80%.
// traditional twins until the folded view lands
pub(crate) const REACH_WORDS: &[&str] = &[
    "达到",
    "達到",
    "保持在",
    "稳定在",
    "穩定在",
    "维持在",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "增加到",
    "增加至",
    "拓展到",
    "扩大到",
    "擴大到",
    "扩大至",
    "达",
    "達",
];

/// At most: 控制在5.5%以内.
// traditional twins until the folded view lands
pub(crate) const AT_MOST_WORDS: &[&str] =
    &["控制在", "控制到", "不超过", "不超過", "不高于", "不高於"];

/// Exceed: 突破1000亿元.
// traditional twins until the folded view lands
pub(crate) const EXCEED_WORDS: &[&str] = &["突破", "超过", "超過", "超"];

/// At least: 不低于90%.
// traditional twins until the folded view lands
pub(crate) const AT_LEAST_WORDS: &[&str] = &["不低于", "不低於", "不少于", "不少於"];

/// Increase by: 提高1.3个百分点.
// traditional twins until the folded view lands
pub(crate) const INCREASE_WORDS: &[&str] = &["提高", "提升", "增加", "上升", "上调", "上調"];

/// Reduce to: 缩小到1.8:1, 降至3%.
// traditional twins until the folded view lands
pub(crate) const REDUCE_TO_WORDS: &[&str] = &[
    "缩小到",
    "縮小到",
    "缩小至",
    "縮小至",
    "缩小为",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    "减少到",
    "減少到",
    "减少至",
    "压缩到",
    "压缩至",
    "壓縮到",
    "壓縮至",
    "缩短到",
    "缩短至",
    "縮短到",
    "縮短至",
    "降至",
    "降到",
];

/// Decrease by: 下降3%.
// traditional twins until the folded view lands
pub(crate) const DECREASE_WORDS: &[&str] = &[
    "下降", "降低", "减少", "減少", "压减", "壓減", "削减", "压缩", "壓縮", "缩短", "縮短",
];

/// Add: 新增就业12万人, 培育企业50家.
// traditional twins until the folded view lands
pub(crate) const ADD_WORDS: &[&str] = &[
    "新增",
    "新注冊",
    "转移",
    "轉移",
    "新立项",
    "立项",
    "立項",
    "新培育",
    "培育",
    "引进",
    "引進",
    "招引",
    "新认定",
    "新認定",
    "新注册",
    "带动",
    "帶動",
    "吸纳",
    "培养",
    "培養",
];

/// Complete: 完成投资80亿元, 实现收入….
// traditional twins until the folded view lands
pub(crate) const COMPLETE_WORDS: &[&str] = &[
    "到位",
    "办理",
    "辦理",
    "累计完成",
    "接待",
    "完成",
    "实现",
    "實現",
];

/// Carry out: 实施项目120个, 改造2300户.
// traditional twins until the folded view lands
pub(crate) const IMPLEMENT_WORDS: &[&str] = &[
    "安置", "实施", "實施", "推进", "推進", "推动", "推動", "开展", "開展", "改造", "整治", "发放",
    "發放", "治理", "更新", "培训", "培訓",
];

/// Build: 新建平台25家, 开工项目50个.
// traditional twins until the folded view lands
pub(crate) const BUILD_WORDS: &[&str] = &[
    "新开工",
    "新開工",
    "开工",
    "開工",
    "新改建",
    "改扩建",
    "改擴建",
    "新建",
    "建成",
    "建设",
    "建設",
    "改建",
    "创建",
    "創建",
    "打造",
    "竣工",
];

/// Qualifiers right after a quantity (160家以上, 5.5%以内), tried in this order.
// traditional twins until the folded view lands
pub(crate) const QUALIFIER_WORDS: &[&str] = &[
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

/// Hedges written in a target's sentence (力争…达到, 确保…控制在); also trimmed off both ends
/// of an indicator.
// traditional twins until the folded view lands
pub(crate) const HEDGE_WORDS: &[&str] = &[
    "力争", "力爭", "确保", "確保", "争取", "爭取", "努力", "预计", "預計",
];

/// Words left off the front of an indicator (besides hedges): scope (全市), time (今年),
/// conjunctions (并且, 和), modal verbs (要, 将), 目标是, 分别.
// traditional twins until the folded view lands
pub(crate) const INDICATOR_LEADING_WORDS: &[&str] = &[
    "了",
    "全市",
    "全省",
    "全区",
    "全區",
    "全县",
    "全縣",
    "我市",
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

/// Words left off the end of an indicator, before its relation (besides hedges): per-head
/// words (人均), comparison bases (比上年), adverbs (同比, 累计, 分别, 各). Tried in this
/// order, the first that ends the indicator is removed (均 comes before 平均).
// traditional twins until the folded view lands
pub(crate) const INDICATOR_TRAILING_WORDS: &[&str] = &[
    "年人均",
    "人均",
    "每月",
    "每人",
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
// traditional twins until the folded view lands
pub(crate) const RELATION_FILLERS: &[&str] = &[
    "到", "至", "在", "为", "為", "了", "约", "約", "近", "逾", "超", "达到", "達到", "达", "達",
];

/// Verbs that end a noun phrase read after a quantity (5个办事处加强…).
// traditional twins until the folded view lands
pub(crate) const NOUN_ENDING_VERBS: &[&str] = &[
    "加强", "加強", "完善", "发展", "發展", "服务", "服務", "维护", "維護", "持续", "持續", "投产",
    "投產", "落地", "建设", "建設",
];

/// Verbs that open a clause before the indicator (推动…收入突破1000亿元): the indicator starts
/// after the last of them.
// traditional twins until the folded view lands
pub(crate) const CLAUSE_OPENING_VERBS: &[&str] = &[
    "保障", "实现", "實現", "推动", "推動", "促进", "促進", "推进", "推進", "引导", "引導", "鼓励",
    "鼓勵", "支持", "加快", "力促", "带动", "帶動",
];

/// What follows an opening verb when the verb is part of a noun (保障性住房, 支持力度).
pub(crate) const VERB_IN_NOUN_SUFFIXES: &[char] = &['性', '型', '率', '力', '的'];

/// Nouns of rates and shares: a percentage right after one is a level (入驻率80%以上).
// traditional twins until the folded view lands
pub(crate) const RATIO_NOUNS: &[&str] = &[
    "涨幅", "漲幅", "增幅", "降幅", "增速", "率", "比例", "比重", "占比", "佔比", "比率", "强度",
    "強度", "幅度", "水平",
];

/// Head nouns of an indicator (…增加值占比, …收入): the last item of a list lends its head to
/// the items before it that lack one.
// traditional twins until the folded view lands
pub(crate) const INDICATOR_HEAD_NOUNS: &[&str] = &[
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

/// Words after an amount that keep it an amount: a milestone (突破100亿元大关) or a target.
// traditional twins until the folded view lands
pub(crate) const MILESTONE_WORDS: &[&str] = &["大关", "大關", "目标"];

/// Characters after a money or measure amount that do not make it an attribute of a noun
/// (10亿元和…, 10万吨左右); any other Han character does (10亿元以上项目).
// traditional twins until the folded view lands
pub(crate) const NOT_ATTRIBUTE_NEXT: &[char] = &[
    '和', '及', '与', '與', '等', '并', '並', '且', '带', '帶', '用', '为', '為', '是', '共', '左',
];

/// Short place words that belong to the verb after them (城镇新增就业12万人).
// traditional twins until the folded view lands
pub(crate) const PLACES_BEFORE_VERB: &[&str] = &["城镇", "城鎮", "农村", "農村", "城乡", "城鄉"];

/// Words that join items of a list of indicators or values (A、B和C).
// traditional twins until the folded view lands
pub(crate) const LIST_JOINERS: &[char] = &['、', '和', '及', '与', '與'];

/// Words that join a second verb to the relation (新建和改扩建中小学).
pub(crate) const VERB_JOINERS: &[char] = &['和', '及', '、'];

/// 并 after the relation opens a second verb (建设并运营好5个…), not an indicator.
// traditional twins until the folded view lands
pub(crate) const SECOND_VERB_OPENERS: &[char] = &['并', '並'];

/// 等 ends an enumeration (清洁取暖建设等10个战役).
pub(crate) const ETC: char = '等';

/// Approximation words that open the next quantity (约32.7万平方米).
// traditional twins until the folded view lands
pub(crate) const APPROX_BEFORE_NUMBER: &[char] = &['约', '約', '近', '逾'];

/// 分别: the values that follow go one to each indicator named before.
// traditional twins until the folded view lands
pub(crate) const RESPECTIVELY_WORDS: &[&str] = &["分别", "分別"];

/// 是 after a Chinese numeral opens an item of a 一是/二是 list.
pub(crate) const LIST_ITEM_IS: char = '是';

/// Words that open a time phrase before an indicator (到2025年, 截至6月底).
pub(crate) const TIME_OPENERS: &[&str] = &["到", "至", "截至"];

/// 年 after four digits (2024年).
pub(crate) const YEAR: char = '年';

/// Left after a deadline or a year (年底, 年末, and a comma).
pub(crate) const AFTER_TIME: &[char] = &['，', ',', '末', '底'];

/// Left after a date (6月底前).
pub(crate) const AFTER_DATE: &[char] = &['，', ',', '末', '底', '前'];

/// Words that compare with a base (比2020年, 较上年同期).
// traditional twins until the folded view lands
pub(crate) const COMPARISON_MARKS: &[char] = &['比', '较', '較'];

/// The bases of a comparison after its year, trimmed in this order (上年, 同期).
pub(crate) const COMPARISON_BASES: &[&str] = &["上年", "去年", "上一年", "同期"];

/// The end of a comparison base (上年末, 去年底).
pub(crate) const COMPARISON_BASE_ENDS: &[char] = &['末', '底'];

/// Left off the end of an indicator: the particle 的 and stray quotes and spaces.
pub(crate) const INDICATOR_END_MARKS: &[char] = &['的', '“', '"', '　', ' '];

/// The perfective 了 (完成了…): the figure reports a result, not a target.
pub(crate) const PERFECTIVE: char = '了';

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::quantities::{COUNT_UNITS, MEASURE_UNITS, MONEY_UNITS, PERCENT_UNITS};

    #[test]
    fn the_first_character_gate_is_the_anchored_search() {
        let relations = [
            GROWTH_WORDS,
            REACH_WORDS,
            AT_MOST_WORDS,
            EXCEED_WORDS,
            AT_LEAST_WORDS,
            INCREASE_WORDS,
            DECREASE_WORDS,
            REDUCE_TO_WORDS,
            ADD_WORDS,
            COMPLETE_WORDS,
            IMPLEMENT_WORDS,
            BUILD_WORDS,
        ]
        .concat();
        let units: Vec<&str> = MONEY_UNITS
            .iter()
            .map(|u| u.0)
            .chain(
                [PERCENT_UNITS, MEASURE_UNITS, COUNT_UNITS]
                    .iter()
                    .flat_map(|l| l.iter().map(|u| u.0)),
            )
            .collect();
        let leading = [HEDGE_WORDS, INDICATOR_LEADING_WORDS].concat();
        // A word opening past U+FFFF has no bit in the gate.
        let wide: &[&str] = &["\u{20000}甲", "乙"];
        let lists: [&[&str]; 6] = [
            &relations,
            &units,
            &leading,
            RELATION_FILLERS,
            NOUN_ENDING_VERBS,
            wide,
        ];
        for words in lists {
            let p = Prefixes::new(words);
            let mut texts: Vec<String> = vec![String::new()];
            texts.extend(('\0'..='\u{FFFF}').map(String::from));
            for w in words {
                texts.extend([w.to_string(), format!("{w}的"), format!("的{w}")]);
                let mut cs = w.chars();
                cs.next_back();
                texts.push(cs.as_str().to_string());
            }
            for t in &texts {
                let want = p.automaton.find(Input::new(t).anchored(Anchored::Yes));
                assert_eq!(p.find_at_start(t), want, "{t:?}");
            }
        }
    }
}
