import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureInput, REMOTE_PAIRS } from '../../scripts/bench/inputs.js';
import { compare } from '../../src/index.js';
import { renderHtml } from '../../src/report/html.js';
import type { ReportSources } from '../../src/report/reporter.js';
import { rollbackUnsafeIds } from '../../src/report/rollback-text.js';
import { EXCERPT_WIDTH } from '../../src/report/source-excerpt.js';
import type { Edit, Report } from '../../src/types.js';
import { FIXTURE_TODAY, ROOT } from '../support/fixtures.js';
import { LARGE_PATHS, LARGE_SERVICES, largeReport, SUNSET } from '../support/large-report.js';
import { fixtureReport } from '../support/report-fixture.js';
import { twoServices } from '../support/two-services.js';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH points elsewhere. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = path.join(ROOT, '.cache/browser');
/** Screenshots of the GitHub pair's report, shown in docs/reports.md. */
const DOCS_IMAGES = path.join(ROOT, 'docs/images');
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
    expect(row).toEqual(['API\t4\t1\t3\t1.4.0 → 1.5.0 (minor)\tmajor (too small)\tno\n3 edits']);
    const shot = await page.locator('#summary').screenshot({ path: path.join(OUT, 'summary.png') });
    const pixels = await countColours(shot);
    // Rendered text, not a blank box: dark pixels of the text, and the class colours of the counts.
    expect(pixels.dark).toBeGreaterThan(500);
    expect(pixels.breaking).toBeGreaterThan(0);
    expect(pixels.additive).toBeGreaterThan(0);
  });

  it('shows each change with the source lines around it on both sides', async () => {
    const change = page.locator('article.edit[data-class="breaking"]').filter({ hasText: 'now requires the query parameter region' });
    await expect(change.locator('figure.base .hit').innerText()).resolves.toBe('7    get:');
    await expect(change.locator('figure.revision .hit').innerText()).resolves.toBe('15        - name: region');
  });

  it('hides the other classes when a class filter is clicked', async () => {
    const before = await countColours(await page.locator('#edits').screenshot());
    expect(before.breaking).toBeGreaterThan(0);
    expect(before.deprecation).toBeGreaterThan(0);
    expect(before.additive).toBeGreaterThan(0);

    await page.getByRole('button', { name: /^Breaking \d/ }).click();
    const visible = await page.locator('article.edit:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-class')));
    expect(visible).toEqual(['breaking', 'breaking', 'breaking', 'breaking']);
    const after = await countColours(await page.locator('#edits').screenshot({ path: path.join(OUT, 'breaking-only.png') }));
    expect(after.breaking).toBeGreaterThan(0);
    expect(after.deprecation).toBe(0);
    expect(after.additive).toBe(0);

    await page.getByRole('button', { name: /^All classes/ }).click();
    await expect(page.locator('article.edit:visible').count()).resolves.toBe(8);
  });

  it('prints every change without the filter bar', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
    await expect(page.locator('article.edit:visible').count()).resolves.toBe(8);
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
      const visible = () => other.locator('article.edit:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-service')));
      await expect(visible()).resolves.toEqual(['orders', 'users']);
      await other.getByRole('button', { name: /^users \d/ }).click();
      await expect(visible()).resolves.toEqual(['users']);
      await other.getByRole('button', { name: /^Breaking \d/ }).click();
      await expect(visible()).resolves.toEqual([]);
      await other.getByRole('button', { name: /^All services/ }).click();
      await expect(visible()).resolves.toEqual(['orders']);
    } finally {
      await other.close();
    }
  });
});

