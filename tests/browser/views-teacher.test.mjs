// Teacher mode measured as a teacher projecting it sees it: at 1280×720 and
// 1920×1080, in both interface languages, after every key of the flow the
// current sentence and the active stage (aria-current="step") are inside
// the viewport; n/p move the focus to the next/previous entity every time,
// across sentences; the stages teach (normalization marks its changes and
// adds nothing, words carry romanization and glosses, clitics their roles);
// the type is large. Then the interface language and its memory, and the
// page at phone width and 200% zoom.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openSample, shots } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const SIZES = [[1280, 720], [1920, 1080]];

/** Opens teacher mode on the sample (or `text`) in a context of the given size and language. */
async function openTeacher({ width, height, lang = 'ar', text = null }) {
  const context = await env.browser.newContext({ viewport: { width, height }, locale: 'ar' });
  let page;
  let errors;
  if (text) {
    page = await context.newPage();
    errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.origin + '/');
    await page.fill('#paste-box', text);
    await page.click('#analyze-paste');
    await page.waitForSelector('body[data-state="analyzed"]');
  } else ({ page, errors } = await openSample(context, env.origin));
  if (lang === 'en') await page.click('#lang-switch');
  await page.click('#teacher-switch');
  await page.waitForSelector('#teacher[open] .teacher-stage-body > *');
  return { context, page, errors };
}

/** Where things are on screen now, measured in the page. */
function measure(page) {
  return page.evaluate(() => {
    const vw = innerWidth;
    const vh = innerHeight;
    const inside = (r, box = { top: 0, left: 0, bottom: vh, right: vw }) => r.height > 0 &&
      r.top >= box.top - 0.5 && r.left >= box.left - 0.5 && r.bottom <= box.bottom + 0.5 && r.right <= box.right + 0.5;
    const dialog = document.getElementById('teacher');
    const layer = dialog.getBoundingClientRect();
    const boxEl = document.querySelector('.teacher-sentence-box');
    const box = boxEl.getBoundingClientRect();
    const sentence = document.getElementById('teacher-sentence');
    const walk = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
    let node = walk.nextNode();
    while (node && !node.data.trim()) node = walk.nextNode();
    const first = document.createRange();
    first.setStart(node, 0);
    first.setEnd(node, 1);
    const start = first.getBoundingClientRect();
    const step = document.querySelector('#teacher [aria-current="step"]');
    const title = document.getElementById('teacher-stage-title');
    const mark = document.activeElement?.closest?.('#teacher-sentence mark');
    const markRects = mark ? [...mark.getClientRects()] : [];
    return {
      layer: [layer.left, layer.top, layer.width, layer.height].map(Math.round),
      viewport: [vw, vh],
      layerScroll: dialog.scrollTop,
      box: inside(box),
      start: inside(start) && inside(start, box),
      step: step ? inside(step.getBoundingClientRect()) : false,
      stepCount: document.querySelectorAll('#teacher [aria-current="step"]').length,
      stepText: step?.textContent,
      title: inside(title.getBoundingClientRect()),
      titleText: title.textContent,
      where: document.getElementById('teacher-where').textContent,
      focus: mark ? { i: Number(mark.dataset.i), seen: markRects.length > 0 && inside(markRects[0]) && inside(markRects[0], box) } : null,
      sizes: {
        sentence: parseFloat(getComputedStyle(sentence).fontSize),
        title: parseFloat(getComputedStyle(title).fontSize),
        key: Math.min(...[...document.querySelectorAll('.teacher-key .key-label, .teacher-stage-help, .teacher-step')].map((e) => parseFloat(getComputedStyle(e).fontSize))),
      },
    };
  });
}

/** Asserts what a class must see after `key`: the sentence and the active stage on screen. */
function assertOnScreen(m, key, label) {
  const where = `${label}, after ${key}`;
  assert.deepEqual(m.layer, [0, 0, ...m.viewport], `${where}: the layer fills the viewport`);
  assert.equal(m.layerScroll, 0, `${where}: the layer itself never scrolls`);
  assert.ok(m.box, `${where}: the sentence box is on screen`);
  assert.equal(m.stepCount, 1, `${where}: one active stage`);
  assert.ok(m.step, `${where}: the active stage's step is on screen`);
  assert.ok(m.title, `${where}: the active stage's title is on screen`);
  assert.ok(m.titleText.endsWith(m.stepText.replace(/^\S+\s/, '')), `${where}: the stage shown is the active step (${m.titleText} / ${m.stepText})`);
}

