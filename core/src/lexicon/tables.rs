//! Column names of task tables (序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限), by the column
//! they name. A header cell names a column when it contains one of the words; the lists are
//! tried in the order [`crate::lex::table::column_named`] gives.

// Traditional twins until the folded view lands: header cells are matched as written.

/// Names of the row-number column; a line holding only one opens a one-cell-per-line table.
pub(crate) const NUMBER_COLUMN_NAMES: &[&str] = &["序号", "序號", "编号", "編號"];

/// Words of a column of responsible leaders (责任领导, 责任人).
pub(crate) const LEADER_COLUMN_WORDS: &[&str] = &["领导", "領導", "责任人", "責任人"];

/// Words of the lead-unit column (牵头单位, 主责部门, 主办单位).
pub(crate) const LEAD_COLUMN_WORDS: &[&str] = &["牵头", "牽頭", "主责", "主責", "主办", "主辦"];

/// Words of the supporting-unit column (配合单位, 协办单位, 参与部门).
pub(crate) const SUPPORT_COLUMN_WORDS: &[&str] =
    &["配合", "协办", "協辦", "参与", "參與", "协助", "協助"];

/// Words of a column of responsible units with no lead named (责任单位, 实施单位, 承办).
pub(crate) const RESPONSIBLE_COLUMN_WORDS: &[&str] = &[
    "责任单位",
    "責任單位",
    "责任部门",
    "責任部門",
    "责任主体",
    "責任主體",
    "责任处室",
    "責任處室",
    "责任科室",
    "实施单位",
    "實施單位",
    "承办",
    "承辦",
    "落实单位",
];

/// Words of the deadline column (完成时限, 时间节点, 完成期限).
pub(crate) const DEADLINE_COLUMN_WORDS: &[&str] =
    &["时限", "時限", "时间", "時間", "节点", "節點", "期限"];

/// Words of the task column (工作任务, 重点事项, 主要内容, 目标任务, 项目).
pub(crate) const TASK_COLUMN_WORDS: &[&str] = &[
    "任务", "任務", "工作", "事项", "事項", "内容", "內容", "措施", "目标", "目標", "项目", "項目",
];
