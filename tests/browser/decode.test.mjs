// Decoding files into text with a report (www/decode.js), in the real
// browser: its TextDecoder, DOMParser and DecompressionStream are what the
// page uses. Each case builds its bytes here, so nothing binary is committed.
// The encoding and refusal rules are the cases of tests/cases/decode.tsv,
// which the CLI's decoder passes too (cargo test --bin bayan).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync, crc32 } from 'node:zlib';
import { launch, foreign, root } from './harness.mjs';

let env;
let page;
before(async () => {
  env = await launch();
  page = await env.context.newPage();
  await page.goto(env.origin + '/');
});
after(async () => {
  assert.deepEqual(foreign(env.requests, env.origin), []);
  await env.close();
});

/** decodeBytes in the page: the report, or `{ error, kind, message }`. */
async function decode(bytes, name = 'file.txt') {
  return page.evaluate(async ([b, n]) => {
    const m = await import('/decode.js');
    try {
      return await m.decodeBytes(new Uint8Array(b), n);
    } catch (e) {
      return { error: e.name, kind: e.kind, message: e.message };
    }
  }, [[...bytes], name]);
}

/** Encodes `text` in a single-byte encoding, from Node's own decoder table. */
function legacy(text, encoding) {
  const table = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const byChar = new Map([...table].map((c, i) => [c, i]));
  return Uint8Array.from([...text].map((c) => {
    assert.ok(byChar.has(c), `${encoding} cannot encode ${c}`);
    return byChar.get(c);
  }));
}

const utf16 = (text, le) => {
  const b = Buffer.from(text, 'utf16le');
  if (!le) b.swap16();
  return b;
};

const ARABIC = 'عقد الاجتماع في جدة، وحضره ممثلو الدول الأعضاء.';

