//! The result of an assessment as the page shows it: the path cards with their conditions and
//! citations, the next-step box, the timeline, the documents, where to apply and the local
//! figures used. Compiled for the counter page (`clerk`) and the case module (`module`), which
//! renders the resident's result after start; the resident page's first load does not carry it
//! (`render::result` hands the result to the module).

use crate::{dom, form, state};
use jiuzhu::assessment::{Assessment, CondStatus, Level, Path, Step};
use jiuzhu::citation::{Citation, Verification};
use jiuzhu::input::Joined;
use jiuzhu::messages::{self as msg, Lang};
use jiuzhu::params::ParamRaw;
use jiuzhu::questions;
use web_sys::Element;

fn level_class(l: Level) -> &'static str {
    match l {
        Level::Eligible => "eligible",
        Level::Possible => "possible",
        Level::Ineligible => "ineligible",
    }
}

/// The sentence a resident reads first for one path.
fn headline(p: &Path) -> String {
    let name = msg::path_name(p.id, state::lang());
    match (state::lang(), p.level) {
        (Lang::Zh, Level::Eligible) => format!("按您填写的情况，您符合{name}的条件"),
        (Lang::Zh, Level::Possible) => format!("您可能符合{name}的条件"),
        (Lang::Zh, Level::Ineligible) => format!("目前不符合{name}的条件"),
        (Lang::En, Level::Eligible) => {
            format!("On what you told us, you meet the conditions for {name}")
        }
        (Lang::En, Level::Possible) => format!("You may qualify for {name}"),
        (Lang::En, Level::Ineligible) => format!("You do not currently qualify for {name}"),
    }
}

/// A citation as a resident reads it ("依据：方案第四条"), opening to the plan's own words when it
/// is a clause of the plan. A basis not read in its source says so in a plain sentence.
fn citation(parent: &Element, c: &Citation) {
    let Some(box_) = dom::add(parent, "div", "cite", "") else {
        return;
    };
    let mut label = format!(
        "{}{}",
        state::tr("依据：", "Basis: "),
        msg::citation_name(c.id, state::lang())
    );
    if matches!(
        c.verification,
        Verification::Secondary | Verification::Recalled
    ) {
        label.push_str(state::tr(
            "（这一条依据尚待核实）",
            " (this basis is still to be checked)",
        ));
    }
    match crate::plan::text(c.id) {
        Some(text) => {
            if let Some(d) = dom::add(&box_, "details", "", "") {
                dom::add(&d, "summary", "", &label);
                let title = crate::plan::title(c.id).unwrap_or_default();
                if !title.is_empty() {
                    dom::add(&d, "p", "clause-title", &title);
                }
                if let Some(q) = dom::add(&d, "blockquote", "", &text) {
                    dom::attr(&q, "lang", Some("zh-CN"));
                }
            }
        }
        None => {
            dom::add(&box_, "p", "", &label);
        }
    }
}

