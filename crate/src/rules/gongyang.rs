//! §七 特困人员救助供养管理: 集中供养 versus 分散供养.
//!
//! > 集中供养的特困人员由区民政局统筹安排到供养服务机构集中供养，所需经费从区级救助供养经费中
//! > 统筹支付。分散供养的特困人员由各街道（乡镇）负责管理并提供相关服务，所需的照料、护理、医疗
//! > 等相关经费若暂时无法通过XX市利民补助"一键达"平台发放的，可由属地街道（乡镇）发放，所需
//! > 资金由区级财政予以保障。(§七)
//!
//! Who chooses: the person (社会救助暂行办法 第十九条 [V]); 生活不能自理的 are given priority for
//! 集中供养 (国发〔2016〕14号 [V]).
//!
//! Not modelled: "因财政体制原因，XX街道、XX街道特困人员救助供养相关费用由XX街道办事处、XX街道
//! 办事处承担" — the published copy withholds the names, so no rule can say which 街道 it is.

use super::reasons;
use crate::assessment::{Path, Reason};

reasons! {
    centralised_priority = ("完全丧失生活自理能力，优先安排集中供养", "Fully unable to care for oneself: priority for institutional care");
    person_chooses_mode = ("集中供养或分散供养由本人选择", "The person chooses institutional or home-based care");
    centralised_by_district = ("集中供养由区民政局统筹安排到供养服务机构，经费由区级救助供养经费支付", "Institutional care is arranged by 区民政局, paid from district funds");
    dispersed_by_street = ("分散供养由街道（乡镇）管理并提供服务，照料、护理、医疗经费可由街道发放，区财政保障", "Home-based care is managed by the 街道; care costs may be paid by the 街道, backed by district funds");
}

/// Adds the support-mode advice to the 特困 path, from the self-care tier already in its
/// details: `full_loss` → priority to 集中供养; otherwise the person chooses.
pub fn advise(tekun: &mut Path) {
    if !tekun.open() {
        return;
    }
    let tier = tekun
        .details
        .get("self_care_tier")
        .cloned()
        .unwrap_or_default();
    let mode = if tier == "full_loss" {
        "centralised_priority"
    } else {
        "person_chooses"
    };
    tekun.details.insert("support_mode", mode.to_string());
    if tier == "full_loss" {
        tekun.notes.push(Reason::bare("centralised_priority"));
    } else {
        tekun.notes.push(Reason::bare("person_chooses_mode"));
    }
    tekun.notes.push(Reason::bare("centralised_by_district"));
    tekun.notes.push(Reason::bare("dispersed_by_street"));
}