for (const [width, height] of SIZES) {
  for (const lang of ['ar', 'en']) {
    test(`teacher flow at ${width}×${height}, ${lang}: after every key the sentence and the active stage are on screen`, async () => {
      const { context, page, errors } = await openTeacher({ width, height, lang });
      const stages = await page.locator('#teacher .teacher-step').count();
      assert.ok(stages >= 5, `the stages are listed: ${stages}`);
      const forward = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
      const back = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
      // Every stage of the first sentence, on into the second; entities;
      // sentences by arrows, the clicker's keys, Home/End, digits, back.
      const flow = [
        ...Array(stages - 1).fill('Space'), 'Space', 'n', 'n', 'n', 'p', 'ArrowDown', 'PageDown', 'PageDown',
        'PageUp', forward, back, 'ArrowUp', 'End', 'Space', 'Shift+Space', 'Home', '3', String(stages), 'n', 'Shift+Space',
      ];
      let m = await measure(page);
      assertOnScreen(m, 'opening', `${width}×${height} ${lang}`);
      assert.ok(m.start, 'the sentence starts on screen');
      const minimum = width >= 1920 ? { sentence: 44, title: 36, key: 26 } : { sentence: 32, title: 26, key: 19 };
      for (const [k, v] of Object.entries(minimum)) assert.ok(m.sizes[k] >= v, `${k} type is ${m.sizes[k]} px, at least ${v} at ${width} px`);
      // The keys take one line; n and p sit beside the stages.
      const rows = await page.$$eval('#teacher > .teacher-keys .teacher-key', (bs) => new Set(bs.map((b) => Math.round(b.getBoundingClientRect().top))).size);
      assert.equal(rows, 1, `the keys under the stage take ${rows} lines`);
      let sentenceNo = m.where;
      const shot = async (name) => {
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await page.screenshot({ path: join(shots, `teacher-${lang}-${width}-${name}.png`) });
      };
      for (const [step, key] of flow.entries()) {
        await page.keyboard.press(key);
        await page.waitForFunction(() => document.querySelector('#teacher .teacher-stage-body > *'));
        m = await measure(page);
        assertOnScreen(m, `${key} (#${step + 1})`, `${width}×${height} ${lang}`);
        const moved = m.where.split(/[،,]/)[0] !== sentenceNo.split(/[،,]/)[0];
        if (key === 'n' || key === 'p') assert.ok(m.focus?.seen, `after ${key} the focused entity is on screen`);
        else if (moved) assert.ok(m.start, `after ${key} the new sentence starts on screen`);
        sentenceNo = m.where;
        if (step === stages - 3) await shot('entities');
        if (step === stages - 2) await shot('statements');
        if (step === 1) await shot('normalized');
      }
      await shot('end');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('n and p move the focus to the next and previous entity every time, into the next sentence that has one', async () => {
  const text = 'زار الوفد حلب ثم دمشق. جملة بلا أسماء هنا. وعاد الوفد إلى جدة يوم الخميس.';
  const { context, page } = await openTeacher({ width: 1280, height: 720, lang: 'en', text });
  const total = await page.evaluate(() => new Set([...document.querySelectorAll('#reader mark.ent')].map((m) => m.dataset.i)).size);
  assert.ok(total >= 4, `entities: ${total}`);
  const seen = [];
  for (let k = 0; k <= total; k++) {
    await page.keyboard.press('n');
    const m = await measure(page);
    assert.ok(m.focus, `n #${k + 1} focuses an entity`);
    assert.ok(m.focus.seen, `n #${k + 1}: on screen`);
    seen.push([m.focus.i, m.where.split(',')[0]]);
  }
  assert.deepEqual(seen.map(([i]) => i), [...Array(total).keys(), 0], 'each in turn, then round to the first');
  assert.ok(!seen.some(([, where]) => where === 'Sentence 2 of 3'), 'the sentence with none is stepped over');
  assert.equal(seen[2][1], 'Sentence 3 of 3', 'the third entity moves the sentence with it');
  for (const want of [total - 1, total - 2]) {
    await page.keyboard.press('p');
    assert.equal((await measure(page)).focus?.i, want, 'p goes back');
  }
  // From a sentence without entities, n goes on to the next one that has.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  assert.match((await measure(page)).where, /^Sentence 2 of 3/);
  await page.keyboard.press('n');
  const m = await measure(page);
  assert.match(m.where, /^Sentence 3 of 3/);
  assert.equal(m.focus?.i, 2);
  assert.match(await page.textContent('#teacher-entity'), /Entity 1 of \d in this sentence: Place جدة .*Jeddah/);
  await context.close();
});

test('a long sentence starts on screen and scrolls inside its box; the stage stays in view', async () => {
  const long = `${Array.from({ length: 60 }, (_, k) => `وأكد الوفد في حلب والكويت الالتزام رقم ${k + 1}`).join(' و')}.`;
  const { context, page } = await openTeacher({ width: 1280, height: 720, lang: 'ar', text: `${long}\nجملة ثانية قصيرة.` });
  const box = await page.evaluate(() => {
    const b = document.querySelector('.teacher-sentence-box');
    return { client: b.clientHeight, scroll: b.scrollHeight, share: b.clientHeight / innerHeight };
  });
  assert.ok(box.scroll > 3 * box.client, `the sentence is longer than its box: ${box.scroll} > ${box.client}`);
  assert.ok(box.share <= 0.37, `the box takes at most 36% of the height: ${box.share}`);
  let m = await measure(page);
  assertOnScreen(m, 'opening', 'long sentence');
  assert.ok(m.start, 'its start is on screen');
  for (let k = 0; k < 40; k++) await page.keyboard.press('n');
  m = await measure(page);
  assertOnScreen(m, 'n ×40', 'long sentence');
  assert.ok(m.focus?.seen, 'the 40th entity is scrolled into view inside the box');
  await page.keyboard.press('Space');
  assertOnScreen(await measure(page), 'Space', 'long sentence');
  // The entities stage lists them all; its body scrolls to the one n/p is
  // on, under a title that stays.
  await page.keyboard.press(String(await page.$$eval('#teacher .teacher-step', (bs) => bs.findIndex((b) => b.dataset.stage === 'entities') + 1)));
  await page.waitForSelector('#teacher-stage .t-ents');
  // Its entities alternate (حلب, الكويت, …): the row shown must be the one focused.
  for (const key of ['open', 'n', 'n', 'p']) {
    if (key !== 'open') await page.keyboard.press(key);
    const seen = await page.waitForFunction(() => {
      const body = document.querySelector('#teacher-stage .teacher-stage-body').getBoundingClientRect();
      const row = document.querySelector('#teacher-stage .t-ent.is-current');
      const focused = document.activeElement.closest('#teacher-sentence mark')?.textContent;
      const r = row?.getBoundingClientRect();
      return row && row.querySelector('mark').textContent === focused &&
        r.top >= body.top - 0.5 && r.bottom <= body.bottom + 0.5 && body.bottom <= innerHeight;
    }, null, { timeout: 5000 }).then(() => true, () => false);
    assert.ok(seen, `after ${key} the focused entity's row is scrolled into the stage's view`);
    m = await measure(page);
    assertOnScreen(m, `${key} in the entities stage`, 'long sentence');
  }
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  m = await measure(page);
  assert.ok(m.start, 'back on the long sentence, its start is on screen again');
  await page.screenshot({ path: join(shots, 'teacher-long-sentence.png') });
  await context.close();
});

test('the stages teach: normalization marks each change and adds nothing; romanization, glosses, clitic roles, entity colours', async () => {
  const text = 'وأكد المستوى في أفريقيا، يوم 14 أيلول/سبتمبر 2014، على دعم مجلسِهم.';
  const { context, page, errors } = await openTeacher({ width: 1280, height: 720, lang: 'en', text });
  // The sentence keeps its entities' colours (no band over them).
  const colours = await page.$$eval('#teacher-sentence mark.ent', (ms) => ms.map((m) => [m.dataset.type, getComputedStyle(m).backgroundColor]));
  assert.ok(colours.length >= 2, `marks in the sentence: ${JSON.stringify(colours)}`);
  for (const [type, bg] of colours) {
    const want = await page.evaluate((ty) => {
      const probe = document.createElement('mark');
      probe.className = `ent ent-${ty}`;
      document.body.append(probe);
      const c = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return c;
    }, type);
    assert.equal(bg, want, `${type} keeps its colour in teacher mode`);
  }
  // 1. Original: romanized whole.
  assert.match(await page.textContent('#teacher-stage .t-roman-line'), /fi afriqia|fi afriq/);
  // 2. Normalized: before → after per operation, no space added.
  await page.keyboard.press('Space');
  await page.waitForSelector('#teacher-stage .t-ops');
  const before = await page.textContent('#teacher-stage .t-before');
  const after = await page.textContent('#teacher-stage .t-after');
  assert.equal(before, text);
  assert.equal(after, 'واكد المستوي في افريقيا، يوم 14 ايلول/سبتمبر 2014، علي دعم مجلسهم.');
  assert.equal(after.split(' ').length, before.split(' ').length, 'no space added');
  assert.doesNotMatch(after, / ،| \//, 'no space before punctuation');
  const ops = await page.$$eval('#teacher-stage .t-ops li', (lis) => lis.map((li) => [li.dataset.op, li.textContent]));
  const alef = ops.find(([op]) => op === 'alef');
  assert.ok(alef && /Alef forms unified/.test(alef[1]) && /أ → ا ×3/.test(alef[1]) && /3 changes/.test(alef[1]), `alef: ${alef}`);
  assert.ok(ops.some(([op, s]) => op === 'alef_maqsura' && /ى → ي ×2/.test(s)), `alef maqsura: ${ops}`);
  assert.ok(ops.some(([op, s]) => op === 'diacritics' && /\u25CC\u0650 → removed ×1/.test(s) && /\(1 change\)/.test(s)), `a lone kasra, shown on a dotted circle, singular: ${ops}`);
  assert.ok(await page.locator('#teacher-stage .t-before .chg-before').count() >= 5, 'changes marked in the original');
  // 3. Tokens: every word romanized, closed-class words glossed.
  await page.keyboard.press('Space');
  await page.waitForSelector('#teacher-stage .t-chips');
  const chips = await page.$$eval('#teacher-stage .t-chip.kind-word', (cs) => cs.map((c) => [c.querySelector('.t-ar').textContent, c.querySelector('.t-roman')?.textContent, c.querySelector('.t-gloss')?.textContent]));
  assert.ok(chips.every(([, r]) => r), `every word romanized: ${JSON.stringify(chips)}`);
  assert.deepEqual(chips.find(([w]) => w === 'في'), ['في', 'fi', 'in']);
  assert.equal(chips.find(([w]) => w === 'على')[2], 'on');
  assert.equal(chips.find(([w]) => w === 'أيلول')[2], 'September');
  // 4. Clitics: roles in the interface language.
  await page.keyboard.press('Space');
  await page.waitForSelector('#teacher-stage .t-clitics');
  const roles = await page.$$eval('#teacher-stage .t-seg:not(.seg-stem) .t-role', (rs) => rs.map((r) => r.textContent));
  assert.deepEqual(roles, ['and', 'the', 'their, them'], 'و = and, ال = the, هم = their');
  await page.click('#teacher .teacher-lang');
  await page.waitForSelector('#teacher-stage .t-clitics');
  assert.deepEqual(await page.$$eval('#teacher-stage .t-seg:not(.seg-stem) .t-role', (rs) => rs.map((r) => r.textContent)), ['واو العطف', 'أداة التعريف', 'ضمير جمع الغائبين']);
  await page.click('#teacher .teacher-lang');
  // 5. Entities: type tags isolated, dates glossed in English.
  await page.keyboard.press('Space');
  await page.waitForSelector('#teacher-stage .t-ents');
  const rows = await page.$$eval('#teacher-stage .t-ent', (rs) => rs.map((r) => [r.querySelector('.ent-tag').tagName, r.querySelector('.ent-tag').textContent, r.querySelector('mark').textContent, r.querySelector('.t-gloss')?.textContent]));
  assert.ok(rows.some(([tag, type, ar, gloss]) => tag === 'BDI' && type === 'Place' && ar === 'أفريقيا' && gloss === 'Africa'), JSON.stringify(rows));
  assert.ok(rows.some(([, type, , gloss]) => type === 'Date' && /September 2014/.test(gloss)), JSON.stringify(rows));
  await page.screenshot({ path: join(shots, 'teacher-stages-en.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('«who says what»: each statement of the sentence as speaker → act → object, with its class and negation, in both languages', async () => {
  const text = 'وأدان الوزير الهجوم على القافلة، ورحب بالاتفاق.\nالطقس معتدل اليوم في المدينة.\nولم يدن المجلس الحادث.';
  const { context, page, errors } = await openTeacher({ width: 1280, height: 720, lang: 'en', text });
  const last = await page.locator('#teacher .teacher-step').count();
  assert.equal(await page.getAttribute(`#teacher .teacher-step >> nth=${last - 1}`, 'data-stage'), 'statements', 'the last stage');
  await page.keyboard.press(String(last));
  await page.waitForSelector('#teacher-stage .t-statements');
  const rows = () => page.$$eval('#teacher-stage .t-statement', (lis) => lis.map((li) => ({
    class: li.dataset.class,
    badge: li.querySelector('.st-badge').textContent,
    chain: [...li.querySelectorAll('.t-st-part > bdi')].map((b) => b.textContent),
    labels: [...li.querySelectorAll('.t-st-label')].map((b) => b.textContent),
    negated: Boolean(li.querySelector('.st-neg')),
    roman: li.querySelector('.t-roman')?.textContent ?? '',
  })));
  let got = await rows();
  assert.deepEqual(got.map((r) => r.class), ['CONDEMN', 'WELCOME']);
  assert.deepEqual(await page.$$eval('#teacher-sentence .act', (as) => as.map((a) => a.textContent)), ['أدان', 'رحب'], 'the acts are marked in the sentence too');
  assert.deepEqual(got[0].chain, ['الوزير', 'أدان', 'الهجوم على القافلة']);
  assert.deepEqual(got[0].labels, ['Speaker', 'Act', 'Object']);
  assert.match(got[0].badge, /Condemns/);
  assert.ok(got[0].roman, 'the speaker is romanized');
  assert.equal(got[0].negated, false);
  let m = await measure(page);
  assertOnScreen(m, 'the statements stage', 'who says what');
  await page.screenshot({ path: join(shots, 'teacher-who-says-what-en.png') });
  // A sentence without statements says so; the negated one is marked.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(String(last));
  await page.waitForSelector('#teacher-stage .t-note');
  assert.equal(await page.textContent('#teacher-stage .t-note'), 'No statements in this sentence.');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(String(last));
  await page.waitForSelector('#teacher-stage .t-statements');
  got = await rows();
  assert.deepEqual(got.map((r) => [r.class, r.negated, r.chain[1]]), [['CONDEMN', true, 'يدن']]);
  // The Arabic interface: Arabic labels, the chain right to left.
  await page.click('#teacher .teacher-lang');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press(String(last));
  await page.waitForSelector('#teacher-stage .t-statements');
  got = await rows();
  assert.match(got[0].badge, /إدانة/);
  assert.deepEqual(got[0].labels, ['المتكلم', 'الفعل', 'المضمون']);
  const order = await page.$$eval('#teacher-stage .t-statement:first-child .t-st-part', (ps) => ps.map((p) => p.getBoundingClientRect().left));
  assert.ok(order[0] > order[1] && order[1] > order[2], `speaker, act and object run right to left: ${order}`);
  m = await measure(page);
  assertOnScreen(m, 'the statements stage (ar)', 'who says what');
  await page.screenshot({ path: join(shots, 'teacher-who-says-what-ar.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('keys say which way is forward in the interface language; Esc leaves, back to the page', async () => {
  for (const [lang, forward, space, next] of [['ar', '←', 'المسافة', 'المرحلة التالية'], ['en', '→', 'Space', 'Next stage']]) {
    const { context, page } = await openTeacher({ width: 1280, height: 720, lang });
    const label = await page.textContent('#teacher-next-stage');
    assert.ok(label.includes(next) && label.includes(forward) && label.includes(space) && label.includes('PageDown'), `${lang}: ${label}`);
    await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
    assert.match(await page.textContent('#teacher-where'), lang === 'ar' ? /المرحلة ٢ من/ : /Stage 2 of/);
    await page.click('#teacher-next-stage');
    assert.match(await page.textContent('#teacher-where'), lang === 'ar' ? /المرحلة ٣ من/ : /Stage 3 of/, 'the button does what it says');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    assert.equal(await page.isVisible('#teacher'), false, 'Esc leaves');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'teacher-switch', 'the focus goes back to the switch');
    const shown = await page.evaluate(() => {
      const p = [...document.querySelectorAll('#reader .para')][1].getBoundingClientRect();
      return p.top < innerHeight && p.bottom > 0;
    });
    assert.ok(shown, 'the reader shows where the class was');
    await context.close();
  }
});

test('the interface switches to English and remembers it', async () => {
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  await page.click('#lang-switch');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await page.textContent('#load-sample'), 'Try the sample statement');
  await page.reload();
  assert.equal(await page.textContent('#load-sample'), 'Try the sample statement', 'remembered');
  await page.click('#load-sample');
  await page.waitForSelector('body[data-state="analyzed"]');
  assert.equal(await page.getAttribute('#reader', 'dir'), 'rtl', 'the Arabic text stays right to left');
  assert.equal(await page.textContent('#tab-words'), 'Words');
  assert.equal(await page.textContent('.user-gazetteer summary'), 'My names: add names Bayan should know');
  assert.match(await page.textContent('#status'), /: [\d,]+ tokens, \d+ entities \([\d,]+ ms\)\.$/);
  await page.screenshot({ path: join(shots, 'english-ui.png') });
  await page.click('#lang-switch');
  assert.equal(await page.textContent('#tab-words'), 'الكلمات');
  assert.equal(await page.textContent('.user-gazetteer summary'), 'أسمائي: أضف أسماء يعرفها بيان');
  assert.match(await page.textContent('#status'), /^«OIC final statement on Aleppo»: [٠-٩٬]+ رمزًا، [٠-٩]+ كيانًا \([٠-٩٬]+ م\.ث\)\.$/, 'the status line follows the switch');
  // A warning made when the text was read is said again in the new language, in order.
  await page.fill('#paste-box', 'زار\u200F حلب');
  await page.click('#analyze-paste');
  await page.waitForFunction(() => /يحوي النص محرفًا خفيًا/.test(document.getElementById('status').textContent));
  assert.match(await page.textContent('#status'), /^«النص الملصق»: رمزان، كيان واحد \([٠-٩٬]+ م\.ث\)\. يحوي النص محرفًا خفيًا أو محرف تحكم في الاتجاه \(RLM×1\)/, 'Arabic plurals: two, one');
  await page.click('#lang-switch');
  assert.match(await page.textContent('#status'), /^“النص الملصق”: 2 tokens, 1 entity \([\d,]+ ms\)\. The text holds 1 invisible or direction-control character \(RLM×1\)/);
  assert.equal(await page.locator('#status bdi').first().textContent(), 'النص الملصق', 'the quoted name is isolated');
  await page.click('#lang-switch');
  await page.close();
});

test('phone width (375 px) and 200% zoom: no horizontal scrolling, panels stacked', async () => {
  for (const [name, viewport, scale] of [['phone', { width: 375, height: 780 }, 1], ['zoom200', { width: 640, height: 450 }, 2]]) {
    const context = await env.browser.newContext({ viewport, deviceScaleFactor: scale, locale: 'ar' });
    const { page, errors } = await openSample(context, env.origin);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: page scrolls sideways by ${overflow}px`);
    const side = await page.locator('.side').boundingBox();
    const reader = await page.locator('#reader').boundingBox();
    assert.ok(reader.y > side.y + side.height - 1 || side.y > reader.y + reader.height - 1, `${name}: side panel stacked`);
    await page.locator('#reader').scrollIntoViewIfNeeded();
    // Paragraphs off screen skip rendering (content-visibility: auto); two
    // frames after the scroll the ones now in view are painted.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: join(shots, `layout-${name}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});
