import { describe, expect, it } from 'vitest';
import { bytesPerSource, layerOf } from '../../bench/bundle-layers.ts';

describe('bytesPerSource', () => {
  const sources = ['/app/src/core/chain.ts', '/app/node_modules/idb/build/index.js'];

  it('charges each mapped span to its source, up to the next segment or the end of the line', () => {
    // 'AAAA': column 0 from source 0; 'ECAA': column 2 from source 1 (deltas, sourcemap v3).
    const bytes = bytesPerSource('xxyyy', { sources, mappings: 'AAAA,ECAA' });
    expect(Object.fromEntries(bytes)).toEqual({ [sources[0] as string]: 2, [sources[1] as string]: 3 });
  });

  it('keeps the source index across lines and charges an unmapped span to "?"', () => {
    // Line 2: 'AAAA' stays on source 1 (the index is relative to the previous line's last); 'G' (column 3) maps nowhere.
    const bytes = bytesPerSource('xx\nyyyzz', { sources, mappings: 'AAAA,ECAA;AAAA,G' });
    expect(Object.fromEntries(bytes)).toEqual({ [sources[0] as string]: 2, [sources[1] as string]: 3, '?': 2 });
  });

  it('refuses a mapping that is not Base64 VLQ', () => {
    expect(() => bytesPerSource('x', { sources, mappings: 'A!AA' })).toThrow(/not Base64 VLQ/);
  });
});

describe('layerOf', () => {
  it('names the app directory or the npm package, scoped ones whole', () => {
    expect(layerOf('../../src/net/network.ts')).toBe('src/net');
    expect(layerOf('../../node_modules/@noble/curves/esm/ed25519.js')).toBe('@noble/curves');
    expect(layerOf('../../node_modules/peerjs/dist/bundler.mjs')).toBe('peerjs');
    expect(layerOf('\0rolldown/runtime')).toBe('?');
  });
});
