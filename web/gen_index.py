"""Writes web/index.html: the whole form in both languages.

index.html is generated so that every visible text is written once as a (Chinese, English)
pair, as `<span class="zh">` / `<span class="en">` (CSS shows the one for <html lang>), and so
that the member card, radio groups and clerk fields share one shape. Edit this file, then run
`python3 web/gen_index.py`; `make lint` runs it with `--check` and fails if index.html differs.
"""
import sys
from pathlib import Path


def t(zh, en):
    return f'<span class="zh">{zh}</span><span class="en">{en}</span>'
def opt(value, zh, en):
    return f'<option value="{value}" data-zh="{zh}" data-en="{en}">{zh}</option>'
def radios(name, legend, items, hint=None, part=None):
    h = f'<p class="hint" id="{name}-hint">{t(*hint)}</p>' if hint else ''
    desc = f' aria-describedby="{name}-hint"' if hint else ''
    rows = "".join(f'<label class="choice"><input type="radio" name="{name}" value="{v}" data-field="{name}"> {t(zh,en)}</label>' for v, zh, en in items)
    return f'<fieldset class="q" id="{name}"{desc}><legend>{t(*legend)}</legend>{h}<div class="choices">{rows}</div></fieldset>'

YES_NO_UNK = [("yes", "是", "Yes"), ("no", "否", "No"), ("unknown", "不清楚", "Not sure")]

def step(id, title, body, intro=None):
    i = f'<p class="intro">{t(*intro)}</p>' if intro else ''
    # The first step is visible before the wasm starts, so nothing moves when it does.
    hidden = '' if id == 'start' else ' hidden'
    return f'<section class="step" data-step="{id}" aria-labelledby="{id}-h"{hidden}><h2 id="{id}-h" tabindex="-1">{t(*title)}</h2>{i}{body}</section>'

def field(id, label, kind="text", hint=None, attrs=""):
    h = f'<p class="hint" id="{id}-hint">{t(*hint)}</p>' if hint else ''
    desc = f' aria-describedby="{id}-hint"' if hint else ''
    return f'<div class="q"><label for="{id}">{t(*label)}</label>{h}<input id="{id}" name="{id}" type="{kind}" data-field="{id}"{desc} {attrs}></div>'

def select(id, label, options, hint=None):
    h = f'<p class="hint" id="{id}-hint">{t(*hint)}</p>' if hint else ''
    desc = f' aria-describedby="{id}-hint"' if hint else ''
    return f'<div class="q"><label for="{id}">{t(*label)}</label>{h}<select id="{id}" name="{id}" data-field="{id}"{desc}>{"".join(opt(*o) for o in options)}</select></div>'

MONEY = 'inputmode="decimal" autocomplete="off" spellcheck="false"'

