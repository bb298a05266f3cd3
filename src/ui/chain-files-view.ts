// Chain files in the page: download the main chain as the seed's {chain, length} JSON or the paper's block.txt, and
// open a chain file (this app's, of any room, or the Python tutorial's) to see it checked block by block, read-only.
// A backup (backup-view.ts) is a chain file with the node's key pair: its controls sit with these.
import type { ChainFileFormat } from '../core/index.ts';
import type { FullNode, ImportedChain } from '../node/index.ts';
import { mountBackupView } from './backup-view.ts';
import { bind, byId, h, setText, shortHash, type Unbind } from './dom.ts';
import { failureText } from './failures.ts';
import { isMessageKey, t } from './i18n/index.ts';

/** Blocks of an opened file listed on the page: enough to find the broken one in a classroom chain. */
const BLOCKS_SHOWN = 500;

const FILE_NAMES: Readonly<Record<ChainFileFormat, string>> = { json: 'chain.json', 'block.txt': 'block.txt' };

function download(doc: Document, name: string, text: string): void {
  const url = URL.createObjectURL(
    new Blob([text], { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }),
  );
  const link = h('a', { href: url, download: name });
  doc.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file to the browser's download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Why a block fails, in words: the chain's reason codes, or the Python tutorial's own. */
function reasonText(imported: ImportedChain, reason: string): string {
  const key = imported.format === 'this-app' ? `reason.${reason}` : `tutorial-reason.${reason}`;
  return isMessageKey(key) ? `${t(key)} (${reason})` : reason;
}

function verdictText(imported: ImportedChain): string {
  const format = t(imported.format === 'this-app' ? 'files.formatApp' : 'files.formatTutorial');
  const network = imported.format === 'this-app' ? t('files.room', { network: imported.network ?? '?' }) : '';
  const head = t('files.read', { format, length: imported.length, network });
  const bad = imported.firstInvalid;
  if (!bad) {
    const taken = imported.adopted ? ` ${t('files.adopted')}` : '';
    return `${head} ${t('files.valid')}${taken}`;
  }
  return `${head} ${t('files.invalid', { index: bad.index, reason: reasonText(imported, bad.reason) })}`;
}

function blockLine(imported: ImportedChain, index: number, hash: string): HTMLLIElement {
  const bad = imported.firstInvalid;
  const state =
    bad === null || bad === undefined || index < bad.index
      ? t('files.blockValid')
      : index === bad.index
        ? t('files.blockInvalid', { reason: reasonText(imported, bad.reason) })
        : t('files.blockAfter');
  const kind = bad && index >= bad.index ? 'file-block broken' : 'file-block';
  return h(
    'li',
    { class: kind },
    `${t('chain.block', { index })} `,
    h('code', { title: hash }, shortHash(hash)),
    ` ${state}`,
  );
}

export function mountChainFilesView(node: FullNode, doc: Document): Unbind {
  const $ = <T extends HTMLElement>(id: string, type: new () => T) => byId(doc, id, type);
  const verdict = $('chain-file-verdict', HTMLElement);
  const blocks = $('chain-file-blocks', HTMLElement);
  const input = $('chain-open', HTMLInputElement);
  const show = (imported: ImportedChain) => {
    setText(verdict, verdictText(imported));
    const lines = imported.blocks.slice(0, BLOCKS_SHOWN).map((block) => blockLine(imported, block.index, block.hash));
    blocks.replaceChildren(...lines);
  };
  const unbinds = [
    mountBackupView(node, doc, (name, text) => download(doc, name, text)),
    bind($('chain-download-json', HTMLButtonElement), 'click', () =>
      download(doc, FILE_NAMES.json, node.chainFile('json')),
    ),
    bind($('chain-download-txt', HTMLButtonElement), 'click', () =>
      download(doc, FILE_NAMES['block.txt'], node.chainFile('block.txt')),
    ),
    bind(input, 'change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      setText(verdict, t('files.checking', { name: file.name }));
      blocks.replaceChildren();
      const imported = await node.importChain(await file.text());
      if (imported.ok) show(imported.value);
      else setText(verdict, failureText(imported.failure));
      input.value = '';
    }),
  ];
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
