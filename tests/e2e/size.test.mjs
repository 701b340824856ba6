// The size budget is deterministic, so it is a test: first load ≤ 150 KB gzip-compressed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assetSizes, BUDGET_BYTES } from "../bench/sizes.mjs";
import { DIST } from "./harness.mjs";

test("first load fits the 150 KB compressed budget", () => {
  const { assets, total } = assetSizes(DIST);
  assert.ok(assets.some((a) => a.file.endsWith(".wasm")), "dist holds the wasm module");
  assert.ok(total.gzip <= BUDGET_BYTES,
    `first load is ${total.gzip} bytes gzip, over the ${BUDGET_BYTES} budget:\n` +
    assets.map((a) => `  ${a.file} ${a.gzip}`).join("\n"));
});
