import { isCommonPassword } from './common-passwords';

/** Password policy numbers; the security admin edits them as `security.*` parameters. */
export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
  forbidUsername: boolean;
}

/**
 * Checks a new password against the policy (等保 profile: length and character classes, not the username).
 * Returns the Chinese messages of every rule it breaks.
 */
export function checkPasswordStrength(password: string, username: string, policy: PasswordPolicy): string[] {
  const problems: string[] = [];
  if (password.length < policy.minLength) problems.push(`密码长度至少 ${policy.minLength} 位`);
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  if (classes < policy.minClasses) {
    problems.push(`密码须包含大写字母、小写字母、数字、符号中的至少 ${policy.minClasses} 类`);
  }
  if (policy.forbidUsername && username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('密码不能包含用户名');
  }
  if (isCommonPassword(password)) problems.push('该密码过于常见，容易被猜中，请换一个');
  return problems;
}
