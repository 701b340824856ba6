// Offline use (issue 7): the release site is an installable web app whose service worker
// precaches this build's files, so that after one visit it works with the network gone; a new
// release replaces the old cache and the page says so; the worker asks for nothing but the
// site's own files.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DIST, launch, launchWithProfile, openApp, recordWorkerRequests, startSiteCopy,
} from "./harness.mjs";

/** The files of this build, as the worker names them (relative to the sub-path). */
function shippedFiles() {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(DIST.length + 1))
    // site.json is the host's file, not the release's: served network-first, never precached
    // as part of the release (see site.test.mjs).
    .filter((f) => f !== "sw.js" && f !== "site.json")
    .sort();
}

/** What the build hook wrote into dist/sw.js. */
function stamp() {
  const src = readFileSync(join(DIST, "sw.js"), "utf8");
  const version = src.match(/^const VERSION = "([^"]*)";$/m)?.[1];
  const files = JSON.parse(src.match(/^const FILES = (\[.*\]);$/m)?.[1] ?? "null");
  return { version, files };
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

/** Foreign requests and page errors fail a test even where requests after load are expected. */
function assertOwnAndQuiet(app, site) {
  const foreign = app.log.requests.filter((r) => !r.url.startsWith(site.url));
  assert.deepEqual(foreign, [], "every page request stays inside the site");
  assert.deepEqual(app.log.errors, [], "no console error or uncaught exception");
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the build stamps sw.js with exactly this build's files and a content version", () => {
  const { version, files } = stamp();
  assert.match(version ?? "", /^[0-9a-f]{16}$/, "a 16-hex-digit version, not the placeholder");
  assert.deepEqual(files, shippedFiles());
  assert.ok(files.includes("index.html") && files.some((f) => f.endsWith(".wasm")));
});

test("the manifest names the app, and Chromium finds it installable", async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8"));
  assert.equal(manifest.name, "救助预查");
  assert.ok(typeof manifest.short_name === "string" && manifest.short_name.length > 0, "short_name");
  assert.ok([...manifest.short_name].length <= 12, "short_name fits under a home-screen icon");
  assert.equal(manifest.start_url, "./");
  assert.equal(manifest.scope, "./");
  assert.equal(manifest.display, "standalone");
  assert.equal(manifest.lang, "zh-CN");
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
  assert.ok(Array.isArray(manifest.icons) && manifest.icons.length > 0, "icons");
  for (const icon of manifest.icons) {
    assert.ok(!/^[a-z]+:|^\//i.test(icon.src), `icon URL is relative: ${icon.src}`);
    assert.ok(existsSync(join(DIST, icon.src)), `icon ships in dist: ${icon.src}`);
    if (icon.type === "image/svg+xml") {
      assert.equal(icon.sizes, "any");
      assert.match(readFileSync(join(DIST, icon.src), "utf8"), /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
  }
  assert.ok(stamp().files.includes("manifest.webmanifest"), "the manifest is precached");

  // Chromium's own verdict, which also covers the worker and the icon. Incognito contexts
  // always report "in-incognito", hence a profile on disk.
  const site = await startSiteCopy();
  const profile = mkdtempSync(join(tmpdir(), "jiuzhu-profile-"));
  const context = await launchWithProfile(profile);
  try {
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, []);
    const { errors, url } = await cdp.send("Page.getAppManifest");
    assert.equal(url, site.url + "manifest.webmanifest");
    assert.deepEqual(errors, [], "Chromium parses the manifest without complaint");
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await site.stop();
  }
});

test("after one visit the site works with the network gone", async () => {
  const site = await startSiteCopy();
  const workers = recordWorkerRequests(browser);
  const app = await openApp(workers.browser, site);
  const { page, context } = app;
  try {
    await controlled(page);
    // The worker asked for this build's files and nothing else; the page made no request
    // after load (precaching is the worker's traffic, never the page's).
    // Plus the district's site.json, which the worker keeps for offline use.
    const expected = [...stamp().files.map((f) => site.url + (f === "index.html" ? "" : f)), site.url + "site.json"];
    const fetched = workers.urls.filter((u) => !u.endsWith("/sw.js"));
    assert.deepEqual([...fetched].sort(), [...expected].sort());
    app.check();
    assert.deepEqual(await cacheNames(page), [`jiuzhu ${site.url} ${stamp().version}`]);
    assert.deepEqual(await context.cookies(), [], "no cookies");

    const workerRequestsOnline = workers.urls.length;
    // Cut the network twice over: the browser's offline emulation and no server at all.
    await context.setOffline(true);
    await site.stop();
    await assert.rejects(fetch(site.url), "the static server is really gone");

    const served = [];
    page.on("response", (res) => served.push({ url: res.url(), sw: res.fromServiceWorker(), status: res.status() }));
    await page.reload({ waitUntil: "load" });
    await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
    assert.ok(served.length >= 4, "page, style, scripts and wasm were loaded again");
    for (const r of served) assert.ok(r.sw && r.status === 200, `answered by the worker: ${JSON.stringify(r)}`);

    // A short journey: the wasm app runs and reacts to input.
    await page.fill("#accepted", "2024-09-30", { timeout: 10000 });
    await page.waitForFunction(() => (document.getElementById("progress")?.textContent ?? "").trim() !== "", null, { timeout: 10000 });
    assert.equal(await page.inputValue("#accepted"), "2024-09-30");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), "true");
    assert.equal(await page.isHidden("#load-error"), true);
    assert.equal(await page.evaluate(() => localStorage.length), 0, "localStorage untouched");
    assertOwnAndQuiet(app, site);
    // Except site.json, which the worker asks the network for first (then answers from its copy).
    const offlineFetches = workers.urls.slice(workerRequestsOnline).filter((u) => u !== site.url + "site.json");
    assert.deepEqual(offlineFetches, [], "the worker fetched nothing while offline");
  } finally {
    await context.close();
    await site.stop();
  }
});

