import { afterEach } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser';
import type { RunningServer } from './server';

/**
 * When a browser test fails, prints what a person at the screen would need to tell why: the text of any open
 * dialog and message, the latest jobs as the API reports them, and the end of the server's log; and saves a
 * screenshot named after the test. A CI run leaves nothing else behind to look at.
 */
export function explainFailures(state: () => { page?: Page; server?: RunningServer }): void {
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    const { page, server } = state();
    const lines: string[] = [`—— 失败现场：${task.name}`];
    if (page) {
      const name = `failed-${task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`;
      lines.push(`截图：${await screenshot(page, name).catch((e: Error) => `未能截图（${e.message}）`)}`);
      const overlays = await page
        .locator('.ant-modal-wrap:visible, .ant-message-notice, .ant-alert')
        .allInnerTexts()
        .catch(() => []);
      lines.push(`对话框与提示：${overlays.map((t) => t.replace(/\s+/g, ' ')).join(' | ') || '（无）'}`);
      const jobs = await page
        .evaluate(async () => (await fetch('/api/v1/jobs?pageSize=5', { credentials: 'include' })).text())
        .catch((e: Error) => `未能读取（${e.message}）`);
      lines.push(`最近的任务：${jobs.slice(0, 3000)}`);
    }
    if (server) lines.push(`服务器日志（末尾）：\n${server.output().slice(-4000)}`);
    console.error(lines.join('\n'));
  });
}
