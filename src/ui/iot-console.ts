// The IoT devices in `window.blockchain` (src/ui/console-api.ts imports this on first use, so the console costs a
// first visit nothing more): list, add, post a reading, read every device's records. A refusal throws an IotError
// worded in the page's language, with its code.
import { type TransactionJson, transactionToJson } from '../core/index.ts';
import type { FullNode, IotProblem, IotResult, ReadingInput } from '../node/index.ts';
import { iotTexts } from './i18n/sections/iot/index.ts';
import { collectDeviceRecords, type DeviceRecord } from './iot-model.ts';
import { iotProblemText } from './iot-words.ts';

export type ConsoleDevice = { readonly name: string; readonly address: string };
export type ConsoleDeviceRecords = {
  readonly address: string;
  readonly name: string;
  readonly records: ReadonlyArray<Omit<DeviceRecord, 'fields'> & { readonly reading: Record<string, string> }>;
};

export class IotError extends Error {
  readonly code: IotProblem['code'];
  readonly problem: IotProblem;
  constructor(problem: IotProblem) {
    super(iotProblemText(problem));
    this.name = 'IotError';
    this.code = problem.code;
    this.problem = problem;
  }
}

async function value<T>(result: Promise<IotResult<T>>): Promise<T> {
  const [answer] = await Promise.all([result, iotTexts.load()]);
  if (!answer.ok) throw new IotError(answer.problem);
  return answer.value;
}

const shown = ({ name, address }: ConsoleDevice): ConsoleDevice => ({ name, address });

export async function devices(node: FullNode): Promise<ConsoleDevice[]> {
  return (await (await node.iotDevices()).list()).map(shown);
}

export async function addDevice(node: FullNode, name: string): Promise<ConsoleDevice> {
  return shown(await value((await node.iotDevices()).create(name)));
}

export async function postReading(node: FullNode, device: string, reading: ReadingInput): Promise<TransactionJson> {
  return transactionToJson((await value((await node.iotDevices()).postReading(device, reading))).transaction);
}

/** Every device's records on this node's main chain and in its mempool (confirmations 0), newest first. */
export function deviceRecords(node: FullNode): ConsoleDeviceRecords[] {
  return collectDeviceRecords(node.chain.mainChain(), node.snapshot().mempool).map((group) => ({
    address: group.address,
    name: group.label,
    records: group.records.map(({ fields, ...record }) => ({
      ...record,
      reading: Object.fromEntries(fields.map(({ key, value: text }) => [key, text])),
    })),
  }));
}