fn path_card(parent: &Element, p: &Path) {
    let lang = state::lang();
    let Some(card) = dom::add(
        parent,
        "article",
        &format!("path {}", level_class(p.level)),
        "",
    ) else {
        return;
    };
    dom::attr(&card, "data-path", Some(p.id.as_str()));
    dom::attr(&card, "data-level", Some(level_class(p.level)));
    dom::add(&card, "h3", "", &headline(p));
    dom::add(&card, "p", "level", msg::level_name(p.level, lang));
    for n in &p.notes {
        dom::add(&card, "p", "note", &named(msg::reason(n, lang)));
    }
    for (k, v) in &p.details {
        // The self-care tier decides care and 集中 priority (§七); the support-mode advice is
        // already among the notes above.
        if *k == "self_care_tier" {
            let text = format!(
                "{}{}",
                state::tr("生活自理能力：", "Self-care: "),
                msg::value(k, v, lang)
            );
            dom::add(&card, "p", "detail", &text);
        }
    }
    // Why, at a glance: a "no" shows the conditions that failed and by how much, a "yes" or
    // "maybe" the conditions it rests on; citations and the plan's text are one click away.
    for c in &p.conditions {
        let class = match (p.level, c.status) {
            (Level::Ineligible, CondStatus::NotMet) => "failed",
            (Level::Ineligible, _) => continue,
            (_, CondStatus::Met) => "met",
            (_, CondStatus::Unknown) => "open",
            (_, CondStatus::NotMet) => "failed",
        };
        let line = dom::add(&card, "p", class, &named(msg::reason(&c.reason, lang)));
        // Still unknown: a way straight back to the step that asks it (the engine names it);
        // `flow::goto` falls back to the answers page if that step does not apply.
        if let (Some(line), "open") = (line, class) {
            dom::text(&line, " ");
            if let Some(b) = dom::add(
                &line,
                "button",
                "link",
                state::tr("回去补充回答", "Go back and answer"),
            ) {
                dom::attr(&b, "type", Some("button"));
                dom::attr(&b, "data-action", Some("goto"));
                let step = jiuzhu::rules::condition_step(c.id).unwrap_or("check");
                dom::attr(&b, "data-target", Some(step));
            }
        }
    }
    if p.level == Level::Possible && !p.pending.is_empty() {
        let names: Vec<&str> = p
            .pending
            .iter()
            .map(|c| msg::condition_name(c, lang).unwrap_or(c))
            .collect();
        dom::add(
            &card,
            "p",
            "pending",
            &format!(
                "{}{}",
                state::tr("还要确认：", "Still to confirm: "),
                names.joined(state::tr("、", ", "))
            ),
        );
    }
    let Some(why) = dom::add(&card, "details", "why", "") else {
        return;
    };
    dom::add(
        &why,
        "summary",
        "",
        state::tr("为什么？查看依据", "Why? See the conditions"),
    );
    let Some(ul) = dom::add(&why, "ul", "conditions", "") else {
        return;
    };
    for c in &p.conditions {
        let Some(li) = dom::add(&ul, "li", &format!("cond {}", cond_class(c.status)), "") else {
            continue;
        };
        dom::attr(&li, "data-condition", Some(c.id));
        // The mark comes from the style sheet (one per status); the word says it.
        dom::add(&li, "span", "status", msg::status_name(c.status, lang));
        dom::text(&li, " ");
        dom::add(
            &li,
            "strong",
            "",
            msg::condition_name(c.id, lang).unwrap_or(c.id),
        );
        dom::add(&li, "p", "reason", &named(msg::reason(&c.reason, lang)));
        citation(&li, &c.citation);
    }
    income_lines(&why, p);
    citation(&card, &p.citation);
}

/// The engine's words with each member called by the name the resident gave ("女儿"), not
/// "第3位成员" / "member 3" (the engine numbers members from 1, as the page does).
fn named(mut text: String) -> String {
    // From the last member down, so that "member 1" never eats into "member 12".
    for (i, id) in form::member_ids().iter().enumerate().rev() {
        let name = dom::field(&format!("m{id}-name"));
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        for numbered in [format!("第{}位成员", i + 1), format!("member {}", i + 1)] {
            text = dom::swap(&text, &numbered, name);
        }
    }
    text
}

