// The release site under a sub-path: it starts, computes with wasm, keeps a strict CSP, and
// talks to nobody.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSite, launch, openApp, toCounter } from "./harness.mjs";

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.stop(); });

test("the CSP is strict and carried by the built page", async () => {
  const app = await openApp(browser, site);
  const csp = await app.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives["default-src"], ["'none'"]);
  assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(!csp.includes("'unsafe-inline'") && !csp.includes("'unsafe-eval'"), csp);
  assert.ok(["'self'", "'none'"].includes(directives["connect-src"]?.join(" ")), "connect-src at most 'self'");
  // No inline script survives in the built page: every <script> has a same-origin src.
  const inline = await app.page.$$eval("script", (s) => s.filter((x) => !x.src).length);
  assert.equal(inline, 0);
  app.check();
  await app.context.close();
});

test("every asset is fetched relative to the sub-path", async () => {
  const app = await openApp(browser, site);
  const own = app.log.requests.map((r) => new URL(r.url).pathname);
  assert.ok(own.length >= 3, "page, script and wasm were requested");
  for (const p of own) assert.ok(p.startsWith("/a/b/"), `asset outside the sub-path: ${p}`);
  assert.ok(own.some((p) => p.endsWith(".wasm")), "the wasm module was loaded");
  app.check();
  await app.context.close();
});

test("the §一 time limit is computed by wasm from the acceptance date", async () => {
  const app = await openApp(browser, site);
  // Worked by hand from the 2024 notice (国办发明电〔2023〕7号): accepted Mon 2024-09-30; the
  // day itself does not count (民法典 第二百零一条); 10-01..10-07 are off; 10-12 (Sat) is a
  // 调休 working day. Working days: 10-08..10-11 (4), 10-12 (5), 10-14..18 (10),
  // 10-21..25 (15), 10-28..31 (19), 11-01 (20) → 20th = 2024-11-01. Then 11-04..08 (25),
  // 11-11..15 (30) → 30th = 2024-11-15.
  await toCounter(app.page);
  await app.page.fill("#accepted", "2024-09-30");
  await app.page.selectOption("#ck-deadline-kind", "dibao");
  await app.page.waitForSelector("#clerk-report .deadline time");
  const dates = await app.page.$$eval("#clerk-report .deadline time", (ts) => ts.map((t) => t.getAttribute("datetime")));
  // normal limit, maximum limit, and the limit in force (no 核对 over 15 days given → normal)
  assert.deepEqual(dates, ["2024-11-01", "2024-11-15", "2024-11-01"]);
  const row = await app.page.textContent('#clerk-report tr[data-check="deadline"]');
  assert.match(row, /§一/);
  app.check();
  await app.context.close();
});
