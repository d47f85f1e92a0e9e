import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';

// Shape and integrity checks for the versioned code-table JSON files in this folder.
// Where the data came from and how it was produced: README.md beside this file.

interface RegionRow {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township';
  parent: string | null;
  validFrom: string;
  validTo: string | null;
}

interface TreeRow {
  code: string;
  name: string;
  level: number;
  parent: string | null;
}

const load = <T>(file: string): T[] => JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as T[];

const regions = load<RegionRow>('regions.json');
const industries = load<TreeRow>('industries.json');
const hightech = load<TreeRow>('hightech-domains.json');

const REGION_LEVELS = ['province', 'city', 'county', 'township'] as const;
const regionDepth = (level: RegionRow['level']): number => REGION_LEVELS.indexOf(level);

const byCode = <T extends { code: string }>(rows: T[]): Map<string, T> => new Map(rows.map((r) => [r.code, r]));
const countBy = <T>(rows: T[], key: (r: T) => string | number): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const r of rows) out[String(key(r))] = (out[String(key(r))] ?? 0) + 1;
  return out;
};
const duplicates = (codes: string[]): string[] => codes.filter((c, i) => codes.indexOf(c) !== i);

/** Every file is pretty-printed one object per line so that diffs stay readable. */
const oneObjectPerLine = (file: string): void => {
  const lines = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8').trimEnd().split('\n');
  expect(lines[0]).toBe('[');
  expect(lines[lines.length - 1]).toBe(']');
  for (const line of lines.slice(1, -1)) expect(line).toMatch(/^\{.*\},?$/);
};

