// `make bench`: the five figures of issue 7, with the machine they were measured on.
//   1. first-load transfer size (gzip and brotli, per asset and total; the budget is enforced by
//      `make test`, here it is only shown);
//   2. native assessment time (cargo bench -p jiuzhu --bench assess);
//   3. in-browser assessment time, JS↔wasm conversion included (tests/bench/browser.mjs);
//   4. Lighthouse, mobile preset (tests/bench/lighthouse.mjs; needs `npm ci --prefix tests/bench`);
//   5. cold start: navigation → app ready → first computed result, under mobile throttling.
// Timing figures are reported, never asserted. The figures are also written to
// tests/bench/out/latest.json for the README's "Performance" section.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterStartSizes, allSizes, assetSizes, BUDGET_BYTES, BUDGET_ENCODING, TARGET_BYTES } from "./sizes.mjs";
import { DIST } from "../e2e/harness.mjs";
import { browserBench, buildBenchDist, clerkUpdateBench, coldStart, startIsolatedSite, MOBILE_THROTTLING } from "./browser.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const BUDGET_MS = 0.2;
const figures = {};
let failed = false;

// ---- machine ----------------------------------------------------------------------------------
const cpuinfo = (() => {
  try { return readFileSync("/proc/cpuinfo", "utf8"); } catch { return ""; }
})();
const model = (cpuinfo.match(/^model name\s*:\s*(.+)$/m) ?? [])[1] ?? cpus()[0]?.model ?? "unknown";
const nproc = (spawnSync("nproc", { encoding: "utf8" }).stdout || String(cpus().length)).trim();
const chromium = (spawnSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).stdout || "").trim();
const rustc = (spawnSync("rustc", ["--version"], { encoding: "utf8" }).stdout || "").trim();
figures.machine = { cpu: model, nproc: Number(nproc), memGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version, rustc, chromium };
console.log("== Machine");
console.log(`${model}, ${nproc} cores (nproc), ${figures.machine.memGiB} GiB; node ${process.version}; ${rustc}; ${chromium}`);