/// The member a path like `household[2]` names, by the name the resident gave, else
/// "第3位成员" / "member 3" (numbered from 1 as on the page).
fn member_name(path: &str) -> String {
    // A prefix compare and a char split: no string search in the wasm (see `dom::swap`).
    let i: usize = path
        .strip_prefix("household[")
        .and_then(|r| r.split(']').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let name = form::member_ids()
        .get(i)
        .map(|id| dom::field(&format!("m{id}-name")))
        .unwrap_or_default();
    if !name.trim().is_empty() {
        return name.trim().to_string();
    }
    match state::lang() {
        Lang::Zh => format!("第{}位成员", i + 1),
        Lang::En => format!("member {}", i + 1),
    }
}

/// The income lines an income test counted and did not count, each excluded one with the rule
/// that excludes it (the engine's `paths[].income`).
fn income_lines(why: &Element, p: &Path) {
    use jiuzhu::assessment::LineStatus;
    let Some(count) = &p.income else { return };
    if count.lines.is_empty() {
        return;
    }
    let lang = state::lang();
    dom::add(
        why,
        "p",
        "income-title",
        state::tr("收入怎么算", "How income was counted"),
    );
    let Some(ul) = dom::add(why, "ul", "income-lines", "") else {
        return;
    };
    for l in &count.lines {
        let status = match l.status {
            LineStatus::Counted => state::tr("计入", "counted"),
            LineStatus::NotCounted => state::tr("不计入", "not counted"),
            LineStatus::Unknown => state::tr("是否计入尚未确定", "not yet known whether counted"),
        };
        let kind = questions::pick((l.kind.zh(), l.kind.en()), lang);
        let text = format!(
            "{}{}{} {} {}{}",
            member_name(&l.member),
            state::tr("：", ": "),
            kind,
            jiuzhu::input::decimal_text(l.amount),
            state::tr("元/月，", "yuan a month, "),
            status
        );
        if let Some(li) = dom::add(&ul, "li", "", &text) {
            if let Some(rule) = &l.rule {
                citation(&li, rule);
            }
        }
    }
}

fn cond_class(s: CondStatus) -> &'static str {
    match s {
        CondStatus::Met => "met",
        CondStatus::NotMet => "not-met",
        CondStatus::Unknown => "unknown",
    }
}

fn step_item(ol: &Element, s: &Step) -> Option<Element> {
    let lang = state::lang();
    let class = if s.estimated {
        "step is-estimated"
    } else {
        "step"
    };
    let li = dom::add(ol, "li", class, "")?;
    dom::attr(&li, "data-step-id", Some(s.id));
    let Some(when) = dom::add(&li, "p", "when", "") else {
        return Some(li);
    };
    match (s.date, s.from, s.to) {
        (Some(d), _, _) => {
            dom::time(&when, d);
        }
        (None, Some(f), Some(t)) => {
            dom::time(&when, f);
            dom::text(&when, " – ");
            dom::time(&when, t);
        }
        (None, Some(f), None) => {
            dom::text(&when, state::tr("自 ", "from "));
            dom::time(&when, f);
        }
        (None, None, Some(t)) => {
            dom::text(&when, state::tr("不晚于 ", "by "));
            dom::time(&when, t);
        }
        _ => {}
    }
    dom::add(&li, "p", "what", &msg::step(s, lang));
    dom::add(
        &li,
        "p",
        "who",
        &format!(
            "{}{}",
            state::tr("办理：", "Who: "),
            msg::actor_name(s.actor, lang)
        ),
    );
    if !s.holidays_crossed.is_empty() {
        let names: Vec<String> = s
            .holidays_crossed
            .iter()
            .map(|n| msg::holiday_name(n, lang))
            .collect();
        let t = match lang {
            Lang::Zh => format!("期间跨{}假期", names.joined("、")),
            Lang::En => format!("Crosses the holiday: {}", names.joined("; ")),
        };
        dom::add(&li, "p", "holiday", &t);
    }
    if s.estimated {
        dom::add(
            &li,
            "p",
            "estimated",
            state::tr(
                "估算日期：该年尚无官方节假日安排",
                "Estimated: no official holiday schedule for that year yet",
            ),
        );
    }
    if !s.in_force {
        dom::add(
            &li,
            "p",
            "estimated",
            state::tr(
                "受理日早于方案施行日，此项不适用",
                "Accepted before the plan took effect: this step does not apply",
            ),
        );
    }
    citation(&li, &s.citation);
    Some(li)
}

