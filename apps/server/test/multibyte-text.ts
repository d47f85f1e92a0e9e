/**
 * Deterministic multi-byte text for import round-trip tests: CJK (with an Extension B character, 4 bytes in
 * UTF-8), emoji (surrogate pairs, one with a joiner), full-width letters and punctuation, of varying lengths, so
 * that across thousands of rows every character lands on some zip chunk boundary.
 */
const PIECES = [
  '甘肃',
  '陇西',
  '青龙管业',
  '马铃薯',
  '编码核对企业',
  '科技',
  '有限公司',
  '𠀀',
  '😀',
  '👩‍🔬',
  'ＡＢＣ',
  '（全角）',
  '，',
  '·',
  'ñ',
  'é',
  '中药材',
  '鼎丰',
];

/** A string of `minChars`..`maxChars` code points for row `i` of series `seed`; the same (seed, i) gives the same text. */
export function multibyteText(seed: number, i: number, minChars = 4, maxChars = 40): string {
  let state = (seed * 2_654_435_761 + i * 40_503 + 1) >>> 0;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    return state >>> 8;
  };
  const target = minChars + (next() % (maxChars - minChars + 1));
  let chars: string[] = [];
  while (chars.length < target) chars = chars.concat(Array.from(PIECES[next() % PIECES.length]));
  // Cut by code point, never through a surrogate pair; a joiner sequence cut in half is still valid text.
  return chars.slice(0, target).join('');
}
