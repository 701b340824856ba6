//! §九 身份证明材料 and the documents lists.
//!
//! > 取消可以通过国家或XX省大救助信息系统查询的相关证明材料。XX户籍特困、低保、低边人员在办理相关
//! > 救助事项或政策优惠事项时，受理部门应根据申请人提供的有效身份证件通过信息系统核实申请对象身份，
//! > 不得以未提供其它相关证件为由不予办理。(§九)
//!
//! Also no longer required: the student's papers under §六 (免申即享), the emergency account
//! up front under §三 (事后补充说明情况). §八's "民政部门不再进行线下审核" is a step of the
//! procedure that no longer happens, not a paper: the payment steps say it (`rules::funds`), and
//! these lists hold documents of the catalogue only.
//!
//! Whether the system can supply a document (`queryable`) comes from the catalogue
//! ([`crate::documents`], generated from `data/documents.json`); where that flag is an assumption about the district's system, the
//! entry says so (`assumption: true`). Before 2022-07-01 none of these exemptions applies.
//!
//! Not modelled: "政策优惠事项" outside social assistance (other departments' own lists).

use super::reasons;
use crate::assessment::{DocEntry, Documents, Path, PathId, Reason};
use crate::citation::{plan, Citation};
use crate::documents::CATALOGUE;
use crate::situation::{IncapacityReason, Orphan, Situation, StatusKind, Study, Supporters};

reasons! {
    id_card_suffices = ("本区户籍特困、低保、低边人员凭有效身份证件办理，不得以未提供其他证件为由不予办理", "A district 特困/低保/低边 resident needs only a valid ID; a missing certificate is no ground to refuse");
    supporter_status_in_system = ("义务人的特困或低保身份可在系统中查询", "The supporter's 特困 or 低保 status can be looked up in the system");
    queryable = ("可通过国家或省大救助信息系统查询，不再提交", "Can be looked up in the national or provincial 大救助 system: not required");
}

/// The identity and status papers that §九 lets a valid ID replace ("不得以未提供其它相关证件为由
/// 不予办理"): 证件, not proofs of income or spending.
pub const IDENTITY_DOCS: &[&str] = &[
    "household_register",
    "residence_permit",
    "status_certificate",
    "disability_certificate",
    "orphan_record",
    "marriage_record",
];

fn path_citation(p: PathId) -> Citation {
    match p {
        PathId::Tekun => plan::ER,
        PathId::Dibao | PathId::Dibian | PathId::Danrenhu => plan::YI,
        PathId::LinshiJinan | PathId::LinshiZhichu => plan::SAN,
        PathId::Yishiyiyi => plan::SI,
        PathId::Students => plan::LIU,
    }
}

/// Whether a document is relevant to this household at all (beyond the path needing it).
fn relevant(id: &str, s: &Situation) -> bool {
    match id {
        "disability_certificate" => s.household.iter().any(|m| m.disability.is_some()),
        "supporter_incapacity_proof" => s.supporters == Supporters::Unable,
        "orphan_record" => s
            .household
            .iter()
            .any(|m| m.orphan.is_some_and(|o| o != Orphan::None)),
        "medical_records" => {
            s.expenditure
                .is_some_and(|e| e.kind == crate::situation::ExpenditureKind::Medical)
                || s.household.iter().any(|m| m.serious_illness == Some(true))
        }
        "emergency_explanation" => s.emergency.is_some(),
        "marriage_record" => s.household.len() > 1,
        "student_enrolment" => s
            .household
            .iter()
            .any(|m| matches!(m.study, Some(st) if st != Study::None)),
        _ => true,
    }
}

/// Whether the applicant holds a status in force that §九 counts: their own 特困 (a person's
/// status, `Situation::personal_status`) or the household's 低保 / 低边.
fn holds_status(s: &Situation) -> bool {
    applicant_is_tekun(s) || s.household_status().is_some_and(|st| st.ended_on.is_none())
}

/// The applicant's own 特困 status, in force.
fn applicant_is_tekun(s: &Situation) -> bool {
    s.personal_status(s.applicant)
        .is_some_and(|st| st.kind == StatusKind::Tekun && st.ended_on.is_none())
}

fn push(
    list: &mut Vec<DocEntry>,
    id: &'static str,
    path: PathId,
    basis: Citation,
    reason: Option<Reason>,
    assumption: bool,
) {
    // One entry per document and reason: the paths gather, the first path's basis stays.
    match list.iter_mut().find(|e| e.id == id && e.reason == reason) {
        Some(e) => {
            if !e.paths.contains(&path) {
                e.paths.push(path);
            }
        }
        None => list.push(DocEntry {
            id,
            paths: vec![path],
            basis,
            reason,
            assumption,
        }),
    }
}

/// The *bring* and *no longer required* lists for the open paths.
pub fn documents(s: &Situation, paths: &[Path], in_force: bool) -> Documents {
    let mut docs = Documents::default();
    let open: Vec<PathId> = paths.iter().filter(|p| p.open()).map(|p| p.id).collect();
    let id_card_suffices = in_force && holds_status(s) && s.huji_in_district == Some(true);
    for d in CATALOGUE {
        if !relevant(d.id, s) {
            continue;
        }
        let mut needed: Vec<PathId> = d
            .paths
            .iter()
            .copied()
            .filter(|p| open.contains(p))
            .collect();
        match d.id {
            "residence_permit"
                if s.channel == Some(crate::situation::Channel::WindowResidence)
                    && s.huji_in_district != Some(true) =>
            {
                needed = open
                    .iter()
                    .copied()
                    .filter(|p| *p != PathId::Students)
                    .collect();
            }
            "status_certificate" if holds_status(s) => needed = open.clone(),
            "student_enrolment"
                if open.contains(&PathId::Tekun)
                    && applicant_is_tekun(s)
                    && !needed.contains(&PathId::Tekun) =>
            {
                needed.push(PathId::Tekun);
            }
            _ => {}
        }
        for p in needed {
            let basis = path_citation(p);
            if !in_force {
                push(&mut docs.bring, d.id, p, basis, None, false);
                continue;
            }
            // §九's second sentence is about 身份证明材料: identity and status papers, not bills.
            let identity = IDENTITY_DOCS.contains(&d.id);
            if d.id == "student_enrolment" && p == PathId::Students {
                push(
                    &mut docs.not_required,
                    d.id,
                    p,
                    plan::LIU,
                    Some(Reason::bare("mian_shen_ji_xiang")),
                    false,
                );
            } else if d.id == "emergency_explanation" && p == PathId::LinshiJinan {
                push(
                    &mut docs.not_required,
                    d.id,
                    p,
                    plan::SAN,
                    Some(Reason::bare("explain_afterwards")),
                    false,
                );
            } else if id_card_suffices && identity {
                push(
                    &mut docs.not_required,
                    d.id,
                    p,
                    plan::JIU,
                    Some(Reason::bare("id_card_suffices")),
                    false,
                );
            } else if d.id == "supporter_incapacity_proof"
                && matches!(
                    s.supporter_reason,
                    Some(IncapacityReason::IsTekun | IncapacityReason::DibaoOver60)
                )
            {
                push(
                    &mut docs.not_required,
                    d.id,
                    p,
                    plan::JIU,
                    Some(Reason::bare("supporter_status_in_system")),
                    true,
                );
            } else if d.queryable {
                push(
                    &mut docs.not_required,
                    d.id,
                    p,
                    plan::JIU,
                    Some(Reason::bare("queryable")),
                    d.assumption,
                );
            } else {
                push(&mut docs.bring, d.id, p, basis, None, d.assumption);
            }
        }
    }
    docs
}
