// Starts the wasm app under a strict Content-Security-Policy: trunk writes the hashed file
// names into <meta name="jiuzhu-app">, and this same-origin module imports them. No inline
// script is needed, and every URL stays relative to the page, so any sub-path works.
const meta = document.querySelector('meta[name="jiuzhu-app"]');
const here = document.baseURI;
const js = new URL(meta.dataset.base + meta.dataset.js, here);
const wasm = new URL(meta.dataset.base + meta.dataset.wasm, here);
try {
  const app = await import(js.href);
  await app.default({ module_or_path: wasm });
  document.documentElement.dataset.ready = "true";
} catch (err) {
  const box = document.getElementById("load-error");
  if (box) box.hidden = false;
  throw err;
}
