// The node's public surface: the one module src/ui imports from src/node (the lint keeps it so). A client starts a
// FullNode and talks to it alone; the types it reads come from here too.
export type {
  BridgeAnswer,
  BridgeProblem,
  BridgeRequest,
  BridgeState,
  HttpBridgeLink,
} from '../net/http-bridge.ts';
export type { LinkEnd, NetworkEvent, PeerInfo, SyncEnd } from '../net/network-events.ts';
export type { RoomReport } from '../net/room-reports.ts';
export { parseIce, parseSignalUrl, type SettingsProblem, type SignallingConfig } from '../net/signalling-config.ts';
export type { LinkKind } from '../net/transport.ts';
export type { StorageError, StorageErrorCode } from '../storage/index.ts';
export type { LostNode, NodeBackups, Restored, RestoreResult } from './backup.ts';
export { type BackupProblem, BackupProblemCode } from './backup-file.ts';
export { type BrowserFullNodeOptions, startBrowserFullNode } from './browser-full-node.ts';
export type { DeviceNode, DeviceNodeState, DeviceNodes } from './devices.ts';
// Types only: the devices' code loads on first use (FullNode.iotDevices), not with the page; so does the 51% lesson's.
export type { AttackStage, AttackState, AttackVerdict, DoubleSpendAttack } from './double-spend.ts';
export type { FullNodeEvent, FullNodeListener } from './events.ts';
export {
  type CommandResult,
  describeFailure,
  FailureCode,
  type FailureField,
  type NodeFailure,
} from './failures.ts';
export {
  FullNode,
  type ImportedChain,
  type MiningState,
  type NodeSnapshot,
  type TrafficSnapshot,
} from './full-node.ts';
export type { IotDevice, IotDevices, IotProblem, IotResult, PostedReading, ReadingInput } from './iot-devices.ts';
export { type NodeNotice, NoticeCode } from './notices.ts';
export type { MiningProgress } from './ports.ts';
export {
  handleSeedRequest,
  type MineAnswer,
  type RegisterAnswer,
  type ResolveAnswer,
  SEED_MESSAGES,
  SEED_ROUTES,
  type SeedResponse,
  type SeedRoute,
  seedMine,
  seedNewTransaction,
  seedRegisterNodes,
  seedResolve,
  type TransactionAnswer,
} from './seed-api.ts';

/** The HTTP bridge's page end: loaded when the page first shows or switches on the bridge, not with a first visit. */
export const loadHttpBridge = () => import('../net/http-bridge.ts');
