// Shared set-up for the end-to-end tests: serve the RELEASE site from a sub-path of a plain
// static server on loopback, drive Debian's Chromium, and watch every request and error.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(root, "web", "dist");
/** The sub-path the site is served under, to prove every URL is relative. */
export const SUBPATH = "/a/b/";

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, ms = 10000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`static server did not answer at ${url}`);
}

/** Copies web/dist to <tmp>/a/b/ and serves <tmp> with python3 -m http.server on loopback. */
export async function startSite() {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("web/dist is missing: run `make dist`");
  const dir = mkdtempSync(join(tmpdir(), "jiuzhu-e2e-"));
  cpSync(DIST, join(dir, "a", "b"), { recursive: true });
  const port = await freePort();
  const proc = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dir], {
    stdio: "ignore",
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin + SUBPATH);
  return {
    origin,
    url: origin + SUBPATH,
    async stop() {
      proc.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/**
 * Opens the page and records what it does: every request (with whether it came after the
 * app reported ready), console errors and uncaught exceptions. `check()` fails on any of them.
 */
export async function openApp(browser, site, { viewport = { width: 1280, height: 900 }, path = "", bypassCSP = false } = {}) {
  // bypassCSP exists for the accessibility test alone, which injects axe-core; every other test
  // keeps the page's own CSP in force.
  const context = await browser.newContext({ viewport, serviceWorkers: "allow", bypassCSP });
  const page = await context.newPage();
  const log = { requests: [], errors: [], loaded: false };
  const entries = new Map();
  page.on("request", (req) => {
    const entry = { url: req.url(), afterLoad: log.loaded, fromWorker: false };
    entries.set(req, entry);
    log.requests.push(entry);
  });
  // A request the service worker answers from its precache reaches no server (the switch to
  // the counter page after the worker has installed, for example).
  page.on("response", (res) => {
    const entry = entries.get(res.request());
    if (entry) entry.fromWorker = res.fromServiceWorker();
  });
  page.on("console", (msg) => { if (msg.type() === "error") log.errors.push("console: " + msg.text()); });
  page.on("pageerror", (err) => log.errors.push("pageerror: " + err.message));
  await page.goto(site.url + path, { waitUntil: "load" });
  await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
  await page.waitForLoadState("networkidle");
  log.loaded = true;
  return {
    page,
    context,
    log,
    /** Throws if the page made a foreign or late request, or logged an error. */
    check() {
      const foreign = log.requests.filter((r) => !r.url.startsWith(site.origin + "/"));
      if (foreign.length) throw new Error("request to another origin: " + foreign.map((r) => r.url).join(", "));
      const late = log.requests.filter((r) => r.afterLoad && !r.fromWorker);
      if (late.length) throw new Error("request after load: " + late.map((r) => r.url).join(", "));
      if (log.errors.length) throw new Error("page errors:\n" + log.errors.join("\n"));
    },
  };
}

/**
 * Switches from the resident page to the counter page (clerk.html) with the view switch, as a
 * resident or clerk would, and waits until the counter page runs. The page waits for the service
 * worker's precache before it leaves, so the switch is answered from the cache.
 */
export async function toCounter(page) {
  await Promise.all([page.waitForURL(/clerk\.html/, { timeout: 15000 }), page.click("#view-switch")]);
  await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
}

// ---- Helpers for the offline tests (service worker, updates, installability) ----------------

/**
 * Like startSite(), and also gives `root`, the served copy of web/dist, so that a test can put a
 * "new release" in place, and a `stop()` that returns only once the server process has exited,
 * so that a test that cuts the network knows nothing answers any more.
 */
export async function startSiteCopy() {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("web/dist is missing: run `make dist`");
  const dir = mkdtempSync(join(tmpdir(), "jiuzhu-e2e-"));
  const root = join(dir, "a", "b");
  cpSync(DIST, root, { recursive: true });
  const port = await freePort();
  const proc = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dir], {
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => proc.once("exit", resolve));
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin + SUBPATH);
  return {
    origin,
    url: origin + SUBPATH,
    root,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Wraps `browser` for openApp() so that each context it makes also records, in `urls`, every
 * request a service worker makes. Chromium reports those on the context only (with
 * request.serviceWorker() set), never on the page, so openApp's own log does not see them.
 */
export function recordWorkerRequests(browser) {
  const urls = [];
  const wrapped = {
    async newContext(options) {
      const context = await browser.newContext(options);
      context.on("request", (req) => { if (req.serviceWorker()) urls.push(req.url()); });
      return context;
    },
  };
  return { browser: wrapped, urls };
}

/**
 * A Chromium with an on-disk profile (closed with its context). Playwright's ordinary contexts
 * are incognito, where Chromium never offers to install a web app, so installability can only
 * be asked of a context like this one.
 */
export async function launchWithProfile(profileDir) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    serviceWorkers: "allow",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

// ---- Helpers for the journey tests (resident.test.mjs, clerk.test.mjs) ------------------------

/** Path of the axe-core build that `injectAxe` adds to a page (the context must bypass the CSP). */
export const AXE_PATH = join(root, "node_modules", "axe-core", "axe.min.js");

/**
 * Runs axe-core on the current page state with the WCAG 2.1 A/AA rule tags and returns the
 * violations as short strings ("rule: target"), so that an assertion message names them.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ path: AXE_PATH });
  const res = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  if (!res.passes.length) throw new Error("axe ran no rule at all");
  return res.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary?.split("\n")[1]?.trim() ?? ""})`));
}

/**
 * Fills the clerk view with a typical 特困 case: 67, living alone, a small pension, property
 * within limits, no supporters, a 核对 of 17 days. `confirmedBy` is the third handler (pass the
 * first handler's name to show a separation-of-duties failure). Used by the bench and the
 * README screenshots, so both show the same case.
 */
export async function fillTypicalClerkCase(page, { confirmedBy = "赵敏" } = {}) {
  await page.fill("#accepted", "2025-09-22");
  await page.check("input[name=huji][value=yes]");
  await page.fill("#m0-age", "67");
  await page.fill("#m0-inc-pension", "300");
  await page.check("input[name=property][value=yes]");
  await page.check("input[name=supporters][value=none]");
  await page.fill("#ck-handlers-acceptance", "王芳");
  await page.fill("#ck-handlers-first-review", "李强");
  await page.fill("#ck-handlers-confirmation", confirmedBy);
  await page.selectOption("#ck-deadline-kind", "tekun");
  await page.fill("#ck-deadline-check-start", "2025-09-23");
  await page.fill("#ck-deadline-check-end", "2025-10-10");
}

// ---- The resident's flow, step by step (resident.test.mjs, handoff.test.mjs) ------------------

export const step = (page) => page.getAttribute("#form", "data-step");
export const next = (page) => page.click("#nav [data-action=next]");

/** A local calendar date `days` from today, as the browser on this machine sees it. */
export function localDate(days = 0) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export const SC = ["eating", "dressing", "bed", "toilet", "walking", "bathing"];

/**
 * Answers the current step from `a` (only what `a` gives), then returns. Members are
 * `a.members = [{name, age, study, orphan, dis, grade, ill, inc: {work, pension, …}}]`.
 */
export async function answer(page, a) {
  const s = await step(page);
  const m = a.members ?? [];
  const ids = async () => page.$$eval("#members .member", (ms) => ms.map((x) => x.dataset.member));
  switch (s) {
    case "start":
      if (a.accepted) await page.fill("#accepted", a.accepted);
      break;
    case "where":
      if (a.huji) await page.check(`input[name=huji][value=${a.huji}]`);
      if (a.channel) await page.check(`input[name=channel][value=${a.channel}]`);
      break;
    case "household": {
      while ((await ids()).length < m.length) await page.click("[data-action=add-member]");
      const n = await ids();
      for (let i = 0; i < m.length; i++) if (m[i].name !== undefined) await page.fill(`#m${n[i]}-name`, m[i].name);
      // Issue 12: the ages are asked with the names, on the same card (one step less).
      for (let i = 0; i < m.length; i++) if (m[i].age !== undefined) await page.fill(`#m${n[i]}-age`, String(m[i].age));
      break;
    }
    case "ages": {
      const n = await ids();
      for (let i = 0; i < m.length; i++) if (m[i].age !== undefined) await page.fill(`#m${n[i]}-age`, String(m[i].age));
      break;
    }
    case "disability": {
      const n = await ids();
      for (let i = 0; i < m.length; i++) {
        if (m[i].dis) await page.selectOption(`#m${n[i]}-dis-kind`, m[i].dis);
        if (m[i].grade) await page.selectOption(`#m${n[i]}-dis-grade`, m[i].grade);
        if (m[i].ill) await page.check(`#m${n[i]}-ill`);
      }
      break;
    }
    case "study": {
      const n = await ids();
      for (let i = 0; i < m.length; i++) {
        if (m[i].study) await page.selectOption(`#m${n[i]}-study`, m[i].study);
        if (m[i].orphan) await page.selectOption(`#m${n[i]}-orphan`, m[i].orphan);
      }
      break;
    }
    case "income": {
      const n = await ids();
      // Issue 12: a member with no income line given is answered "no income" explicitly.
      for (let i = 0; i < m.length; i++) {
        if (!m[i].inc && !m[i].blankIncome) await page.check(`#m${n[i]}-inc-none`);
        for (const [k, v] of Object.entries(m[i].inc ?? {})) await page.fill(`#m${n[i]}-inc-${k}`, String(v));
      }
      break;
    }
    case "property":
      if (a.property) await page.check(`input[name=property][value=${a.property}]`);
      break;
    case "supporters":
      if (a.supporters) await page.check(`input[name=supporters][value=${a.supporters}]`);
      break;
    case "selfcare":
      for (const k of SC) if (a.selfcare?.[k]) await page.check(`input[name=sc-${k}][value=${a.selfcare[k]}]`);
      break;
    case "events":
      if (a.emKind) await page.selectOption("#em-kind", a.emKind);
      if (a.emDate) await page.fill("#em-date", a.emDate);
      if (a.emCritical) await page.check(`input[name=em-critical][value=${a.emCritical}]`);
      if (a.exKind) await page.selectOption("#ex-kind", a.exKind);
      if (a.exAmount !== undefined) await page.fill("#ex-amount", String(a.exAmount));
      if (a.alone) await page.check(`input[name=alone][value=${a.alone}]`);
      if (a.unclear) await page.check(`input[name=unclear][value=${a.unclear}]`);
      break;
    case "status":
      if (a.status) await page.selectOption("#st-kind", a.status);
      if (a.statusSince) await page.fill("#st-since", a.statusSince);
      break;
  }
  return s;
}

/** Walks the flow from wherever it is to the result, answering each step; returns the steps seen. */
export async function journey(page, a, { until = "result" } = {}) {
  const seen = [];
  for (let guard = 0; guard < 20; guard++) {
    const s = await answer(page, a);
    seen.push(s);
    if (s === until) return seen;
    await next(page);
    const now = await step(page);
    if (now === s) {
      const errs = await page.textContent("#error-summary").catch(() => "");
      throw new Error(`stuck on step ${s}: ${errs}`);
    }
  }
  throw new Error("flow did not reach " + until + ": " + seen.join(" "));
}

/** { path id: level } for every path card shown. */
export const levels = (page) =>
  page.$$eval("#result article.path", (as) => Object.fromEntries(as.map((a) => [a.dataset.path, a.dataset.level])));

/** Every timeline step as "id@date[,date]". */
export const timeline = (page) =>
  page.$$eval("#result ol.timeline li.step", (ls) =>
    ls.map((l) => l.dataset.stepId + "@" + [...l.querySelectorAll("time")].map((t) => t.getAttribute("datetime")).join(",")),
  );