describe('a large report (4 services, 2,488 edits from 9,680 changes)', () => {
  let big: Page;
  let report: Report;
  const shown = () => big.locator('#shown').innerText();
  const visible = () => big.locator('article.edit:visible').evaluateAll((els) => els.map((e) => [e.getAttribute('data-class'), e.getAttribute('data-service'), e.getAttribute('data-rule')]));
  const counts = () => big.locator('#filters button').evaluateAll((els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ').trim()));
  const ruleOptions = () => big.locator('#rule option').allInnerTexts();
  const count = (test: (e: Edit) => boolean) => report.edits.filter(test).length;
  /** Counts as the page writes them, thousands grouped. */
  const n = (count: number) => count.toLocaleString('en-US');

  beforeAll(async () => {
    const built = await largeReport(path.join(OUT, 'large'));
    report = built.report;
    const file = path.join(OUT, 'large.html');
    await writeFile(file, renderHtml(report, built.options));
    big = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await big.goto(pathToFileURL(file).href);
  }, 180_000);

  afterAll(async () => {
    await big?.close();
  });

  it('shows every edit, grouped by service, with the count on every filter', async () => {
    expect(report.edits).toHaveLength(2488);
    expect(report.changes).toHaveLength(9680);
    await expect(shown()).resolves.toBe('2,488 of 2,488 edits');
    await expect(big.locator('section.service > h2').allInnerTexts()).resolves.toEqual(LARGE_SERVICES);
    const { breaking, deprecation, additive } = report.summary.edits;
    const perService = LARGE_SERVICES.map((s) => `${s} ${n(count((e) => e.service === s))}`);
    const unsafe = count((e) => rollbackUnsafeIds(report).has(e.id));
    expect(unsafe).toBe(1200);
    await expect(counts()).resolves.toEqual([
      `All classes 2,488`,
      `Breaking ${n(breaking)}`,
      `Deprecated ${n(deprecation)}`,
      `Added ${n(additive)}`,
      'All services 2,488',
      ...perService,
      'Any rollback 2,488',
      `Not rollback-safe ${n(unsafe)}`,
      `Rollback-safe ${n(2488 - unsafe)}`,
    ]);
    await expect(ruleOptions()).resolves.toContain(`operation-deprecated (${n(count((e) => e.ruleId === 'operation-deprecated'))})`);
  });

  it('narrows by class, and the other filters count within it', async () => {
    await big.getByRole('button', { name: /^Breaking \d/ }).click();
    const rows = await visible();
    expect(rows).toHaveLength(report.summary.edits.breaking);
    expect(new Set(rows.map(([cls]) => cls))).toEqual(new Set(['breaking']));
    const perService = LARGE_SERVICES.map((s) => `${s} ${n(count((e) => e.service === s && e.class === 'breaking'))}`);
    await expect(counts()).resolves.toEqual(expect.arrayContaining([`All services ${n(report.summary.edits.breaking)}`, ...perService]));
    await expect(ruleOptions()).resolves.toContain('operation-deprecated (0)');
    await expect(shown()).resolves.toBe(`${n(report.summary.edits.breaking)} of 2,488 edits`);
  });

  it('narrows by service too, hiding the other services\' sections', async () => {
    await big.getByRole('button', { name: /^catalog \d/ }).click();
    const rows = await visible();
    expect(rows).toHaveLength(count((e) => e.service === 'catalog' && e.class === 'breaking'));
    expect(new Set(rows.map(([, service]) => service))).toEqual(new Set(['catalog']));
    await expect(big.locator('section.service:visible > h2').allInnerTexts()).resolves.toEqual(['catalog']);
    await expect(counts()).resolves.toContain(`Deprecated ${n(count((e) => e.service === 'catalog' && e.class === 'deprecation'))}`);
  });

  it('narrows by rule, and shows an accepted edit as accepted', async () => {
    await big.locator('#rule').selectOption('request-property-became-required');
    await expect(visible()).resolves.toEqual([['breaking', 'catalog', 'request-property-became-required']]);
    const edit = big.locator('article.edit:visible');
    // Cards are drawn when in view (content-visibility: auto): their text exists once a frame has painted them.
    await edit.scrollIntoViewIfNeeded();
    await expect.poll(() => edit.locator('.badge.accepted').innerText()).toBe('ACCEPTED');
    await expect.poll(() => edit.locator('.acceptance').innerText()).toBe('Accepted until 2099-12-31: clients always send it');
    await expect(edit.evaluate((e) => getComputedStyle(e).borderLeftStyle)).resolves.toBe('dashed');
  });

  it('folds the operations an edit reaches and unfolds them on a click', async () => {
    const edit = big.locator('article.edit:visible');
    const operations = report.edits.find((e) => e.service === 'catalog' && e.ruleId === 'request-property-became-required')!.operations;
    expect(operations).toHaveLength(LARGE_PATHS);
    const named = operations.slice(0, 3).map((o) => `${o.method} ${o.path}`);
    await expect(edit.locator('.ops summary').innerText()).resolves.toBe(`${n(LARGE_PATHS)} operations: ${named.join(', ')} and ${n(LARGE_PATHS - 3)} more`);
    await expect(edit.locator('.ops li').first().isVisible()).resolves.toBe(false);
    await edit.locator('.ops summary').click();
    await expect(edit.locator('.ops li:visible').count()).resolves.toBe(LARGE_PATHS);
  });

  it('quotes a minified line only around the place it points at', async () => {
    const hits = await big.locator('article.edit:visible pre .hit').allInnerTexts();
    expect(hits).toHaveLength(2);
    for (const hit of hits) expect(hit.length).toBeLessThan(EXCERPT_WIDTH + 12);
    // Cut around the column: each side's quote holds the key its pointer ends with.
    const edit = report.edits.find((e) => e.service === 'catalog' && e.ruleId === 'request-property-became-required')!;
    [edit.base!, edit.revision!].forEach((loc, i) => expect(hits[i]).toContain(`"${loc.pointer.split('/').pop()}"`));
    await expect(big.locator('article.edit:visible figcaption').first().innerText()).resolves.toMatch(/^base: catalog\/base\.json:1:\d+$/);
  });

  it('searches within the filters, every term anywhere in an edit, and counts what it finds', async () => {
    await big.locator('#rule').selectOption('all');
    await big.getByRole('button', { name: /^All classes/ }).click();
    await big.getByRole('button', { name: /^All services/ }).click();
    await big.locator('#search').fill('region300 required');
    await expect.poll(shown).toBe(`4 of 2,488 edits`);
    await expect(visible()).resolves.toEqual(LARGE_SERVICES.map((s) => ['breaking', s, 'request-parameter-added-required']));
    await expect(counts()).resolves.toEqual([
      'All classes 4',
      'Breaking 4',
      'Deprecated 0',
      'Added 0',
      'All services 4',
      ...LARGE_SERVICES.map((s) => `${s} 1`),
      'Any rollback 4',
      'Not rollback-safe 0',
      'Rollback-safe 4',
    ]);
    await big.locator('#search').fill('no-such-thing');
    await expect.poll(shown).toBe('0 of 2,488 edits');
    await expect(big.locator('#none').isVisible()).resolves.toBe(true);
    await big.locator('#search').fill('');
    await expect.poll(shown).toBe('2,488 of 2,488 edits');
  });

  it('narrows to the edits that are not rollback-safe, each saying what to do, and counts within them', async () => {
    const unsafe = rollbackUnsafeIds(report);
    await big.getByRole('button', { name: /^Not rollback-safe \d/ }).click();
    await expect.poll(shown).toBe(`${n(unsafe.size)} of 2,488 edits`);
    const ids = await big.locator('article.edit:visible').evaluateAll((els) => els.map((e) => e.id.slice(2)));
    expect(new Set(ids)).toEqual(unsafe);
    await expect(counts()).resolves.toContain(`Added ${n(count((e) => unsafe.has(e.id) && e.class === 'additive'))}`);
    await expect(counts()).resolves.toContain(`catalog ${n(count((e) => unsafe.has(e.id) && e.service === 'catalog'))}`);
    const first = big.locator('article.edit:visible').first();
    await expect.poll(() => first.locator('.badge.rollback').innerText()).toBe('NOT ROLLBACK-SAFE');
    await expect(first.locator('p.rollback').innerText()).resolves.toMatch(/What to do: Ship the server first/);
    await big.getByRole('button', { name: /^Any rollback/ }).click();
    await expect.poll(shown).toBe('2,488 of 2,488 edits');
  });

  it('shows the sunset date of each deprecation', async () => {
    await big.getByRole('button', { name: /^Deprecated \d/ }).click();
    const sunsets = await big.locator('article.edit:visible .sunset').allTextContents();
    expect(sunsets).toHaveLength(report.summary.edits.deprecation);
    expect(new Set(sunsets)).toEqual(new Set([`Sunset: ${SUNSET}`]));
  });
});

/** The GitHub pair of `npm run bench`, installed from the npm registry into .cache/ on first use. */
describe('the GitHub REST pair (19.1.0 → 23.0.2), shown in docs/reports.md', () => {
  let github: Page;
  let report: Report;

  beforeAll(async () => {
    const inputs = path.join(ROOT, '.cache/bench-inputs');
    const [base, revision] = [REMOTE_PAIRS[0].base, REMOTE_PAIRS[0].revision].map((side) => ensureInput(inputs, side));
    let sources: ReportSources | undefined;
    report = await compare(base, revision, { cwd: inputs, today: FIXTURE_TODAY, onSources: (s) => (sources = s) });
    const file = path.join(OUT, 'github.html');
    await writeFile(file, renderHtml(report, { color: false, failOn: 'breaking', sources }));
    github = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    await github.goto(pathToFileURL(file).href);
  }, 300_000);

  afterAll(async () => {
    await github?.close();
  });

  it('opens at the verdict, the counts per class and the filters', async () => {
    const { edits } = report.summary;
    const [breaking, deprecation, additive, changes] = [edits.breaking, edits.deprecation, edits.additive, report.changes.length].map((n) => n.toLocaleString('en-US'));
    await expect(github.locator('#verdict').innerText()).resolves.toBe(
      `Fails the policy (--fail-on breaking). Edits: ${breaking} breaking, ${deprecation} deprecation, ${additive} additive, from ${changes} changes`,
    );
    await expect(github.locator('article.edit').count()).resolves.toBe(report.edits.length);
    await github.screenshot({ path: path.join(DOCS_IMAGES, 'html-report-top.png') });
  });

  it('filters to the breaking edits about a removed property, one of them unfolded', async () => {
    await github.getByRole('button', { name: /^Breaking \d/ }).click();
    await github.locator('#search').fill('removed secret');
    const expected = report.edits.filter((e) => e.class === 'breaking' && ['removed', 'secret'].every((term) => searchable(e).includes(term))).length;
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => github.locator('#shown').innerText()).toBe(`${expected.toLocaleString('en-US')} of ${report.edits.length.toLocaleString('en-US')} edits`);
    await github.locator('article.edit:visible .ops summary').first().click();
    await github.evaluate(() => window.scrollTo(0, document.getElementById('filters')!.offsetTop));
    await github.screenshot({ path: path.join(DOCS_IMAGES, 'html-report-filtered.png') });
  });
});

/** What the page's search looks in: the edit's heading, message, operations and locations, lower-cased. */
function searchable(e: Edit): string {
  const places = [e.base, e.revision].map((loc) => loc?.file ?? '');
  return [e.class, e.ruleId, e.id, e.message, ...e.operations.map((o) => `${o.method} ${o.path}`), ...places].join('\n').toLowerCase();
}

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
