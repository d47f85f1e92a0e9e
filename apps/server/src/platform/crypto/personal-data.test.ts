import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPersonalDataCipher, nationalAlgorithmsAvailable, personalData } from './personal-data';

const ID = '620102199001011234';

describe('personal-data cipher', () => {
  it('uses SM4 where the runtime has it, and a sealed value holds no plain text', () => {
    const c = personalData();
    expect(c.algorithm).toBe(nationalAlgorithmsAvailable() ? 'sm4-ctr+hmac-sm3' : 'aes-256-gcm');
    const sealed = c.seal(ID);
    expect(sealed.startsWith(`${c.algorithm}:`)).toBe(true);
    expect(sealed).not.toContain(ID);
    expect(sealed).not.toContain(Buffer.from(ID).toString('base64'));
    expect(c.open(sealed)).toBe(ID);
  });

  it('seals the same value differently each time; the digest is stable and normalised', () => {
    const c = createPersonalDataCipher(randomBytes(32));
    expect(c.seal(ID)).not.toBe(c.seal(ID));
    expect(c.digest(` ${ID.slice(0, 17)}x `)).toBe(c.digest(`${ID.slice(0, 17)}X`));
    expect(c.digest(ID)).not.toBe(createPersonalDataCipher(randomBytes(32)).digest(ID));
  });

  it('opens values sealed under either algorithm with the same key', () => {
    const key = randomBytes(32);
    const sm4 = createPersonalDataCipher(key, 'sm4-ctr+hmac-sm3');
    const aes = createPersonalDataCipher(key, 'aes-256-gcm');
    expect(aes.open(sm4.seal('护照 E1234567'))).toBe('护照 E1234567');
    expect(sm4.open(aes.seal(ID))).toBe(ID);
  });

  it('refuses an altered value and a value sealed under another key', () => {
    const c = createPersonalDataCipher(randomBytes(32), 'sm4-ctr+hmac-sm3');
    const [alg, iv, tag, ct] = c.seal(ID).split(':');
    const flipped = Buffer.from(ct!, 'base64');
    flipped[0]! ^= 1;
    expect(() => c.open([alg, iv, tag, flipped.toString('base64')].join(':'))).toThrow(/altered/);
    const gcm = createPersonalDataCipher(randomBytes(32), 'aes-256-gcm');
    expect(() => createPersonalDataCipher(randomBytes(32)).open(gcm.seal(ID))).toThrow();
    expect(() => c.open('plain text')).toThrow(/not a sealed value/);
  });
});
