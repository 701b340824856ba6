// One build, many districts (issue 14): a copy of the release dist/ with its own site.json.
// The district's 低保 standard, 低边 multiple and window reach the result and the print; a
// broken field leaves the page working with a notice for the host that names the field; the
// file is read while loading, so no request is made after load; an edited file reaches a
// returning user through the service worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, openApp, startSiteCopy } from "./harness.mjs";

const SOURCE = { document: "示例区民政局 关于调整城乡低保标准的通知", date: "2026-06-20" };
const ADDRESS = "示例路1号 示例街道便民服务中心";

/** The acceptance file: 低保 1300.00 from 2026-07-01, 低边 multiple 2, one window. */
function config() {
  return {
    version: 1,
    district: { zh: "示例区", en: "Example District" },
    params: {
      dibao_standard: [{ from: "2026-07-01", value: "1300.00", source: SOURCE }],
      dibian_multiple: [{ from: "2022-07-01", value: 2, source: { document: "示例市民政局 低保边缘家庭认定办法", date: "2022-06-15" } }],
    },
    windows: [{ street: "示例街道", address: ADDRESS, phone: "0571-00000000", hours: "工作日 9:00–17:00", online: true }],
  };
}

let site, browser;
before(async () => { site = await startSiteCopy(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.stop(); });

const writeSite = (text) => writeFileSync(join(site.root, "site.json"), text);

/** One adult with a monthly wage, property within limits, accepted 2026-07-02 (the counter page: live result). */
async function household(page, wage) {
  await page.fill("#accepted", "2026-07-02");
  await page.fill("#m0-age", "45");
  await page.fill("#m0-inc-work", wage);
  await page.check("input[name=property][value=yes]");
  // Paths that do not apply sit in a closed details box: attached, not visible.
  await page.waitForSelector("#result article.path[data-path=dibao]", { state: "attached" });
}

const level = (page, id) => page.getAttribute(`#result article.path[data-path=${id}]`, "data-level");

/** The line of the parameter list that carries the host's cited source. */
const dibaoLine = (page) =>
  page.$$eval("#result ul.params-used li", (ls, doc) => ls.map((l) => l.textContent).find((t) => t.includes(doc)) ?? "", SOURCE.document);

/**
 * The resident's way to a result on index.html: one adult aged 45 with a monthly wage of `wage`,
 * property within limits, applying on 2026-07-02; every other step left as it is.
 */
async function residentJourney(page, wage) {
  for (let guard = 0; guard < 20; guard++) {
    const s = await page.getAttribute("#form", "data-step");
    if (s === "start") await page.fill("#accepted", "2026-07-02");
    if (s === "household") await page.fill("#m0-age", "45");
    if (s === "income") await page.fill("#m0-inc-work", wage);
    if (s === "property") await page.check("input[name=property][value=yes]");
    if (s === "result") return;
    await page.click("#nav [data-action=next]");
    if ((await page.getAttribute("#form", "data-step")) === s) {
      throw new Error(`stuck on step ${s}: ${await page.textContent("#error-summary").catch(() => "")}`);
    }
  }
  throw new Error("the flow did not reach the result");
}

test("a district's file on the resident page: its standard with its source, its window, its name on the print", async () => {
  writeSite(JSON.stringify(config(), null, 2));
  const app = await openApp(browser, site);
  const { page } = app;
  assert.ok(app.log.requests.some((r) => r.url === site.url + "site.json" && !r.afterLoad), "site.json read while loading");
  assert.equal(await page.isVisible("#host-notice"), false, "a good file gives no notice");
  assert.match(await page.textContent("header .district"), /示例区/);

  // Worked by hand: 1250.00 per person < 1300.00 (the host's standard from 2026-07-01) → 低保 符合.
  // With the built-in example 1160.00 it would not be (1250 ≥ 1160).
  await residentJourney(page, "1250");
  assert.equal(await level(page, "dibao"), "eligible");
  const line = await dibaoLine(page);
  assert.match(line, /1300\.00/);
  assert.match(line, /2026-06-20/, "the cited document's date");
  assert.doesNotMatch(line, /示例值|EXAMPLE/, "no example mark on the district's figure");
  assert.equal(await page.isVisible("#result ul.params-used .source.cited"), true, "the host's source is shown to residents");

  // The window in the result, and on paper with the district's name.
  assert.match(await page.textContent("#result ul.windows"), new RegExp(ADDRESS));
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isVisible("#result ul.windows"), true, "the window prints");
  assert.equal(await page.isVisible("header .district"), true, "the district's name prints");
  app.check();
  await app.context.close();
});

test("a district's file at the counter: its 低边 multiple decides", async () => {
  writeSite(JSON.stringify(config(), null, 2));
  const app = await openApp(browser, site, { path: "clerk.html" });
  const { page } = app;
  // 2400.00: not 低保 (≥ 1300); 低边 limit 2 × 1300.00 = 2600.00 and the multiple is the
  // district's own (confirmed), so 2400 ≤ 2600 → 低边 符合, not merely possible.
  await household(page, "2400");
  await page.waitForFunction(() => document.querySelector("#result article.path[data-path=dibian]")?.dataset.level === "eligible", null, { timeout: 5000 });
  assert.equal(await level(page, "dibao"), "ineligible");
  assert.match(await page.textContent("#result ul.windows"), new RegExp(ADDRESS));
  app.check();
  await app.context.close();
});

test("a broken field: the page still works, on the default for that field, with a notice naming it", async () => {
  const broken = config();
  broken.params.dibao_standard[0].value = "一千三百";
  writeSite(JSON.stringify(broken));
  const app = await openApp(browser, site, { path: "clerk.html" });
  const { page } = app;
  assert.equal(await page.isVisible("#host-notice"), true);
  assert.match(await page.textContent("#host-notice"), /params\.dibao_standard\[0\]\.value/);
  // The rest of the file is kept: the window is there. The standard is the built-in example
  // 1160.00 again: 1250 ≥ 1160 → 低保 不符合.
  await household(page, "1250");
  assert.equal(await level(page, "dibao"), "ineligible");
  assert.match(await page.textContent("#result ul.windows"), new RegExp(ADDRESS));
  app.check();
  await app.context.close();
});

test("a file that is not JSON: the page works on the defaults with a notice", async () => {
  writeSite('{"version": 1, "district": "示例区",');
  const app = await openApp(browser, site);
  const { page } = app;
  assert.equal(await page.isVisible("#host-notice"), true);
  assert.match(await page.textContent("#host-notice"), /\(root\)/);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), "true");
  assert.equal(await page.isHidden("#load-error"), true);
  app.check();
  await app.context.close();
});

test("an edited file reaches a returning user on the next visit", async () => {
  writeSite(JSON.stringify(config()));
  const app = await openApp(browser, site, { path: "clerk.html" });
  const { page } = app;
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  // The host lowers the standard to 1200.00 from the same date: 1250 ≥ 1200 → 低保 不符合.
  const edited = config();
  edited.params.dibao_standard[0].value = "1200.00";
  writeSite(JSON.stringify(edited));
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector("html[data-ready=true]");
  await household(page, "1250");
  assert.equal(await level(page, "dibao"), "ineligible");
  assert.match(await dibaoLine(page), /1200\.00/);
  assert.deepEqual(app.log.errors, []);
  await app.context.close();
});
