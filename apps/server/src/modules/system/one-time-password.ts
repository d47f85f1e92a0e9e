import { randomInt } from 'node:crypto';

// Letters and digits that cannot be misread when the code is read aloud or copied by hand (no 0/O, 1/l/I).
const READABLE = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
const GROUPS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789'];

/**
 * A random one-time password nobody chose (crypto.randomInt): 16 readable characters with at least one capital,
 * one small letter and one digit, so it passes any password policy the security admin may set for sign-in.
 */
export function oneTimePassword(length = 16): string {
  for (;;) {
    const chars = Array.from({ length }, () => READABLE[randomInt(READABLE.length)]);
    if (GROUPS.every((g) => chars.some((c) => g.includes(c!)))) return chars.join('');
  }
}