test("the worker answers only for this build's files and leaves every other request alone", async () => {
  const site = await startSiteCopy();
  const app = await openApp(browser, site);
  const { page, context } = app;
  try {
    await controlled(page);
    app.check();
    const status = (path, init) => page.evaluate(async ([p, i]) => {
      const res = await fetch(p, i);
      return res.status;
    }, [path, init]);
    const sources = [];
    page.on("response", (res) => sources.push([new URL(res.url()).pathname + " " + res.request().method(), res.fromServiceWorker()]));
    // python's http.server answers 404 for a missing file and 501 for a POST: both prove the
    // request reached the server rather than the worker's cache.
    assert.equal(await status("manifest.webmanifest"), 200);
    assert.equal(await status("not-in-this-build.txt"), 404);
    assert.equal(await status("manifest.webmanifest", { method: "POST", body: "x" }), 501);
    assert.deepEqual(sources, [
      ["/a/b/manifest.webmanifest GET", true],
      ["/a/b/not-in-this-build.txt GET", false],
      ["/a/b/manifest.webmanifest POST", false],
    ]);
    assert.deepEqual(app.log.errors.filter((e) => !/404|501/.test(e)), []);
  } finally {
    await context.close();
    await site.stop();
  }
});

test("a new release replaces the old cache, and the page says a new version is ready", async () => {
  const site = await startSiteCopy();
  const workers = recordWorkerRequests(browser);
  const app = await openApp(workers.browser, site);
  const { page, context } = app;
  try {
    await controlled(page);
    const old = stamp().version;
    assert.deepEqual(await cacheNames(page), [`jiuzhu ${site.url} ${old}`]);
    assert.equal(await page.isHidden("#update-ready"), true, "no banner on a first visit");

    // Publish a "new release" in place: another version string in sw.js and a visibly
    // different page, as a rebuild would produce.
    const next = old + "-next";
    const sw = join(site.root, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(`const VERSION = "${old}";`, `const VERSION = "${next}";`));
    const index = join(site.root, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replace("<html ", '<html data-release="next" '));

    // Next visit: the old worker serves the old page at once, the browser finds the new sw.js,
    // which precaches the new release and takes over, and the page shows the banner.
    await page.reload();
    await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.release), undefined);
    await page.waitForSelector("#update-ready:not([hidden])", { state: "attached", timeout: 15000 });
    // The banner comes with the change of controller, which precedes the end of activation,
    // where the old cache is deleted.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
    assert.deepEqual(await cacheNames(page), [`jiuzhu ${site.url} ${next}`], "the old cache is gone");

    // The banner's button reloads, which brings the new release, without a banner.
    await Promise.all([page.waitForEvent("load"), page.click('#update-ready [data-action="reload"]')]);
    await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.release), "next");
    assert.equal(await page.isHidden("#update-ready"), true);

    for (const u of workers.urls) assert.ok(u.startsWith(site.url), `worker request inside the site: ${u}`);
    assertOwnAndQuiet(app, site);
  } finally {
    await context.close();
    await site.stop();
  }
});