pub(crate) fn assessment(out: &Element, a: &Assessment, raw: &jiuzhu::RawSituation) {
    let lang = state::lang();
    // The emergency answer comes before everything else; whether it applies is the engine's
    // call (`Assessment::urgent`).
    if let Some(notice) = &a.urgent {
        if let Some(b) = dom::add(out, "div", "urgent", "") {
            dom::attr(&b, "role", Some("alert"));
            dom::add(&b, "p", "", &msg::reason(notice, lang));
            citation(&b, &jiuzhu::rules::yishiyiyi::EMERGENCY_CLAUSE);
        }
    }
    next_step(out, a, raw);
    dom::add(
        out,
        "h3",
        "",
        state::tr("可能适用的救助", "Assistance that may apply"),
    );
    // Eligible first, then possible, then the rest, each group in the engine's order.
    let of = |level: Level| a.paths.iter().filter(move |p| p.level == level);
    if let Some(list) = dom::add(out, "div", "paths", "") {
        for p in of(Level::Eligible).chain(of(Level::Possible)) {
            path_card(&list, p);
        }
        let others: Vec<&Path> = of(Level::Ineligible).collect();
        if !others.is_empty() {
            if let Some(d) = dom::add(&list, "details", "others", "") {
                let label = match lang {
                    Lang::Zh => format!("目前不适用的救助（{}项）及原因", others.len()),
                    Lang::En => format!(
                        "Assistance that does not apply now ({}) and why",
                        others.len()
                    ),
                };
                dom::add(&d, "summary", "", &label);
                for p in others {
                    path_card(&d, p);
                }
            }
        }
    }
    // The answer first, then the cautions that qualify it, before anything else.
    if let Some(w) = dom::add(out, "div", "warnings", "") {
        dom::attr(&w, "role", Some("note"));
        dom::add(&w, "h3", "", state::tr("请注意", "Please note"));
        for warn in &a.warnings {
            dom::add(
                &w,
                "p",
                "warning",
                &msg::warning(warn.code, &warn.args, lang),
            );
        }
    }
    documents(out, a);
    dom::add(
        out,
        "h3",
        "",
        state::tr("什么时候办什么", "What happens when"),
    );
    if let Some(ol) = dom::add(out, "ol", "timeline", "") {
        // When two paths share a step (特困 under §二 and 低保 under §一 both have 20 and 30
        // working days from the same acceptance), it is shown once with both citations.
        let mut shown: Vec<(&Step, Element)> = Vec::new();
        for s in &a.timeline {
            let same = |t: &Step| t.id == s.id && (t.date, t.from, t.to) == (s.date, s.from, s.to);
            match shown.iter().find(|(t, _)| same(t)) {
                Some((_, li)) => citation(li, &s.citation),
                None => {
                    if let Some(li) = step_item(&ol, s) {
                        shown.push((s, li));
                    }
                }
            }
        }
    }
    if !a.linked.is_empty() {
        dom::add(
            out,
            "h3",
            "",
            state::tr("可能联办的部门", "Departments that may act together"),
        );
        if let Some(ul) = dom::add(out, "ul", "linked", "") {
            for l in &a.linked {
                let reasons: Vec<String> = l.reasons.iter().map(|r| msg::reason(r, lang)).collect();
                if let Some(li) = dom::add(
                    &ul,
                    "li",
                    "",
                    &format!(
                        "{}：{}",
                        msg::department_name(l.department, lang),
                        reasons.joined("；")
                    ),
                ) {
                    citation(&li, &l.citation);
                }
            }
        }
    }
    params(out, a);
}

