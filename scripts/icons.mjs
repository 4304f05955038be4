// Renders www/icon.svg to the PNG icons the web app manifest lists
// (www/icon-192.png, www/icon-512.png) with Debian's Chromium. Run it after
// changing the SVG: node scripts/icons.mjs (needs tests/browser's npm ci and
// Debian's pngquant). The screenshots are quantized to a palette: the icon
// has four flat colours (eight palette entries keep its edges smooth), and
// the full-colour PNGs were 15 KB of the page's 250 KB brotli budget against
// 3.4 KB quantized, with no visible difference.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/browser/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const www = new URL('../www/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', www)).toString('base64');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0"><img style="display:block;width:${size}px;height:${size}px" src="data:image/svg+xml;base64,${svg}"></body>`);
    await page.locator('img').evaluate((img) => img.decode());
    const path = new URL(`icon-${size}.png`, www).pathname;
    await page.screenshot({ path, omitBackground: true });
    execFileSync('pngquant', ['8', '--speed', '1', '--strip', '--force', '--output', path, path]);
    await page.close();
  }
} finally {
  await browser.close();
}