// ---- 1. sizes ---------------------------------------------------------------------------------
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const { assets, total } = assetSizes(DIST);
console.log("\n== 1. First-load transfer size (web/dist)");
console.log("asset".padEnd(44) + "raw".padStart(11) + "gzip".padStart(11) + "brotli".padStart(11));
for (const a of assets) console.log(a.file.padEnd(44) + kb(a.raw) + kb(a.gzip) + kb(a.brotli));
console.log("TOTAL".padEnd(44) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
for (const enc of ["gzip", "brotli"]) {
  const verdict = total[enc] <= TARGET_BYTES ? "within target" : total[enc] <= BUDGET_BYTES ? "within budget" : "OVER budget";
  console.log(`${enc.padEnd(7)} ${kb(total[enc])}  budget ${kb(BUDGET_BYTES)}, target ${kb(TARGET_BYTES)}: ${verdict}${enc === BUDGET_ENCODING ? "  (enforced by make test)" : ""}`);
}
const later = afterStartSizes(DIST);
console.log(`fetched right after start, whatever the user does (the plan's text behind citations): ${later.assets.map((a) => a.file).join(", ")} ${kb(later.total.gzip)} gzip`);
const counter = assetSizes(DIST, "clerk.html");
const precached = allSizes(DIST);
console.log(`counter page (clerk.html) opened directly: ${kb(counter.total.gzip)} gzip; the worker precaches ${kb(precached.total.gzip - total.gzip)} gzip more after the first load, whatever the user does`);
figures.size = { totalGzipBytes: total.gzip, totalBrotliBytes: total.brotli, totalRawBytes: total.raw, budgetBytes: BUDGET_BYTES, budgetEncoding: BUDGET_ENCODING, afterStartGzipBytes: later.total.gzip, counterPageGzipBytes: counter.total.gzip, precachedAfterLoadGzipBytes: precached.total.gzip - total.gzip };

// ---- 2. native --------------------------------------------------------------------------------
console.log("\n== 2. Native assessment time (cargo bench -p jiuzhu --bench assess, release profile)");
{
  const r = spawnSync("cargo", ["bench", "-q", "--locked", "-p", "jiuzhu", "--bench", "assess"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const out = r.stdout ?? "";
  for (const line of out.split("\n")) if (line.startsWith("native assess:")) console.log(line);
  const m = out.match(/^native_ns_per_assessment (\d+)/m);
  if (r.status !== 0 || !m) {
    console.log(`native bench FAILED (exit ${r.status})`);
    failed = true;
  } else {
    figures.native = { medianNs: Number(m[1]) };
  }
}

// ---- 3 and 5. browser -------------------------------------------------------------------------
// The shipped page (web/dist) for cold start and Lighthouse; the same release build with the
// `export-api` feature (target/bench-dist) where assess() must be called from JS.
console.log("\n(building the release site with --features export-api into target/bench-dist for 3 and 5)");
let apiSite = null;
try {
  apiSite = await startIsolatedSite({ dist: buildBenchDist() });
} catch (e) {
  console.log(`bench build FAILED: ${e.message}`);
  failed = true;
}
const site = await startIsolatedSite();
try {
  if (apiSite) {
    console.log("\n== 3. In-browser assessment time (headless Chromium, assess() from JS, conversion included; export-api build)");
    const b = await browserBench(apiSite.url);
    const f = (x) => x.toFixed(3) + " ms";
    console.log(`${b.calls} calls over ${b.scenarios} scenario situations (${b.assessed} assessed); clock step ${(b.timerMs * 1000).toFixed(1)} µs, crossOriginIsolated ${b.isolated}`);
    console.log(`median ${f(b.median)}, p95 ${f(b.p95)} (mean ${f(b.mean)}); budget ${BUDGET_MS} ms: median ${b.median <= BUDGET_MS ? "within" : "OVER"}, p95 ${b.p95 <= BUDGET_MS ? "within" : "OVER"}`);
    figures.browser = { medianMs: b.median, p95Ms: b.p95, meanMs: b.mean, calls: b.calls, budgetMs: BUDGET_MS };
  }

  console.log(`\n== 5. Cold start under mobile throttling (CDP: ${MOBILE_THROTTLING.cpuSlowdown}× CPU, ${MOBILE_THROTTLING.rttMs} ms RTT, ${MOBILE_THROTTLING.downKbps} kbit/s down, cold cache; brotli from the server)`);
  const c = await coldStart(site.url);
  console.log(`shipped page, median of ${c.runs} runs: load event ${c.loadMs?.toFixed(0)} ms, app ready ${c.readyMs.toFixed(0)} ms after navigation start`);
  figures.coldStart = { readyMs: c.readyMs, loadMs: c.loadMs, runs: c.runs, throttling: MOBILE_THROTTLING, cls: c.cls, shifts: c.shifts };
  console.log(`layout shift during start (first run, 412×823 mobile viewport): ${c.cls.toFixed(3)}${c.shifts.length ? "; largest: " + c.shifts.map((s) => `${s.value.toFixed(3)} at ${s.at.toFixed(0)} ms moving ${s.sources.join(", ") || "?"}`).join("; ") : ""}`);
  if (apiSite) {
    const ca = await coldStart(apiSite.url);
    console.log(`export-api build, median of ${ca.runs} runs: app ready ${ca.readyMs.toFixed(0)} ms, first computed result (one assess()) ${ca.firstResultMs?.toFixed(0)} ms after navigation start`);
    figures.coldStart.apiBuild = { readyMs: ca.readyMs, firstResultMs: ca.firstResultMs, loadMs: ca.loadMs };
  }

  console.log("\n== 6. Clerk view: one update as the clerk types (engine + checks + re-render, before layout)");
  const u = await clerkUpdateBench(site.url);
  console.log(`${u.updates} updates of a typical case (${u.paths} paths shown): median ${u.median.toFixed(2)} ms, p95 ${u.p95.toFixed(2)} ms; one frame is 16.7 ms: ${u.p95 <= 16.7 ? "within" : "OVER"}`);
  figures.clerkUpdate = { medianMs: u.median, p95Ms: u.p95, updates: u.updates };

  // ---- 4. Lighthouse ----------------------------------------------------------------------------
  console.log("\n== 4. Lighthouse 12.2.3, mobile preset (simulated throttling), Debian Chromium, shipped page, median of 3 runs");
  let lighthouseMedian;
  try {
    ({ lighthouseMedian } = await import("./lighthouse.mjs"));
  } catch (e) {
    console.log(`Lighthouse is not installed (${e.code ?? e.message}): run \`npm ci --prefix tests/bench\``);
    failed = true;
  }
  if (lighthouseMedian) {
    const l = await lighthouseMedian(site.url, 3);
    console.log(`Performance ${l.performance} (runs: ${l.performanceScores.join(", ")}), Accessibility ${l.accessibility}, Best Practices ${l.bestPractices}, SEO ${l.seo}`);
    console.log(`LCP ${l.lcpMs.toFixed(0)} ms, TBT ${l.tbtMs.toFixed(0)} ms, TTI ${l.ttiMs?.toFixed(0)} ms, FCP ${l.fcpMs.toFixed(0)} ms, CLS ${l.cls}`);
    for (const [cat, ids] of Object.entries(l.notPassing)) if (ids.length) console.log(`not passing in ${cat}: ${ids.join(", ")}`);
    for (const e of l.consoleErrors) console.log(`console error: ${e}`);
    if (l.layoutShifts.length) console.log(`layout shifts (first run): ${l.layoutShifts.join("; ")}`);
    if (l.longTasks.length) console.log(`long tasks (first run, observed): ${l.longTasks.join("; ")}`);
    if (l.readyMarkMs != null) console.log(`performance mark jiuzhu-ready at ${l.readyMarkMs.toFixed(0)} ms (observed, unthrottled)`);
    figures.lighthouse = l;
  }
} finally {
  await site.stop();
  if (apiSite) await apiSite.stop();
}

// ---- summary ----------------------------------------------------------------------------------
const s = figures;
console.log("\n== Summary (" + model + ", " + nproc + " cores)");
console.log(`1. first load: ${(s.size.totalGzipBytes / 1024).toFixed(1)} KB gzip, ${(s.size.totalBrotliBytes / 1024).toFixed(1)} KB brotli (budget ${BUDGET_BYTES / 1024} KB ${BUDGET_ENCODING})`);
if (s.native) console.log(`2. native assess: median ${(s.native.medianNs / 1000).toFixed(1)} µs`);
if (s.browser) console.log(`3. in-browser assess: median ${s.browser.medianMs.toFixed(3)} ms, p95 ${s.browser.p95Ms.toFixed(3)} ms (budget ${BUDGET_MS} ms)`);
if (s.lighthouse) console.log(`4. Lighthouse mobile: Performance ${s.lighthouse.performance}, Accessibility ${s.lighthouse.accessibility}, Best Practices ${s.lighthouse.bestPractices}, SEO ${s.lighthouse.seo}; LCP ${s.lighthouse.lcpMs.toFixed(0)} ms, TBT ${s.lighthouse.tbtMs.toFixed(0)} ms, TTI ${s.lighthouse.ttiMs?.toFixed(0)} ms`);
if (s.coldStart) console.log(`5. cold start (mobile throttling): shipped page ready ${s.coldStart.readyMs.toFixed(0)} ms; export-api build first result ${s.coldStart.apiBuild?.firstResultMs?.toFixed(0) ?? "n/a"} ms`);
if (s.clerkUpdate) console.log(`6. clerk view update: median ${s.clerkUpdate.medianMs.toFixed(2)} ms, p95 ${s.clerkUpdate.p95Ms.toFixed(2)} ms (one frame: 16.7 ms)`);
mkdirSync(join(here, "out"), { recursive: true });
writeFileSync(join(here, "out", "latest.json"), JSON.stringify({ measuredAt: new Date().toISOString(), ...figures }, null, 2) + "\n");
if (failed) process.exit(1);
