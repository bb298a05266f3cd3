// The signature-checking worker: serves the verifier api (verifier-api.ts) to the page through Comlink, with this
// worker's WebCrypto. A page without WebCrypto's Ed25519 starts noble-verifier.worker.ts instead; should this one's
// WebCrypto still fail the probe, every call fails and the page checks itself.
import { expose } from 'comlink';
import { createVerifierApi } from './verifier-api.ts';

const api = createVerifierApi();
export type VerifierWorkerApi = typeof api;
expose(api);
