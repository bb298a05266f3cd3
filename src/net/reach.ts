// Whom a node may link to: everyone while online; while offline (a partition a teacher shows), nobody, or only the
// group it went dark with (attackers who stay linked to each other).

export class Reach {
  private online = true;
  private group: ReadonlySet<string> = new Set();

  get isOnline(): boolean {
    return this.online;
  }

  /** Whether a link to `peerId` may be. */
  allows(peerId: string): boolean {
    return this.online || this.group.has(peerId);
  }

  /** Whether any link may be dialled at all. */
  get dials(): boolean {
    return this.online || this.group.size > 0;
  }

  /** Offline, keeping links to `group` (room peer ids); true when it was online until now. */
  goOffline(group: ReadonlySet<string>): boolean {
    const was = this.online;
    this.online = false;
    this.group = group;
    return was;
  }

  /** Online again; true when it was offline until now. */
  goOnline(): boolean {
    const was = this.online;
    this.online = true;
    this.group = new Set();
    return !was;
  }
}
