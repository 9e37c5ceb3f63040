import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { ROOT } from '../support/fixtures.js';
import { fixtureReport } from '../support/report-fixture.js';
import { twoServices } from '../support/two-services.js';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH points elsewhere. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = path.join(ROOT, '.cache/browser');
/** The class colours of html.ts, as a screenshot shows them. */
const COLOURS = { breaking: [0xb4, 0x23, 0x18], deprecation: [0x9a, 0x67, 0x00], additive: [0x1a, 0x7f, 0x37] } as const;

let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  const { report, options } = await fixtureReport();
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, 'report.html');
  await writeFile(file, renderHtml(report, options));
  browser = await chromium.launch({ executablePath: CHROMIUM });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('request', (r) => {
    if (r.url() !== pathToFileURL(file).href) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
});

afterAll(async () => {
  await browser?.close();
});

describe('HTML report in headless Chromium', () => {
  it('makes no request beyond the file itself', () => {
    expect(requests).toEqual([]);
  });

  it('renders the summary per service and class', async () => {
    await expect(page.locator('#summary').isVisible()).resolves.toBe(true);
    const row = await page.locator('#summary tbody tr').allInnerTexts();
    expect(row).toEqual(['API\t4\t1\t3\t1.4.0 → 1.5.0 (minor)\tmajor (too small)']);
    const shot = await page.locator('#summary').screenshot({ path: path.join(OUT, 'summary.png') });
    const pixels = await countColours(shot);
    // Rendered text, not a blank box: dark pixels of the text, and the class colours of the counts.
    expect(pixels.dark).toBeGreaterThan(500);
    expect(pixels.breaking).toBeGreaterThan(0);
    expect(pixels.additive).toBeGreaterThan(0);
  });

  it('shows each change with the source lines around it on both sides', async () => {
    const change = page.locator('article[data-class="breaking"]').filter({ hasText: 'now requires the query parameter region' });
    await expect(change.locator('figure.base .hit').innerText()).resolves.toBe('7    get:');
    await expect(change.locator('figure.revision .hit').innerText()).resolves.toBe('15        - name: region');
  });

  it('hides the other classes when a class filter is clicked', async () => {
    const before = await countColours(await page.locator('#changes').screenshot());
    expect(before.breaking).toBeGreaterThan(0);
    expect(before.deprecation).toBeGreaterThan(0);
    expect(before.additive).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Breaking', exact: true }).click();
    const visible = await page.locator('article.change:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-class')));
    expect(visible).toEqual(['breaking', 'breaking', 'breaking', 'breaking']);
    const after = await countColours(await page.locator('#changes').screenshot({ path: path.join(OUT, 'breaking-only.png') }));
    expect(after.breaking).toBeGreaterThan(0);
    expect(after.deprecation).toBe(0);
    expect(after.additive).toBe(0);

    await page.getByRole('button', { name: 'All classes' }).click();
    await expect(page.locator('article.change:visible').count()).resolves.toBe(8);
  });

  it('prints every change without the filter bar', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
    await expect(page.locator('article.change:visible').count()).resolves.toBe(8);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  it('filters by service, combined with the class filter', async () => {
    const file = path.join(OUT, 'services.html');
    await writeFile(file, renderHtml(twoServices(), { color: false, failOn: 'breaking' }));
    const other = await browser.newPage();
    try {
      await other.goto(pathToFileURL(file).href);
      const visible = () => other.locator('article.change:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-service')));
      await expect(visible()).resolves.toEqual(['orders', 'users']);
      await other.getByRole('button', { name: 'users', exact: true }).click();
      await expect(visible()).resolves.toEqual(['users']);
      await other.getByRole('button', { name: 'Breaking', exact: true }).click();
      await expect(visible()).resolves.toEqual([]);
      await other.getByRole('button', { name: 'All services' }).click();
      await expect(visible()).resolves.toEqual(['orders']);
    } finally {
      await other.close();
    }
  });
});

/** Counts pixels of each class colour (exactly) and dark text pixels, decoding the PNG in a blank page. */
async function countColours(png: Buffer): Promise<Record<keyof typeof COLOURS | 'dark', number>> {
  const scratch = await browser.newPage();
  try {
    return await scratch.evaluate(
      async ({ data, colours }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        const counts: Record<string, number> = { breaking: 0, deprecation: 0, additive: 0, dark: 0 };
        for (let i = 0; i < px.length; i += 4) {
          if (px[i] + px[i + 1] + px[i + 2] < 200) counts.dark++;
          for (const [name, [r, g, b]] of Object.entries(colours)) if (px[i] === r && px[i + 1] === g && px[i + 2] === b) counts[name]++;
        }
        return counts as Record<keyof typeof COLOURS | 'dark', number>;
      },
      { data: png.toString('base64'), colours: COLOURS },
    );
  } finally {
    await scratch.close();
  }
}
