// `make bench`: issue 16's figures, each beside its budget, with the machine they were measured on.
//   1. first load: transfer size per file and total (gzip and brotli), its budget and the ratio;
//      the counter page and clauses.json beside it;
//   2. where the resident wasm's bytes go, by bucket (tests/bench/attribution.mjs);
//   3. native `evaluate` per household (crate/benches/assess.rs), on the 2,000 seeded households
//      of tests/bench/households.mjs;
//   4. the engine API in Chromium (export-api build), every form, on the same households:
//      medians with their range over runs, and percentiles of single calls;
//   5. start() under 4× CPU throttling;
//   6. cold start under mobile throttling; 7. one update of the clerk view;
//   8. Lighthouse, mobile preset, on a plain `python3 -m http.server` (no compression).
// Timing figures are reported, never asserted. The figures are also written to
// tests/bench/out/latest.json for the README's "Performance" section.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterStartSizes, allSizes, assetSizes, BUDGET_BYTES, BUDGET_ENCODING, COUNTER_BUDGET_BYTES } from "./sizes.mjs";
import { DIST } from "../e2e/harness.mjs";
import { API_FORMS, browserBench, buildBenchDist, clerkUpdateBench, coldStart, startIsolatedSite, startPlainServer, startTime, MOBILE_THROTTLING } from "./browser.mjs";
import { attribute, buildNamed, sectionSizes } from "./attribution.mjs";
import { households, HOUSEHOLDS, SEED } from "./households.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
/** Issue 16's goals, each figure's budget. */
export const GOALS = {
  firstLoadBytes: 100 * 1024,
  firstLoadTargetBytes: 75 * 1024,
  apiFullUs: 50,
  apiSummaryUs: 10,
  nativeUs: 5,
  startMs: 50,
  lighthousePerformance: 100,
  lcpMs: 2500,
};
const figures = {};
let failed = false;
const ratio = (value, budget) => (value / budget).toFixed(2) + "×";
const within = (value, budget) => (value <= budget ? "within" : "OVER");

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
console.log("\n== 1. First load: transfer size of the resident page (web/dist/index.html and what it names, sw.js)");
console.log("file".padEnd(44) + "raw".padStart(11) + "gzip".padStart(11) + "brotli".padStart(11));
for (const a of assets) console.log(a.file.padEnd(44) + kb(a.raw) + kb(a.gzip) + kb(a.brotli));
console.log("TOTAL".padEnd(44) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
console.log(`gzip ${total.gzip} B: issue 16's budget ${kb(GOALS.firstLoadBytes)} → ${ratio(total.gzip, GOALS.firstLoadBytes)} (${within(total.gzip, GOALS.firstLoadBytes)}); its target ${kb(GOALS.firstLoadTargetBytes)} → ${ratio(total.gzip, GOALS.firstLoadTargetBytes)}; make test enforces ${kb(BUDGET_BYTES)} ${BUDGET_ENCODING} → ${ratio(total.gzip, BUDGET_BYTES)} (${within(total.gzip, BUDGET_BYTES)})`);
const later = afterStartSizes(DIST);
console.log(`fetched right after start, whatever the user does (the plan's text behind citations; the case module: the resident's result, the hand-over code, the scanner, files): ${later.assets.map((a) => `${a.file} ${kb(a.gzip)}`).join(", ")}; ${kb(later.total.gzip)} gzip in all`);
const counter = assetSizes(DIST, "clerk.html");
const precached = allSizes(DIST);
console.log(`counter page (clerk.html) opened directly: ${kb(counter.total.gzip)} gzip (${counter.total.gzip} B), budget ${kb(COUNTER_BUDGET_BYTES)} → ${ratio(counter.total.gzip, COUNTER_BUDGET_BYTES)}; the worker precaches ${kb(precached.total.gzip - total.gzip)} gzip more after the first load, whatever the user does`);
const shippedWasm = assets.find((a) => a.file.endsWith(".wasm"));
figures.size = {
  totalGzipBytes: total.gzip, totalBrotliBytes: total.brotli, totalRawBytes: total.raw,
  files: assets, goalBytes: GOALS.firstLoadBytes, targetBytes: GOALS.firstLoadTargetBytes, enforcedBytes: BUDGET_BYTES, budgetEncoding: BUDGET_ENCODING,
  afterStartGzipBytes: later.total.gzip, counterPageGzipBytes: counter.total.gzip, precachedAfterLoadGzipBytes: precached.total.gzip - total.gzip,
};

// ---- 1b. the hand-over code (issue 15) -------------------------------------------------------
// A household of four with incomes, an emergency, an expense and the answers the form sends
// (tests/bench/family-of-four.json, the household of tests/e2e/handoff.test.mjs): how long its
// code is and which QR version (level M) draws it; the issue asks for version 15 or lower.
console.log("\n== 1b. The hand-over code of a household of four (issue 15): QR version at level M");
figures.handoff = {};
for (const [key, extra] of [["withoutNames", []], ["withNames", ["--names"]]]) {
  const r = spawnSync("cargo", ["run", "-q", "--release", "--locked", "-p", "jiuzhu", "--", "qr", ...extra, join(root, "tests", "bench", "family-of-four.json")], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) {
    console.log(`jiuzhu qr FAILED: ${r.stderr}`);
    failed = true;
    continue;
  }
  const q = JSON.parse(r.stdout);
  figures.handoff[key] = { chars: q.chars, version: q.version };
  console.log(`${key === "withNames" ? "with the four names" : "names left out (the default)"}: ${q.chars} characters, version ${q.version}-${q.level} (${17 + 4 * q.version} × ${17 + 4 * q.version} modules); budget version 15 → ${q.version <= 15 ? "✓" : "✗"}`);
}

// ---- 2. attribution ---------------------------------------------------------------------------
console.log("\n== 2. Where the resident wasm's bytes go (a release build with function names; see tests/bench/attribution.mjs for how)");
try {
  const a = attribute(buildNamed());
  const shipped = shippedWasm ? sectionSizes(join(DIST, shippedWasm.file)) : null;
  if (shipped) {
    console.log(`named build without its names: ${a.moduleRaw} B raw, ${a.moduleGzip} B gzip (code ${a.codeRaw} B, data ${a.dataRaw} B); shipped ${shippedWasm.file}: ${shipped.raw} B raw, ${shipped.gzip} B gzip (code ${shipped.codeRaw} B, data ${shipped.dataRaw} B)`);
  }
  console.log("bucket".padEnd(58) + "raw".padStart(10) + "gzip (leave-one-out)".padStart(22) + "  largest function");
  for (const b of a.buckets) {
    const top = b.biggest[0] ? `${b.biggest[0].name.replace(/::h[0-9a-f]{16}$/, "").slice(0, 70)} (${(b.biggest[0].raw / 1024).toFixed(1)} KB)` : "";
    console.log(b.bucket.padEnd(58) + kb(b.raw).padStart(10) + kb(b.gzip).padStart(22) + "  " + top);
  }
  const sumGzip = a.buckets.reduce((t, b) => t + b.gzip, 0);
  console.log(`${"shared between buckets and the module's other sections".padEnd(58)}${"".padStart(10)}${kb(a.moduleGzip - sumGzip).padStart(22)}`);
  console.log(`${"the wasm, gzip".padEnd(58)}${kb(a.moduleRaw).padStart(10)}${kb(a.moduleGzip).padStart(22)}`);
  figures.attribution = { ...a, shipped };
} catch (e) {
  console.log(`attribution FAILED: ${e.message}`);
  failed = true;
}

// ---- 3. native --------------------------------------------------------------------------------
const list = households();
const householdsFile = join(root, "target", "bench-households.json");
mkdirSync(dirname(householdsFile), { recursive: true });
writeFileSync(householdsFile, JSON.stringify(list));
// Twice: with the release profile as the CLI ships it (opt-level "z", the workspace's choice
// for the wasm's size), and with opt-level 3, what a native embedder building for speed gets.
console.log(`\n== 3. Native evaluate (validate + assess) per household: cargo bench -p jiuzhu --bench assess, the ${HOUSEHOLDS} seeded households (seed ${SEED})`);
figures.native = {};
for (const [key, label, env] of [
  ["release", 'release profile (opt-level "z", as the CLI ships)', {}],
  ["opt3", "opt-level 3 (CARGO_PROFILE_BENCH_OPT_LEVEL=3)", { CARGO_PROFILE_BENCH_OPT_LEVEL: "3" }],
]) {
  const r = spawnSync("cargo", ["bench", "-q", "--locked", "-p", "jiuzhu", "--bench", "assess"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env, JIUZHU_BENCH_HOUSEHOLDS: householdsFile },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const out = r.stdout ?? "";
  console.log(`-- ${label}`);
  for (const line of out.split("\n")) if (line.startsWith("native assess:")) console.log(line);
  const nums = (k) => (out.match(new RegExp(`^${k} (.+)$`, "m")) ?? [])[1]?.trim().split(/\s+/).map(Number);
  const medians = nums("native_run_medians_ns");
  const single = nums("native_single_ns");
  if (r.status !== 0 || !medians || !single) {
    console.log(`native bench FAILED (exit ${r.status})`);
    failed = true;
  } else {
    const sorted = [...medians].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    figures.native[key] = { label, medianNs: median, rangeNs: [sorted[0], sorted[sorted.length - 1]], runMediansNs: medians, p50Ns: single[0], p95Ns: single[1], p99Ns: single[2], households: HOUSEHOLDS, seed: SEED };
    console.log(`budget ${GOALS.nativeUs} µs median: ${(median / 1000).toFixed(1)} µs → ${ratio(median / 1000, GOALS.nativeUs)} (${within(median / 1000, GOALS.nativeUs)})`);
  }
}

// ---- browser ----------------------------------------------------------------------------------
// The shipped page (web/dist) for start, cold start, the clerk view and Lighthouse; the same
// release build with the `export-api` feature (target/bench-dist) where the API is called from JS.
console.log("\n(building the release site with --features export-api, opt-level 3, into target/bench-dist for 4)");
let apiSite = null;
try {
  apiSite = await startIsolatedSite({ dist: buildBenchDist() });
} catch (e) {
  console.log(`bench build FAILED: ${e.message}`);
  failed = true;
}
const site = await startIsolatedSite();
const us = (ms) => (ms * 1000).toFixed(0).padStart(5) + " µs";
try {
  if (apiSite) {
    console.log(`\n== 4. Engine API in headless Chromium (export-api build at opt-level 3, cross-origin isolated for a 5 µs clock), the same ${HOUSEHOLDS} households`);
    const b = await browserBench(apiSite.url, list);
    console.log(`${b.households} households (${b.assessed} assessed, the rest answered with errors), ${b.runs} runs of one call per household and form; clock step ${(b.timerMs * 1000).toFixed(1)} µs, crossOriginIsolated ${b.isolated}; full result ${(b.meanResultChars / 1024).toFixed(1)} K characters of JSON on average, summary ${(b.meanSummaryChars / 1024).toFixed(2)} K`);
    console.log("form".padEnd(48) + "median".padStart(9) + "  runs' medians".padEnd(18) + "p50".padStart(9) + "p95".padStart(9) + "p99".padStart(9) + "   budget, ratio of the median");
    for (const f of API_FORMS) {
      const x = b.forms[f.id];
      const budget = f.kind === "full" ? GOALS.apiFullUs : GOALS.apiSummaryUs;
      const m = x.median * 1000;
      console.log(f.label.padEnd(48) + us(x.median).padStart(9) + `  ${(x.medianRange[0] * 1000).toFixed(0)}–${(x.medianRange[1] * 1000).toFixed(0)} µs`.padEnd(18) + us(x.p50).padStart(9) + us(x.p95).padStart(9) + us(x.p99).padStart(9) + `   ${budget} µs: ${ratio(m, budget)} (${within(m, budget)})`);
    }
    figures.api = b;
  }

  console.log(`\n== 5. start() under ${MOBILE_THROTTLING.cpuSlowdown}× CPU throttling (shipped page; from the wasm's instantiation to app ready; network not throttled)`);
  const st = await startTime(site.url);
  console.log(`median of ${st.runs} runs ${st.medianMs.toFixed(0)} ms (range ${st.rangeMs[0].toFixed(0)}–${st.rangeMs[1].toFixed(0)} ms); compiling and instantiating the wasm before it: ${st.instantiateMedianMs.toFixed(0)} ms; budget ${GOALS.startMs} ms → ${ratio(st.medianMs, GOALS.startMs)} (${within(st.medianMs, GOALS.startMs)})`);
  figures.start = st;

  console.log(`\n== 6. Cold start under mobile throttling (CDP: ${MOBILE_THROTTLING.cpuSlowdown}× CPU, ${MOBILE_THROTTLING.rttMs} ms RTT, ${MOBILE_THROTTLING.downKbps} kbit/s down, cold cache; brotli from the bench's own server)`);
  const c = await coldStart(site.url);
  console.log(`shipped page, median of ${c.runs} runs: load event ${c.loadMs?.toFixed(0)} ms, app ready ${c.readyMs.toFixed(0)} ms after navigation start`);
  figures.coldStart = { readyMs: c.readyMs, loadMs: c.loadMs, runs: c.runs, throttling: MOBILE_THROTTLING, cls: c.cls, shifts: c.shifts };
  console.log(`layout shift during start (first run, 412×823 mobile viewport): ${c.cls.toFixed(3)}${c.shifts.length ? "; largest: " + c.shifts.map((s) => `${s.value.toFixed(3)} at ${s.at.toFixed(0)} ms moving ${s.sources.join(", ") || "?"}`).join("; ") : ""}`);

  console.log("\n== 7. Clerk view: one update as the clerk types (engine + checks + re-render, before layout)");
  const u = await clerkUpdateBench(site.url);
  console.log(`${u.updates} updates of a typical case (${u.paths} paths shown): median ${u.median.toFixed(2)} ms, p95 ${u.p95.toFixed(2)} ms of single updates; one frame is 16.7 ms: ${u.p95 <= 16.7 ? "within" : "OVER"}`);
  figures.clerkUpdate = { medianMs: u.median, p95Ms: u.p95, updates: u.updates };
} finally {
  await site.stop();
  if (apiSite) await apiSite.stop();
}

// ---- 8. Lighthouse ------------------------------------------------------------------------------
{
  let lighthouseMedian;
  try {
    ({ lighthouseMedian } = await import("./lighthouse.mjs"));
  } catch (e) {
    console.log(`\nLighthouse is not installed (${e.code ?? e.message}): run \`make bench-tools\``);
    failed = true;
  }
  if (lighthouseMedian) {
    const plain = await startPlainServer(DIST);
    try {
      console.log(`\n== 8. Lighthouse 12.2.3, mobile preset (simulated throttling), Debian Chromium, shipped page, median of 3 runs; server: ${plain.server}`);
      const l = await lighthouseMedian(plain.url, 3);
      console.log(`Performance ${l.performance} (runs: ${l.performanceScores.join(", ")}), Accessibility ${l.accessibility}, Best Practices ${l.bestPractices}, SEO ${l.seo}`);
      console.log(`LCP ${l.lcpMs.toFixed(0)} ms, TBT ${l.tbtMs.toFixed(0)} ms, TTI ${l.ttiMs?.toFixed(0)} ms, FCP ${l.fcpMs.toFixed(0)} ms, CLS ${l.cls}`);
      console.log(`budget Performance ${GOALS.lighthousePerformance} → ${ratio(l.performance, GOALS.lighthousePerformance)}; LCP ≤ ${GOALS.lcpMs} ms → ${ratio(l.lcpMs, GOALS.lcpMs)} (${within(l.lcpMs, GOALS.lcpMs)})`);
      for (const [cat, ids] of Object.entries(l.notPassing)) if (ids.length) console.log(`not passing in ${cat}: ${ids.join(", ")}`);
      for (const e of l.consoleErrors) console.log(`console error: ${e}`);
      if (l.layoutShifts.length) console.log(`layout shifts (first run): ${l.layoutShifts.join("; ")}`);
      if (l.longTasks.length) console.log(`long tasks (first run, observed): ${l.longTasks.join("; ")}`);
      figures.lighthouse = { ...l, server: plain.server };
    } finally {
      await plain.stop();
    }
  }
}

// ---- summary ----------------------------------------------------------------------------------
const s = figures;
const rows = [];
const row = (figure, value, budget, r) => rows.push({ figure, value, budget, ratio: r });
row("first load, gzip", `${(s.size.totalGzipBytes / 1024).toFixed(1)} KB (${s.size.totalGzipBytes} B)`, `≤ 100 KB (target 75)`, ratio(s.size.totalGzipBytes, GOALS.firstLoadBytes));
if (s.api) {
  const fmt = (f) => `median ${(f.median * 1000).toFixed(0)} µs (runs ${(f.medianRange[0] * 1000).toFixed(0)}–${(f.medianRange[1] * 1000).toFixed(0)}); single calls p50 ${(f.p50 * 1000).toFixed(0)}, p95 ${(f.p95 * 1000).toFixed(0)}, p99 ${(f.p99 * 1000).toFixed(0)} µs`;
  for (const f of API_FORMS) {
    const x = s.api.forms[f.id];
    const budget = f.kind === "full" ? GOALS.apiFullUs : GOALS.apiSummaryUs;
    row(`API ${f.label}`, fmt(x), `≤ ${budget} µs`, ratio(x.median * 1000, budget));
  }
}
for (const n of Object.values(s.native ?? {})) row(`native evaluate, ${n.label}`, `median ${(n.medianNs / 1000).toFixed(1)} µs (runs ${(n.rangeNs[0] / 1000).toFixed(1)}–${(n.rangeNs[1] / 1000).toFixed(1)}); single calls p50 ${(n.p50Ns / 1000).toFixed(1)}, p95 ${(n.p95Ns / 1000).toFixed(1)}, p99 ${(n.p99Ns / 1000).toFixed(1)} µs`, `≤ ${GOALS.nativeUs} µs`, ratio(n.medianNs / 1000, GOALS.nativeUs));
if (s.start) row(`start() at ${s.start.cpuSlowdown}× CPU`, `median ${s.start.medianMs.toFixed(0)} ms (runs ${s.start.rangeMs[0].toFixed(0)}–${s.start.rangeMs[1].toFixed(0)})`, `≤ ${GOALS.startMs} ms`, ratio(s.start.medianMs, GOALS.startMs));
if (s.lighthouse) {
  row("Lighthouse mobile Performance, plain server", `${s.lighthouse.performance} (runs ${s.lighthouse.performanceScores.join(", ")})`, "100", ratio(s.lighthouse.performance, GOALS.lighthousePerformance));
  row("Lighthouse LCP, plain server", `${(s.lighthouse.lcpMs / 1000).toFixed(2)} s (FCP ${(s.lighthouse.fcpMs / 1000).toFixed(2)} s, TBT ${s.lighthouse.tbtMs.toFixed(0)} ms)`, "≤ 2.5 s", ratio(s.lighthouse.lcpMs, GOALS.lcpMs));
}
console.log(`\n== Summary: each figure beside issue 16's budget (${model}, ${nproc} cores, ${new Date().toISOString().slice(0, 10)})`);
for (const r of rows) console.log(`${r.figure.padEnd(52)} ${r.value}  | budget ${r.budget} | ${r.ratio}`);
if (s.coldStart) console.log(`cold start (mobile throttling): shipped page ready ${s.coldStart.readyMs.toFixed(0)} ms after navigation`);
if (s.clerkUpdate) console.log(`clerk view update: median ${s.clerkUpdate.medianMs.toFixed(2)} ms, p95 ${s.clerkUpdate.p95Ms.toFixed(2)} ms (one frame: 16.7 ms)`);
figures.summary = rows;
mkdirSync(join(here, "out"), { recursive: true });
writeFileSync(join(here, "out", "latest.json"), JSON.stringify({ measuredAt: new Date().toISOString(), ...figures }, null, 2) + "\n");
if (failed) process.exit(1);
