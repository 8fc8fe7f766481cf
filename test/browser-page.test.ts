import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const root = path.resolve(__dirname, '..');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

// The browser build and its demo page, in a real headless Chromium served from loopback.
describe.skipIf(!fs.existsSync(CHROMIUM))('browser build', () => {
  let server: http.Server;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('highlights findings as the editor types, without letting the draft inject markup', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/examples/browser/index.html`);
    await page.waitForFunction('window.genderlensReady === true');
    expect(await page.locator('#preview mark').count()).toBeGreaterThanOrEqual(2);
    await page.fill('#draft', 'Chị em phụ nữ vốn là phái yếu. <img src=x onerror="window.__pwned=1">');
    await page.waitForFunction("document.querySelectorAll('#preview mark').length === 1");
    expect(await page.locator('#preview mark').first().textContent()).toBe('phái yếu');
    expect(await page.locator('#preview img').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(errors).toEqual([]);
  }, 60000);
});
