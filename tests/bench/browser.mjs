// In-browser figures for `make bench` (issues 7 and 16). Reported, never asserted.
//
// browserBench(url, households): the engine API's time in headless Debian Chromium, INCLUDING
// the JS↔wasm conversion: the page's own module instance (imported again through
// <meta name=jiuzhu-app>, so the same instance the page started) runs every form of the API
// (API_FORMS) on every household, one call per sample, in runs. The shipped page exports no
// API, so this runs on the release build made with the `export-api` feature (`buildBenchDist()`,
// into target/bench-dist; the engine's source is the same, the exports and their serde glue are
// added, and it is built at opt-level 3, see there).
//
// Chromium coarsens performance.now() to 100 µs unless the page is cross-origin isolated (then
// 5 µs). A 100 µs clock cannot time a call that takes tens of µs, so `startIsolatedSite()` serves
// the release site with COOP/COEP headers (same files, same sub-path; only the headers differ).
// Each call is timed alone; each run's mean (one clock read before and one after all its calls)
// is kept beside them as a cross-check that does not depend on the clock's step.
//
// startTime(url): the wasm's start() under 4× CPU throttling (see there).
//
// coldStart(url): navigation → app ready (html[data-ready=true], set by web/loader.js once the
// wasm has started) → first computed result (one `assess` call), under Lighthouse's mobile
// throttling applied through the DevTools protocol: 4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s down,
// 750 kbit/s up, cold cache.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, dirname, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { DIST, SUBPATH, fillTypicalClerkCase, launch } from "../e2e/harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const SCENARIOS = join(here, "..", "scenarios");
/** Where the release build with the `export-api` feature goes (under target/, not committed). */
export const BENCH_DIST = join(root, "target", "bench-dist");

/**
 * Builds the release site with the `export-api` feature into BENCH_DIST, with the same trunk
 * configuration as `make dist` but `opt-level = 3` (CARGO_PROFILE_RELEASE_OPT_LEVEL) instead of
 * the page's "z": the API build is a separate artifact for whoever embeds the engine, never the
 * shipped page, so it is built for speed. On this machine that halves every form's time (issue
 * 16: assess_json 160 → 75 µs, assess_summary 40 → 20 µs, the wasm 399 → 588 KB raw). The
 * engine's source is the same. Uses the tools `make` puts on the PATH (node_modules/.bin for
 * wasm-opt, ~/.cargo/bin for trunk and wasm-bindgen).
 */
export function buildBenchDist() {
  const env = {
    ...process.env,
    PATH: [join(root, "node_modules", ".bin"), join(process.env.HOME ?? "", ".cargo", "bin"), process.env.PATH].join(":"),
    TRUNK_OFFLINE: "true",
    CARGO_PROFILE_RELEASE_OPT_LEVEL: "3",
  };
  const r = spawnSync("trunk", ["build", "--release", "--offline", "--features", "export-api", "--dist", BENCH_DIST], {
    cwd: join(root, "web"),
    env,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`trunk build --features export-api failed:\n${r.stdout}\n${r.stderr}`);
  return BENCH_DIST;
}

/** Every scenario file's situation, as plain objects (what the page's form builds). */
export function scenarioSituations() {
  return readdirSync(SCENARIOS)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(SCENARIOS, f), "utf8")).situation)
    .filter((s) => s !== undefined);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * Serves `dist` (default web/dist) under SUBPATH on loopback, with COOP/COEP so that the page is cross-origin
 * isolated (fine-grained timers). `isolated: false` serves the same files without those headers.
 * Like any production static host (and like the size budget assumes), files go out brotli- or
 * gzip-compressed when the browser accepts it; `compress: false` sends them raw.
 */
export async function startIsolatedSite({ dist = DIST, isolated = true, compress = true } = {}) {
  const cache = new Map();
  if (!existsSync(join(dist, "index.html"))) throw new Error(`${dist} is missing: run \`make dist\``);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(SUBPATH)) { res.writeHead(404).end(); return; }
    let rel = normalize(path.slice(SUBPATH.length));
    if (rel.startsWith("..")) { res.writeHead(403).end(); return; }
    if (rel === "." || rel === "" || rel.endsWith("/")) rel = join(rel, "index.html");
    const file = join(dist, rel);
    if (!existsSync(file) || !statSync(file).isFile()) { res.writeHead(404).end(); return; }
    const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" };
    if (isolated) {
      headers["cross-origin-opener-policy"] = "same-origin";
      headers["cross-origin-embedder-policy"] = "require-corp";
    }
    let body = readFileSync(file);
    const accept = String(req.headers["accept-encoding"] ?? "");
    const enc = !compress ? null : /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
    if (enc) {
      const key = enc + ":" + file;
      if (!cache.has(key)) {
        cache.set(key, enc === "br"
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : gzipSync(body, { level: 9 }));
      }
      body = cache.get(key);
      headers["content-encoding"] = enc;
      headers["vary"] = "accept-encoding";
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + SUBPATH, stop: () => new Promise((r) => server.close(r)) };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * q))];

