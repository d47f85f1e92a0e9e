import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from './password-policy';

const policy = { minLength: 8, minClasses: 3, forbidUsername: true };

describe('checkPasswordStrength', () => {
  it('refuses a common password that passes length and classes, in any case', () => {
    expect(checkPasswordStrength('P@ssw0rd', 'zhangsan', policy)).toEqual(['该密码过于常见，容易被猜中，请换一个']);
    expect(checkPasswordStrength('admin@123', 'zhangsan', policy)).toContain('该密码过于常见，容易被猜中，请换一个');
    expect(checkPasswordStrength('1QAZ@wsx', 'zhangsan', policy)).toContain('该密码过于常见，容易被猜中，请换一个');
  });

  it('accepts a strong uncommon password', () => {
    expect(checkPasswordStrength('Zhang#2026xyz', 'zhangsan2', policy)).toEqual([]);
  });
});
