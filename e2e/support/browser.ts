import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (never a downloaded browser): $CHROMIUM_PATH or /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}; install Debian's chromium or set CHROMIUM_PATH`);
  }
  return path;
}

export interface RunningBrowser {
  context: BrowserContext;
  page: Page;
  /** What the browser refused under the server's Content-Security-Policy (the console's reports), in order. */
  cspViolations: string[];
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

// Quiet, offline-friendly flags: no sandbox (containers), no GPU, no background traffic to Google.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless chromium on a fresh temporary profile, zh-CN, 1440×900. */
export async function launchBrowser(
  opts: { locale?: string; width?: number; height?: number } = {},
): Promise<RunningBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'kc-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: ARGS,
      locale: opts.locale ?? 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) cspViolations.push(m.text());
  });
  return {
    context,
    page,
    cspViolations,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const SCREENSHOT_DIR = join(import.meta.dirname, '../../.test-tmp/e2e-screenshots');

/**
 * Saves a screenshot under .test-tmp/e2e-screenshots/<name>.png and returns its path. Viewport-sized by
 * default: a full-page capture misplaces the fixed header while a modal is open.
 */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: opts.fullPage ?? false });
  return path;
}
