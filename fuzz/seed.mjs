// Writes the seed corpora for the fuzz targets: every tests/scenarios/*.json situation, and a
// few clerk cases covering each part of the clerk view. `node fuzz/seed.mjs` (any directory).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const scenarios = join(here, "..", "tests", "scenarios");
const situations = join(here, "corpus", "json_situation");
const clerk = join(here, "corpus", "json_clerk");
mkdirSync(situations, { recursive: true });
mkdirSync(clerk, { recursive: true });
let n = 0;
for (const f of readdirSync(scenarios).filter((f) => f.endsWith(".json")).sort()) {
  const { situation } = JSON.parse(readFileSync(join(scenarios, f), "utf8"));
  if (situation === undefined) continue;
  writeFileSync(join(situations, f), JSON.stringify(situation));
  n++;
}
const cases = [
  { today: "2026-11-30", handlers: { acceptance: "张三", first_review: "李四", confirmation: "张三" },
    deadline: { kind: "dibao", accepted: "2026-11-02", check_start: "2026-11-03", check_end: "2026-11-20" } },
  { today: "2026年12月1日",
    meeting: { accepted: "2026-10-08", held: "2026-10-20", participants: "12", street_staff: "是", committee_member: "是",
      village_cadre: "否", resident_rep: "是", discipline_present: "是", publicity_start: "2026-10-21", approved: "2026-11-01", filed: "2026-11-03" },
    emergency: { amount: "５，０００元", occurred_at: "2026-11-28 14:30", aid_at: "2026-11-29 09:00", reported_to_district: "yes",
      ended_on: "2026-11-29", paperwork_done: "2026-12-04" } },
  { funds: { temporary_approved: "2026-11-02", temporary_paid: "2026-11-06", monthly_month: "2026-11", monthly_paid: "2026-11-10", reserve_balance: "¥5000" },
    review: { approved: "2026-05-31", last_review: "2026-08-31" },
    sampling: { dibao_new: "10", tekun_new: "5", linshi_new: "7", dibao_sampled: "3", tekun_sampled: "1", linshi_sampled: "0" } },
];
cases.forEach((c, i) => writeFileSync(join(clerk, `seed${i}.json`), JSON.stringify(c)));
console.log(`seeded ${n} situations and ${cases.length} clerk cases`);
