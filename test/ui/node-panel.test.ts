import { describe, expect, it } from 'vitest';
import type { FullNodeEvent } from '../../src/node/index.ts';
import { changesNodePanel } from '../../src/ui/app.ts';

describe('the node panel', () => {
  it('redraws for what it shows, and not for the room reports that come several times a second', () => {
    const quiet: FullNodeEvent[] = [
      { type: 'reports' },
      { type: 'saved', tipHash: 'ab'.repeat(32), height: 3 },
      { type: 'traffic', peerId: 'p', direction: 'in', messageType: 'report', bytes: 200 },
      { type: 'dial-failures' },
    ];
    for (const event of quiet) expect(changesNodePanel(event), event.type).toBe(false);
    const shown: FullNodeEvent[] = [
      { type: 'mempool', size: 1 },
      { type: 'links', peers: [] },
      { type: 'mining', active: true, auto: false },
      { type: 'online', online: false },
    ];
    for (const event of shown) expect(changesNodePanel(event), event.type).toBe(true);
  });
});
