// The IoT devices (sensors) a node holds: each a name and a key pair of its own, so its records are signed by the
// device and carry the device's address as sender, not the node's. A reading is a normal transaction of amount 0,
// recipient the device's name (a label, docs/chain-format.md), `info` its `key=value` fields (src/core/readings.ts),
// and goes the way every transaction of this node goes: mempool, save, relay, a block. Not the device's *nodes*
// (src/node/devices.ts), which are whole nodes kept in this browser.
//
// The devices are one setting of the node's store (`iot-devices`), read the first time they are asked for, so they
// cost a start nothing and need no change to the database's schema.
import {
  createTransaction,
  generateKeyPair,
  isAddress,
  isRecordLabel,
  type KeyPair,
  keyPairFromStored,
  Listeners,
  type NetworkParams,
  type Transaction,
} from '../core/index.ts';
import {
  formatReading,
  parseReading,
  type ReadingField,
  type ReadingProblem,
  readingFieldsFrom,
} from '../core/readings.ts';
import type { CommandResult, NodeFailure } from './failures.ts';

/** The store setting the devices are kept under. */
export const IOT_DEVICES_SETTING = 'iot-devices';
const RECORD_VERSION = 1;
/** A classroom's worth of sensors on one phone; each is a key in the store and a label on the chain. */
export const MAX_IOT_DEVICES = 16;

/** Where the devices are kept: the node's store, one setting (src/storage `loadSetting`, `saveSetting`). */
export interface IotDeviceStore {
  loadSetting(key: string): Promise<unknown>;
  saveSetting(key: string, value: unknown): Promise<void>;
}

/** A device as the page sees it: no secret key leaves this module. */
export type IotDevice = {
  readonly name: string;
  readonly address: string;
  readonly publicKey: Uint8Array;
  readonly createdAt: number;
};

export type IotProblem =
  /** Not a record label: 1 to 64 characters, not only spaces, no control character. */
  | { readonly code: 'name-invalid' }
  | { readonly code: 'name-taken'; readonly name: string }
  | { readonly code: 'too-many-devices'; readonly max: number }
  /** No device of this node has that name or address. */
  | { readonly code: 'unknown-device'; readonly device: string }
  | { readonly code: 'bad-reading'; readonly reading: ReadingProblem }
  /** The node refused the record (its mempool, the chain's rules): worded as any command's failure. */
  | { readonly code: 'node-failure'; readonly failure: NodeFailure }
  /** The store could not keep the change: nothing changed. `error` is a StorageError where the store gave one. */
  | { readonly code: 'storage-failed'; readonly error: unknown }
  /** This node has no store to keep devices in (a node without storage). */
  | { readonly code: 'no-storage' };

export type IotResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: IotProblem };

/** A posted reading: the record, signed by the device, now in this node's mempool. */
export type PostedReading = { readonly device: IotDevice; readonly transaction: Transaction };

/** What a reading may be given as: its text (`temp=21.5;door=open`), fields, or an object of numbers and text. */
export type ReadingInput = string | readonly ReadingField[] | Readonly<Record<string, unknown>>;

export type IotDevicesOptions = {
  readonly store: IotDeviceStore | null;
  readonly params: NetworkParams;
  /** Admits a signed transaction as this node's own: mempool, save, relay (FullNode). */
  readonly submit: (transaction: Transaction) => Promise<CommandResult<Transaction>>;
  readonly now?: () => number;
  readonly generateKeys?: () => KeyPair;
};

type Held = { readonly name: string; readonly keys: KeyPair; readonly createdAt: number };

const ok = <T>(value: T): IotResult<T> => ({ ok: true, value });
const problem = (value: IotProblem): IotResult<never> => ({ ok: false, problem: value });

function isKeyBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === 32;
}

/** The stored record, entries that cannot be read left out (a store is disk, maybe of another release). */
function decodeDevices(record: unknown): Held[] {
  if (typeof record !== 'object' || record === null) return [];
  const { devices } = record as { devices?: unknown };
  if (!Array.isArray(devices)) return [];
  const held: Held[] = [];
  for (const entry of devices as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { name, secretKey, publicKey, createdAt } = entry as Record<string, unknown>;
    if (!isRecordLabel(name) || !isKeyBytes(secretKey) || !isKeyBytes(publicKey)) continue;
    if (held.some((device) => sameName(device.name, name))) continue;
    held.push({ name, keys: keyPairFromStored(secretKey, publicKey), createdAt: Number(createdAt) || 0 });
  }
  return held.slice(0, MAX_IOT_DEVICES);
}

function encodeDevices(devices: readonly Held[]): unknown {
  return {
    version: RECORD_VERSION,
    devices: devices.map(({ name, keys, createdAt }) => ({
      name,
      secretKey: keys.secretKey.slice(),
      publicKey: keys.publicKey.slice(),
      createdAt,
    })),
  };
}

/** Two names are one if they differ only in case or surrounding spaces: they would read the same in a list. */
function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function shown(device: Held): IotDevice {
  return {
    name: device.name,
    address: device.keys.address,
    publicKey: device.keys.publicKey.slice(),
    createdAt: device.createdAt,
  };
}