# ---- the member card: one per household member; each part belongs to one step ---------------
member = f'''<template id="member-tpl"><div class="member" data-member="__">
<h3 class="member-h">{t("家庭成员", "Household member")} <span class="member-no"></span> <span class="member-label"></span></h3>
<div class="part" data-part="household">
  {field("m__-name", ("称呼（可不填）", "What to call them (optional)"), attrs='autocomplete="off" maxlength="40"')}
  <button type="button" class="link remove-member" data-action="remove-member">{t("删除这位成员", "Remove this member")}</button>
</div>
<div class="part" data-part="ages">
  {field("m__-age", ("年龄（周岁）", "Age (full years)"), attrs='inputmode="numeric" autocomplete="off"')}
  {field("m__-birth", ("或：出生日期", "Or: date of birth"), kind="date")}
</div>
<div class="part" data-part="disability">
  {select("m__-dis-kind", ("残疾类别", "Kind of disability"), [("", "无残疾", "No disability"), ("limb","肢体","Physical"), ("visual","视力","Visual"), ("intellectual","智力","Intellectual"), ("mental","精神","Psychosocial (精神)"), ("hearing","听力","Hearing"), ("speech","言语","Speech"), ("multiple","多重","Multiple")])}
  {select("m__-dis-grade", ("残疾等级（见残疾证）", "Disability grade (on the certificate)"), [("", "—", "—"), ("1","一级","Grade 1"), ("2","二级","Grade 2"), ("3","三级","Grade 3"), ("4","四级","Grade 4")])}
  <div class="q"><label class="choice"><input type="checkbox" id="m__-ill" data-field="m__-ill"> {t("患有重特大疾病", "Has a serious or major illness (重特大疾病)")}</label></div>
</div>
<div class="part" data-part="study">
  {select("m__-study", ("在读情况", "Studying"), [("none","不在读","Not studying"), ("compulsory","义务教育（小学、初中）","Compulsory schooling (primary, junior secondary)"), ("high_school","普通高中","General senior high school"), ("vocational","中等职业学校","Secondary vocational school"), ("university","高校","Higher education")])}
  {select("m__-orphan", ("是否孤儿或事实无人抚养儿童", "Orphan or de-facto unsupported child"), [("none","否","No"), ("orphan","孤儿","Orphan (孤儿)"), ("de_facto_unsupported","事实无人抚养儿童","De-facto unsupported child")])}
</div>
<div class="part" data-part="income">
  {field("m__-inc-work", ("每月工资、经营等劳动收入（元）", "Monthly pay or business income (yuan)"), attrs=MONEY)}
  {field("m__-inc-pension", ("每月退休金、养老金（不含城乡居民基础养老金）（元）", "Monthly retirement pension, excluding the basic residents' pension (yuan)"), attrs=MONEY)}
  {field("m__-inc-support", ("每月收到的赡养费、抚养费（元）", "Monthly support paid by relatives (yuan)"), attrs=MONEY)}
  {field("m__-inc-other", ("其他每月收入（元）", "Other monthly income (yuan)"), attrs=MONEY)}
  {field("m__-inc-basic", ("城乡居民基础养老金（元/月）", "Basic residents' pension (yuan a month)"), attrs=MONEY, hint=("特困认定不计入此项。", "Not counted for 特困."))}
  {field("m__-inc-allow", ("高龄津贴、优待抚恤金（元/月）", "Old-age allowance, preferential care payments (yuan a month)"), attrs=MONEY, hint=("特困认定不计入此项。", "Not counted for 特困."))}
</div>
</div></template>'''

steps = []
steps.append(step("start", ("开始之前", "Before you start"), f'''
<p>{t("回答几个问题，看看您的家庭可能适用哪种社会救助：特困供养、低保、低保边缘、临时救助或“一事一议”；要带哪些材料、哪些已经不用带；以及每一步大约在哪天。", "Answer a few questions to see which social assistance your household may get (特困, 低保, 低边, temporary aid or 一事一议), what to bring and what you no longer need, and roughly on which day each step happens.")}</p>
<p>{t("这是预查，不是审批结果。最终以街道（乡镇）审核为准。", "This is a pre-check, not a decision. The 街道 (township) decides.")}</p>
<div class="urgent" role="note"><p><strong>{t("家里刚刚遭遇火灾、事故或突发重病？", "Has your household just had a fire, an accident or a sudden serious illness?")}</strong></p>
<p>{t("请直接联系户籍地或居住地的街道（乡镇）社会救助窗口：情况特别紧急的，街道可以先行救助，24小时内到位，手续事后再补（§四）。", "Go straight to the social-assistance window of your 街道 (where your 户籍 is, or where you live): when it is very urgent, the 街道 helps first, within 24 hours, and the paperwork comes later (§四).")}</p>
<button type="button" class="secondary" data-action="goto" data-target="events">{t("先说说发生了什么", "Tell us what happened first")}</button></div>
{field("accepted", ("打算哪天去申请", "When will you apply"), kind="date", hint=("默认是今天。所有日期都从这一天算起。", "Today by default. Every date is counted from this day."))}
'''))
steps.append(step("where", ("户籍和申请地点", "Where you are registered and where to apply"),
  radios("huji", ("家庭户籍在本区吗？", "Is the household's 户籍 (residence registration) in this district?"), [("yes","是","Yes"),("no","否","No")]) +
  radios("channel", ("您想在哪里申请？", "Where would you like to apply?"), [("window_huji","户籍所在地的街道（乡镇）窗口","The window of the 街道 where your 户籍 is"),("window_residence","居住地的街道（乡镇）窗口","The window of the 街道 where you live"),("online","网上申请","Online")])))
