//! Role words: the words that say who leads, who supports and who is responsible, grouped by
//! where they stand in a responsibility clause — at the head of a label (牵头单位：), as the
//! verb after the names (X牵头), in parentheses after a name (X（牵头）), or between a name and
//! its verb (按职责分工) — and the words around them (等相关单位, 由, leaders' titles).

/// Role words opening a label that makes its names leads (牵头单位：, 主办：). Tried in order,
/// the first that opens the text wins, so a longer word stands before its prefix.
pub(crate) const LEAD_LABEL_ROLES: &[&str] = &[
    "牵头考核",
    "牵头责任",
    "牵头负责",
    "牵头",
    "主办",
    "主责",
    // traditional twins until the folded view lands
    "牽頭考核",
    "牽頭責任",
    "牽頭負責",
    "牽頭",
    "主辦",
    "主責",
];

/// Role words opening a label that makes its names supporters (配合单位：, 协办：).
pub(crate) const SUPPORT_LABEL_ROLES: &[&str] = &[
    "配合", "协办", "参与", "协助", "协同",
    // traditional twins until the folded view lands
    "協辦", "參與", "協助", "協同",
];

/// Role words opening a label that makes its names responsible (责任单位：, 承办：).
pub(crate) const RESPONSIBLE_LABEL_ROLES: &[&str] = &[
    "责任", "实施", "承办", "落实", "负责",
    // traditional twins until the folded view lands
    "責任", "實施", "承辦", "落實", "負責",
];

/// Nouns that may follow the role word of a label (牵头单位, 责任处室, 实施主体).
pub(crate) const LABEL_NOUNS: &[&str] = &[
    "单位", "部门", "处室", "科室", "主体", "机构",
    // traditional twins until the folded view lands
    "單位", "部門", "處室", "主體", "機構",
];

/// Words before 领导 in a label naming leaders (责任领导：, 分管领导：, 包抓领导：).
pub(crate) const LEADER_LABEL_HEADS: &[&str] = &[
    "责任", "分管", "牵头", "联系", "包抓",
    // traditional twins until the folded view lands
    "責任", "牽頭", "聯繫",
];

/// The noun closing a label naming leaders (责任领导：).
pub(crate) const LEADER_LABEL_NOUNS: &[&str] = &[
    "领导", // traditional twins until the folded view lands
    "領導",
];

/// Labels naming a person who answers for a task (责任人：), whole.
pub(crate) const PERSON_LABELS: &[&str] = &[
    "责任人",
    // traditional twins until the folded view lands
    "責任人",
];

/// Role verbs after the names that make them leads (X牵头, X牵头负责).
pub(crate) const LEAD_SUFFIX_VERBS: &[&str] = &["牵头负责", "牵头落实", "牵头"];

/// Role verbs after the names that make them supporters (X配合, X协同配合).
pub(crate) const SUPPORT_SUFFIX_VERBS: &[&str] =
    &["共同配合", "协同配合", "配合落实", "配合", "参与", "协助"];

/// Role verbs after the names that make them responsible (X负责, X按职责分工负责).
pub(crate) const RESPONSIBLE_SUFFIX_VERBS: &[&str] = &[
    "按照职责分工负责",
    "按职责分工负责",
    "按职责分工落实",
    "按职责负责",
    "依职责负责",
    "分别负责",
    "共同负责",
    "负责落实",
    "具体负责",
    "负责",
    "落实",
];

/// The last characters of the suffix verbs above as traditional script writes them (負責,
/// 牽頭, 參與, 落實): a segment ending in one may hold a role verb once folded.
pub(crate) const ROLE_VERB_TRADITIONAL_LAST_CHARS: &[char] = &['責', '頭', '與', '實']; // traditional twins until the folded view lands

/// The plain verb of responsibility: the one role verb that may stand alone as a segment
/// (负责), and the word whose doubling (负责负责) is measured.
pub(crate) const RESPONSIBLE_VERB: &str = "负责";

/// Role verbs a careless drafter doubles (负责负责, 牵头牵头).
pub(crate) const DOUBLED_ROLE_VERBS: &[&str] = &["负责", "牵头", "配合"];

/// Words of manner between a name and its role verb (省贸促会按职责分工配合), not part of
/// the name.
pub(crate) const ROLE_MANNER_WORDS: &[&str] = &[
    "按照职责分工",
    "按职责分工",
    "根据职责分工",
    "依据职责分工",
    "按照职责",
    "按职责",
    "依职责",
    "按照分工",
    "按分工",
    "分别",
    "共同",
    "协同",
    "具体",
    "积极",
];

/// Role words written in parentheses after a name that make it a lead (市发展改革委（牵头）).
pub(crate) const LEAD_PARENTHESISED: &[&str] = &[
    "牵头",
    "牵头单位",
    // traditional twins until the folded view lands
    "牽頭",
];

/// Role words in parentheses after a name that make it a supporter (X（配合）).
pub(crate) const SUPPORT_PARENTHESISED: &[&str] = &["配合"];

/// Role words in parentheses after a name that make it responsible (X（负责）).
pub(crate) const RESPONSIBLE_PARENTHESISED: &[&str] = &["负责"];

/// Tails after the last name saying the list is open (X、Y等相关单位). Tried in order; the
/// bare 等 stays last.
pub(crate) const AND_OTHERS_TAILS: &[&str] = &[
    "等相关单位",
    "等有关单位",
    "等相关部门",
    "等有关部门",
    "等部门",
    "等单位",
    // traditional twins until the folded view lands
    "等相關單位",
    "等有關單位",
    "等相關部門",
    "等部門",
    "等單位",
    "等",
];

/// The word before the names of a clause written as an agent (由X牵头): not part of a name.
pub(crate) const AGENT_MARKER: char = '由';

/// Official titles written before a leader's name (副县长张某某, 副市长 李某). Longer titles
/// stand before the titles they end with.
pub(crate) const LEADER_TITLES: &[&str] = &[
    "常务副市长",
    "常务副县长",
    "常务副区长",
    "副省长",
    "副市长",
    "副县长",
    "副区长",
    "副镇长",
    "副乡长",
    "副书记",
    "副局长",
    "副主任",
    "副秘书长",
    "副部长",
    "副厅长",
    "省长",
    "市长",
    "县长",
    "区长",
    "镇长",
    "乡长",
    "书记",
    "局长",
    "主任",
    "秘书长",
    "部长",
    "厅长",
    "委员",
];
