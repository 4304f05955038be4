import { launch, openSample } from './harness.mjs';
const env = await launch();
for (const lang of ['ar', 'en']) {
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'ar' });
  const { page } = await openSample(context, env.origin);
  if (lang === 'en') await page.click('#lang-switch');
  await page.click('#teacher-switch');
  await page.waitForSelector('#teacher[open] .teacher-stage-body > *');
  await page.keyboard.press('ArrowDown'); await page.keyboard.press('ArrowDown');
  for (let j = 1; j <= 5; j++) {
    await page.keyboard.press(String(j));
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/tshots/${lang}-stage${j}.png` });
  }
  await page.keyboard.press('n'); await page.keyboard.press('n');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/tshots/${lang}-n.png` });
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/tshots/${lang}-teacher-print.png`, fullPage: true });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/tshots/${lang}-print.png`, fullPage: true });
  await page.pdf({ path: `/tmp/tshots/${lang}-print.pdf` }).catch((e) => console.log('pdf', e.message));
  await context.close();
}
await env.close();