steps.append(step("household", ("家里有哪些人", "Who lives in the household"),
  '',
  intro=("请列出共同生活的家庭成员。第一位是申请人本人。", "List everyone who lives together as one household. The first person is the applicant.")))
steps.append(step("ages", ("年龄", "Ages"), '', intro=("填写年龄，或填写出生日期。", "Give each age, or a date of birth.")))
steps.append(step("disability", ("残疾和重病", "Disability and serious illness"), '', intro=("按残疾证上的类别和等级填写；没有就选“无残疾”。", "Use the kind and grade on the disability certificate; choose “No disability” otherwise.")))
steps.append(step("study", ("上学情况", "School and study"), '', intro=("孩子和年轻人在哪里上学。", "Where children and young people study.")))
steps.append(step("income", ("每月收入", "Monthly income"), '', intro=("按每月平均填写，单位元。没有就填 0。", "Average per month, in yuan. Enter 0 where there is none.")))
steps.append(step("property", ("存款、房产和车辆", "Savings, homes and vehicles"),
  radios("property", ("家里的存款、房产、车辆等，是否在当地规定的范围内？", "Are the household's savings, homes, vehicles and the like within the local limits?"), YES_NO_UNK,
    hint=("不清楚也没关系：申请后街道会通过家庭经济状况核对来确认。", "Not sure is fine: after you apply, the 街道 checks this through the household economic check."))))
steps.append(step("supporters", ("赡养、抚养、扶养的人", "Relatives who must support the applicant"),
  radios("supporters", ("申请人有没有法定的赡养、抚养或扶养义务人（如子女、配偶、父母）？", "Does the applicant have relatives with a legal duty to support them (children, spouse, parents)?"),
    [("none","没有","None"),("able","有，并且有能力","Yes, and they are able to"),("unable","有，但他们没有能力","Yes, but they are not able to")]) +
  select("supporters-reason", ("他们为什么没有能力？", "Why are they not able to?"), [("","请选择","Choose"),("is_tekun","本人是特困人员","They are 特困 themselves"),("dibao_over_60","60周岁以上的低保对象","On 低保 and aged 60 or over"),("over_70_or_severe_disability_low_income","70周岁以上或重度残疾，且收入低","Aged 70+ or severely disabled, with low income"),("no_capacity_missing_or_prison","无民事行为能力或被宣告失踪","Lacks legal capacity or declared missing"),("in_prison","在监狱服刑","Serving a prison sentence")]),
  intro=("这一步只在可能符合特困供养时才问。", "Asked only when 特困 support may apply.")))
SC = [("eating","自己吃饭","Eat by themselves"),("dressing","自己穿衣","Dress by themselves"),("bed","自己上下床","Get in and out of bed"),("toilet","自己上厕所","Use the toilet"),("walking","在室内自己走动","Walk about indoors"),("bathing","自己洗澡","Bathe by themselves")]
steps.append(step("selfcare", ("申请人的生活自理能力", "How far the applicant can look after themselves"),
  "".join(radios(f"sc-{k}", (f"能{zh}吗？", f"Can they {en[0].lower()+en[1:]}?"), [("yes","能","Yes"),("no","不能","No")]) for k, zh, en in SC),
  intro=("按民政部的六项指标。这决定特困人员的照料等级，以及是否优先安排集中供养。", "The six indicators set by the Ministry of Civil Affairs. They decide the level of care and whether a care home is offered first.")))
