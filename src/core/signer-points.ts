// The public keys a reference check meets again and again: a classroom's few dozen senders sign most of its chain,
// and a late joiner without WebCrypto's Ed25519 (plain http on a LAN address) checks every one of their signatures
// with noble. Each key is decoded once, and a key in frequent use gets a table of its multiples, so [k]A costs a few
// dozen point additions instead of some 250 doublings: in Node, 1.08 ms a check without, 0.36 ms with (a table takes
// about 7 ms and 100 kB to build, so only a key used TABLE_AFTER_USES times gets one).
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from './bytes.ts';

export type EdwardsPoint = ReturnType<typeof ed25519.Point.fromBytes>;

/** A key's table pays for itself after about 10 checks; a key signing fewer keeps only its decoded point. */
export const TABLE_AFTER_USES = 16;
/** Keys remembered, decoded (a couple of hundred bytes each), least recently used first out. */
export const REMEMBERED_SIGNERS = 256;
/** Keys with a table at once (about 100 kB each): a class of 30 and its teacher, in each verifier worker. */
export const SIGNER_TABLES = 32;
/** Bits per window of a key's table: 4 was within 20 % of the fastest (6) at under half its build time. */
const TABLE_WINDOW_BITS = 4;

type Signer = { readonly negated: EdwardsPoint; uses: number; lastUse: number; tabled: boolean };

export class SignerPoints {
  /** In the order of last use, oldest first. */
  private readonly signers = new Map<string, Signer>();
  private tables = 0;
  /** Keys looked up so far: a key's last use is a count of these. */
  private lookups = 0;

  constructor(
    private readonly capacity = REMEMBERED_SIGNERS,
    private readonly maxTables = SIGNER_TABLES,
  ) {}

  /** −A for the 32-byte key `publicKey`, or null when it spells no point of the curve (nothing is remembered then). */
  negatedKey(publicKey: Uint8Array): EdwardsPoint | null {
    const id = bytesToHex(publicKey);
    let signer = this.signers.get(id);
    if (signer === undefined) {
      const negated = decodeNegated(publicKey);
      if (negated === null) return null;
      signer = { negated, uses: 0, lastUse: 0, tabled: false };
      if (this.signers.size >= this.capacity) this.forgetOldest();
    } else {
      this.signers.delete(id); // set again below: the Map's order is the order of last use
    }
    this.signers.set(id, signer);
    this.lookups += 1;
    signer.lastUse = this.lookups;
    signer.uses += 1;
    if (signer.uses >= TABLE_AFTER_USES && !signer.tabled) this.tryTable(signer);
    return signer.negated;
  }

  /** How many keys are remembered, and how many of them have their table. */
  get size(): { readonly keys: number; readonly tables: number } {
    return { keys: this.signers.size, tables: this.tables };
  }

  /** Whether `publicKey` has its table now. */
  hasTable(publicKey: Uint8Array): boolean {
    return this.signers.get(bytesToHex(publicKey))?.tabled === true;
  }

  /**
   * Builds `signer`'s table where there is room, or where the least recently used key with one has been idle for as
   * many lookups as keys are remembered (a student who left): more keys in use than tables keep theirs, rather than
   * take turns rebuilding them. Otherwise it asks again after as many uses.
   */
  private tryTable(signer: Signer): void {
    if (this.tables >= this.maxTables) {
      const idle = this.leastRecentlyUsedTable();
      if (idle === undefined || this.lookups - idle.lastUse <= this.capacity) {
        signer.uses = 0;
        return;
      }
      this.dropTable(idle);
    }
    signer.negated.precompute(TABLE_WINDOW_BITS, false);
    signer.tabled = true;
    this.tables += 1;
  }

  private leastRecentlyUsedTable(): Signer | undefined {
    for (const signer of this.signers.values()) if (signer.tabled) return signer;
    return undefined;
  }

  private dropTable(signer: Signer): void {
    signer.negated.precompute(1); // a window of 1 bit: noble forgets the point's table
    signer.tabled = false;
    signer.uses = 0;
    this.tables -= 1;
  }

  private forgetOldest(): void {
    const oldest = this.signers.entries().next();
    if (oldest.done) return;
    const [id, signer] = oldest.value;
    if (signer.tabled) this.dropTable(signer);
    this.signers.delete(id);
  }
}

/** The point RFC 8032 §5.1.3 decodes from `bytes`, negated; null when it is not one. */
function decodeNegated(bytes: Uint8Array): EdwardsPoint | null {
  try {
    return ed25519.Point.fromBytes(bytes).negate();
  } catch {
    return null;
  }
}
