// The signature-checking worker: serves the verifier api (verifier-api.ts) to the page through Comlink, with this
// worker's WebCrypto. Where that has no Ed25519 (no secure context), every call fails and the page checks itself.
import { expose } from 'comlink';
import { createVerifierApi } from './verifier-api.ts';

const api = createVerifierApi();
export type VerifierWorkerApi = typeof api;
expose(api);