steps.append(step("events", ("发生了什么", "What happened"),
  select("em-kind", ("最近是否遭遇突发事件？", "Has something sudden happened recently?"), [("","没有","No"),("fire","火灾","Fire"),("traffic_accident","交通事故","Traffic accident"),("accident","其他意外事故","Other accident"),("illness","突发重病","Sudden serious illness"),("natural_disaster","自然灾害","Natural disaster"),("crime","遭受侵害","Victim of a crime"),("other","其他","Other")]) +
  f'<div class="urgent" id="em-banner" role="status" hidden><p><strong>{t("先求助，后补手续。", "Help first, paperwork later.")}</strong> {t("情况特别紧急的，街道（乡镇）应先行救助，最高5000元，24小时内到位；紧急情况解除后一周内补齐手续（§四）。请尽快联系街道社会救助窗口。", "When it is very urgent, the 街道 must help first, up to 5,000 yuan, in place within 24 hours; the paperwork is completed within a week after the emergency ends (§四). Contact the 街道 social-assistance window now.")}</p></div>' +
  field("em-date", ("哪天发生的", "When did it happen"), kind="date") +
  radios("em-ongoing", ("现在还在持续吗？", "Is it still going on?"), [("yes","是","Yes"),("no","已经解除","No, it is over")]) +
  field("em-ended", ("哪天解除的", "When did it end"), kind="date") +
  radios("em-critical", ("是否情况特别紧急，不立即救助就会造成无法挽回的后果？", "Is it so urgent that without help right now the harm cannot be undone?"), [("yes","是","Yes"),("no","否","No")]) +
  select("ex-kind", ("是否有大额的必需支出？", "Is there a large essential expense?"), [("","没有","No"),("medical","医疗","Medical"),("education","教育","Education"),("funeral","丧葬","Funeral"),("other","其他","Other")]) +
  field("ex-amount", ("金额（元）", "Amount (yuan)"), attrs=MONEY) +
  radios("alone", ("靠自己和家里，能解决这个困难吗？", "Can the household deal with this on its own?"), [("no","不能","No"),("yes","能","Yes")]) +
  radios("unclear", ("现有的救助政策是否难以覆盖这种情况？", "Is it hard to fit this case into the existing assistance rules?"), YES_NO_UNK)))
steps.append(step("status", ("现在的救助身份", "Current assistance status"),
  select("st-kind", ("家里现在是否已经享受救助？", "Does the household already receive assistance?"), [("none","没有","No"),("dibao","低保","低保 (minimum living allowance)"),("dibian","低保边缘","低边 (low-income margin)"),("tekun","特困供养","特困 support"),("orphan","孤儿","Orphan allowance")]) +
  field("st-since", ("从哪天开始认定的", "Recognised on"), kind="date") +
  field("st-ended", ("如已退出，哪天退出的", "If it has ended, when"), kind="date")))
steps.append(step("check", ("核对您的回答", "Check your answers"), '<dl class="answers" id="answers"></dl>',
  intro=("点“修改”可以直接回到那一项。", "Use “Change” to go straight back to any answer.")))
PARAMS = [("dibao_standard", "低保标准（元/人/月）", "低保 standard (yuan per person a month)"), ("dibian_multiple", "低边倍数（低保标准的几倍）", "低边 multiple (times the 低保 standard)"), ("tekun_standard", "特困基本生活标准（元/人/月）", "特困 basic standard (yuan per person a month)")]
params_box = f'''<details class="params" id="params-box"><summary>{t("本次使用的本地标准（可查看、可修改）", "Local figures used (view or change)")}</summary>
<p class="hint">{t("留空即使用参数文件中的默认值。默认值标明“示例”的，不是核实的本区标准。", "Leave empty to use the default from the parameter file. Defaults marked EXAMPLE are not verified district figures.")}</p>
{"".join(f'<div class="q"><label for="param-{pid}">{t(zh, en)}</label><input id="param-{pid}" class="param-input" data-param="{pid}" inputmode="decimal" autocomplete="off" spellcheck="false" aria-describedby="param-{pid}-default"><p class="hint" id="param-{pid}-default"></p></div>' for pid, zh, en in PARAMS)}
</details>'''
steps.append(step("result", ("预查结果", "Your pre-check result"), '<div id="result" aria-live="polite"></div>' + params_box))


def ck(path, label, kind="text", attrs=""):
    id = "ck-" + path.replace(".", "-").replace("_", "-")
    return f'<div class="q"><label for="{id}">{t(*label)}</label><input id="{id}" type="{kind}" data-ck="{path}" autocomplete="off" {attrs}></div>'
def ckbox(path, label):
    id = "ck-" + path.replace(".", "-").replace("_", "-")
    return f'<div class="q"><label class="choice"><input type="checkbox" id="{id}" data-ck="{path}"> {t(*label)}</label></div>'
def ckselect(path, label, options):
    id = "ck-" + path.replace(".", "-").replace("_", "-")
    return f'<div class="q"><label for="{id}">{t(*label)}</label><select id="{id}" data-ck="{path}">{"".join(opt(*o) for o in options)}</select></div>'