/// The one box a resident reads first: which scheme the 街道 looks at first (the engine's
/// `lead`), what it pays, where to go, what to bring (tick boxes that print), and the key date.
fn next_step(out: &Element, a: &Assessment, raw: &jiuzhu::RawSituation) {
    let lang = state::lang();
    let Some(b) = dom::add(out, "section", "next-step", "") else {
        return;
    };
    dom::attr(&b, "aria-labelledby", Some("next-step-h"));
    if let Some(h) = dom::add(&b, "h3", "", state::tr("下一步怎么做", "What to do next")) {
        h.set_id("next-step-h");
    }
    let Some(lead) = a.lead() else {
        dom::add(&b, "p", "lead", msg::nothing_applies(lang));
        where_to_go(&b, raw);
        return;
    };
    dom::attr(&b, "data-lead", Some(lead.id.as_str()));
    dom::add(&b, "p", "lead", msg::lead_sentence(lead.id, lang));
    dom::add(
        &b,
        "p",
        "amount",
        state::tr(
            "能领多少：由街道（乡镇）按本区标准核定。",
            "How much: the 街道 sets it from the district's standard.",
        ),
    );
    // Where to go: the district's windows when configured (see `where_to_go`).
    where_to_go(&b, raw);
    if !a.documents.bring.is_empty() {
        dom::add(&b, "h4", "", state::tr("要带的材料", "What to bring"));
        if let Some(ul) = dom::add(&b, "ul", "checklist", "") {
            for d in &a.documents.bring {
                let name = msg::document_plain_name(d.id, lang)
                    .or(msg::document_name(d.id, lang))
                    .unwrap_or(d.id);
                let Some(li) = dom::add(&ul, "li", "", "") else {
                    continue;
                };
                if let Some(l) = dom::add(&li, "label", "", "") {
                    if let Some(c) = dom::add(&l, "input", "", "") {
                        dom::attr(&c, "type", Some("checkbox"));
                    }
                    dom::text(&l, name);
                }
            }
        }
    }
    if let Some(s) = a.key_step() {
        if let Some(p) = dom::add(&b, "p", "key-date", "") {
            dom::add(&p, "strong", "", state::tr("关键日期：", "Key date: "));
            if let Some(d) = s.date.or(s.to) {
                dom::time(&p, d);
                dom::text(&p, " ");
            }
            dom::text(&p, &msg::step(s, lang));
        }
    }
}

fn documents(out: &Element, a: &Assessment) {
    doc_list(
        out,
        state::tr("要带的材料", "What to bring"),
        "docs bring",
        &a.documents.bring,
    );
    doc_list(
        out,
        state::tr("不用再带的材料", "What you no longer need to bring"),
        "docs not-required",
        &a.documents.not_required,
    );
}

/// One documents list: each entry's plain name, why, whether that rests on an assumption about
/// the district's systems, and its basis.
fn doc_list(out: &Element, title: &str, class: &str, entries: &[jiuzhu::assessment::DocEntry]) {
    let lang = state::lang();
    dom::add(out, "h3", "", title);
    let Some(ul) = dom::add(out, "ul", class, "") else {
        return;
    };
    for d in entries {
        let name = msg::document_plain_name(d.id, lang)
            .or(msg::document_name(d.id, lang))
            .unwrap_or(d.id);
        let Some(li) = dom::add(&ul, "li", "", name) else {
            continue;
        };
        dom::attr(&li, "data-doc", Some(d.id));
        if let Some(r) = &d.reason {
            dom::add(&li, "p", "reason", &msg::reason(r, lang));
        }
        if d.assumption {
            dom::add(
                &li,
                "p",
                "assumption",
                state::tr(
                    "假定本区信息系统可以查询到此项；如窗口要求，仍请携带。",
                    "Assumes the district's system can look this up; bring it if the window asks.",
                ),
            );
        }
        citation(&li, &d.basis);
    }
}

fn where_to_go(out: &Element, raw: &jiuzhu::RawSituation) {
    use jiuzhu::situation::Loose;
    let lang = state::lang();
    dom::add(out, "h3", "", state::tr("去哪里办", "Where to go"));
    let channel = match &raw.channel {
        Some(Loose::Str(s)) => s.as_str(),
        _ => "",
    };
    let text = jiuzhu::questions::where_to_apply(channel, lang);
    if let Some(p) = dom::add(out, "p", "where", text) {
        citation(&p, &jiuzhu::citation::plan::SI_1);
    }
    // The district's windows and hotline, as its site configuration gives them.
    state::with_site(|site| {
        if !site.windows.is_empty() {
            if let Some(ul) = dom::add(out, "ul", "windows", "") {
                for w in &site.windows {
                    let Some(li) = dom::add(&ul, "li", "window", "") else {
                        continue;
                    };
                    dom::add(&li, "strong", "street", w.street.pick(lang));
                    dom::add(&li, "p", "address", w.address.pick(lang));
                    if let Some(phone) = &w.phone {
                        let t = format!("{}{phone}", state::tr("电话：", "Phone: "));
                        dom::add(&li, "p", "phone", &t);
                    }
                    if let Some(hours) = &w.hours {
                        let t =
                            format!("{}{}", state::tr("办公时间：", "Hours: "), hours.pick(lang));
                        dom::add(&li, "p", "hours", &t);
                    }
                    if let Some(online) = w.online {
                        let t = if online {
                            state::tr("可以网上申请", "Online application offered")
                        } else {
                            state::tr("不受理网上申请", "No online application")
                        };
                        dom::add(&li, "p", "online", t);
                    }
                }
            }
        }
        if let Some(h) = &site.hotline {
            let t = format!("{}{h}", state::tr("咨询热线：", "Hotline: "));
            dom::add(out, "p", "hotline", &t);
        }
    });
}

