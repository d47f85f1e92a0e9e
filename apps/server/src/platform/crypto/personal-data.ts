import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  getCiphers,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../config';

/**
 * Sensitive personal data (ID card and passport numbers) sealed at rest (docs/rules.md §6.4). One interface for every
 * module: `seal` before a write, `open` only inside an audited reveal, `digest` for equality (duplicates) without
 * decrypting. The algorithm travels with each value, so values sealed under another one still open.
 *
 * - `sm4-ctr+hmac-sm3`: the national algorithms (GB/T 32907 SM4, GB/T 32905 SM3) through Node's OpenSSL, encrypt
 *   then MAC; used wherever the runtime's OpenSSL offers SM4 and SM3.
 * - `aes-256-gcm`: the fallback where it does not.
 */
export type SealAlgorithm = 'sm4-ctr+hmac-sm3' | 'aes-256-gcm';

/** A sealed value as stored: `<algorithm>:<iv base64>:<tag base64>:<ciphertext base64>`. */
export type SealedText = string;

export interface PersonalDataCipher {
  readonly algorithm: SealAlgorithm;
  seal(plain: string): SealedText;
  open(sealed: SealedText): string;
  /** A keyed digest (HMAC) of the normalised value: equal values give equal digests, and it reveals nothing. */
  digest(plain: string): string;
}

function subkey(master: Buffer, purpose: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `kechuang/personal-data/${purpose}`, length));
}

/** SM4 and SM3 where this runtime's OpenSSL has them. */
export function nationalAlgorithmsAvailable(): boolean {
  return getCiphers().includes('sm4-ctr');
}

/** Builds a cipher on a 32-byte master key; `algorithm` defaults to SM4 when available. */
export function createPersonalDataCipher(master: Buffer, algorithm?: SealAlgorithm): PersonalDataCipher {
  if (master.length !== 32) throw new Error('personal-data key must be 32 bytes');
  const chosen: SealAlgorithm = algorithm ?? (nationalAlgorithmsAvailable() ? 'sm4-ctr+hmac-sm3' : 'aes-256-gcm');
  const sm4Key = subkey(master, 'sm4', 16);
  const sm3MacKey = subkey(master, 'sm3-mac', 32);
  const aesKey = subkey(master, 'aes', 32);
  const digestKey = subkey(master, 'digest', 32);

  function sealWith(alg: SealAlgorithm, plain: string): SealedText {
    const data = Buffer.from(plain, 'utf8');
    if (alg === 'aes-256-gcm') {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', aesKey, iv);
      const ct = Buffer.concat([c.update(data), c.final()]);
      return [alg, iv.toString('base64'), c.getAuthTag().toString('base64'), ct.toString('base64')].join(':');
    }
    const iv = randomBytes(16);
    const c = createCipheriv('sm4-ctr', sm4Key, iv);
    const ct = Buffer.concat([c.update(data), c.final()]);
    const tag = createHmac('sm3', sm3MacKey).update(iv).update(ct).digest();
    return [alg, iv.toString('base64'), tag.toString('base64'), ct.toString('base64')].join(':');
  }

  function open(sealed: SealedText): string {
    const [alg, ivText, tagText, ctText] = sealed.split(':');
    if (ivText === undefined || tagText === undefined || ctText === undefined) throw new Error('not a sealed value');
    const iv = Buffer.from(ivText, 'base64');
    const tag = Buffer.from(tagText, 'base64');
    const ct = Buffer.from(ctText, 'base64');
    if (alg === 'aes-256-gcm') {
      const d = createDecipheriv('aes-256-gcm', aesKey, iv);
      d.setAuthTag(tag);
      return Buffer.concat([d.update(ct), d.final()]).toString('utf8');
    }
    if (alg === 'sm4-ctr+hmac-sm3') {
      const expected = createHmac('sm3', sm3MacKey).update(iv).update(ct).digest();
      if (expected.length !== tag.length || !timingSafeEqual(expected, tag)) {
        throw new Error('sealed value was altered');
      }
      const d = createDecipheriv('sm4-ctr', sm4Key, iv);
      return Buffer.concat([d.update(ct), d.final()]).toString('utf8');
    }
    throw new Error(`unknown seal algorithm ${alg}`);
  }

  return {
    algorithm: chosen,
    seal: (plain) => sealWith(chosen, plain),
    open,
    digest: (plain) => createHmac('sha256', digestKey).update(plain.trim().toUpperCase()).digest('hex'),
  };
}

/**
 * The master key: KC_DATA_KEY (32 bytes, base64), else `<data dir>/keys/personal-data.key`, written on first use
 * with mode 0600. Losing the key loses the sealed values: back it up beside the database, apart from it.
 */
export function loadPersonalDataKey(env = process.env): Buffer {
  if (env.KC_DATA_KEY) {
    const key = Buffer.from(env.KC_DATA_KEY, 'base64');
    if (key.length !== 32) throw new Error('KC_DATA_KEY must be 32 bytes in base64');
    return key;
  }
  const dir = env.VITEST ? join(tmpdir(), `kc-keys-${process.pid}`) : join(loadConfig().dataDir, 'keys');
  const file = join(dir, 'personal-data.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  try {
    writeFileSync(file, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process wrote it first: use that one.
    if ((err as { code?: string }).code === 'EEXIST') return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    throw err;
  }
  chmodSync(file, 0o600);
  return key;
}

let shared: PersonalDataCipher | null = null;

/** The process-wide cipher. */
export function personalData(): PersonalDataCipher {
  shared ??= createPersonalDataCipher(loadPersonalDataKey());
  return shared;
}
