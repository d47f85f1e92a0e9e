import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiLogin, type ApiSession } from './support/project-api';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const PLATFORM = '青龙管业科技企业孵化器';
const ROUND = '2023年度省级科技企业孵化器、众创空间综合评价';
const EVAL = '/tech-platform/evaluation';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
});

explainFailures(() => ({ page: browser?.page, server }));

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

interface Entry {
  id: number;
  platformName: string;
  version: number;
  status: string;
  experts: { id: number; expertId: number; version: number }[];
}
interface Detail {
  round: { id: number; version: number };
  entries: Entry[];
}

// Figures and scores worked out in the domain's tests: 50.13 + 18.00 (90 × 20%) + 16.87 = 85.00 → A.
const YEAR = {
  incubatees: '24',
  financedIncubatees: '3',
  graduated: '2',
  siteArea: '12000',
  incubateeArea: '9600',
  incubationFund: '3000000',
  serviceStaff: '4',
  staffTotal: '10',
  activities: '12',
};
const MAKERSPACE = {
  teams: '20',
  financedTeams: '1',
  newCompanies: '3',
  workstations: '80',
  mentors: '6',
  activities: '18',
  siteArea: '600',
  serviceRevenue: '300000',
};
const SCORES = { service: '36', effect: '27', summary: '27' };