fn params(out: &Element, a: &Assessment) {
    dom::add(
        out,
        "h3",
        "",
        state::tr("本次结果的依据版本", "What this result rests on"),
    );
    let Some(dl) = dom::add(out, "dl", "identity", "") else {
        return;
    };
    let rows = [
        (
            state::tr("规则版本", "Rules version"),
            a.rules_version.to_string(),
        ),
        (
            state::tr("参数集", "Parameter set"),
            a.param_set.to_string(),
        ),
        (
            state::tr("计算日期", "Worked out on"),
            jiuzhu::input::date_text(a.as_of),
        ),
        (
            state::tr("受理日期", "Acceptance date"),
            jiuzhu::input::date_text(a.accepted_on),
        ),
    ];
    for (k, v) in rows {
        dom::add(&dl, "dt", "", k);
        dom::add(&dl, "dd", "", &v);
    }
    if let Some(ul) = dom::add(out, "ul", "params-used", "") {
        for p in &a.params {
            // The value as the JSON result shows it, but a yes/no figure in words of the current
            // language, not "true". (Not through serde: that would put a serializer in the page.)
            let v = match p.value {
                ParamRaw::Bool(true) => state::tr("是", "yes").to_string(),
                ParamRaw::Bool(false) => state::tr("否", "no").to_string(),
                // A figure that nobody has set yet (e.g. a rule that ran to a date): say so.
                ParamRaw::Unset => state::tr("尚未设定", "not set").to_string(),
                other => other.to_text(),
            };
            let name = msg::param_name(p.id, state::lang()).unwrap_or(p.id);
            let mut line = format!("{name}: {v}");
            if p.example {
                line.push_str(state::tr(
                    "（示例值，非核实的本区标准）",
                    " (EXAMPLE, not a verified district figure)",
                ));
            }
            // The district's own figure (site.json): its cited document is for residents too,
            // unlike the built-in table's source notes, which are for clerks.
            let host =
                !p.overridden && p.district_confirmed && p.verification == Verification::Verified;
            if p.overridden {
                line.push_str(state::tr("（您修改的值）", " (changed by you)"));
            } else if host {
                if let Some(d) = p.effective {
                    line.push_str(state::tr(
                        "（本区标准，自 ",
                        " (the district's figure, from ",
                    ));
                    line.push_str(&jiuzhu::input::date_text(d));
                    line.push_str(state::tr(" 起）", ")"));
                }
            }
            if let Some(li) = dom::add(&ul, "li", "", &line) {
                dom::add(
                    &li,
                    "p",
                    if host { "source cited" } else { "source" },
                    &p.source,
                );
            }
            if let Some(hint) = dom::by_id(&format!("param-{}-default", p.id)) {
                let t = format!("{}{}", state::tr("默认：", "Default: "), v);
                if !p.overridden {
                    hint.set_text_content(Some(&t));
                }
            }
        }
    }
    // The property limits as the district publishes them: the resident's own answer decides
    // the property condition, so they are shown beside the figures, with their source.
    state::with_site(|site| {
        if let Some(limits) = &site.property_limits {
            let t = format!(
                "{}{}",
                state::tr("本区财产限额：", "The district's property limits: "),
                limits.text.pick(state::lang())
            );
            if let Some(p) = dom::add(out, "p", "property-limits", &t) {
                dom::add(&p, "span", "source", &limits.source);
            }
        }
    });
}
