import { describe, expect, it } from 'vitest';
import { createNetworkParams } from '../../src/core/index.ts';
import { networkFromSearch, roomFromSearch } from '../../src/ui/room.ts';

describe('room and network from the URL', () => {
  it('defaults to the classroom network with its default rules', () => {
    expect(roomFromSearch('')).toEqual({ ok: true, room: 'classroom' });
    expect(networkFromSearch('')).toEqual({ ok: true, params: createNetworkParams('classroom') });
  });

  it('takes a valid room and refuses an invalid one with a message', () => {
    expect(roomFromSearch('?room=class-7b')).toEqual({ ok: true, room: 'class-7b' });
    const bad = roomFromSearch('?room=%3Cb%3E');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('"<b>"');
  });

  it('takes a fixed difficulty for demonstrations and tests, without retargeting', () => {
    const result = networkFromSearch('?room=lab&difficulty=6');
    expect(result.ok && result.params.difficulty).toBe(6);
    expect(result.ok && result.params.retarget).toBeNull();
    for (const bad of ['-1', '1.5', 'x', '65', '']) {
      const refused = networkFromSearch(`?room=lab&difficulty=${bad}`);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error).toMatch(/^Invalid difficulty/);
    }
  });
});