/** The cases of tests/cases/decode.tsv (format: its header, and tests/cases/reader.rs). */
function decodeCases() {
  const unescape = (f) => f.replace(/\\(u\{([0-9a-fA-F]+)\}|n|t|\\)/g, (m, e, hex) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : { n: '\n', t: '\t', '\\': '\\' }[e]);
  const lines = readFileSync(`${root}/tests/cases/decode.tsv`, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map((line) => {
    const fields = line.split('\t').map(unescape);
    const c = Object.fromEntries(header.map((h, i) => [h, fields[i] ?? '']));
    c.bytes = Buffer.concat(c.bytes.split(' ++ ').map((spec) => {
      const [, kind, payload] = spec.match(/^([a-z0-9-]+):(.*)$/s);
      switch (kind) {
        case 'hex': return Buffer.from(payload, 'hex');
        case 'utf8': return Buffer.from(payload);
        case 'utf16le': return utf16(payload, true);
        case 'utf16be': return utf16(payload, false);
        case 'windows-1256': case 'iso-8859-6': return Buffer.from(legacy(payload, kind));
        case 'fill': return Buffer.alloc(Number(payload.split('*')[1]), parseInt(payload.split('*')[0], 16));
        case 'noise': return Buffer.from(Array.from({ length: Number(payload) }, (_, i) => (i * 7919) & 0xff));
        default: throw new Error(`unknown piece ${spec}`);
      }
    }));
    return c;
  });
}

test('the shared decoding cases: encoding, BOM, invalid bytes, text or refusal', async () => {
  const cases = decodeCases();
  const results = await page.evaluate(async (all) => {
    const m = await import('/decode.js');
    const { sniff } = await import('/sniff.js');
    return Promise.all(all.map(async ([bytes, forced]) => {
      const b = new Uint8Array(bytes);
      const what = sniff(b);
      try {
        const r = await m.decodeBytes(b, 'case.txt', forced ? { encoding: forced } : {});
        return { what, encoding: r.encoding, bom: r.bom, invalid: r.invalid, text: r.text };
      } catch (e) {
        return { what, error: e.name, kind: e.kind };
      }
    }));
  }, cases.map((c) => [[...c.bytes], c.forced]));
  cases.forEach((c, i) => {
    const r = results[i];
    const at = `tests/cases/decode.tsv: ${c.name}`;
    if (c.refusal) {
      assert.equal(r.what && `${r.what.kind}: ${r.what.en}`, c.refusal, at);
      assert.deepEqual([r.error, r.kind], ['UnsupportedFile', c.refusal.split(':')[0]], at);
      return;
    }
    assert.equal(r.what, null, `${at}: refused`);
    assert.deepEqual([r.encoding, r.bom ? 'yes' : 'no', String(r.invalid.count), String(r.invalid.first ?? '-')],
      [c.encoding, c.bom, c.invalid, c.first], `${at}: encoding, bom, invalid, first`);
    assert.equal(r.text, c.text, `${at}: text`);
  });
  // Every signature of www/sniff.js is one of the cases, as every one of the CLI's is.
  const signatures = await page.evaluate(async () => (await import('/sniff.js')).SIGNATURES);
  for (const s of signatures) {
    assert.ok(cases.some((c) => c.refusal === `${s.kind}: ${s.en}` && s.bytes.every((b, k) => c.bytes[s.at + k] === b)),
      `the signature of ${s.en} has no case in tests/cases/decode.tsv`);
  }
});

test('what the report says: a guessed encoding, invalid bytes', async () => {
  const bare = await decode(utf16(ARABIC, true));
  assert.match(bare.warnings[0], /BOM/);
  const cp = await decode(legacy(ARABIC, 'windows-1256'));
  assert.match(cp.warnings[0], /windows-1256/);
  const bytes = Buffer.concat([Buffer.from('حلب '), Buffer.from([0xff]), Buffer.from(' جدة '), Buffer.from([0xe2, 0x82]), Buffer.from(' دمشق')]);
  assert.match((await decode(bytes)).warnings[0], /2 .*البايت 7/);
});

test('HTML: text only, block structure kept, scripts and handlers neither run nor show', async () => {
  const html = `<!doctype html><html><head><title>t</title><style>p{color:red}</style>
    <script>window.__pwned = 1</script></head><body onload="window.__pwned = 2">
    <h1>بيان   ختامي</h1><p>عُقد في <b>جدة</b>&nbsp;&amp; <a href="javascript:window.__pwned=3">الرياض</a>.</p>
    <img src=x onerror="window.__pwned=4"><svg><script>window.__pwned=5</script><text>svg</text></svg>
    <ul><li>أولًا</li><li>ثانيًا<br>تابع</li></ul><pre>  سطر
  آخر</pre></body></html>`;
  const r = await decode(Buffer.from(html), 'page.html');
  assert.equal(r.format, 'html');
  assert.equal(r.text, 'بيان ختامي\nعُقد في جدة\u00a0& الرياض.\nأولًا\nثانيًا\nتابع\n  سطر\n  آخر');
  assert.match(r.warnings.join(' '), /لم يُشغَّل/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});

/** A ZIP archive of `files` ({ name: string|Buffer }), deflated. */
function zip(files, { corrupt = false } = {}) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content);
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const crc = crc32(raw) ^ (corrupt ? 1 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const DOCUMENT_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>عقد الاجتماع في </w:t></w:r><w:r><w:t xml:space="preserve">جدة</w:t></w:r></w:p>
<w:p><w:r><w:t>أولًا</w:t><w:tab/><w:t>ثانيًا</w:t><w:br/><w:t>&lt;script&gt;</w:t></w:r><w:del><w:r><w:delText>محذوف</w:delText></w:r></w:del></w:p>
<w:p/><w:sectPr/></w:body></w:document>`;

test('.docx: paragraphs become lines, deleted text stays out', async () => {
  const r = await decode(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': DOCUMENT_XML }), 'بيان.docx');
  assert.equal(r.format, 'docx');
  assert.equal(r.text, 'عقد الاجتماع في جدة\nأولًا\tثانيًا\n<script>\n');
  assert.deepEqual(r.warnings, []);
  const bad = await decode(zip({ 'word/document.xml': DOCUMENT_XML }, { corrupt: true }), 'x.docx');
  assert.match(bad.warnings[0], /CRC/);
});

test('anything that is not text is refused by name', async () => {
  const cases = [
    [Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'), 'pdf', /PDF/],
    [Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'executable', /EXE/],
    [zip({ 'a.txt': 'hello' }), 'zip', /ZIP/],
    [zip({ 'xl/workbook.xml': '<x/>' }), 'zip', /Excel/],
    [Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) & 0xff)), 'binary', /ثنائي/],
  ];
  for (const [bytes, kind, name] of cases) {
    const r = await decode(bytes, 'upload.txt');
    assert.equal(r.error, 'UnsupportedFile', `${kind}: ${JSON.stringify(r).slice(0, 200)}`);
    assert.equal(r.kind, kind);
    assert.match(r.message, name);
    assert.match(r.message, /upload\.txt/);
  }
});

test('NUL and bidi controls are text, kept and reported', async () => {
  const text = 'حلب\u0000 \u202Eجدة\u202C';
  const r = await decode(Buffer.from(text));
  assert.equal(r.text, text);
  assert.equal(r.controls, 3);
  assert.match(r.warnings[0], /NUL×1.*RLO×1.*PDF×1/);
});

test('the report and refusals speak the interface language', async () => {
  const english = await page.evaluate(async ([bytes]) => {
    const i18n = await import('/i18n.js');
    const m = await import('/decode.js');
    i18n.setLang('en');
    try {
      const report = await m.decodeBytes(new Uint8Array(bytes), 'old.txt');
      let refusal;
      try {
        await m.decodeBytes(new TextEncoder().encode('%PDF-1.7\n'), 'scan.pdf');
      } catch (e) {
        refusal = e.message;
      }
      return { warnings: report.warnings, about: m.describe(report), refusal };
    } finally {
      i18n.setLang('ar');
    }
  }, [[...legacy(ARABIC + '\u200F', 'windows-1256')]]);
  assert.match(english.warnings[0], /^The file is not UTF-8; it was read as windows-1256/);
  assert.match(english.warnings[1], /invisible or direction-control characters \(RLM×1\)/);
  assert.match(english.about, /^WINDOWS-1256 · The file is not UTF-8/);
  assert.equal(english.refusal, '“scan.pdf” is a PDF document, not text; Bayan reads text files (txt, md), HTML and Word (docx).');
  for (const text of [...english.warnings, english.about, english.refusal]) {
    assert.doesNotMatch(text, /[\u0600-\u06FF]/, `Arabic left in: ${text}`);
  }
});
