// The signature-checking worker of a page whose WebCrypto has no Ed25519: plain http on a LAN address is no secure
// context, and there no context has `crypto.subtle`, workers included. It checks with the core's reference check
// (noble), off the page's thread: a late joiner's page goes on receiving and admitting while its signatures are
// checked, on as many cores as the pool has workers. Started only there (browser-node.ts), so a secure page never
// loads this worker's curve code.
import { expose } from 'comlink';
import { hexToBytes } from '../core/bytes.ts';
import { checkSignature } from '../core/signature-rule.ts';
import { createReferenceVerifierApi } from './verifier-api.ts';
import { PROBE } from './webcrypto-ed25519.ts';

// One check as the worker starts (the page starts it when idle): noble builds its tables for the base point on
// first use, which the first batch of a sync would otherwise wait for.
checkSignature({
  publicKey: hexToBytes(PROBE.publicKey),
  signature: hexToBytes(PROBE.valid),
  message: new Uint8Array(),
});
expose(createReferenceVerifierApi(checkSignature));
