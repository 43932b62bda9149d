//! Words of numbers and quantities (`inline::quantity`): units of measure and counters, scale
//! characters, approximation marks, and the words around a number that say it is no amount.
//!
//! The quantity reader does not fold its text to simplified script yet, so lists with a
//! traditional twin keep both: `// traditional twins until the folded view lands`.

/// A unit as written, its base unit, and the factor from the written unit to the base.
pub(crate) type Unit = (&'static str, &'static str, f64);

/// Percent units (the written form, then the base unit): a quantity in percent or in
/// percentage points.
// traditional twins until the folded view lands
pub(crate) const PERCENT_UNITS: &[Unit] = &[
    ("个百分点", "个百分点", 1.0),
    ("個百分點", "个百分点", 1.0),
    ("百分点", "个百分点", 1.0),
    ("百分點", "个百分点", 1.0),
    ("%", "%", 1.0),
    ("％", "%", 1.0),
    ("‰", "‰", 1.0),
];

/// Money units with their ISO currency code.
pub(crate) const MONEY_UNITS: &[(&str, &str, f64, &str)] =
    &[("美元", "美元", 1.0, "USD"), ("元", "元", 1.0, "CNY")];

/// Units of measure: area, volume, length, power, energy, weight, containers, time.
// traditional twins until the folded view lands
pub(crate) const MEASURE_UNITS: &[Unit] = &[
    ("微克/立方米", "微克/立方米", 1.0),
    ("平方公里", "平方米", 1e6),
    ("平方公裏", "平方米", 1e6),
    ("平方米", "平方米", 1.0),
    ("平米", "平方米", 1.0),
    ("㎡", "平方米", 1.0),
    ("立方米", "立方米", 1.0),
    ("公顷", "平方米", 1e4),
    ("公頃", "平方米", 1e4),
    ("亩", "亩", 1.0),
    ("畝", "亩", 1.0),
    ("公里", "米", 1000.0),
    ("公裏", "米", 1000.0),
    ("米", "米", 1.0),
    ("兆瓦时", "瓦时", 1e6),
    ("兆瓦", "瓦", 1e6),
    ("瓦时", "瓦时", 1.0),
    ("瓦", "瓦", 1.0),
    ("MW", "瓦", 1e6),
    ("kW", "瓦", 1e3),
    ("公斤", "吨", 1e-3),
    ("吨", "吨", 1.0),
    ("斤", "斤", 1.0),
    ("天", "天", 1.0),
    ("噸", "吨", 1.0),
    ("标准箱", "标准箱", 1.0),
    ("标箱", "标准箱", 1.0),
    ("个工作日", "工作日", 1.0),
    ("個工作日", "工作日", 1.0),
    ("工作日", "工作日", 1.0),
    ("个小时", "小时", 1.0),
    ("個小時", "小时", 1.0),
    ("小时", "小时", 1.0),
    ("小時", "小时", 1.0),
];

/// Counter words (量词): a count of things; the base is the simplified counter.
// traditional twins until the folded view lands
pub(crate) const COUNT_UNITS: &[Unit] = &[
    ("人次", "人次", 1.0),
    ("人", "人", 1.0),
    ("名", "名", 1.0),
    ("家", "家", 1.0),
    ("个", "个", 1.0),
    ("個", "个", 1.0),
    ("项", "项", 1.0),
    ("項", "项", 1.0),
    ("件", "件", 1.0),
    ("套", "套", 1.0),
    ("户", "户", 1.0),
    ("戶", "户", 1.0),
    ("座", "座", 1.0),
    ("所", "所", 1.0),
    ("条", "条", 1.0),
    ("條", "条", 1.0),
    ("处", "处", 1.0),
    ("處", "处", 1.0),
    ("栋", "栋", 1.0),
    ("棟", "栋", 1.0),
    ("辆", "辆", 1.0),
    ("輛", "辆", 1.0),
    ("台", "台", 1.0),
    ("臺", "台", 1.0),
    ("张", "张", 1.0),
    ("張", "张", 1.0),
    ("批", "批", 1.0),
    ("场", "场", 1.0),
    ("場", "场", 1.0),
    ("次", "次", 1.0),
    ("头", "头", 1.0),
    ("頭", "头", 1.0),
    ("株", "株", 1.0),
    ("棵", "棵", 1.0),
    ("间", "间", 1.0),
    ("間", "间", 1.0),
    ("倍", "倍", 1.0),
];

/// The general counter 个: before 月/年/日/小时/工作日 it makes a duration, not an amount.
pub(crate) const GENERAL_COUNTER: &str = "个";

/// What follows 个 in a duration or a date (3个月, 5个工作日).
pub(crate) const DURATION_AFTER_COUNTER: &[char] = &['月', '年', '日', '小', '工'];

