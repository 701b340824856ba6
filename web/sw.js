// Service worker: after one visit the site works with the network gone.
//
// The build (stamp-sw.sh, a trunk post_build hook) replaces the two placeholders below with a
// version made from the contents of every shipped file and with the list of those files. The
// worker precaches exactly that list when it installs and afterwards answers only requests for
// those files, from its cache. It makes no other request: misses and anything else (other
// paths, other methods, other origins) are left to the browser as if there were no worker.
//
// Updates: a new release has a new version string, so the browser sees a byte-different sw.js
// on its next update check and installs this worker again. Install precaches the new release
// into a new cache and then takes over at once (skipWaiting): pages of the old release already
// hold everything they need in memory and make no further requests, so nothing breaks under
// them. Activate deletes the old release's cache and claims open pages; loader.js sees the
// controller change and shows the "new version is ready" banner.
"use strict";

const VERSION = "__JIUZHU_VERSION__";
const FILES = ["__JIUZHU_FILES__"];

// Cache storage is shared by the whole origin, so the name carries the scope: two copies of
// the site under different sub-paths of one host must not delete each other's caches.
const SCOPE = self.registration.scope;
const PREFIX = `jiuzhu ${SCOPE} `;
const CACHE = PREFIX + VERSION;

// The page is precached under the scope URL ("./"), which is what start_url and links use;
// a navigation to ".../index.html" is answered with the same entry.
const PAGE = new URL("./", SCOPE).href;
const INDEX = new URL("index.html", SCOPE).href;
const PRECACHE = FILES.map((f) => (f === "index.html" ? PAGE : new URL(f, SCOPE).href));
const OWN = new Set(PRECACHE);
// The district's configuration is the host's file, not the release's: it is not in FILES (a
// host edits it without a new release, and may delete it) and is served network-first, so
// that an edited standard reaches returning users on their next visit, with the copy from the
// last visit kept for when there is no network.
const SITE = new URL("site.json", SCOPE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      if (VERSION.startsWith("__")) throw new Error("sw.js was not stamped by the build");
      const cache = await caches.open(CACHE);
      try {
        // "no-cache" revalidates with the server, so a stale HTTP-cached index.html can never
        // be stored next to the new release's assets. addAll stores all files or none.
        await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "no-cache" })));
      } catch (err) {
        // The release in use stays in charge; leave no empty cache behind.
        await caches.delete(CACHE);
        throw err;
      }
      // Offline from the first visit with the district's figures too; no file is no error.
      try {
        const res = await fetch(SITE, { cache: "no-cache" });
        if (res.ok) await cache.put(SITE, res);
      } catch {}
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.hash = "";
  // A page address may carry a query (shared links); the page itself is always the same file.
  if (request.mode === "navigate") url.search = "";
  const key = url.href === INDEX ? PAGE : url.href;
  if (key === SITE) {
    event.respondWith(fresh(request));
    return;
  }
  if (!OWN.has(key)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // A miss means the browser evicted the cache under storage pressure: fetch the same
      // file the page asked for, exactly as without a worker.
      return (await cache.match(key)) ?? fetch(request);
    })(),
  );
});

/** site.json, network first: the server's answer (kept for offline), else the kept copy. */
async function fresh(request) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(request);
    if (res.ok) await cache.put(SITE, res.clone());
    // The host removed the file: the defaults again, offline too.
    else if (res.status === 404) await cache.delete(SITE);
    return res;
  } catch (err) {
    const kept = await cache.match(SITE);
    if (kept) return kept;
    throw err;
  }
}
