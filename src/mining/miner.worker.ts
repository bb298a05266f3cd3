// The mining worker: serves the miner api (miner-api.ts) to the page through Comlink. The page imports only the type.
import { expose } from 'comlink';
import { createMinerApi } from './miner-api.ts';

const api = createMinerApi();
export type MinerWorkerApi = typeof api;
expose(api);
