import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import type { App } from './types';

const WHERE: Record<string, string> = { query: '查询条件', params: '路径参数', body: '请求内容' };
/** Enough for any real form; a larger body is walked no further (the schema refuses it anyway). */
const MAX_NODES = 20_000;

type Found = { where: string; path: string };

/** The first string in a request part that holds a NUL byte, with its field path. */
function findNul(value: unknown, path: string[], budget: { left: number }): string[] | null {
  if (budget.left-- <= 0) return null;
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], [...path, String(i)], budget);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNul(v, [...path, k], budget);
      if (hit) return hit;
    }
  }
  return null;
}

/** Where in the request a value (as PostgreSQL quoted it in a refusal) was sent, if anywhere. */
export function fieldHolding(req: FastifyRequest, text: string): Found | null {
  const walk = (value: unknown, path: string[], budget: { left: number }): string[] | null => {
    if (budget.left-- <= 0) return null;
    if (typeof value === 'string' || typeof value === 'number') return String(value) === text ? path : null;
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const hit = walk(v, [...path, k], budget);
        if (hit) return hit;
      }
    }
    return null;
  };
  for (const part of ['params', 'query', 'body'] as const) {
    const hit = walk(req[part], [], { left: MAX_NODES });
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
      const hit = findNul(req[part], [], { left: MAX_NODES });
      if (hit) {
        const field = [WHERE[part], hit.join('.')].filter(Boolean).join(' · ');
        throw new AppError('VALIDATION_FAILED', `${field}：不能包含空字符（\\0）`, [
          { field: hit.join('.'), message: '不能包含空字符（\\0）' },
        ]);
      }
    }
  });
}
