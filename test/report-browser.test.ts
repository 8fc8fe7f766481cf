/**
 * Opens report.html in a real headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core): charts render, and markup injected through article metadata stays text.
 * Skipped where Chromium is not installed; CI installs it (.ci/run).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
const root = path.resolve(__dirname, '..');
const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;

const TITLE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> Nữ bác sĩ xinh đẹp`;
const INJECTED = `---
title: ${JSON.stringify(TITLE)}
date: 2026-09-09
unit: "<svg onload=\\"window.__pwned = 3\\">Khoa Sản"
author: "<iframe src=\\"javascript:window.__pwned = 4\\"></iframe>"
url: "javascript:window.__pwned = 5"
---

Nữ bác sĩ xinh đẹp Nguyễn Thị Hoa vừa mổ thành công ca tim phức tạp.
`;

describe.skipIf(!hasChromium)('report.html in a headless browser', () => {
  let browser: Browser;
  let reportUrl: string;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-browser-'));
    fs.cpSync(path.join(root, 'fixtures/report'), path.join(dir, 'articles'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'articles', 'injected.md'), INJECTED);
    const run = spawnSync(process.execPath, ['--import', tsx, path.join(root, 'src/cli/main.ts'), 'report', 'articles', '--out', 'out', '--locale', 'en'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    reportUrl = pathToFileURL(path.join(dir, 'out', 'report.html')).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders the charts as visible SVG', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(reportUrl, { waitUntil: 'load' });
    await expect(page.title()).resolves.toMatch(/gender-in-communication indicator set/);
    const charts = page.locator('svg.chart');
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      const box = await charts.nth(i).boundingBox();
      expect(box, `chart ${i}`).not.toBeNull();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(10);
    }
    // Bars of findings per indicator group have real, drawn widths.
    const bars = page.locator('#findings svg.chart rect.bar');
    expect(await bars.count()).toBeGreaterThan(0);
    const widths = await Promise.all((await bars.all()).map(async (bar) => (await bar.boundingBox())?.width ?? 0));
    expect(Math.max(...widths)).toBeGreaterThan(50);
    // The monthly line chart has its axis grid and labels laid out.
    const monthChart = page.locator('#months svg.chart').first();
    expect(await monthChart.locator('line').count()).toBe(5);
    await expect(monthChart.locator('text').filter({ hasText: '2026-01' }).count()).resolves.toBe(1);
    expect(requests).toEqual([]); // self-contained: nothing fetched
    await page.close();
  });

  it('shows injected markup as text and never runs it', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(reportUrl, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(dialogs).toEqual([]);
    // No element came from article content: the only SVGs are our charts; no script, img or iframe.
    expect(await page.evaluate('document.querySelectorAll("script, img, iframe").length')).toBe(0);
    expect(await page.evaluate('document.querySelectorAll("svg:not(.chart)").length')).toBe(0);
    expect(await page.evaluate('[...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length')).toBe(0);
    // The title reads as the text it was, and its javascript: link was dropped.
    const row = page.locator('#attention tr', { hasText: 'Nữ bác sĩ xinh đẹp' });
    await expect(row.count()).resolves.toBe(1);
    const text = await row.locator('td').first().innerText();
    expect(text).toContain(TITLE);
    expect(await row.locator('a').count()).toBe(0);
    expect(await row.innerText()).toContain('<svg onload="window.__pwned = 3">Khoa Sản');
    expect(await page.evaluate('[...document.querySelectorAll("a[href]")].filter((a) => !/^https?:/.test(a.href)).length')).toBe(0);
    await page.close();
  });
});
