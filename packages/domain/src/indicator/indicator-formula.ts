/**
 * An indicator's formula over report facts (docs/rules.md §5.5): a sum of the facts of a key whose dimensions
 * include a filter, a hand-entered indicator of the same region and period, numbers, + − × ÷ and brackets.
 *
 *   enterprise.holding{tier=high_tech}
 *   rd.approved-total / @gdp * 100
 *
 * The parser refuses with a Chinese message that says where; the evaluator is exact (no floats).
 */
import * as exact from '../rules/exact';
import type { Ratio } from '../rules/exact';

export type FormulaNode =
  | { kind: 'number'; value: string }
  | { kind: 'fact'; key: string; dimensions: Record<string, string> }
  | { kind: 'manual'; key: string }
  | { kind: 'op'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode };

/** A fact key as modules state them: module first, then the figure ('enterprise.certified'). */
export const FACT_KEY_PATTERN = /^[a-z][a-z0-9-]*\.[a-z0-9_-]+$/;
/** An indicator's key in its template ('tech-sme-entries', 'gdp'). */
export const INDICATOR_KEY_PATTERN = /^[a-z][a-z0-9-]{0,29}$/;

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([a-z][a-z0-9-]*\.[a-z0-9_-]+)|@([a-z][a-z0-9-]*)|(\{[^}]*\})|([-+*/()]))/y;

type Token =
  | { t: 'num'; v: string }
  | { t: 'fact'; v: string }
  | { t: 'manual'; v: string }
  | { t: 'dims'; v: string }
  | { t: 'op'; v: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) throw new FormulaError(`公式第 ${at + 1} 个字符起无法识别：“${text.slice(at, at + 12)}”`);
    if (m[1]) tokens.push({ t: 'num', v: m[1] });
    else if (m[2]) tokens.push({ t: 'fact', v: m[2] });
    else if (m[3]) tokens.push({ t: 'manual', v: m[3] });
    else if (m[4]) tokens.push({ t: 'dims', v: m[4] });
    else tokens.push({ t: 'op', v: m[5] });
    at = TOKEN.lastIndex;
  }
  return tokens;
}

/** A formula that does not parse; the message is for the user. */
export class FormulaError extends Error {}

function parseDimensions(text: string): Record<string, string> {
  const body = text.slice(1, -1).trim();
  const dims: Record<string, string> = {};
  if (!body) return dims;
  for (const pair of body.split(',')) {
    const [name, value, extra] = pair.split('=').map((s) => s.trim());
    if (!name || !value || extra !== undefined || !/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
      throw new FormulaError(`公式中的维度筛选须写作 {维度=取值, …}：“${text}”`);
    }
    dims[name] = value;
  }
  return dims;
}

/** Parses a formula, or throws a FormulaError saying what is wrong. */
export function parseFormula(text: string): FormulaNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new FormulaError('公式不能为空');
  let i = 0;
  const peek = () => tokens[i];
  const expr = (): FormulaNode => {
    let left = term();
    while (peek()?.t === 'op' && (peek().v === '+' || peek().v === '-')) {
      const op = tokens[i++].v as '+' | '-';
      left = { kind: 'op', op, left, right: term() };
    }
    return left;
  };
  const term = (): FormulaNode => {
    let left = factor();
    while (peek()?.t === 'op' && (peek().v === '*' || peek().v === '/')) {
      const op = tokens[i++].v as '*' | '/';
      left = { kind: 'op', op, left, right: factor() };
    }
    return left;
  };
  const factor = (): FormulaNode => {
    const tok = tokens[i++];
    if (!tok) throw new FormulaError('公式不完整：运算符后缺少运算对象');
    if (tok.t === 'num') return { kind: 'number', value: tok.v };
    if (tok.t === 'manual') return { kind: 'manual', key: tok.v };
    if (tok.t === 'fact') {
      const dimensions = peek()?.t === 'dims' ? parseDimensions(tokens[i++].v) : {};
      return { kind: 'fact', key: tok.v, dimensions };
    }
    if (tok.t === 'op' && tok.v === '(') {
      const inner = expr();
      if (tokens[i++]?.v !== ')') throw new FormulaError('公式中的括号不成对');
      return inner;
    }
    throw new FormulaError(`公式中“${tok.v}”的位置不对`);
  };
  const node = expr();
  if (i < tokens.length) throw new FormulaError(`公式中“${tokens[i].v}”的位置不对`);
  return node;
}

/** Every fact key and hand-entered indicator key a formula names. */
export function formulaReferences(node: FormulaNode): { factKeys: string[]; manualKeys: string[] } {
  const factKeys = new Set<string>();
  const manualKeys = new Set<string>();
  const walk = (n: FormulaNode): void => {
    if (n.kind === 'fact') factKeys.add(n.key);
    else if (n.kind === 'manual') manualKeys.add(n.key);
    else if (n.kind === 'op') {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(node);
  return { factKeys: [...factKeys], manualKeys: [...manualKeys] };
}

/** Where a formula's values come from: a fact's matching sum (0 when none) and a hand value (null when missing). */
export interface FormulaInputs {
  fact(key: string, dimensions: Record<string, string>): Ratio;
  manual(key: string): Ratio | null;
}

/** The formula's exact value, or null when a hand value is missing or a divisor is zero. */
export function evaluateFormula(node: FormulaNode, inputs: FormulaInputs): Ratio | null {
  switch (node.kind) {
    case 'number':
      return exact.parseDecimal(node.value);
    case 'fact':
      return inputs.fact(node.key, node.dimensions);
    case 'manual':
      return inputs.manual(node.key);
    case 'op': {
      const a = evaluateFormula(node.left, inputs);
      const b = evaluateFormula(node.right, inputs);
      if (a === null || b === null) return null;
      if (node.op === '+') return exact.add(a, b);
      if (node.op === '-') return exact.sub(a, b);
      if (node.op === '*') return exact.mul(a, b);
      return exact.isZero(b) ? null : exact.div(a, b);
    }
  }
}

/**
 * The facts a reference reads: those of the key whose dimensions include the filter — or, when one of them has
 * exactly the filter's dimensions, that one alone (a module states a total beside its breakdown, e.g.
 * service-event.events {} and {kind}, and the total must not be counted twice).
 */
export function matchFacts<F extends { key: string; dimensions: Record<string, string> }>(
  facts: readonly F[],
  key: string,
  filter: Record<string, string>,
): F[] {
  const filterKeys = Object.keys(filter);
  const matching = facts.filter((f) => f.key === key && filterKeys.every((k) => f.dimensions[k] === filter[k]));
  const exactOne = matching.filter((f) => Object.keys(f.dimensions).length === filterKeys.length);
  return exactOne.length > 0 ? exactOne : matching;
}
