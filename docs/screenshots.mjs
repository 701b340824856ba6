// Regenerates the README screenshots from the release site: `make dist && node docs/screenshots.mjs`.
// Needs a CJK font for Chinese text (Debian: fonts-noto-cjk); not part of `make test`.
import { fillTypicalClerkCase, startSite, launch, openApp, journey } from "../tests/e2e/harness.mjs";

const site = await startSite();
const browser = await launch();
for (const width of [360, 1280]) {
  const app = await openApp(browser, site, { viewport: { width, height: 800 } });
  const p = app.page;
  const next = () => p.click("#nav [data-action=next]");
  await p.screenshot({ path: `docs/start-${width}.png` });
  // A mother (45, wage 1800) and a son (16, 普通高中, no income): each step as a resident fills it.
  for (let guard = 0; guard < 20; guard++) {
    const step = await p.getAttribute("#form", "data-step");
    if (step === "result") break;
    if (step === "where") {
      await p.check("input[name=huji][value=yes]");
      await p.check("input[name=channel][value=window_huji]");
    } else if (step === "household") {
      if ((await p.locator("#members .member").count()) < 2) await p.click("[data-action=add-member]");
      await p.fill("#m0-name", "母亲");
      await p.fill("#m0-age", "45");
      await p.fill("#m1-name", "儿子");
      await p.fill("#m1-age", "16");
    } else if (step === "study") {
      await p.selectOption("#m1-study", "high_school");
    } else if (step === "income") {
      await p.fill("#m0-inc-work", "1800");
      await p.check("#m1-inc-none");
    } else if (step === "property") {
      await p.check("input[name=property][value=yes]");
    }
    await next();
  }
  await p.screenshot({ path: `docs/result-${width}.png` });
  await app.context.close();
}
// The hand-over code under a result on a phone (issue 15): the household of four of
// tests/e2e/handoff.test.mjs, names left out.
{
  const app = await openApp(browser, site, { viewport: { width: 390, height: 844 } });
  const p = app.page;
  await journey(p, {
    accepted: "2026-12-01", huji: "yes", channel: "window_huji",
    members: [
      { name: "王桂兰", age: 72, dis: "limb", grade: "2", inc: { pension: "1250.50", basic: "180" } },
      { name: "张建国", age: 45, inc: { work: 3200 } },
      { name: "李梅", age: 43, inc: { work: 2800, insurance: 60 } },
      { name: "张小宇", age: 9, study: "compulsory" },
    ],
    property: "yes", supporters: "able", emKind: "fire", emDate: "2026-11-20", emCritical: "no",
    exKind: "medical", exAmount: 8600, alone: "no", unclear: "no",
  });
  await p.waitForSelector("#code-svg:not([hidden])");
  await p.locator("#handoff").screenshot({ path: "docs/handoff-390.png" });
  await app.context.close();
}
// The clerk view with a 特困 case, its handlers and a 核对 of 17 days.
{
  const app = await openApp(browser, site, { viewport: { width: 1280, height: 1000 }, path: "clerk.html" });
  const p = app.page;
  await fillTypicalClerkCase(p, { confirmedBy: "王芳" });
  await p.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
  await p.screenshot({ path: "docs/clerk-1280.png" });
  await app.context.close();
}
await browser.close();
await site.stop();
