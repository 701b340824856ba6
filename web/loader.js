// Starts the wasm app under a strict Content-Security-Policy: trunk writes the hashed file
// names into <meta name="jiuzhu-app">, and this same-origin module imports them. No inline
// script is needed, and every URL stays relative to the page, so any sub-path works.
const meta = document.querySelector('meta[name="jiuzhu-app"]');
const here = document.baseURI;
const js = new URL(meta.dataset.base + meta.dataset.js, here);
const wasm = new URL(meta.dataset.base + meta.dataset.wasm, here);
const register = offline();
// The district's configuration is read while the app's files load: part of loading, so that
// nothing is requested once the page is ready.
const site = readSite(new URL("site.json", here));
// Where the page's wasm reaches the case module (web/src/handoff.rs): the resident's result,
// the hand-over code, saving and opening files. It arrives after start: a result or a code asked
// for before then gets null (the page says it is getting ready) and is shown when it arrives.
const handoff = { module: null, shown: undefined, clauses: null };
globalThis.jiuzhuCode = {
  result: (english) => handoff.module?.result(english) ?? null,
  draw(answers) {
    handoff.shown = answers;
    handoff.module?.draw(answers);
  },
  save: (answers) => handoff.module?.save(answers) ?? null,
};
try {
  const app = await import(js.href);
  // start() (run by default()) takes it from here; see web/src/state.rs.
  globalThis.jiuzhuSite = await site;
  await app.default({ module_or_path: wasm });
  document.documentElement.dataset.ready = "true";
  performance.mark("jiuzhu-ready");
  // The plan's own words behind each citation (plan.rs): not in the wasm, fetched once right
  // after start whatever the user does, from this build's fixed address, and parsed by the
  // browser. Without them a citation shows its name only.
  fetch(new URL(meta.dataset.base + "clauses.json", here))
    .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
    .then((t) => {
      handoff.clauses = JSON.parse(t);
      handoff.module?.clauses(handoff.clauses);
      app.plan_text(handoff.clauses);
    })
    .catch(() => {});
  // The case module (web/code): the resident's result, the hand-over code, the counter's scan
  // field, saving and opening files. Not in the first load: fetched right after start, whatever
  // the user does, from this build's fixed addresses; tried again on a timer (never on a user's
  // action) if the network failed, up to five times.
  const caseModule = async (attempt) => {
    try {
      const code = await import(new URL(meta.dataset.base + meta.dataset.code, here).href);
      await code.default({ module_or_path: new URL(meta.dataset.base + meta.dataset.codeWasm, here) });
      code.start(app);
      if (handoff.clauses) code.clauses(handoff.clauses);
      handoff.module = code;
      // The resident page renders a result waiting for the module; the counter page renders
      // its own.
      app.module_ready?.();
      if (handoff.shown !== undefined) code.draw(handoff.shown);
    } catch {
      if (attempt < 5) setTimeout(() => caseModule(attempt + 1), 2000 * 2 ** attempt);
    }
  };
  caseModule(0);
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
 * Reads the district's site.json (same origin, relative URL, revalidated so that an edited
 * standard is used on the next visit) with the browser's JSON.parse, so that the wasm needs no
 * JSON parser. Never throws: `{}` when there is no file (or no network and no cached copy),
 * which is the built-in defaults, silently; `{ value }` when it parsed; `{ error }` with the
 * parser's words when it did not, which the page shows to the host in a notice.
 */
async function readSite(url) {
  let text;
  try {
    const res = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
    if (!res.ok) return {};
    text = await res.text();
  } catch {
    return {};
  }
  try {
    // A number that is not a safe integer (a fraction, say) is handed over as the text
    // JavaScript writes for it, which the engine reads exactly: the wasm formats no float.
    return { value: JSON.parse(text, (_, v) => (typeof v === "number" && !Number.isSafeInteger(v) ? String(v) : v)) };
  } catch (err) {
    return { error: String(err?.message ?? err) };
  }
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