NUM = 'inputmode="decimal" spellcheck="false"'
def group(title, body):
    return f'<fieldset class="ck-group"><legend>{t(*title)}</legend>{body}</fieldset>'
clerk = f"""<section id="clerk" class="clerk" aria-labelledby="clerk-h" hidden>
<h2 id="clerk-h">{t("窗口核查", "Counter checks")}</h2>
<p class="hint">{t("结果随输入即时更新，不需要提交。", "Results update as you type; there is nothing to submit.")}</p>
<div class="ck-grid">
{group(("经办人（§一、§二）", "Handlers (§一, §二)"), ck("handlers.acceptance", ("受理人", "Accepted by")) + ck("handlers.first_review", ("初审人", "First review by")) + ck("handlers.confirmation", ("审核确认人", "Confirmed by")))}
{group(("办理时限", "Time limits"), ckselect("deadline.kind", ("事项", "Matter"), [("dibao","低保","低保"),("dibian","低边","低边"),("tekun","特困","特困"),("linshi","临时救助","Temporary aid")]) + ck("today", ("今天", "Today"), "date") + ck("deadline.check_start", ("核对开始", "Economic check started"), "date") + ck("deadline.check_end", ("核对结束", "Economic check finished"), "date"))}
{group(("一事一议（§四.3–§四.8）", "一事一议 (§四.3–§四.8)"), ck("meeting.held", ("民主评议日期", "Deliberation held on"), "date") + ck("meeting.participants", ("参会人数", "Participants"), attrs=NUM) + ckbox("meeting.street_staff", ("街道救助工作人员", "街道 assistance staff")) + ckbox("meeting.committee_member", ("村居（社区）委员会成员", "Village / community committee member")) + ckbox("meeting.village_cadre", ("驻村干部", "Resident village cadre")) + ckbox("meeting.resident_rep", ("群众代表", "Residents' representative")) + ckbox("meeting.discipline_present", ("纪（工）委派人参加", "Discipline committee present")) + ck("meeting.publicity_start", ("公示开始", "Public notice from"), "date") + ck("meeting.approved", ("审批日期", "Approved on"), "date") + ck("meeting.filed", ("备案日期", "Filed on"), "date"))}
{group(("先行救助（§四）", "Emergency first aid (§四)"), ck("emergency.amount", ("金额（元）", "Amount (yuan)"), attrs=NUM) + ck("emergency.occurred_at", ("紧急情况发生", "Emergency occurred"), "datetime-local") + ck("emergency.aid_at", ("救助到位", "Aid in place"), "datetime-local") + ckbox("emergency.reported_to_district", ("已向区民政局备案", "Reported to the district civil affairs bureau")) + ck("emergency.ended_on", ("紧急情况解除", "Emergency ended"), "date") + ck("emergency.paperwork_done", ("补齐手续", "Paperwork completed"), "date"))}
{group(("资金（§八）", "Funds (§八)"), ck("funds.temporary_approved", ("临时救助审批", "Temporary aid approved"), "date") + ck("funds.temporary_paid", ("临时救助发放", "Temporary aid paid"), "date") + ck("funds.monthly_month", ("月度发放月份", "Monthly payment for"), "month") + ck("funds.monthly_paid", ("月度发放日期", "Monthly payment made on"), "date") + ck("funds.reserve_balance", ("临时救助备用金余额（元）", "Temporary-aid reserve balance (yuan)"), attrs=NUM))}
{group(("复核（§四）", "Reviews (§四)"), ck("review.approved", ("一事一议批准日期", "一事一议 approved on"), "date") + ck("review.last_review", ("上次复核", "Last review"), "date"))}
{group(("月度抽查（区民政局）", "Monthly sampling (district bureau)"), ck("sampling.dibao_new", ("新增低保、低边", "New 低保/低边 cases"), attrs=NUM) + ck("sampling.tekun_new", ("新增特困", "New 特困 cases"), attrs=NUM) + ck("sampling.linshi_new", ("新增临时救助", "New temporary-aid cases"), attrs=NUM))}
</div>
<div id="clerk-report" aria-live="polite"></div>
</section>"""

