import { describe, expect, it } from 'vitest';
import { checkCreditCode, normalizeCreditCode, regionFromCreditCode } from './credit-code';

// Vectors from docs/rules.md §4.1 (check characters recomputed by hand-written script outside this module).
const VALID = [
  '91350200776049653A',
  '9144030071526726XG',
  '91440101MA5CJQ4N59',
  '91350213678251743X',
  '123502001549897397',
  '91621122MA71ABCD8R',
  '12621100438000128G',
  '52621100MJ000123XR',
];

describe('checkCreditCode', () => {
  it.each(VALID)('%s is valid with no findings', (code) => {
    const r = checkCreditCode(code);
    expect(r).toMatchObject({ ok: true, normalized: code, expectedCheckChar: code[17] });
    expect(r.problems).toEqual([]);
  });

  it('91350203M0001QAY9B has a wrong check character; the message names the expected 9', () => {
    const r = checkCreditCode('91350203M0001QAY9B');
    expect(r.ok).toBe(false);
    expect(r.expectedCheckChar).toBe('9');
    expect(r.problems.map((p) => p.code)).toEqual(['CHECK_CHAR']);
    expect(r.problems[0].message).toContain('应为“9”');
  });

  it.each([
    ['9135020077604965', 16],
    ['91350200776049653AA', 19],
  ])('%s: length %i is an error', (code, len) => {
    const r = checkCreditCode(code);
    expect(r.ok).toBe(false);
    expect(r.problems.find((p) => p.code === 'LENGTH')?.message).toContain(`当前为 ${len} 位`);
  });

  it('17 legal characters: reports the length and offers the missing check character', () => {
    const r = checkCreditCode('91350200776049653');
    expect(r.expectedCheckChar).toBe('A');
    expect(r.problems.map((p) => p.code)).toEqual(['LENGTH']);
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('letter %s is illegal', (c) => {
    const r = checkCreditCode(`913502007760496${c}3A`);
    expect(r.ok).toBe(false);
    expect(r.problems.find((p) => p.code === 'ILLEGAL_CHAR')?.message).toContain(c);
    expect(r.expectedCheckChar).toBeUndefined();
  });

  it.each([
    ['91350200776049654D', '3'],
    ['91621122MA71ABCD9W', '8'],
  ])('%s passes GB 32100 but its organisation code fails GB 11714 (expected %s): warning only', (code, orgCheck) => {
    const r = checkCreditCode(code);
    expect(r.ok).toBe(true);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'ORG_CODE_CHECK', severity: 'warning' });
    expect(r.problems[0].message).toContain(`应为“${orgCheck}”`);
  });

  it('empty input', () => {
    expect(checkCreditCode('  ').problems[0].code).toBe('EMPTY');
  });
});

describe('normalizeCreditCode', () => {
  it.each([
    [' 9135 0200 7760 4965 3a ', '91350200776049653A'],
    ['９１３５０２００７７６０４９６５３Ａ', '91350200776049653A'],
    ['9135\u30000200776049653a', '91350200776049653A'],
    ['\t9144030071526726xg\n', '9144030071526726XG'],
  ])('%j → %s', (input, out) => {
    expect(normalizeCreditCode(input)).toBe(out);
    expect(checkCreditCode(input).ok).toBe(true);
  });
});

describe('regionFromCreditCode', () => {
  it.each([
    ['91350200776049653A', '350200'],
    ['91621122MA71ABCD8R', '621122'],
    ['12621100438000128G', '621100'],
    ['9162', null],
    ['91AB1122MA71ABCD8R', null],
  ])('%s → %s', (code, region) => {
    expect(regionFromCreditCode(code)).toBe(region);
  });
});
