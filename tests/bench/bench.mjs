// `make bench`: the figures DEVELOPERS.md asks for. Timing figures are reported, never asserted.
import { assetSizes, BUDGET_BYTES, BUDGET_ENCODING, TARGET_BYTES } from "./sizes.mjs";
import { DIST } from "../e2e/harness.mjs";

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const { assets, total } = assetSizes(DIST);
console.log("== First-load transfer size (web/dist)");
console.log("asset".padEnd(44) + "raw".padStart(11) + "gzip".padStart(11) + "brotli".padStart(11));
for (const a of assets) console.log(a.file.padEnd(44) + kb(a.raw) + kb(a.gzip) + kb(a.brotli));
console.log("TOTAL".padEnd(44) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
for (const enc of ["gzip", "brotli"]) {
  const verdict = total[enc] <= TARGET_BYTES ? "within target" : total[enc] <= BUDGET_BYTES ? "within budget" : "OVER budget";
  console.log(`${enc.padEnd(7)} ${kb(total[enc])}  budget ${kb(BUDGET_BYTES)}, target ${kb(TARGET_BYTES)}: ${verdict}${enc === BUDGET_ENCODING ? "  (enforced by make test)" : ""}`);
}
