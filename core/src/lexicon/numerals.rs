//! Chinese numerals: digits and units with their values (both scripts, financial forms,
//! and the letter O a scan reads for 〇), the characters that stand around numbered markers,
//! and how Word writes its Chinese numbering formats.

// Traditional twins until the folded view lands: numerals are read as written.

/// The value of a Chinese numeral digit (一, 壹, 两, 〇…), or `None`.
pub(crate) const fn numeral_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' | '○' | 'O' | 'o' | 'Ｏ' | '０' | 'ｏ' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The value of a Chinese numeral unit (十, 百, 千, 万, 亿 and their financial forms).
pub(crate) const fn numeral_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1_000,
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// The digits one to ten: a 一、 followed by one of these lists numerals (一、二、三产业).
pub(crate) const DIGITS_ONE_TO_TEN: &[char] =
    &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/// Word's `chineseCounting` digits 0–9 and its units 十, 百, 千.
pub(crate) const WORD_COUNTING_DIGITS: &str = "零一二三四五六七八九";
pub(crate) const WORD_COUNTING_UNITS: [&str; 3] = ["十", "百", "千"];

/// Word's `chineseLegalSimplified` (financial) digits 0–9 and units.
pub(crate) const WORD_LEGAL_DIGITS: &str = "零壹贰叁肆伍陆柒捌玖";
pub(crate) const WORD_LEGAL_UNITS: [&str; 3] = ["拾", "佰", "仟"];

/// Word's `ideographTraditional` numbering: the ten heavenly stems, 甲 to 癸.
pub(crate) const HEAVENLY_STEMS: &str = "甲乙丙丁戊己庚辛壬癸";
