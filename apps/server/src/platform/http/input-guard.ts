import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import type { App } from './types';

const WHERE: Record<string, string> = { query: '查询条件', params: '路径参数', body: '请求内容' };
/** Enough for any real form; a larger body is walked no further (the schema refuses it anyway). */
const MAX_NODES = 20_000;

type Found = { where: string; path: string };

/** The path of the first string or number in a request part that `hit` accepts (arrays by index). */
function findPath(
  value: unknown,
  hit: (leaf: string | number) => boolean,
  path: string[],
  budget: { left: number },
): string[] | null {
  if (budget.left-- <= 0) return null;
  if (typeof value === 'string' || typeof value === 'number') return hit(value) ? path : null;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findPath(v, hit, [...path, k], budget);
      if (found) return found;
    }
  }
  return null;
}

const hasNul = (leaf: string | number) => typeof leaf === 'string' && leaf.includes('\u0000');

/** Where in the request a value (as PostgreSQL quoted it in a refusal) was sent, if anywhere. */
export function fieldHolding(req: FastifyRequest, text: string): Found | null {
  for (const part of ['params', 'query', 'body'] as const) {
    const hit = findPath(req[part], (leaf) => String(leaf) === text, [], { left: MAX_NODES });
    if (hit) return { where: WHERE[part], path: hit.join('.') };
  }
  return null;
}

/**
 * Refuses text with a NUL byte in any field before a route sees it (PostgreSQL cannot store one, and the refusal
 * must name the field, not answer 500).
 */
export function registerInputGuard(app: App): void {
  app.addHook('preValidation', async (req) => {
    for (const part of ['params', 'query', 'body'] as const) {
      const hit = findPath(req[part], hasNul, [], { left: MAX_NODES });
      if (hit) {
        const field = [WHERE[part], hit.join('.')].filter(Boolean).join(' · ');
        throw new AppError('VALIDATION_FAILED', `${field}：不能包含空字符（\\0）`, [
          { field: hit.join('.'), message: '不能包含空字符（\\0）' },
        ]);
      }
    }
  });
}