/**
 * The forms of the engine API timed in the browser (web/src/api.rs, export-api build), each from
 * what a caller holds to what it can read:
 * - `assess(object)`: a JS object in, a JS object out (serde-wasm-bindgen both ways);
 * - `assess_json(text)`: JSON text in, JSON text out, the call alone;
 * - `JSON.parse(assess_json(JSON.stringify(object)))`: the same, from an object to an object,
 *   the browser's JSON.stringify and JSON.parse counted;
 * - `assess_summary(text)`: JSON text in, the summary's text out, the call alone;
 * - `JSON.parse(assess_summary(JSON.stringify(object)))`: the same, object to object.
 */
export const API_FORMS = [
  { id: "object", label: "assess(object) → object", kind: "full" },
  { id: "json", label: "assess_json(text) → text", kind: "full" },
  { id: "json_obj", label: "JSON.parse(assess_json(JSON.stringify(o)))", kind: "full" },
  { id: "summary", label: "assess_summary(text) → text", kind: "summary" },
  { id: "summary_obj", label: "JSON.parse(assess_summary(JSON.stringify(o)))", kind: "summary" },
];

/**
 * Times the engine API in the page at `url` on `households` (plain objects): `runs` runs, each
 * calling every form once per household, one clock read before and after each call. Per form:
 * the median single call of each run (their median and range), the mean of each run (one clock
 * read around the whole run), and the 50th/95th/99th percentiles of every single call of every
 * run. Milliseconds throughout; `timerMs` is the smallest step the page's clock showed.
 */
export async function browserBench(url, households, { runs = 5, warmup = 1000 } = {}) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector("html[data-ready=true]", { timeout: 30000 });
    const r = await page.evaluate(async ({ households, runs, warmup }) => {
      const meta = document.querySelector("meta[name=jiuzhu-app]");
      const m = await import(new URL(meta.dataset.base + meta.dataset.js, document.baseURI).href);
      for (const f of ["assess", "assess_json", "assess_summary"]) {
        if (typeof m[f] !== "function") throw new Error(`the module exports no ${f}()`);
      }
      const texts = households.map((h) => JSON.stringify(h));
      const call = {
        object: (i) => m.assess(households[i]),
        json: (i) => m.assess_json(texts[i]),
        json_obj: (i) => JSON.parse(m.assess_json(JSON.stringify(households[i]))),
        summary: (i) => m.assess_summary(texts[i]),
        summary_obj: (i) => JSON.parse(m.assess_summary(JSON.stringify(households[i]))),
      };
      const n = households.length;
      let assessed = 0;
      for (let i = 0; i < n; i++) if (JSON.parse(m.assess_json(texts[i])).ok === true) assessed++;
      let bytes = 0, summaryBytes = 0;
      for (let i = 0; i < n; i++) { bytes += m.assess_json(texts[i]).length; summaryBytes += m.assess_summary(texts[i]).length; }
      for (const f of Object.keys(call)) for (let i = 0; i < warmup; i++) call[f](i % n);
      // The clock's step: the smallest non-zero difference between two reads.
      let step = Infinity;
      for (let i = 0, last = performance.now(); i < 20000 && step > 0.001; i++) {
        const t = performance.now();
        if (t > last) step = Math.min(step, t - last);
        last = t;
      }
      const out = {};
      for (const f of Object.keys(call)) out[f] = { single: [], runMedians: [], runMeans: [] };
      for (let run = 0; run < runs; run++) {
        for (const f of Object.keys(call)) {
          const fn = call[f];
          const times = new Float64Array(n);
          const start = performance.now();
          for (let i = 0; i < n; i++) {
            const t0 = performance.now();
            fn(i);
            times[i] = performance.now() - t0;
          }
          out[f].runMeans.push((performance.now() - start) / n);
          const sorted = Array.from(times).sort((a, b) => a - b);
          out[f].runMedians.push(sorted[Math.floor(n / 2)]);
          out[f].single.push(...sorted);
        }
      }
      return { out, step, isolated: self.crossOriginIsolated, assessed, meanResultChars: bytes / n, meanSummaryChars: summaryBytes / n };
    }, { households, runs, warmup });
    if (errors.length) throw new Error("page errors: " + errors.join("; "));
    const forms = {};
    for (const form of API_FORMS) {
      const o = r.out[form.id];
      const single = o.single.sort((a, b) => a - b);
      const med = [...o.runMedians].sort((a, b) => a - b);
      forms[form.id] = {
        ...form,
        median: quantile(med, 0.5),
        medianRange: [med[0], med[med.length - 1]],
        runMedians: o.runMedians,
        runMeans: o.runMeans,
        p50: quantile(single, 0.5),
        p95: quantile(single, 0.95),
        p99: quantile(single, 0.99),
      };
    }
    return {
      forms,
      runs,
      households: households.length,
      assessed: r.assessed,
      meanResultChars: r.meanResultChars,
      meanSummaryChars: r.meanSummaryChars,
      timerMs: r.step,
      isolated: r.isolated,
    };
  } finally {
    await browser.close();
  }
}

