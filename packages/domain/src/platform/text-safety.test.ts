import { describe, expect, it } from 'vitest';
import { unsafeTextProblem } from './text-safety';

describe('unsafeTextProblem', () => {
  it.each([
    ['甘肃青龙管业有限责任公司'],
    ['地址：陇西县\n巩昌镇'],
    ['Ａ＆Ｂ 全角字符'],
    ['表情😀与生僻字𠀀'],
    ['tab\tseparated'],
  ])('accepts %j', (text) => {
    expect(unsafeTextProblem(text)).toBeUndefined();
  });

  it.each([
    ['编码核对\uFFFD业', '第 5 个字符是乱码替换字符（U+FFFD）'],
    ['公司\u202Eexe.txt', '第 3 个字符是文字方向控制字符（U+202E）'],
    ['名称\u2066隔离', '文字方向控制字符（U+2066）'],
    ['空\u0000字符', '不可见的控制字符（U+0000）'],
    ['换页\u000C', '不可见的控制字符（U+000C）'],
    ['😀\u0085', '第 2 个字符是不可见的控制字符（U+0085）'],
  ])('refuses %j, naming the character and where it is', (text, message) => {
    expect(unsafeTextProblem(text)).toContain(message);
  });
});
