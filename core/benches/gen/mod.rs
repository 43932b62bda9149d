//! Inputs for the benches: the seed corpus, a generated corpus of realistic notices and
//! reports built from seed text and templates, and adversarial inputs of a given size.
#![allow(dead_code)]

use std::fmt::Write;
use std::path::Path;

/// The seed corpus (tests/fixtures/corpus/*.txt), sorted by name.
pub fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("seed corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed"))
        .collect()
}

/// A small deterministic generator (xorshift), so runs are comparable.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const CITIES: &[&str] = &[
    "济源", "洛阳", "焦作", "新乡", "安阳", "鹤壁", "濮阳", "许昌",
];
const UNITS: &[&str] = &[
    "发展改革和统计局",
    "工业信息和科技局",
    "财政局",
    "自然资源和规划局(林业局)",
    "住房和城乡建设局",
    "交通运输局",
    "农业农村局",
    "商务局",
    "文化广电和旅游局",
    "卫生健康委员会",
    "市场监督管理局",
    "生态环境局",
    "教育局",
    "人力资源和社会保障局",
    "民政局",
    "应急管理局",
    "济源投资集团有限公司",
    "产城融合示范区管委会",
];
const GROUPS: &[&str] = &[
    "各开发区管理办公室",
    "镇人民政府",
    "街道办事处",
    "市管国有企业",
    "各县区政府",
];
const SECTIONS: &[&str] = &[
    "总体要求",
    "着力扩大有效需求",
    "加快建设现代化产业体系",
    "深化改革开放",
    "持续改善民生",
    "推进城乡融合发展",
    "加强生态环境保护",
    "提升政府治理能力",
];
const VERBS: &[&str] = &[
    "加快",
    "深入推进",
    "全面落实",
    "持续开展",
    "稳步实施",
    "着力提升",
];
const OBJECTS: &[&str] = &[
    "重点项目建设",
    "创新平台培育",
    "营商环境优化",
    "老旧小区改造",
    "高标准农田建设",
    "数字政府建设",
    "产业链招商",
    "城乡供水一体化",
];
const TARGETS: &[&str] = &[
    "生产总值增长6.5%左右",
    "新建5G基站200个",
    "完成投资300亿元",
    "新增城镇就业2.5万人",
    "规模以上工业增加值增长8%",
    "新建市级以上创新平台25家",
];
const DEADLINES: &[&str] = &["6月底前", "年底前", "第一季度", "9月底前完成", ""];

/// Sentences cut from the seed texts (lines with a full stop), for report bodies.
fn sentences(seeds: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for s in seeds {
        for line in s.lines() {
            let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
            if t.chars().count() > 30 && t.ends_with('。') {
                out.push(t.to_string());
            }
        }
    }
    out
}

fn clause(rng: &mut Rng) -> String {
    let lead = rng.pick(UNITS);
    match rng.below(4) {
        0 => format!("({lead}负责)"),
        1 => {
            let mut s = format!("({lead}牵头,");
            for i in 0..1 + rng.below(4) {
                if i > 0 {
                    s.push('、');
                }
                s.push_str(rng.pick(UNITS));
            }
            s.push('、');
            s.push_str(rng.pick(GROUPS));
            s.push_str("等相关单位按职责分工负责)");
            s
        }
        2 => format!(
            "（牵头单位：{lead}；配合单位：{}、{}）",
            rng.pick(UNITS),
            rng.pick(UNITS)
        ),
        _ => format!("（{lead}牵头，{}配合）", rng.pick(UNITS)),
    }
}

/// A task notice: title, doc number, addressees, sections, numbered tasks with clauses.
pub fn notice(rng: &mut Rng) -> String {
    let city = rng.pick(CITIES);
    let year = 2019 + rng.below(6);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{city}市人民政府办公室关于印发{year}年重点工作责任分工的通知\n\n{city}政办〔{year}〕{}号\n\n各开发区管理办公室，各镇人民政府、街道办事处，市人民政府各部门：\n\u{3000}\u{3000}现将《{year}年重点工作责任分工》印发给你们，请认真贯彻落实。\n",
        1 + rng.below(90)
    );
    let mut n = 1;
    for (si, sec) in SECTIONS.iter().enumerate().take(3 + rng.below(5)) {
        let _ = writeln!(
            s,
            "{}、{sec}",
            ["一", "二", "三", "四", "五", "六", "七", "八"][si]
        );
        for sub in 0..1 + rng.below(3) {
            let _ = writeln!(
                s,
                "（{}）{}{}",
                ["一", "二", "三"][sub],
                rng.pick(VERBS),
                rng.pick(OBJECTS)
            );
            for _ in 0..2 + rng.below(8) {
                let _ = writeln!(
                    s,
                    "{n}.{}{}，{}，{}。{}",
                    rng.pick(VERBS),
                    rng.pick(OBJECTS),
                    rng.pick(TARGETS),
                    rng.pick(DEADLINES),
                    clause(rng)
                );
                n += 1;
            }
        }
    }
    let _ = writeln!(
        s,
        "\n{city}市人民政府办公室\n{year}年6月27日\n（此件公开发布）"
    );
    s
}