describe('综合评价 in the browser: staff open a round, the operator fills, an expert scores, the grade appears', () => {
  let staff: ApiSession;
  let roundId: number;
  const detail = () => apiCall<Detail>(ctx().base, staff, 'GET', `${EVAL}/rounds/${roundId}`);

  it('staff open a 2023 round for the county’s provincial incubators and makerspaces', async () => {
    const { base, page } = ctx();
    staff = await apiLogin(base, 'staff', DEMO_PASSWORD);
    // 青龙管业 (the demo enterprise account's unit) operates a recognised provincial incubator.
    const ents = await apiCall<{ data: { id: number }[] }>(base, staff, 'GET', '/enterprises?keyword=青龙管业');
    await apiCall(base, staff, 'POST', '/tech-platform/platforms', {
      name: PLATFORM,
      kind: 'incubator',
      level: 'provincial',
      regionCode: '621122',
      enterpriseId: ents.data[0].id,
      status: 'recognized',
      recognizedOn: '2021-06-01',
      documentNo: '甘科高〔2021〕60号',
    });

    await signIn(page, base, 'staff', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['综合评价']));
    await openPage(page, base, EVAL);
    await visible(page.getByText('2022年度省级科技企业孵化器、众创空间综合评价'));
    await visible(page.getByText('艰苦边远地区', { exact: true }));
    await screenshot(page, 'tech-platform-evaluation-00-rounds');
    // The schemes as data: each indicator with its weight, scoring and basis.
    await page.getByRole('button', { name: '指标体系' }).click();
    const schemes = page.locator('.ant-drawer-content');
    await schemes.getByText(/^省级科技企业孵化器综合评价指标（2022 版）/).click();
    await visible(schemes.getByText('获投融资在孵企业占比'));
    // Let the panel's opening animation end before the picture.
    await page.waitForTimeout(600);
    await screenshot(page, 'tech-platform-evaluation-00-schemes');
    await page.keyboard.press('Escape');
    await schemes.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '开启评价' }).click();
    const modal = page.locator('.ant-modal-content');
    await visible(modal.getByText('开启综合评价'));
    await modal.getByLabel('评价年度').fill('2023');
    await modal.getByRole('button', { name: /确\s?定/ }).click();
    await seeText(page, `已开启“${ROUND}”，共 4 个平台`);
    await page.waitForURL((u) => u.pathname.startsWith(`${EVAL}/rounds/`));
    roundId = Number(new URL(page.url()).pathname.split('/').pop());
    await visible(page.locator('.ant-table-row').filter({ hasText: PLATFORM }));
    await screenshot(page, 'tech-platform-evaluation-01-opened');

    // The other three are filled by staff on their operators' behalf (the API test covers that path).
    for (const e of (await detail()).entries.filter((x) => x.platformName !== PLATFORM)) {
      const data = e.platformName.includes('众创空间') ? MAKERSPACE : YEAR;
      await apiCall(base, staff, 'PUT', `${EVAL}/entries/${e.id}/data`, { data, submit: true, version: e.version });
    }
    await signOut(page);
  });

  it('the operator fills and submits its platform’s figures', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['本单位平台评价']));
    await openPage(page, base, `${EVAL}/mine`);
    await page.getByText(ROUND).click();
    const row = page.locator('.ant-table-row').filter({ hasText: PLATFORM });
    await visible(row);
    // Only its own platform is listed.
    expect(await page.locator('.ant-table-row').count()).toBe(1);
    await row.getByText('填报数据').click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('年度评价数据'));
    const labels: Record<string, string> = {
      incubatees: '在孵企业数（家）',
      financedIncubatees: '获投融资的在孵企业数（家）',
      graduated: '当年毕业企业数（家）',
      siteArea: '孵化场地面积（m²）',
      incubateeArea: '在孵企业使用面积（m²）',
      incubationFund: '孵化资金（元）',
      serviceStaff: '专业孵化服务人员（人）',
      staffTotal: '孵化器从业人员（人）',
      activities: '当年举办创新创业活动（场）',
    };
    for (const [key, label] of Object.entries(labels)) {
      await drawer.getByLabel(label, { exact: true }).fill(YEAR[key as keyof typeof YEAR]);
    }
    await screenshot(page, 'tech-platform-evaluation-02-filling');
    await drawer.getByRole('button', { name: /提\s?交/ }).click();
    await seeText(page, '已提交评价数据');
    await visible(row.getByText('已提交'));
    expect(await row.innerText()).toContain('50.13');
    await screenshot(page, 'tech-platform-evaluation-03-submitted');
    await signOut(page);
  });

  it('an expert scores the platform assigned to them, and the grade appears', async () => {
    const { base, page } = ctx();
    let d = await detail();
    await apiCall(base, staff, 'POST', `${EVAL}/rounds/${roundId}/transition`, {
      to: 'reviewing',
      version: d.round.version,
    });
    const experts = await apiCall<{ userId: number; name: string }[]>(base, staff, 'GET', '/experts');
    const sun = experts.find((x) => x.name === '孙专家')!;
    d = await detail();
    await apiCall(base, staff, 'POST', `${EVAL}/assign-experts`, {
      entryIds: d.entries.map((e) => e.id),
      expertIds: [sun.userId],
    });
    for (const e of (await detail()).entries) {
      await apiCall(base, staff, 'PUT', `${EVAL}/entries/${e.id}/management`, { score: '16.87', version: e.version });
    }

    await signIn(page, base, 'expert', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['平台评价打分']));
    await openPage(page, base, `${EVAL}/reviews`);
    await page.getByText(ROUND).click();
    const row = page.locator('.ant-table-row').filter({ hasText: PLATFORM });
    await visible(row);
    await row.getByText('评分', { exact: true }).click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText(`专家评价 · ${PLATFORM}`));
    await drawer.getByLabel('服务体系与运营管理（满分 40）').fill(SCORES.service);
    await drawer.getByLabel('孵化成效与示范带动（满分 30）').fill(SCORES.effect);
    await drawer.getByLabel('年度工作总结质量（满分 30）').fill(SCORES.summary);
    await screenshot(page, 'tech-platform-evaluation-04-scoring');
    await drawer.getByRole('button', { name: '提交评分' }).click();
    await seeText(page, '已提交评分');
    await signOut(page);

    // The expert's other tasks, through the API.
    const expert = await apiLogin(base, 'expert', DEMO_PASSWORD);
    const mine = await apiCall<Detail>(base, expert, 'GET', `${EVAL}/rounds/${roundId}`);
    for (const e of mine.entries.filter((x) => x.platformName !== PLATFORM)) {
      const t = e.experts[0];
      await apiCall(base, expert, 'PUT', `${EVAL}/expert-tasks/${t.id}`, {
        scores: SCORES,
        submit: true,
        version: t.version,
      });
    }

    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, `${EVAL}/rounds/${roundId}`);
    await page.getByRole('button', { name: '汇总定级' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await seeText(page, '评价批次已变为“已定级”');
    const graded = page.locator('.ant-table-row').filter({ hasText: PLATFORM });
    await visible(graded.getByText('A 优秀'));
    expect(await graded.innerText()).toContain('85.00');
    await screenshot(page, 'tech-platform-evaluation-05-graded', { fullPage: true });

    // The grades go out as a 公示 draft, which 公示管理 publishes.
    await page.getByRole('button', { name: '生成公示' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await seeText(page, '评价批次已变为“已公示”');
    await visible(page.getByText('已生成草稿，到公示管理发布'));
    await screenshot(page, 'tech-platform-evaluation-06-notice');
  });
});
