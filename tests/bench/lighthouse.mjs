// Lighthouse for `make bench` (issue 7, benchmark 4): npm lighthouse@12.2.3 (installed in
// tests/bench/node_modules by `npm ci --prefix tests/bench`, apart from `make test`'s tools)
// against the served release site, in Debian's Chromium, with the default mobile preset
// (simulated "slow 4G" and 4× CPU slowdown on a Moto G Power-sized screen). Reported, never
// asserted.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { fileURLToPath } from "node:url";

export const CHROME = "/usr/bin/chromium";

/**
 * Runs Lighthouse on `url`. Returns the four category scores (0–100), LCP, TBT, TTI, FCP, Speed
 * Index (ms) and CLS, and the Lighthouse and Chromium versions.
 */
export async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error("lighthouse returned nothing");
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
    const ms = (id) => lhr.audits[id]?.numericValue ?? null;
    const failing = (cat) =>
      (lhr.categories[cat]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
        .map((ref) => ref.id);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: ms("largest-contentful-paint"),
      tbtMs: ms("total-blocking-time"),
      ttiMs: ms("interactive"),
      fcpMs: ms("first-contentful-paint"),
      speedIndexMs: ms("speed-index"),
      cls: ms("cumulative-layout-shift"),
      notPassing: {
        performance: failing("performance"),
        accessibility: failing("accessibility"),
        bestPractices: failing("best-practices"),
        seo: failing("seo"),
      },
      // The page's own "app ready" mark, if web/loader.js sets one (performance.mark("jiuzhu-ready")):
      // observed, not simulated, so it is the unthrottled time on this machine.
      readyMarkMs: (lhr.audits["user-timings"]?.details?.items ?? []).find((i) => i.name === "jiuzhu-ready")?.startTime ?? null,
      // Which elements moved (CLS) and the longest main-thread tasks (TBT), to say why.
      layoutShifts: (lhr.audits["layout-shifts"]?.details?.items ?? []).slice(0, 5).map((i) => `${i.node?.selector ?? i.node?.nodeLabel ?? "?"} (${(i.score ?? 0).toFixed(3)})`),
      longTasks: (lhr.audits["long-tasks"]?.details?.items ?? []).slice(0, 5).map((i) => `${i.url ?? "?"} ${Math.round(i.duration)} ms at ${Math.round(i.startTime)} ms`),
      // What the page logged as errors (a Best Practices audit), so the README can say why.
      consoleErrors: (lhr.audits["errors-in-console"]?.details?.items ?? []).map((i) => `${i.sourceLocation?.url ?? i.source ?? ""}: ${i.description}`),
      lighthouseVersion: lhr.lighthouseVersion,
      browser: lhr.environment?.hostUserAgent ?? "",
      formFactor: lhr.configSettings?.formFactor,
      throttling: lhr.configSettings?.throttlingMethod,
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * Lighthouse varies from run to run; this runs it `runs` times and returns the median of every
 * score and timing (each on its own), with the first run's lists and versions.
 */
export async function lighthouseMedian(url, runs = 3) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseRun(url));
  const median = (k) => {
    const xs = all.map((r) => r[k]).filter((x) => typeof x === "number").sort((a, b) => a - b);
    return xs.length ? xs[Math.floor((xs.length - 1) / 2)] : null;
  };
  const out = { ...all[0], runs };
  for (const k of Object.keys(all[0])) if (typeof all[0][k] === "number") out[k] = median(k);
  out.performanceScores = all.map((r) => r.performance);
  return out;
}

// `node tests/bench/lighthouse.mjs` runs it on its own against the release site.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { startIsolatedSite } = await import("./browser.mjs");
  const site = await startIsolatedSite();
  try {
    console.log(await lighthouseMedian(site.url));
  } finally {
    await site.stop();
  }
}
