import { checkCreditCode } from '@kechuang/domain/rules/credit-code';
import { AppError } from '../../platform/errors';

/**
 * Normalises a credit code and enforces the register's rule: a wrong length or character is refused;
 * a wrong check character is refused unless staff give the reason they accept it (some legal codes fail it).
 */
export function acceptCreditCode(
  input: string,
  overrideReason: string | null | undefined,
): { code: string; override: string | null } {
  const check = checkCreditCode(input);
  const hard = check.problems.filter((p) => p.severity === 'error' && p.code !== 'CHECK_CHAR');
  if (hard.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      hard.map((p) => p.message).join('；'),
      hard.map((p) => ({ field: 'creditCode', message: p.message })),
    );
  }
  const checkChar = check.problems.find((p) => p.code === 'CHECK_CHAR');
  if (checkChar && !overrideReason?.trim()) {
    const message = `${checkChar.message}。如确认证照上就是此代码，请填写“校验例外原因”后保存`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'creditCode', message, code: 'CREDIT_CODE_CHECK' }]);
  }
  return { code: check.normalized, override: checkChar ? overrideReason!.trim() : null };
}

/** The warning shown beside a stored code that fails its check character (null when it passes). */
export function creditCodeWarning(code: string): string | null {
  const p = checkCreditCode(code).problems.find((x) => x.code === 'CHECK_CHAR');
  return p ? p.message : null;
}