/// The counter of times: before 会/全 it numbers a meeting (三次会议, 第二次全会).
pub(crate) const TIMES_COUNTER: &str = "次";

/// What follows 次 in the number of a meeting.
// traditional twins until the folded view lands
pub(crate) const MEETING_AFTER_TIMES: &[char] = &['会', '會', '全'];

/// What follows a unit that makes it a class, not an amount (万吨级码头, 千亿级产业).
// traditional twins until the folded view lands
pub(crate) const CLASS_SUFFIXES: &[char] = &['级', '級'];

/// Scale characters and their factors; after Arabic digits 百 and 千 scale too (3千, 5百万).
// traditional twins until the folded view lands
pub(crate) const SCALES: &[(char, f64)] = &[
    ('百', 1e2),
    ('佰', 1e2),
    ('千', 1e3),
    ('仟', 1e3),
    ('万', 1e4),
    ('萬', 1e4),
    ('亿', 1e8),
    ('億', 1e8),
];

/// The scales a Chinese number leaves to its unit (十万, 三亿): 万 and 亿.
// traditional twins until the folded view lands
pub(crate) const LARGE_SCALES: &[char] = &['万', '萬', '亿', '億'];

/// The scales that belong to a Chinese number itself (三百, 五千) rather than to its unit.
// traditional twins until the folded view lands
pub(crate) const SMALL_SCALES: &[char] = &['百', '佰', '千', '仟'];

/// The hundreds that open 百分点 / 百分之 when 分 follows.
// traditional twins until the folded view lands
pub(crate) const HUNDREDS: &[char] = &['百', '佰'];

/// After 百: the 分 of a percent (5百分点).
pub(crate) const PERCENT_AFTER_HUNDRED: char = '分';

/// A percent written out before its number (百分之六点五; 百分 is a rare short form).
pub(crate) const PERCENT_OPENERS: &[&str] = &["百分之", "百分"];

/// The character every written-out percent starts with.
pub(crate) const PERCENT_OPENER_START: char = '百';

/// The decimal point written as a word (六点五, 6点5).
// traditional twins until the folded view lands
pub(crate) const DECIMAL_POINT_WORDS: &[char] = &['点', '點'];

/// 几 in 十几, 几十: an unknown digit.
// traditional twins until the folded view lands
pub(crate) const FEW: &[char] = &['几', '幾'];

/// The digits read for 几: the low end (十几 → 11), the high end (→ 19), and the low end
/// when 几 opens the number (几十 → 20).
pub(crate) const FEW_LOW: &str = "一";
pub(crate) const FEW_HIGH: &str = "九";
pub(crate) const FEW_LOW_OPENING: &str = "二";

/// The Chinese numerals that are an amount on their own (one character): 三家, 十项, 万人.
/// Other single numerals (陆家 is a place name) are not.
// traditional twins until the folded view lands
pub(crate) const LONE_NUMERALS: &[char] = &[
    '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '兩', '百', '千', '万', '萬',
    '亿', '億',
];

/// One written alone is an article (一个, 一批), unless a scale or a decimal point follows.
pub(crate) const ONE: &[&str] = &["一", "壹"];

/// Before a bare magnitude: 上百 (over a hundred).
pub(crate) const OVER_BEFORE_MAGNITUDE: char = '上';

/// Before a bare magnitude: 数百, 几千 (an unspecified count of it).
// traditional twins until the folded view lands
pub(crate) const SEVERAL_BEFORE_MAGNITUDE: &[char] = &['数', '數', '几', '幾'];

/// Before a number: 近 (a little under).
pub(crate) const UNDER_BEFORE: &[char] = &['近'];

/// Before a number: 约 (roughly).
// traditional twins until the folded view lands
pub(crate) const ABOUT_BEFORE: &[char] = &['约', '約'];

/// Before a number: 逾, 超 (over).
pub(crate) const OVER_BEFORE: &[char] = &['逾', '超'];

/// After a number, before its unit: 3000多人, 二百三十余万元 (over).
// traditional twins until the folded view lands
pub(crate) const OVER_AFTER: &[&str] = &["多", "余", "餘"];

/// After a number and before its scale only: 十来万 (about, read as over).
// traditional twins until the folded view lands
pub(crate) const OVER_BEFORE_SCALE: &[&str] = &["来", "來"];

/// Words joining the ends of a range (5至8家); dashes and tildes are in the reader.
pub(crate) const RANGE_WORDS: &[&str] = &["至", "到"];

/// Characters after which a number is an ordinal or a name, not a quantity (第十四届,
/// 初一, 周三, 星期五).
pub(crate) const ORDINAL_PREFIXES: &[char] = &['第', '初', '周', '星'];