/// A work report: title, meeting line, speaker, salutation, sections of seed sentences.
pub fn report(rng: &mut Rng, pool: &[String]) -> String {
    let city = rng.pick(CITIES);
    let mut s = format!(
        "{city}市政府工作报告\n―二O二四年一月十六日在{city}市第十四届人民代表大会第四次会议上\n市长 石迎军\n各位代表：\n"
    );
    for (si, sec) in SECTIONS.iter().enumerate().take(3 + rng.below(5)) {
        let _ = writeln!(
            s,
            "{}、{sec}",
            ["一", "二", "三", "四", "五", "六", "七", "八"][si]
        );
        for _ in 0..3 + rng.below(6) {
            s.push_str("\u{3000}\u{3000}");
            for _ in 0..1 + rng.below(3) {
                s.push_str(&pool[rng.below(pool.len())]);
            }
            let _ = writeln!(s, "{}。", rng.pick(TARGETS));
        }
    }
    s
}

/// About `bytes` of documents: the seeds, then generated notices and reports, alternating.
pub fn corpus(bytes: usize) -> Vec<String> {
    let seeds = seeds();
    let pool = sentences(&seeds);
    let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
    let mut total: usize = seeds.iter().map(String::len).sum();
    let mut out = seeds;
    while total < bytes {
        let d = if out.len().is_multiple_of(2) {
            notice(&mut rng)
        } else {
            report(&mut rng, &pool)
        };
        total += d.len();
        out.push(d);
    }
    out
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()).max(1))
}

/// One line of prose, no line break at all.
pub fn single_line(bytes: usize) -> String {
    repeat_to(
        "坚持稳中求进工作总基调，生产总值增长6.5%左右，(发展改革委负责)、2024年6月底前完成；",
        bytes,
    )
}

/// Unbalanced opening parentheses, both widths.
pub fn open_parens(bytes: usize) -> String {
    repeat_to("((（(", bytes)
}

/// A numbered task whose responsibility parenthetical holds one long 、 list.
pub fn dunhao_clause(bytes: usize) -> String {
    let mut s = String::from("1.加快推进重点项目建设。(发展改革委牵头,");
    s.push_str(&repeat_to("财政局、", bytes));
    s.push_str("各县区政府等相关单位按职责分工负责)\n");
    s
}

/// A bare run of 、 inside one parenthetical after a numbered task.
pub fn dunhao_bare(bytes: usize) -> String {
    format!("1.加快推进。({}财政局负责)\n", repeat_to("、", bytes))
}

/// Heading lines, cycling through every marker style and level.
pub fn headings(bytes: usize) -> String {
    let mut s = String::new();
    let mut i = 0u64;
    while s.len() < bytes {
        i += 1;
        let n = i % 9 + 1;
        let _ = match i % 6 {
            0 => writeln!(s, "第{n}章 总则"),
            1 => writeln!(
                s,
                "{}、总体要求",
                ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n as usize - 1]
            ),
            2 => writeln!(s, "（一）聚焦产业需求"),
            3 => writeln!(s, "{i}.加强统筹"),
            4 => writeln!(s, "（{n}）细化措施"),
            _ => writeln!(s, "稳步推进改革"),
        };
    }
    s
}

/// One long Chinese numeral.
pub fn numeral(bytes: usize) -> String {
    repeat_to("一", bytes)
}

/// Markers nested as deep as the styles go, repeated, plus marker-only lines.
pub fn nested_markers(bytes: usize) -> String {
    repeat_to(
        "第一章\n第一节\n第一条\n一、\n（一）\n1.\n（1）\n①\n（一）（1）1.一、①第一章\n",
        bytes,
    )
}

/// Text with NUL bytes and other control characters between words.
pub fn nul_text(bytes: usize) -> String {
    repeat_to("1.\0任务\0(财政局\0负责)\n\u{1}\u{7f}", bytes)
}

/// UTF-16LE with BOM, valid except for a lone surrogate near the end.
pub fn utf16_lone_surrogate(bytes: usize) -> Vec<u8> {
    let text = single_line(bytes / 2);
    let mut out = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        out.extend_from_slice(&u.to_le_bytes());
    }
    out.extend_from_slice(&0xD800u16.to_le_bytes());
    out.extend_from_slice(&0x0041u16.to_le_bytes());
    out
}

/// A generator of one adversarial input shape of a given size.
pub type Shape = fn(usize) -> String;

/// Every adversarial text shape, by name: the benches that show time stays linear use them all.
pub const SHAPES: &[(&str, Shape)] = &[
    ("single_line", single_line),
    ("open_parens", open_parens),
    ("dunhao_clause", dunhao_clause),
    ("dunhao_bare", dunhao_bare),
    ("headings", headings),
    ("numeral", numeral),
    ("nested_markers", nested_markers),
    ("nul_text", nul_text),
];
