// The words of the panels below the first screen (chain files and backup, fork tree, requests, network, HTTP bridge,
// settings, nodes on this device, the 51% lesson's failures): a chunk of their own per language, fetched with the
// first of those panels to open (or the console's first lesson step), then read through `t` like the page's table.
import { addTexts, fillMarked, isMessageKey, language, t } from './i18n/index.ts';
import { panelsTexts } from './i18n/sections/panels/index.ts';

let loaded: Promise<void> | null = null;

/** Loads the panels' words once; `t` reads them after. */
export function loadPanelTexts(): Promise<void> {
  loaded ??= panelsTexts.tables[language()]().then(addTexts);
  return loaded;
}

/** Loads the panels' words and fills the marked texts under `root` (a panel's static HTML) with them. */
export async function translatePanel(root: ParentNode): Promise<void> {
  await loadPanelTexts();
  fillMarked(root, isMessageKey, (key) => t(key));
}