function randomNonce(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

export class IotDevices {
  private readonly options: IotDevicesOptions;
  private readonly events = new Listeners<readonly IotDevice[]>('IoT devices');
  private held: Promise<Held[]> | null = null;
  /** Changes one at a time, each saved before the next starts: the store always holds a list this node showed. */
  private changes: Promise<unknown> = Promise.resolve();

  constructor(options: IotDevicesOptions) {
    this.options = options;
  }

  /** The devices, in the order they were made. The first call reads them from the store. */
  async list(): Promise<readonly IotDevice[]> {
    return (await this.load()).map(shown);
  }

  /** Called with the whole list after every change. */
  subscribe(listener: (devices: readonly IotDevice[]) => void): () => void {
    return this.events.subscribe(listener);
  }

  /** A new device with a fresh key pair, kept in the store before it is answered. */
  create(name: unknown): Promise<IotResult<IotDevice>> {
    return this.change((devices) => {
      const wrong = this.nameProblem(devices, name, null);
      if (wrong) return problem(wrong);
      if (devices.length >= MAX_IOT_DEVICES) return problem({ code: 'too-many-devices', max: MAX_IOT_DEVICES });
      const keys = (this.options.generateKeys ?? generateKeyPair)();
      const device: Held = { name: (name as string).trim(), keys, createdAt: this.now() };
      return ok({ devices: [...devices, device], answer: device });
    });
  }

  /** Renames a device (by name or address): its key and address stay, its later records carry the new name. */
  rename(device: string, name: unknown): Promise<IotResult<IotDevice>> {
    return this.change((devices) => {
      const found = findDevice(devices, device);
      if (!found) return problem({ code: 'unknown-device', device: String(device) });
      const wrong = this.nameProblem(devices, name, found);
      if (wrong) return problem(wrong);
      const renamed: Held = { ...found, name: (name as string).trim() };
      return ok({ devices: devices.map((d) => (d === found ? renamed : d)), answer: renamed });
    });
  }

  /** Forgets a device and its key: its records stay on the chain, and no one can sign as it again. */
  remove(device: string): Promise<IotResult<IotDevice>> {
    return this.change((devices) => {
      const found = findDevice(devices, device);
      if (!found) return problem({ code: 'unknown-device', device: String(device) });
      return ok({ devices: devices.filter((d) => d !== found), answer: found });
    });
  }

  /** Signs a reading with the device's key and hands it to the node as a record of amount 0 named after it. */
  async postReading(device: string, reading: ReadingInput): Promise<IotResult<PostedReading>> {
    const found = findDevice(await this.load(), device);
    if (!found) return problem({ code: 'unknown-device', device: String(device) });
    const info = this.readingText(reading);
    if (!info.ok) return info;
    const { params } = this.options;
    const transaction = createTransaction(
      found.keys,
      { recipient: found.name, info: info.value, amount: 0, timestamp: this.now(), nonce: randomNonce() },
      params,
    );
    const submitted = await this.options.submit(transaction);
    if (!submitted.ok) return problem({ code: 'node-failure', failure: submitted.failure });
    return ok({ device: shown(found), transaction });
  }

  private readingText(reading: ReadingInput): IotResult<string> {
    const max = this.options.params.maxInfoBytes;
    let result: ReturnType<typeof formatReading>;
    if (typeof reading === 'string') {
      const parsed = parseReading(reading, max);
      result = parsed.ok ? { ok: true, value: reading } : parsed;
    } else if (Array.isArray(reading)) {
      result = formatReading(reading as readonly ReadingField[], max);
    } else if (typeof reading === 'object' && reading !== null) {
      const fields = readingFieldsFrom(reading as Readonly<Record<string, unknown>>);
      result = fields.ok ? formatReading(fields.value, max) : fields;
    } else {
      return problem({ code: 'bad-reading', reading: { code: 'empty' } });
    }
    return result.ok ? ok(result.value) : problem({ code: 'bad-reading', reading: result.problem });
  }

  private nameProblem(devices: readonly Held[], name: unknown, renaming: Held | null): IotProblem | null {
    if (typeof name !== 'string' || !isRecordLabel(name.trim()) || isAddress(name.trim()))
      return { code: 'name-invalid' };
    const taken = devices.find((d) => d !== renaming && sameName(d.name, name));
    return taken ? { code: 'name-taken', name: taken.name } : null;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private load(): Promise<Held[]> {
    const { store } = this.options;
    if (this.held === null) {
      this.held = store ? store.loadSetting(IOT_DEVICES_SETTING).then(decodeDevices) : Promise.resolve([]);
      // A failed read is tried again next time rather than remembered as an empty list.
      this.held.catch(() => {
        this.held = null;
      });
    }
    return this.held;
  }

  /** One change: computed from the list as saved, saved whole, and only then made the list (or nothing at all). */
  private change(
    apply: (devices: readonly Held[]) => IotResult<{ devices: Held[]; answer: Held }>,
  ): Promise<IotResult<IotDevice>> {
    const run = async (): Promise<IotResult<IotDevice>> => {
      const { store } = this.options;
      if (!store) return problem({ code: 'no-storage' });
      let devices: Held[];
      try {
        devices = await this.load();
      } catch (error) {
        return problem({ code: 'storage-failed', error });
      }
      const changed = apply(devices);
      if (!changed.ok) return changed;
      try {
        await store.saveSetting(IOT_DEVICES_SETTING, encodeDevices(changed.value.devices));
      } catch (error) {
        return problem({ code: 'storage-failed', error });
      }
      this.held = Promise.resolve(changed.value.devices);
      this.events.emit(changed.value.devices.map(shown));
      return ok(shown(changed.value.answer));
    };
    const result = this.changes.then(run);
    this.changes = result.catch(() => {});
    return result;
  }
}

/** A device by its address or its name (the name as the list shows it, case and spaces aside). */
function findDevice(devices: readonly Held[], reference: unknown): Held | undefined {
  if (typeof reference !== 'string') return undefined;
  return devices.find((d) => d.keys.address === reference) ?? devices.find((d) => sameName(d.name, reference));
}