describe('regions.json (GB/T 2260 / 统计用区划代码)', () => {
  const map = byCode(regions);

  it('is one object per line with the documented shape', () => {
    oneObjectPerLine('regions.json');
    for (const r of regions) {
      expect(Object.keys(r).sort()).toEqual(['code', 'level', 'name', 'parent', 'validFrom', 'validTo']);
      expect(REGION_LEVELS).toContain(r.level);
      expect(r.name.trim()).toBe(r.name);
      expect(r.name.length).toBeGreaterThan(0);
      expect(r.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.validTo !== null) {
        expect(r.validTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(r.validTo > r.validFrom).toBe(true);
      }
    }
  });

  it('has unique codes', () => {
    expect(duplicates(regions.map((r) => r.code))).toEqual([]);
  });

  it('uses 6-digit codes (12 for townships) that follow the level layout', () => {
    for (const r of regions) {
      if (r.level === 'township') expect(r.code, r.name).toMatch(/^\d{9}000$/);
      else expect(r.code, r.name).toMatch(/^\d{6}$/);
      if (r.level === 'province') expect(r.code.slice(2), r.name).toBe('0000');
      if (r.level === 'city') expect(r.code.slice(4), r.name).toBe('00');
      if (r.level === 'county') expect(r.code.slice(4), r.name).not.toBe('00');
    }
  });

  it('links every row to an existing parent one level up whose prefix it shares', () => {
    const prefix = { province: 2, city: 4, county: 6 } as const;
    for (const r of regions) {
      if (r.level === 'province') {
        expect(r.parent).toBeNull();
        continue;
      }
      const parent = map.get(r.parent ?? '');
      expect(parent, `${r.code} ${r.name} → ${r.parent}`).toBeDefined();
      if (!parent) continue;
      expect(regionDepth(parent.level), r.code).toBe(regionDepth(r.level) - 1);
      const len = prefix[parent.level as keyof typeof prefix];
      expect(r.code.slice(0, len), r.code).toBe(parent.code.slice(0, len));
    }
  });

  it('has all 34 province-level units, including 台湾省, 香港 and 澳门', () => {
    const provinces = regions.filter((r) => r.level === 'province');
    expect(provinces).toHaveLength(34);
    expect(map.get('620000')?.name).toBe('甘肃省');
    expect(map.get('710000')?.name).toBe('台湾省');
    expect(map.get('810000')?.name).toBe('香港特别行政区');
    expect(map.get('820000')?.name).toBe('澳门特别行政区');
  });

  it('gives each municipality a 市辖区 city level so counties always have a city parent', () => {
    for (const p of ['11', '12', '31', '50']) expect(map.get(`${p}0100`)?.name).toBe('市辖区');
  });

  it('has Gansu with 14 prefecture-level units and 86 county-level units', () => {
    const cities = regions.filter((r) => r.level === 'city' && r.parent === '620000');
    expect(cities).toHaveLength(14);
    const cityCodes = new Set(cities.map((c) => c.code));
    const counties = regions.filter((r) => r.level === 'county' && cityCodes.has(r.parent ?? ''));
    expect(counties).toHaveLength(86);
    expect(map.get('621100')?.name).toBe('定西市');
  });

  it('has the townships of all 7 counties of 定西市, ≥17 for 陇西县', () => {
    expect(map.get('621122')).toMatchObject({ name: '陇西县', level: 'county', parent: '621100' });
    const dingxi = regions.filter((r) => r.level === 'county' && r.parent === '621100');
    expect(dingxi.map((c) => c.code).sort()).toEqual(['621102', '621121', '621122', '621123', '621124', '621125', '621126']);
    const towns = countBy(regions.filter((r) => r.level === 'township'), (r) => r.parent ?? '');
    for (const c of dingxi) expect(towns[c.code] ?? 0, c.name).toBeGreaterThan(0);
    expect(towns['621122']).toBeGreaterThanOrEqual(17);
    expect(map.get('621122100000')?.name).toBe('巩昌镇');
  });
});

describe('industries.json (GB/T 4754-2017 国民经济行业分类)', () => {
  const map = byCode(industries);

  it('is one object per line with the documented shape', () => {
    oneObjectPerLine('industries.json');
    for (const r of industries) {
      expect(Object.keys(r).sort()).toEqual(['code', 'level', 'name', 'parent']);
      expect(r.name.trim()).toBe(r.name);
      expect(r.name.length).toBeGreaterThan(0);
    }
  });

  it('has unique codes of the right form per level', () => {
    expect(duplicates(industries.map((r) => r.code))).toEqual([]);
    const form = { 1: /^[A-T]$/, 2: /^\d{2}$/, 3: /^\d{3}$/, 4: /^\d{4}$/ } as Record<number, RegExp>;
    for (const r of industries) expect(r.code).toMatch(form[r.level] ?? /^$/);
  });

  it('has exactly the documented counts: 20 / 97 / 473 / 1381', () => {
    expect(countBy(industries, (r) => r.level)).toEqual({ 1: 20, 2: 97, 3: 473, 4: 1381 });
    expect(industries.filter((r) => r.level === 1).map((r) => r.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('links every row to an existing parent one level up (same prefix below 门类)', () => {
    for (const r of industries) {
      if (r.level === 1) {
        expect(r.parent).toBeNull();
        continue;
      }
      const parent = map.get(r.parent ?? '');
      expect(parent, `${r.code} → ${r.parent}`).toBeDefined();
      expect(parent?.level).toBe(r.level - 1);
      if (r.level > 2) expect(r.code.startsWith(r.parent ?? '?'), r.code).toBe(true);
    }
  });

  it('leaves no 门类, 大类 or 中类 without children', () => {
    const parents = new Set(industries.map((r) => r.parent));
    for (const r of industries.filter((x) => x.level < 4)) expect(parents.has(r.code), r.code).toBe(true);
  });

  it('knows some well-known codes', () => {
    expect(map.get('6513')?.name).toBe('应用软件开发');
    expect(map.get('7320')?.name).toBe('工程和技术研究和试验发展');
    expect(map.get('0171')?.name).toBe('中草药种植');
    expect(map.get('A')?.name).toBe('农、林、牧、渔业');
  });
});

describe('hightech-domains.json (国家重点支持的高新技术领域, 2016)', () => {
  const map = byCode(hightech);

  it('is one object per line with the documented shape', () => {
    oneObjectPerLine('hightech-domains.json');
    for (const r of hightech) expect(Object.keys(r).sort()).toEqual(['code', 'level', 'name', 'parent']);
  });

  it('has unique codes: 2 digits per level', () => {
    expect(duplicates(hightech.map((r) => r.code))).toEqual([]);
    for (const r of hightech) expect(r.code).toMatch(new RegExp(`^\\d{${2 * r.level}}$`));
  });

  it('has exactly the 8 first-level domains', () => {
    const top = hightech.filter((r) => r.level === 1);
    expect(top.map((r) => `${r.code} ${r.name}`)).toEqual([
      '01 电子信息',
      '02 生物与新医药',
      '03 航空航天',
      '04 新材料',
      '05 高技术服务',
      '06 新能源与节能',
      '07 资源与环境',
      '08 先进制造与自动化',
    ]);
    expect(countBy(hightech, (r) => r.level)).toEqual({ 1: 8, 2: 52, 3: 254 });
  });

  it('links every row to an existing parent one level up whose prefix it shares', () => {
    for (const r of hightech) {
      if (r.level === 1) {
        expect(r.parent).toBeNull();
        continue;
      }
      const parent = map.get(r.parent ?? '');
      expect(parent, r.code).toBeDefined();
      expect(parent?.level).toBe(r.level - 1);
      expect(r.code.startsWith(r.parent ?? '?')).toBe(true);
    }
  });

  it('lists the second-level fields of 电子信息', () => {
    expect(hightech.filter((r) => r.parent === '01').map((r) => r.name)).toEqual([
      '软件',
      '微电子技术',
      '计算机产品及其网络应用技术',
      '通信技术',
      '广播影视技术',
      '新型电子元器件',
      '信息安全技术',
      '智能交通和轨道交通技术',
    ]);
  });
});
