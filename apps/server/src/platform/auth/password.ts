import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import { concurrencyLimit } from '../concurrency';

// OWASP minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * At most one argon2 run per core (and per libuv thread) at a time. More cannot finish sooner, as each is pure
 * CPU, but each holds its own 19 MiB, which the allocator keeps; and a burst of sign-ins would take every core
 * from the other requests (bench/FINDINGS.md F7, F8).
 */
const withSlot = concurrencyLimit(Math.min(4, availableParallelism()));

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return withSlot(() => argon2.hash(password, OPTIONS));
}

/** Verifies a password against its stored hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await withSlot(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;

/** A hash of no one's password, made once: checking a name that is no account costs the same as a real check. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`no-account-${Math.random()}`);
  return dummy;
}
