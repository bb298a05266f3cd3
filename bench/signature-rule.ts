// What the signature rule's pre-checks cost next to the checks they guard, in Node: 10,000 signatures of 64 keys over
// transaction-sized messages (a sync's shape: many payments, few senders), each figure the median of its runs.
// Not a suite of `npm run bench`: run it directly, it prints medians and ratios.
//   npx tsx bench/signature-rule.ts [--rounds 5] [--fast-repeats 21]
import { parseArgs } from 'node:util';
import { ed25519 } from '@noble/curves/ed25519.js';
import {
  keyPairFromSecret,
  passesSignaturePrechecks,
  type SignatureCheck,
  sign,
  verifySignature,
} from '../src/core/index.ts';
import { webCryptoVerdict } from '../src/node/webcrypto-ed25519.ts';
import { median, round } from './registry.ts';

const SIGNATURES = 10_000;
const KEYS = 64;
/** A payment's signing message: the 32-byte network prefix and a payload of about this many bytes. */
const MESSAGE_BYTES = 150;

function corpus(): SignatureCheck[] {
  const keys = Array.from({ length: KEYS }, (_, i) => keyPairFromSecret(Uint8Array.from({ length: 32 }, () => i + 1)));
  return Array.from({ length: SIGNATURES }, (_, i) => {
    const key = keys[i % KEYS] ?? keys[0];
    if (key === undefined) throw new Error('no keys');
    const message = Uint8Array.from({ length: MESSAGE_BYTES }, (_, j) => (i * 31 + j) & 0xff);
    return { message, publicKey: key.publicKey, signature: sign(message, key.secretKey) };
  });
}

type Work = (check: SignatureCheck) => boolean | Promise<boolean>;

/** Milliseconds `work` takes on the whole corpus; throws unless it accepted every signature (all are valid). */
async function timed(checks: readonly SignatureCheck[], work: Work): Promise<number> {
  const started = performance.now();
  const verdicts = await Promise.all(checks.map(work));
  const ms = performance.now() - started;
  if (!verdicts.every((v) => v === true)) throw new Error('a valid signature was refused');
  return ms;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, 'fast-repeats': { type: 'string' } } });
  const rounds = Number(values.rounds ?? 5);
  // The pre-checks take milliseconds on the corpus: each round takes the median of many passes for them.
  const fastRepeats = Number(values['fast-repeats'] ?? 21);
  const checks = corpus();
  const subtle = globalThis.crypto.subtle;
  const works: Record<string, { work: Work; repeats: number }> = {
    prechecks: { work: (c) => passesSignaturePrechecks(c.publicKey, c.signature), repeats: fastRepeats },
    webCrypto: { work: async (c) => (await webCryptoVerdict(subtle, c)) === true, repeats: 3 },
    reference: { work: (c) => verifySignature(c.signature, c.message, c.publicKey), repeats: 1 },
    nobleCofactored: {
      work: (c) => ed25519.verify(c.signature, c.message, c.publicKey, { zip215: false }),
      repeats: 1,
    },
  };
  // Warm-up (noble's base-point tables, WebCrypto's imported keys, the JIT), then rounds that run every figure in
  // turn, so a busy machine slows all of them alike and the ratios hold.
  for (const { work } of Object.values(works)) await timed(checks, work);
  const perRound = new Map<string, number[]>(Object.keys(works).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, { work, repeats }] of Object.entries(works)) {
      const times: number[] = [];
      for (let i = 0; i < repeats; i++) times.push(await timed(checks, work));
      perRound.get(name)?.push(median(times));
    }
  }
  const figure = (name: string) => median(perRound.get(name) ?? []);
  console.log(`${SIGNATURES} signatures, ${KEYS} keys, ${process.version}; medians of ${rounds} alternating rounds`);
  for (const name of Object.keys(works)) {
    const ms = figure(name);
    console.log(
      `${name.padEnd(16)} ${round(ms, 2).toString().padStart(9)} ms  ${round((ms * 1000) / SIGNATURES, 3)} µs/sig`,
    );
  }
  console.log(
    `pre-checks / WebCrypto path (pre-checks included): ${round(figure('prechecks') / figure('webCrypto'), 4)}`,
  );
  console.log(`pre-checks / reference check: ${round(figure('prechecks') / figure('reference'), 5)}`);
  console.log(`reference / noble's cofactored verify: ${round(figure('reference') / figure('nobleCofactored'), 3)}`);
}

await main();
