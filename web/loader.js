// Starts the wasm app under a strict Content-Security-Policy: trunk writes the hashed file
// names into <meta name="jiuzhu-app">, and this same-origin module imports them. No inline
// script is needed, and every URL stays relative to the page, so any sub-path works.
const meta = document.querySelector('meta[name="jiuzhu-app"]');
const here = document.baseURI;
const js = new URL(meta.dataset.base + meta.dataset.js, here);
const wasm = new URL(meta.dataset.base + meta.dataset.wasm, here);
const register = offline();
try {
  const app = await import(js.href);
  await app.default({ module_or_path: wasm });
  document.documentElement.dataset.ready = "true";
  performance.mark("jiuzhu-ready");
  // The plan's own words behind each citation (plan.rs): not in the wasm, fetched once right
  // after start whatever the user does, from this build's fixed address, and parsed by the
  // browser. Without them a citation shows its name only.
  fetch(new URL(meta.dataset.base + "clauses.json", here))
    .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
    .then((t) => app.plan_text(JSON.parse(t)))
    .catch(() => {});
} catch (err) {
  const box = document.getElementById("load-error");
  if (box) box.hidden = false;
  throw err;
} finally {
  // Only after the app has its files, so that on a first visit the worker's precaching does
  // not compete with them; also after a failed start, so that a fixed release can arrive.
  register();
}

/**
 * Watches, from the first moment, for a new release taking over from the worker that served
 * this page, and shows the "new version is ready" banner when one does. Returns the function
 * that registers sw.js (see there), which makes the site work offline after one visit.
 */
function offline() {
  if (!("serviceWorker" in navigator)) return () => {};
  const sw = navigator.serviceWorker;
  // A page served by an older worker is an old release once another worker takes control.
  // On a first visit there is no controller, and the first worker claiming the page is no news.
  const served = sw.controller;
  const announce = () => {
    const banner = document.getElementById("update-ready");
    if (banner) banner.hidden = false;
  };
  const check = () => {
    if (served && sw.controller && sw.controller !== served) announce();
  };
  sw.addEventListener("controllerchange", check);
  // Relative URLs: the worker lives next to index.html and covers exactly the site's sub-path.
  return () =>
    sw.register("sw.js", { scope: "./" }).then(check, () => {
      // Without a worker the site still works online (e.g. storage disabled, private modes);
      // there is nothing the user could do about it, so no error is shown or logged.
    });
}
