// The English texts of the network, device, backup and notice views that the page may say from its start (their
// panels' own words are the panels' table, src/ui/i18n/sections/panels); src/ui/i18n/en.ts holds the rest and
// joins them: split out only to keep each table readable.

export const enNetwork = {
  'peers.title': 'Network',
  'bridge.title': 'HTTP requests',

  'settings.title': 'Settings',
  'settings.problem.signal-not-url': 'signal {value} is not a URL (e.g. http://127.0.0.1:9000/peerjs) or none',
  'settings.problem.signal-bad-protocol': 'the signal URL must be http, https, ws or wss, not {value}',
  'settings.problem.ice-not-json': 'ice must be none or a JSON array like [{"urls":"stun:host:3478"}]',
  'settings.problem.ice-bad-servers': 'ice must be an array of {urls, username?, credential?} with stun: or turn: URLs',

  'devices.title': 'Nodes on this device',

  'notice.no-locks-asked':
    'The browser offers no Web Locks to this page (plain http on a network address is not a secure context), so ' +
    'this tab asked the other open tabs which nodes they run before choosing one. A tab that did not answer in ' +
    'time (asleep in the background) could still run this same node: open the page over https or on localhost to ' +
    'be sure.',
  'notice.data-lost':
    'The data of node {node} (address {address}) is gone from this browser: its key was not found ' +
    '({blocks, plural, one {# block} other {# blocks}} were). Nothing was written in its place; this tab runs a new node meanwhile. Restore the lost node ' +
    'from a backup file (Backup, under Chain files) to get its address and coins back.',
  'backup.problem.not-a-backup': 'the file is no backup of this app (a chain file alone holds no key)',
  'backup.problem.unknown-version': 'the backup is of a later format (version {version}): update the app',
  'backup.problem.bad-field': "the backup's field {field} is missing or malformed",
  'backup.problem.key-mismatch': 'the private key in the file does not belong to the address it names',
  'backup.problem.proof-failed': 'the file was changed after it was written (its signature does not match)',
  'backup.problem.other-room': 'it is a backup of room {network}, not of this room: open that room to restore it',
  'backup.problem.chain-invalid': 'its chain fails at block {index}: {reason}',
  'backup.problem.tip-mismatch': 'its chain does not end where the backup says: blocks were cut off or added',
  'backup.problem.node-running': 'node {node} runs in another tab: restore it there, or close that tab first',
  'backup.problem.storage-failed': "this device's storage refused it: {reason}",

  'genesis.network': 'Network',
  'genesis.hash': 'Genesis hash',
  'genesis.index': 'Index',
  'genesis.timestamp': 'Timestamp',
  'genesis.difficulty': 'Difficulty',
  'genesis.json': 'Genesis block JSON',

  'notice.no-network': 'No peer network: {error}',
  'notice.saveFailed': 'Could not save: {error}',
  'notice.startFailed': "This tab's node could not start: {error}",
  'notice.no-locks':
    'The browser offers no Web Locks to this page (plain http on a network address is not a secure context), so a ' +
    'duplicated tab cannot be detected and would run this same node twice. Open new tabs instead of duplicating ' +
    'them, or open the page over https or on localhost.',
  'notice.no-session': 'This browser blocks sessionStorage for this page, so reloading the tab will start a new node.',
  'notice.duplicate-tab':
    'This tab is a copy of a tab that runs node {original}, so it started node {node} of its own.',
  'notice.storage-best-effort':
    'Storage is best-effort: the browser may clear this node, with its key and coins, when disk space runs low. ' +
    'Installing the app or bookmarking the page makes the browser more likely to keep it; a backup (under Chain ' +
    'files) keeps the key and coins whatever the browser does.',
  'notice.storage-unsupported':
    'This browser cannot be asked to keep site data, so it may clear this node, with its key and coins, when disk ' +
    'space runs low: a backup (under Chain files) keeps them.',
  'notice.registry-unavailable': 'The list of nodes on this device is unavailable: {error}',
  'notice.registry-not-recorded': 'Could not list this node on the device: {error}',
  'notice.records-skipped': 'Some stored records could not be read and were skipped: {details}',
  'notice.no-module-workers':
    'This browser cannot run module workers, so this node cannot mine. It still keeps the chain, sends and ' +
    'receives transactions and blocks, and checks signatures on the page. A current browser can mine.',
  'notice.no-wasm-simd':
    'This browser has no WebAssembly SIMD, so the miner uses its JavaScript kernel: about a fifth of the usual ' +
    'hash rate. Everything else works as usual.',
  'notice.history-checking':
    'This node started on its ledger snapshot at block {base}; the blocks before it are being read and checked',
  'notice.snapshot-damaged':
    'The stored ledger snapshot could not be used ({reason}), so the whole chain was read and checked instead',
  'notice.snapshot-disagreed':
    'The stored ledger snapshot disagreed with the blocks before it: this node follows the blocks and took a new snapshot',
  'notice.no-broadcast-channel':
    'This browser cannot link its own tabs directly (no BroadcastChannel): other tabs here link through the ' +
    'signalling server, like separate devices, and not at all without one.',

  'storage.failed': '{action} failed: {reason}',
  'storage.quota-exceeded':
    "the browser's storage for this site is full. Nothing already stored was damaged; delete old nodes on this " +
    'device or free disk space, then reload.',
  'storage.blocked': 'another tab keeps an older version of this database open. Close or reload that tab to continue.',
  'storage.version-change':
    'another tab upgraded or deleted this database, so this tab let go of it. Reload to continue.',
  'storage.newer-version': 'this database was written by a newer version of the app. Reload the page to update.',
  'storage.storage-unavailable':
    "this browser won't let the page use IndexedDB (private browsing or site data blocked), so the node can't be saved.",
  'storage.closed': 'the database is closed (site data may have been cleared). Reload to continue.',
  'storage.write-failed': 'the write was rolled back whole, so nothing of it was stored.',
  'storage.read-failed': 'the stored data could not be read.',
  'storage.node-in-use':
    'that node is running in a tab, this one or another. Switch this tab to another node, or close that tab, first.',
  'storage.action.open-database': 'Opening database {database}',
  'storage.action.use-database': 'Using database {database}',
  'storage.action.delete-database': 'Deleting database {database}',
  'storage.action.load-node': 'Loading the node',
  'storage.action.save-blocks': 'Saving {count, plural, one {# block} other {# blocks}} (tip {tip})',
  'storage.action.save-mempool': 'Saving the mempool ({count, plural, one {# transaction} other {# transactions}})',
  'storage.action.save-keys': "Saving the node's key",
  'storage.action.save-peers': 'Saving {count, plural, one {# peer id} other {# peer ids}}',
  'storage.action.save-setting': 'Saving setting {key}',
  'storage.action.compact-blocks': 'Compacting stored blocks',
  'storage.action.list-nodes': 'Listing the nodes on this device',
  'storage.action.record-node': "Recording node {nodeId} in this device's list",
  'storage.action.unlist-node': "Removing node {nodeId} from this device's list",
  'storage.action.delete-node': 'Deleting node {nodeId}',

  'room.invalidName':
    'Invalid room name {value}: use 1 to 64 letters, digits, "_" or "-", for example ?room={example}.',
  'room.invalidDifficulty': 'Invalid difficulty {value}: use a whole number of bits, 0 to {max}.',
  'room.invalidMiners':
    'Invalid miner key {value}: list 1 to {max} public keys of 64 hex characters, separated by commas.',
  'room.invalidTarget': 'Invalid target {value}: use whole seconds per block, {min} to {max}.',

  'pwa.insecure': 'Offline use and install need HTTPS or localhost: run npm start -- --https',
  'pwa.noServiceWorker': 'Offline use and install are not available in this browser.',
  'pwa.update': 'A new version is ready',
  'pwa.updateButton': 'Update',
  'pwa.offlineReady': 'This app now also works offline.',
  'pwa.registerFailed': 'Offline use is not available: the service worker did not register ({error}).',
} as const;