page = f'''<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="description" content="救助预查：看看您的家庭可能适用哪种社会救助、要带哪些材料、什么时候有结果。所填内容只在本机浏览器中计算。">
<meta name="theme-color" content="#0b5cad">
<title>救助预查 · jiuzhu</title>
<link data-trunk rel="css" href="style.css">
<link data-trunk rel="rust" href="Cargo.toml" data-type="main" data-wasm-opt="z" data-wasm-opt-params="--converge">
<link rel="manifest" href="manifest.webmanifest">
<link rel="icon" href="icon.svg" type="image/svg+xml">
<link data-trunk rel="copy-file" href="manifest.webmanifest">
<link data-trunk rel="copy-file" href="icon.svg">
<link data-trunk rel="copy-file" href="sw.js">
<script data-trunk type="module" src="loader.js"></script>
</head>
<body data-view="resident">
<a class="skip" href="#main">{t("跳到主要内容", "Skip to main content")}</a>
<header class="top">
<div class="bar">
<p class="brand">{t("救助预查", "Assistance pre-check")}</p>
<div class="switches">
<button type="button" id="lang-switch" data-action="lang" lang="en">English</button>
<button type="button" id="elder-switch" data-action="elder" aria-pressed="false">{t("大字模式", "Large text")}</button>
<button type="button" id="view-switch" data-action="view" aria-pressed="false">{t("窗口人员", "Counter staff")}</button>
</div>
</div>
<p class="privacy">{t("您填写的内容只在这台设备的浏览器里计算，不会发送到任何地方。", "What you enter is worked out in this browser on this device and is never sent anywhere.")}</p>
</header>
<main id="main" tabindex="-1">
<div id="update-ready" class="update" role="status" hidden><p>{t("新版本已准备好。", "A new version is ready.")} <button type="button" class="secondary" data-action="reload">{t("刷新使用新版本", "Reload to use it")}</button></p></div>
<p id="load-error" class="error" role="alert" hidden>{t("页面程序未能启动，请刷新重试。", "The page could not start. Please reload.")}</p>
<noscript><p class="error">{t("本页需要启用 JavaScript 才能计算。", "This page needs JavaScript to work things out.")}</p></noscript>
<div id="error-summary" class="error-summary" role="alert" tabindex="-1" hidden><h2>{t("有些回答需要修改", "Some answers need changing")}</h2><ul></ul></div>
<form id="form" novalidate data-step="start">
<div class="progress" id="progress" aria-live="polite"></div>
{"".join(steps)}
<div id="members" class="members"></div>
<div class="part add-row" data-part="household"><button type="button" class="secondary" data-action="add-member">{t("再添加一位家庭成员", "Add another household member")}</button></div>
<div class="nav" id="nav">
<button type="button" class="secondary" data-action="back" hidden>{t("上一步", "Back")}</button>
<button type="button" class="primary" data-action="next">{t("下一步", "Continue")}</button>
</div>
</form>
{clerk}
<section class="tools" aria-labelledby="tools-h">
<h2 id="tools-h">{t("保存和打开", "Save and open")}</h2>
<div class="tool-row">
<button type="button" class="secondary" data-action="save">{t("把回答保存为文件", "Save answers to a file")}</button>
<label class="secondary file-label" for="open-file">{t("打开保存的回答", "Open saved answers")}</label>
<input type="file" id="open-file" accept="application/json,.json" class="visually-hidden">
<button type="button" class="secondary" data-action="print">{t("打印办事指引", "Print the guide")}</button>
</div>
<div class="q"><label class="choice"><input type="checkbox" id="remember"> {t("在这台设备上记住我的回答", "Remember my answers on this device")}</label>
<button type="button" class="link" data-action="forget">{t("清除这台设备上保存的回答", "Forget answers saved on this device")}</button></div>
<p id="tool-status" role="status"></p>
</section>
</main>
{member}
<footer class="foot"><p>{t("依据：XX区关于进一步完善社会救助管理工作的实施方案（2022年7月1日起施行）。", "Based on the district plan for social assistance, in force from 1 July 2022.")} <span id="version"></span></p></footer>
</body>
</html>
'''
target = Path(__file__).with_name("index.html")
if "--check" in sys.argv:
    if target.read_text(encoding="utf-8") != page:
        sys.exit("web/index.html is out of date: run `python3 web/gen_index.py`")
else:
    target.write_text(page, encoding="utf-8")