/** Lighthouse's mobile preset ("slow 4G" and a mid-range phone), applied for real via CDP. */
export const MOBILE_THROTTLING = { rttMs: 150, downKbps: 1638.4, upKbps: 750, cpuSlowdown: 4 };

/**
 * Cold start under mobile throttling, `runs` times in fresh contexts: navigation start → app
 * ready, and → first computed result (ready, then one `assess` of the first scenario).
 * Returns medians in ms and every run, and the first run's layout shifts with what moved.
 */
export async function coldStart(url, { runs = 5 } = {}) {
  const situation = scenarioSituations()[0];
  const browser = await launch();
  const ready = [];
  const result = [];
  const load = [];
  const shifts = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: MOBILE_THROTTLING.rttMs,
        downloadThroughput: (MOBILE_THROTTLING.downKbps * 1024) / 8,
        uploadThroughput: (MOBILE_THROTTLING.upKbps * 1024) / 8,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: MOBILE_THROTTLING.cpuSlowdown });
      // Records the moment loader.js marks the app ready (an observer, not a poll), then at once
      // computes the first result there, so no round trip of the test driver is counted.
      await page.addInitScript((situation) => {
        // Layout shifts with the elements that moved: Lighthouse 12.2.3 cannot attribute them in
        // Chromium 156 (its RootCauses gatherer fails), so the benchmark records them itself.
        window.__jiuzhuShifts = [];
        const describe = (n) =>
          !n ? "?" : n.nodeType !== 1 ? n.nodeName : n.tagName.toLowerCase() + (n.id ? "#" + n.id : "") + (n.className && typeof n.className === "string" ? "." + n.className.trim().split(/\s+/).join(".") : "");
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (!e.hadRecentInput) window.__jiuzhuShifts.push({ value: e.value, at: e.startTime, sources: (e.sources ?? []).map((s) => describe(s.node)) });
          }
        }).observe({ type: "layout-shift", buffered: true });
        // The observer watches the document, because <html> does not exist yet at this point.
        new MutationObserver((_, obs) => {
          if (document.documentElement?.dataset.ready !== "true") return;
          obs.disconnect();
          window.__jiuzhuReadyAt = performance.now();
          const meta = document.querySelector("meta[name=jiuzhu-app]");
          import(new URL(meta.dataset.base + meta.dataset.js, document.baseURI).href).then((m) => {
            // The shipped page exports no assess(): then only the ready time is measured.
            if (typeof m.assess !== "function") {
              window.__jiuzhuResultAt = null;
              window.__jiuzhuOk = true;
              return;
            }
            const out = m.assess(situation);
            window.__jiuzhuResultAt = performance.now();
            window.__jiuzhuOk = !!(out && "ok" in out);
          });
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
      }, situation);
      await page.goto(url, { waitUntil: "load", timeout: 60000 });
      await page.waitForFunction(() => window.__jiuzhuResultAt !== undefined, null, { timeout: 60000 });
      await page.waitForTimeout(500);
      const r = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        return { ready: window.__jiuzhuReadyAt, result: window.__jiuzhuResultAt, load: nav ? nav.loadEventEnd : null, ok: window.__jiuzhuOk, shifts: window.__jiuzhuShifts };
      });
      if (i === 0) shifts.push(...r.shifts);
      if (!r.ok) throw new Error("assess() gave no result");
      ready.push(r.ready);
      result.push(r.result);
      if (r.load) load.push(r.load);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (xs) => quantile([...xs].sort((a, b) => a - b), 0.5);
  const results = result.filter((x) => typeof x === "number");
  return {
    runs,
    readyMs: median(ready),
    firstResultMs: results.length ? median(results) : null,
    loadMs: load.length ? median(load) : null,
    // The first run's layout shifts: their sum (CLS, within this short window) and the largest.
    cls: shifts.reduce((a, s) => a + s.value, 0),
    shifts: [...shifts].sort((a, b) => b.value - a.value).slice(0, 5),
    all: { ready, result, load },
  };
}

