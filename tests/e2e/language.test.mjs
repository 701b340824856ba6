// Issue 10 §3: the language switch re-renders every text. At each step of the resident's flow
// the page is switched to the other language and back; in each, the visible text holds no text
// of the other language, outside proper terms. Also: member cards added in English mode, error
// messages on show, and the clerk's check names.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSite, launch, openApp } from "./harness.mjs";

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.stop(); });

const step = (page) => page.getAttribute("#form", "data-step");
const next = (page) => page.click("#nav [data-action=next]");
const lang = (page) => page.getAttribute("html", "lang");

// Proper terms: Chinese words the English page keeps on purpose, because a resident needs the
// exact term at the window (低保, 街道 …) or the name of an office or system (区民政局, 大救助),
// plus the language switch's own label, the plan's section marks (§四) and document numbers
// (民发〔2021〕57号).
const ZH_PROPER = [
  "一事一议", "重特大疾病", "低保", "低边", "特困", "街道", "户籍", "孤儿", "精神", "中文",
  "区民政局", "区教育局", "大救助", "村居",
];
const ZH_PATTERNS = [/§[一二三四五六七八九十施行]+/g, /[\u4e00-\u9fff]*〔\d{4}〕\d+号/g];
// In Chinese mode the only English words are the switch to English and the program's name.
const EN_PROPER = ["English", "jiuzhu"];

/**
 * The text a person sees now: every rendered text node, except inside elements that are in the
 * other language by design (a quoted clause marked lang=zh-CN, a citation's source line) and the
 * version stamps (rules version and parameter set ids, in the footer and under the result).
 */
const visibleText = (page) =>
  page.evaluate(() => {
    const skip = "#version, dl.identity dd, blockquote[lang], .cite, .source, script, style, noscript, template";
    const out = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skip)) continue;
      if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
      // A closed <details> shows its summary only.
      const d = el.closest("details");
      if (d && !d.open && !el.closest("summary")) continue;
      // An option shows only when its select is the one on show (the chosen option's text).
      if (el.tagName === "OPTION") continue;
      if (n.textContent.trim()) out.push(n.textContent.trim());
    }
    // Each select shows its chosen option.
    for (const s of document.querySelectorAll("select")) {
      if (s.checkVisibility() && s.selectedOptions[0]) out.push(s.selectedOptions[0].textContent);
    }
    return out.join("\n");
  });

function chineseLeft(text) {
  let t = text;
  for (const p of ZH_PATTERNS) t = t.replace(p, " ");
  for (const w of ZH_PROPER) t = t.split(w).join(" ");
  return [...new Set(t.match(/[\u4e00-\u9fff]+/g) ?? [])];
}

function englishLeft(text) {
  const words = text.match(/[A-Za-z]{3,}/g) ?? [];
  return [...new Set(words.filter((w) => !EN_PROPER.includes(w)))];
}

/** Switches to English and back, checking each language's screen; ends in Chinese. */
async function bothLanguages(page, where) {
  assert.equal(await lang(page), "zh-CN");
  const zh = await visibleText(page);
  assert.deepEqual(englishLeft(zh), [], `${where}, Chinese screen shows English:\n${zh}`);
  await page.click("#lang-switch");
  assert.equal(await lang(page), "en");
  const en = await visibleText(page);
  assert.deepEqual(chineseLeft(en), [], `${where}, English screen shows Chinese:\n${en}`);
  await page.click("#lang-switch");
  assert.equal(await lang(page), "zh-CN");
  const back = await visibleText(page);
  assert.deepEqual(englishLeft(back), [], `${where}, back in Chinese, English left:\n${back}`);
}

