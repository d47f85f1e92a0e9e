/**
 * Characters no register field should hold: U+FFFD (the mark of text already broken by a wrong decoding),
 * control characters other than tab and line breaks, and the bidirectional overrides, embeddings and isolates
 * that make a name display differently from what it is (U+202E turns "公司exe.txt" around).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTER = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Why a text may not be stored, in Chinese, or undefined when it is safe. */
export function unsafeTextProblem(text: string): string | undefined {
  const found = UNSAFE_CHARACTER.exec(text);
  if (!found) return undefined;
  const char = found[0];
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const position = `第 ${Array.from(text.slice(0, found.index)).length + 1} 个字符`;
  if (char === '\uFFFD') {
    return `${position}是乱码替换字符（${code}），文字已在转换中损坏；请从原始资料重新录入该内容`;
  }
  if (/[\u202A-\u202E\u2066-\u2069]/u.test(char)) {
    return `${position}是文字方向控制字符（${code}），会使内容显示与实际不符；请删除后重新录入`;
  }
  return `${position}是不可见的控制字符（${code}）；请删除后重新录入`;
}
