import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('dictionaries', () => {
  it('serves dictionary items to every signed-in role, in order', async () => {
    for (const who of ['staff', 'qiye', 'expert']) {
      const c = await t.as(who);
      const items = (await c.get('/api/v1/dicts/qualification_tier/items')).json();
      expect(items.map((i: { label: string }) => i.label)).toEqual([
        '科技型中小企业',
        '省级科技创新型企业',
        '高新技术企业',
        '科技"小巨人"企业',
      ]);
    }
  });

  it('ships the 8 national high-tech domains as a tree', async () => {
    const c = await t.as('staff');
    const items = (await c.get('/api/v1/dicts/hightech_domain/items')).json() as {
      value: string;
      label: string;
      parentValue: string | null;
    }[];
    const top = items.filter((i) => i.parentValue === null);
    expect(top.map((i) => i.label)).toEqual([
      '电子信息',
      '生物与新医药',
      '航空航天',
      '新材料',
      '高技术服务',
      '新能源与节能',
      '资源与环境',
      '先进制造与自动化',
    ]);
    expect(items.filter((i) => i.parentValue === '01').length).toBeGreaterThanOrEqual(8);
  });

  it('lets the system admin add and disable an item; disabled items leave the selects', async () => {
    const admin = await t.as('admin');
    const created = await admin.post('/api/v1/dicts/project_category/items', {
      value: 'popsci_week',
      label: '科技活动周专项',
      sort: 9,
    });
    expect(created.statusCode).toBe(200);
    const item = created.json();
    const dup = await admin.post('/api/v1/dicts/project_category/items', { value: 'popsci_week', label: '重复' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe('字典值“popsci_week”已存在');
    const off = await admin.put(`/api/v1/dict-items/${item.id}`, {
      value: 'popsci_week',
      label: '科技活动周专项',
      sort: 9,
      status: 'disabled',
      version: item.version,
    });
    expect(off.statusCode).toBe(200);
    const active = (await admin.get('/api/v1/dicts/project_category/items')).json();
    expect(active.map((i: { value: string }) => i.value)).not.toContain('popsci_week');
    const all = (await admin.get('/api/v1/dicts/project_category/items?all=true')).json();
    expect(all.map((i: { value: string }) => i.value)).toContain('popsci_week');
  });

  it('refuses a malformed dictionary code with a Chinese message naming the field', async () => {
    const admin = await t.as('admin');
    const res = await admin.post('/api/v1/dicts', { code: 'Bad Code', name: '坏的' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.message).toBe('请求内容 · code：字典编码须为小写字母、数字、下划线');
  });
});

describe('region tree', () => {
  it('walks 甘肃省 → 定西市 → 陇西县 → its townships', async () => {
    const c = await t.as('staff');
    const provinces = (await c.get('/api/v1/regions')).json();
    expect(provinces.length).toBe(34);
    expect(provinces.find((p: { code: string }) => p.code === '620000').name).toBe('甘肃省');
    const cities = (await c.get('/api/v1/regions?parent=620000')).json();
    expect(cities.length).toBe(14);
    const counties = (await c.get('/api/v1/regions?parent=621100')).json();
    expect(counties.map((x: { name: string }) => x.name)).toContain('陇西县');
    const towns = (await c.get('/api/v1/regions?parent=621122')).json();
    expect(towns.length).toBeGreaterThanOrEqual(17);
    expect(
      towns.every((x: { level: string; code: string }) => x.level === 'township' && x.code.startsWith('621122')),
    ).toBe(true);
  });

  it('lets the county admin add a township under its county, with code checks', async () => {
    const admin = await t.as('admin');
    const bad = await admin.post('/api/v1/regions', {
      code: '621121999000',
      name: '错镇',
      parentCode: '621122',
      validFrom: '2026-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('以上级代码 621122 开头');
    const other = await admin.post('/api/v1/regions', {
      code: '621102999000',
      name: '他县镇',
      parentCode: '621102',
      validFrom: '2026-01-01',
    });
    expect(other.statusCode).toBe(403);
    const ok = await admin.post('/api/v1/regions', {
      code: '621122999000',
      name: '新设镇',
      parentCode: '621122',
      validFrom: '2026-01-01',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().level).toBe('township');
    const retire = await admin.put('/api/v1/regions/621122999000', {
      version: ok.json().version,
      validTo: '2026-06-30',
    });
    expect(retire.statusCode).toBe(200);
    const towns = (await admin.get('/api/v1/regions?parent=621122')).json();
    expect(towns.map((x: { code: string }) => x.code)).not.toContain('621122999000');
    const withOld = (await admin.get('/api/v1/regions?parent=621122&includeExpired=true')).json();
    expect(withOld.map((x: { code: string }) => x.code)).toContain('621122999000');
  });

  it('serves GB/T 4754-2017 industries level by level', async () => {
    const c = await t.as('staff');
    const sections = (await c.get('/api/v1/industries')).json();
    expect(sections.length).toBe(20);
    const c27 = (await c.get('/api/v1/industries?keyword=医药制造')).json();
    expect(c27.some((x: { code: string }) => x.code === '27')).toBe(true);
  });
});