test("every step of the flow speaks one language at a time, both ways", async () => {
  const app = await openApp(browser, site);
  const { page } = app;
  // A household that sees every step: the applicant is 65 (特困 in reach: 60 and over, §二),
  // the second member 10 (the study step is asked).
  const seen = [];
  for (let guard = 0; guard < 20; guard++) {
    const s = await step(page);
    seen.push(s);
    await bothLanguages(page, `step ${s}`);
    if (s === "result") break;
    switch (s) {
      case "where":
        await page.check("input[name=huji][value=yes]");
        await page.check("input[name=channel][value=window_huji]");
        break;
      case "household": {
        // Issue 12: ages are asked on the household step.
        await page.click("[data-action=add-member]");
        const ids = await page.$$eval("#members .member", (ms) => ms.map((m) => m.dataset.member));
        await page.fill(`#m${ids[0]}-age`, "65");
        await page.fill(`#m${ids[1]}-age`, "10");
        break;
      }
      case "study": {
        const ids = await page.$$eval("#members .member", (ms) => ms.map((m) => m.dataset.member));
        await page.selectOption(`#m${ids[1]}-study`, "compulsory");
        break;
      }
      case "income": {
        const ids = await page.$$eval("#members .member", (ms) => ms.map((m) => m.dataset.member));
        await page.fill(`#m${ids[0]}-inc-pension`, "300");
        // Issue 12: a blank income is not an answer; the child has none.
        await page.check(`#m${ids[1]}-inc-none`);
        break;
      }
      case "property":
        await page.check("input[name=property][value=yes]");
        break;
      case "supporters":
        await page.check("input[name=supporters][value=none]");
        break;
      case "events":
        await page.selectOption("#em-kind", "fire");
        break;
    }
    await next(page);
  }
  assert.deepEqual(seen, ["start", "where", "household", "disability", "study", "income", "property",
    "supporters", "selfcare", "events", "status", "check", "result"]);
  app.check();
  await app.context.close();
});

test("a member card added in English mode has English options", async () => {
  const app = await openApp(browser, site);
  const { page } = app;
  await page.click("#lang-switch");
  await next(page); // where
  await page.check("input[name=huji][value=yes]");
  await next(page); // household
  await page.click("[data-action=add-member]");
  const ids = await page.$$eval("#members .member", (ms) => ms.map((m) => m.dataset.member));
  const texts = await page.$$eval(`#m${ids[1]}-dis-kind option, #m${ids[1]}-study option, #m${ids[1]}-orphan option`,
    (os) => os.map((o) => o.textContent));
  // "Psychosocial (精神)" and "Orphan (孤儿)" carry their proper term.
  assert.deepEqual(texts.flatMap((t) => chineseLeft(t)), [], texts.join(" | "));
  assert.ok(texts.includes("No disability") && texts.includes("Not studying"), texts.join(" | "));
  // And back in Chinese, the same card speaks Chinese.
  await page.click("#lang-switch");
  const zh = await page.$$eval(`#m${ids[1]}-dis-kind option`, (os) => os.map((o) => o.textContent));
  assert.equal(zh[0], "无残疾");
  app.check();
  await app.context.close();
});

test("errors on show follow the language switch", async () => {
  const app = await openApp(browser, site);
  const { page } = app;
  await next(page); // where
  await page.check("input[name=huji][value=yes]");
  await next(page); // household, with the ages (issue 12)
  const id = await page.$eval("#members .member", (m) => m.dataset.member);
  await page.fill(`#m${id}-age`, "200");
  await next(page);
  assert.equal(await step(page), "household");
  const zh = await page.innerText("#error-summary");
  assert.match(zh, /[\u4e00-\u9fff]/);
  assert.deepEqual(englishLeft(zh), [], zh);
  await page.click("#lang-switch");
  const en = await page.innerText("#error-summary");
  assert.deepEqual(chineseLeft(en), [], en);
  const inline = await page.textContent(`#m${id}-age >> xpath=ancestor::*[contains(@class,'q')][1] >> .field-error`);
  assert.deepEqual(chineseLeft(inline), [], inline);
  await page.click("#lang-switch");
  const again = await page.innerText("#error-summary");
  assert.deepEqual(englishLeft(again), [], again);
  app.check();
  await app.context.close();
});

test("the clerk's check names follow the language", async () => {
  const app = await openApp(browser, site, { path: "clerk.html" });
  const { page } = app;
  await page.fill("#ck-meeting-participants", "11");
  const names = (p) => p.$$eval("#clerk-report tr[data-check] td:first-child", (ts) => ts.map((t) => t.textContent));
  const zh = await names(page);
  assert.ok(zh.length > 0);
  // No check is named by its id (meeting.participants) any more.
  assert.deepEqual(zh.filter((n) => /^[a-z_.0-9]+$/.test(n)), [], zh.join(" | "));
  assert.deepEqual(zh.flatMap((n) => englishLeft(n)), [], zh.join(" | "));
  await page.click("#lang-switch");
  const en = await names(page);
  assert.deepEqual(en.flatMap((n) => chineseLeft(n)), [], en.join(" | "));
  app.check();
  await app.context.close();
});