// `node tests/bench/browser.mjs` runs both on their own, on the export-api build.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = await startIsolatedSite({ dist: buildBenchDist() });
  try {
    const { households } = await import("./households.mjs");
    console.log(JSON.stringify(await browserBench(site.url, households()), (k, v) => (k === "runMedians" || k === "runMeans" ? undefined : v), 2));
    console.log(await startTime(site.url));
    console.log(await coldStart(site.url));
  } finally {
    await site.stop();
  }
}

/**
 * Times one update of the clerk view: a typed change to an income field, which re-runs the
 * engine and the counter checks and rebuilds the result and the report. The handler is
 * synchronous, so the time around `dispatchEvent` is the whole update before layout. Issue 6
 * asks for at most one frame (16.7 ms at 60 Hz) for a typical case.
 */
export async function clerkUpdateBench(url, { updates = 300 } = {}) {
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(url + "clerk.html", { waitUntil: "load" });
    await page.waitForSelector("html[data-ready=true]");
    await fillTypicalClerkCase(page);
    const times = await page.evaluate((n) => {
      const el = document.getElementById("m0-inc-pension");
      const out = [];
      for (let i = 0; i < n; i++) {
        el.value = String(300 + (i % 50));
        const t0 = performance.now();
        el.dispatchEvent(new Event("input", { bubbles: true }));
        out.push(performance.now() - t0);
      }
      return out;
    }, updates);
    const sorted = [...times].sort((a, b) => a - b);
    const paths = await page.$$eval("#result article.path", (a) => a.length);
    return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), updates, paths };
  } finally {
    await browser.close();
  }
}

/**
 * `start()` under 4× CPU throttling (issue 16's goal: at most 50 ms): the time the wasm's start
 * function (web/src/lib.rs `start`, run by the wasm-bindgen glue right after instantiation) takes
 * on the page. Measured from the moment `WebAssembly.instantiateStreaming` (or `instantiate`)
 * resolves, recorded by wrapping it before the page runs, to the moment loader.js marks the app
 * ready (`html[data-ready=true]`, one microtask after `start()` returns). The network is not
 * throttled (loopback, cold cache), only the CPU, so the figure is the page's own work.
 * Compiling and instantiating the wasm (from the response to the instance) is given beside it.
 * Returns the median of `runs` fresh contexts, their range, and every run, in ms.
 */
export async function startTime(url, { runs = 7, cpuSlowdown = MOBILE_THROTTLING.cpuSlowdown } = {}) {
  const browser = await launch();
  const start = [];
  const instantiate = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
      await page.addInitScript(() => {
        const wrap = (name) => {
          const orig = WebAssembly[name];
          if (typeof orig !== "function") return;
          WebAssembly[name] = function (...args) {
            window.__jiuzhuInstStart ??= performance.now();
            return orig.apply(this, args).then((r) => {
              // The page's own wasm is the first; the case module's, fetched after start,
              // comes later and must not move the mark.
              window.__jiuzhuInstantiated ??= performance.now();
              return r;
            });
          };
        };
        wrap("instantiateStreaming");
        wrap("instantiate");
        new MutationObserver((_, obs) => {
          if (document.documentElement?.dataset.ready !== "true") return;
          obs.disconnect();
          window.__jiuzhuReadyAt = performance.now();
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
      });
      await page.goto(url, { waitUntil: "load", timeout: 60000 });
      await page.waitForFunction(() => window.__jiuzhuReadyAt !== undefined, null, { timeout: 60000 });
      const r = await page.evaluate(() => ({ ready: window.__jiuzhuReadyAt, inst: window.__jiuzhuInstantiated, instStart: window.__jiuzhuInstStart }));
      if (typeof r.inst !== "number") throw new Error("the page did not instantiate its wasm through WebAssembly.instantiate(Streaming)");
      start.push(r.ready - r.inst);
      instantiate.push(r.inst - r.instStart);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...start].sort((a, b) => a - b);
  const inst = [...instantiate].sort((a, b) => a - b);
  return { runs, cpuSlowdown, medianMs: quantile(sorted, 0.5), rangeMs: [sorted[0], sorted[sorted.length - 1]], all: start, instantiateMedianMs: quantile(inst, 0.5) };
}

/**
 * Serves `dist` with `python3 -m http.server` (a plain static server: no compression, no
 * special headers), as issue 16 asks for Lighthouse. The site is served at the root.
 */
export async function startPlainServer(dist = DIST) {
  const { spawn } = await import("node:child_process");
  const { createServer: probe } = await import("node:net");
  const port = await new Promise((resolve) => {
    const s = probe().listen(0, "127.0.0.1", () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  const child = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dist], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    server: "python3 -m http.server (plain, no compression)",
    stop: () => new Promise((r) => { child.once("exit", r); child.kill(); }),
  };
}
