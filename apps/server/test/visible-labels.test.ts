import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACHIEVEMENT_MOVES,
  COMMISSIONER_MOVES,
  DEMAND_STATES,
  AUDIT_LABELS,
  auditActionLabel,
  objectTypeLabel,
  TIER_OBLIGATIONS,
  TIER_RULES,
} from '@kechuang/domain';

const ROOT = resolve(import.meta.dirname, '../../..');
const SERVER = join(ROOT, 'apps/server/src');

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    if (!d.name.endsWith('.ts') || /\.test(-support)?\.ts$/.test(d.name)) return [];
    return [{ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }];
  });
}

/**
 * Action codes written with a template, and what they expand to. A new template fails the test below until it is
 * listed here, so its codes get labels too.
 */
const TEMPLATES: Record<string, (importTypes: string[]) => string[]> = {
  'rd.task.${move}': () => ['rd.task.open', 'rd.task.close', 'rd.task.reopen'],
  'rd.form.${opts.decision}': () => ['rd.form.approve', 'rd.form.return'],
  'achievement.${move}': () => ACHIEVEMENT_MOVES.map((m) => `achievement.${m}`),
  'commissioner.${move}': () => COMMISSIONER_MOVES.map((m) => `commissioner.${m}`),
  'tech-demand.demand.${m.to}': () => DEMAND_STATES.map((s) => `tech-demand.demand.${s}`),
  "${category === 'security' ? 'security-policy' : 'param'}.update": () => ['security-policy.update', 'param.update'],
  '${def.type}-upload': (importTypes) => importTypes.map((t) => `${t}-upload`),
};

const files = sources(SERVER);
const all = (re: RegExp) => files.flatMap((f) => [...f.text.matchAll(re)].map((m) => ({ path: f.path, value: m[1] })));

describe('codes a person would otherwise see have Chinese labels', () => {
  it('names every audit action the server writes (the audit log shows 新增企业, not enterprise.create)', () => {
    const importTypes = all(/^\s+type: '([a-z-]+\.import)',$/gm).map((m) => m.value);
    expect(importTypes.length).toBeGreaterThanOrEqual(3);
    const templates = all(/action: `([^`]+)`/g);
    const unknownTemplates = templates.filter((t) => !TEMPLATES[t.value]).map((t) => `${t.path}: ${t.value}`);
    expect(unknownTemplates).toEqual([]);
    const codes = [
      ...all(/action: '([a-z0-9.-]+)'/g).map((m) => m.value),
      ...templates.flatMap((t) => TEMPLATES[t.value](importTypes)),
    ];
    expect(codes.length).toBeGreaterThan(60);
    const unlabelled = [...new Set(codes)].filter((c) => /[a-z]/i.test(auditActionLabel(c)));
    expect(unlabelled.join(' ')).toBe('');
  });

  it('names every audited object type', () => {
    const types = [...new Set(all(/objectType: '([a-z_]+)'/g).map((m) => m.value))];
    expect(types.length).toBeGreaterThan(20);
    expect(types.filter((t) => objectTypeLabel(t) === t).join(' ')).toBe('');
    expect(Object.values(AUDIT_LABELS.objects).every((label) => !/[a-z]/i.test(label))).toBe(true);
  });

  it('cites policies by name in the tier rules shown on 到期提醒, never by source tag', () => {
    const texts = [...Object.values(TIER_RULES).map((r) => r.source), ...TIER_OBLIGATIONS.map((o) => o.consequence)];
    expect(texts.filter((t) => /\[S\d+\]/.test(t))).toEqual([]);
  });
});
