// Transfer sizes of the built site: what a first visit downloads, raw, gzip and brotli.
// Shared by the size-budget test (make test) and the benchmark (make bench).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

/** The pages of the site: the resident's (the first load) and the counter's (clerk.html). */
export const PAGES = ["index.html", "clerk.html"];
/**
 * Files loader.js fetches right after the page has started, on every visit and whatever the user
 * does: the plan's own words shown behind citations (web/src/plan.rs), and the hand-over code's
 * module (web/code: its glue and wasm, content-hashed by join-pages.sh, named in the pages'
 * data-code attributes). Not part of the first load; `make bench` prints them beside it.
 */
export function afterStart(dist) {
  return distFiles(dist).filter((f) => f === "clauses.json" || /^jiuzhu-code-[0-9a-f]{16}(\.js|_bg\.wasm)$/.test(f));
}
/**
 * The district's configuration (issue 14): loader.js reads it while the page loads, on every
 * visit, so it is part of each page's load. The release ships one that sets nothing; a host's
 * own file weighs what the host writes.
 */
export const SITE_FILE = "site.json";

function measure(dist, file) {
  const buf = readFileSync(join(dist, file));
  return {
    file,
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function summed(list) {
  list.sort((a, b) => b.gzip - a.gzip);
  const total = list.reduce((t, a) => ({ raw: t.raw + a.raw, gzip: t.gzip + a.gzip, brotli: t.brotli + a.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { assets: list, total };
}

/**
 * Every file in dist. Names starting with a dot are skipped: nothing links to them, and trunk
 * leaves its staging folder `.stage` behind when a build fails, which would otherwise be counted.
 */
export function distFiles(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(".")) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dist, p));
    }
  };
  walk(dist);
  return out.sort();
}

/**
 * The files a visit to `page` loads, measured: the page, every file of dist the page names (its
 * styles, loader, glue and wasm, manifest, icon), and sw.js, which loader.js registers on every
 * visit. For index.html this is the first load. What the worker then precaches for the other
 * page is fetched after load, whatever the user does, and is not part of it.
 */
export function assetSizes(dist, page = "index.html") {
  let text = readFileSync(join(dist, page), "utf8");
  // The minified HTML leaves most attribute values unquoted: a name counts when it stands
  // between an attribute's delimiters (`=`, `/`, a quote, a blank, `>`).
  const named = (f) => new RegExp(`[=/"'\\s]${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\s>"']`).test(text);
  // The browser reads the manifest the page names, and fetches the icon that names in turn (the
  // page itself carries its icon inline, as a data: URL).
  const manifest = "manifest.webmanifest";
  if (named(manifest)) text += readFileSync(join(dist, manifest), "utf8");
  const later = afterStart(dist);
  const files = distFiles(dist).filter((f) => f === page || f === "sw.js" || f === SITE_FILE || (!PAGES.includes(f) && !later.includes(f) && named(f)));
  return summed(files.map((f) => measure(dist, f)));
}

/** The files of afterStart, measured. */
export function afterStartSizes(dist) {
  return summed(afterStart(dist).map((f) => measure(dist, f)));
}

/** Every file in dist, measured: what the service worker precaches for both pages. */
export function allSizes(dist) {
  return summed(distFiles(dist).map((f) => measure(dist, f)));
}

/**
 * The hard budget: the first load (the resident page, index.html) at most 100 KB (102,400 bytes)
 * gzip, issue 16's figure (DEVELOPERS.md's was 150 KB), below the best peer screener's 104 KB.
 * Its structural steps: the counter view on its own page and wasm (clerk.html), and the result
 * (the rules, their words and the result's rendering) in the case module (web/code), which
 * loader.js fetches right after start, whatever the user does.
 * Enforced on gzip (level 9), the encoding every static server can send; brotli is printed beside it.
 */
export const BUDGET_BYTES = 100 * 1024;
/**
 * The counter page (clerk.html) opened directly, as a clerk does at the counter: at most 180 KB
 * gzip. It is the resident page's engine and page plus the counter view and its checks (about
 * 24 KB gzip more); a clerk loads it once per release, on the office's connection, and the
 * service worker keeps it. Residents never load it before their first screen: the worker
 * precaches it after load. The resident's first load has its own budget, above.
 */
export const COUNTER_BUDGET_BYTES = 180 * 1024;
/** Which compression the budget is enforced on. */
export const BUDGET_ENCODING = "gzip";
/** The target we aim under (issue 16). */
export const TARGET_BYTES = 75 * 1024;
