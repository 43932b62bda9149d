//! Words about unit names: how an organisation's name ends, what kind of body a word in it
//! names, the words that make a name a collective (各…), administrative levels, and the words
//! that show a piece of a clause is no name at all (a time, a progress phrase, a verb, an
//! aside).

/// Last characters that mark an organisation's name (局, 委, 办, 院, 会…), both scripts
/// (names are matched as written).
pub(crate) const UNIT_LAST_CHARS: &str =
    "局委办部院会所队处厅站团社联校学馆署台组科室司行园区镇乡村协\
    辦會隊處廳團聯學館組園區鎮鄉協"; // traditional twins until the folded view lands

/// Longer endings of an organisation's name whose last character is not in
/// [`UNIT_LAST_CHARS`] (街道, 政府, 公司…).
pub(crate) const UNIT_NAME_ENDINGS: &[&str] = &[
    "中心", "政府", "街道", "海关", "单位", "部门", "企业", "机构", "监狱", "所属", "保险", "供电",
    "移动", "联通", "电信", "专班", "电网", "中央",
    // traditional twins until the folded view lands
    "海關", "單位", "部門", "企業", "機構", "專班", "電網",
];

/// Words anywhere in a name that make it a court or procuratorate.
pub(crate) const JUDICIAL_WORDS: &[&str] = &[
    "法院",
    "检察院",
    // traditional twins until the folded view lands
    "檢察院",
];

/// Words anywhere in a name that make it an enterprise (公司, 集团, 银行…).
pub(crate) const ENTERPRISE_WORDS: &[&str] = &[
    "公司", "集团", "银行", "企业", "供电", "移动", "联通", "电信",
    // traditional twins until the folded view lands
    "集團", "銀行", "企業",
];

/// Words anywhere in a name that make it a school (学校, 大学, 学院…).
pub(crate) const SCHOOL_WORDS: &[&str] = &[
    "学校", "大学", "学院", "中学", "小学",
    // traditional twins until the folded view lands
    "學校", "大學", "學院",
];

/// The last character of a school's name (实验校).
pub(crate) const SCHOOL_LAST_CHAR: char = '校';

/// Words anywhere in a name that make it a Party body (市委, 党工委, 组织部…).
pub(crate) const PARTY_WORDS: &[&str] = &[
    "市委",
    "县委",
    "区委",
    "省委",
    "党委",
    "党工委",
    "团市委",
    "纪委",
    "组织部",
    "宣传部",
    "统战部",
    "政法委",
    // traditional twins until the folded view lands
    "區委",
    "黨委",
    "黨工委",
    "團市委",
    "紀委",
];

/// Words anywhere in a name that make it a local government (镇人民政府, 街道, 开发区…).
pub(crate) const LOCAL_GOVERNMENT_WORDS: &[&str] = &[
    "镇人民政府",
    "乡人民政府",
    "街道",
    "办事处",
    "开发区",
    "管理办公室",
    "管委会",
    "镇政府",
    "乡政府",
    // traditional twins until the folded view lands
    "鎮人民政府",
    "辦事處",
    "開發區",
];

/// Words anywhere in a name that make it a government department (局, 委, 办, 中心…).
pub(crate) const DEPARTMENT_WORDS: &[&str] = &[
    "局", "委", "办", "中心", "厅", "政府", "海关", "署", "站", "队", "部",
    // traditional twins until the folded view lands
    "辦", "廳", "海關", "隊",
];

/// The word that makes the name after it a collective and distributes a list over the names
/// after it: 各有关单位, 各区、县级市.
pub(crate) const EACH: char = '各';

/// Words anywhere in a name that make it a group of units (市政府各部门, 各成员单位). Each
/// holds [`EACH`] (the recogniser looks for it first).
pub(crate) const COLLECTIVE_WORDS: &[&str] = &[
    "各部门",
    "各成员单位",
    "各单位",
    "各有关",
    "各相关",
    // traditional twins until the folded view lands
    "各部門",
    "各成員單位",
];

/// Qualifiers between 各 and a bare level in a list of levels (各有关区, 各相关县).
pub(crate) const LEVEL_LIST_QUALIFIERS: &[&str] = &["有关", "相关"];

/// Administrative levels a collective can list bare: 各区、县级市; 各市、州、县人民政府;
/// 各省、自治区、直辖市人民政府.
pub(crate) const ADMIN_LEVELS: &[&str] = &[
    "省",
    "自治区",
    "直辖市",
    "市",
    "州",
    "自治州",
    "盟",
    "地",
    "地区",
    "区",
    "县",
    "自治县",
    "旗",
    "县级市",
    "县市",
    "县区",
    "区县",
    "市县",
    "市区",
    "乡",
    "镇",
    "乡镇",
    "街道",
    "村",
    "社区",
    "开发区",
];

/// Heads a list of bare levels can share, written after the last level: 各市、州、县人民政府.
pub(crate) const LEVEL_HEADS: &[&str] = &[
    "人民政府",
    "政府",
    "党委",
    "党委和人民政府",
    "党委和政府",
    "党委政府",
    "管委会",
    "委员会",
];

/// Words joining two names in one piece (市发展改革委和市财政局); a name may hold one too
/// (发展改革和统计局).
pub(crate) const CONJUNCTIONS: &[char] = &[
    '和', '及', '与', // traditional twins until the folded view lands
    '與',
];

/// Time and progress words: a clause segment made of them is a deadline or a note, never a
/// unit (5月底取得阶段性成效并持续推进, 年内持续推进, 按进度推进, 长期坚持).
pub(crate) const PROGRESS_WORDS: &[&str] = &[
    "月底",
    "年底",
    "年内",
    "月份",
    "季度",
    "上半年",
    "下半年",
    "持续",
    "长期",
    "推进",
    "完成",
    "取得",
    "成效",
    "到位",
    "进度",
    "优化",
    "坚持",
    "每年",
    "逐步",
    "前",
];

/// First characters of places: a unit of two characters starts with one (市委, 县委), both
/// scripts.
pub(crate) const PLACE_FIRST_CHARS: &[char] = &[
    '市', '县', '区', '省', '镇', '乡', '团', '党',
    // traditional twins until the folded view lands
    '縣', '區', '鎮', '鄉', '團', '黨',
];

/// Verbs that end like a unit's name (跟踪督办, 部署) but name an action.
pub(crate) const UNIT_LIKE_VERB_ENDINGS: &[&str] = &[
    "督办", "承办", "主办", "协办", "交办", "部署", "举办", "创办",
];

/// The last characters of [`UNIT_LIKE_VERB_ENDINGS`] in either script: a name ending in none
/// of them needs no folding to be cleared of a verb ending.
pub(crate) const UNIT_LIKE_VERB_LAST_CHARS: &[char] = &[
    '办', '署', // traditional twins until the folded view lands
    '辦',
];

/// Openings of explanatory parentheticals, never of unit names (以下简称, 含, 详见…).
pub(crate) const NOT_A_NAME_OPENINGS: &[&str] = &[
    "以下简称",
    "简称",
    "含",
    "包括",
    "即",
    "如",
    "见",
    "其中",
    "不含",
    "下同",
    "详见",
    "附件",
    // traditional twins until the folded view lands
    "以下簡稱",
    "簡稱",
    "見",
];
