import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { AuthContext } from '../http/types';
import type { UploadKind } from '../storage/file-type';

/** One kind of file an owner takes: its label, the file types it admits, and how many it holds. */
export interface AttachmentSlot {
  label: string;
  /** Admitted types (by extension, confirmed by magic bytes); all of `ALLOWED_UPLOADS` when absent. */
  kinds?: readonly UploadKind[];
  /** At most this many files in the slot. */
  maxCount?: number;
}

/**
 * A record that takes attachments, declared by its module (`attachments` in the manifest). The platform stores the
 * files and audits every change; the module alone decides who may see and change them.
 */
export interface AttachmentOwner {
  /** `<module>.<thing>`: 'commissioner.log'. */
  type: string;
  /** The record's name in messages and the audit log: 服务日志. */
  label: string;
  slots: Readonly<Record<string, AttachmentSlot>>;
  /** The owner as the user may read it (its region), or a 403/404 (the module's policy). */
  read(db: Kysely<DB>, auth: AuthContext, ownerId: number): Promise<{ regionCode: string }>;
  /**
   * Throws unless the user may add or remove the owner's files of the slot now (its policy and its state); may
   * answer details for the audit row (e.g. `{ onBehalf: true }` when staff act for an enterprise).
   */
  assertCanChange(
    db: Kysely<DB>,
    auth: AuthContext,
    ownerId: number,
    slot: string,
  ): Promise<void | Record<string, unknown>>;
}

/** Declares an attachment owner (an identity function, so the declaration is checked where it is written). */
export function defineAttachmentOwner(owner: AttachmentOwner): AttachmentOwner {
  return owner;
}

/** The owners every module declared, by type; a type declared twice is a programming error. */
export class AttachmentOwners {
  private readonly byType = new Map<string, AttachmentOwner>();

  constructor(owners: readonly AttachmentOwner[]) {
    for (const owner of owners) {
      if (this.byType.has(owner.type)) throw new Error(`attachment owner ${owner.type} is declared twice`);
      if (!/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/.test(owner.type)) throw new Error(`bad owner type ${owner.type}`);
      this.byType.set(owner.type, owner);
    }
  }

  get(type: string): AttachmentOwner | undefined {
    return this.byType.get(type);
  }

  get size(): number {
    return this.byType.size;
  }
}
