// Draws the genesis page from a plain view value: no DOM in the value, no HTML parsing in the drawing.
import type { BlockJson } from '../core/index.ts';
import { byId } from './dom.ts';

export type GenesisView =
  | { readonly kind: 'error'; readonly message: string }
  | {
      readonly kind: 'genesis';
      readonly room: string;
      readonly hash: string;
      readonly index: number;
      readonly timestamp: number;
      readonly difficulty: number;
      readonly json: BlockJson;
    };

export interface GenesisElements {
  readonly error: HTMLElement;
  readonly section: HTMLElement;
  readonly networkName: HTMLElement;
  readonly hash: HTMLElement;
  readonly index: HTMLElement;
  readonly timestamp: HTMLElement;
  readonly difficulty: HTMLElement;
  readonly json: HTMLElement;
  readonly roomInput: HTMLInputElement;
}

export function findGenesisElements(root: Document): GenesisElements {
  return {
    error: byId(root, 'error', HTMLElement),
    section: byId(root, 'genesis', HTMLElement),
    networkName: byId(root, 'network-name', HTMLElement),
    hash: byId(root, 'genesis-hash', HTMLElement),
    index: byId(root, 'genesis-index', HTMLElement),
    timestamp: byId(root, 'genesis-timestamp', HTMLElement),
    difficulty: byId(root, 'genesis-difficulty', HTMLElement),
    json: byId(root, 'genesis-json', HTMLElement),
    roomInput: byId(root, 'room-input', HTMLInputElement),
  };
}

/** Safe to call again and again: every field is overwritten with textContent, so room names never become markup. */
export function renderGenesis(view: GenesisView, elements: GenesisElements): void {
  elements.error.hidden = view.kind !== 'error';
  elements.section.hidden = view.kind !== 'genesis';
  if (view.kind === 'error') {
    elements.error.textContent = view.message;
    return;
  }
  elements.error.textContent = '';
  elements.roomInput.value = view.room;
  elements.networkName.textContent = view.room;
  elements.hash.textContent = view.hash;
  elements.index.textContent = String(view.index);
  // Milliseconds since 1970, as the core stores it, with the date a person reads.
  elements.timestamp.textContent = `${view.timestamp} (${new Date(view.timestamp).toISOString()})`;
  elements.difficulty.textContent = String(view.difficulty);
  elements.json.textContent = JSON.stringify(view.json, null, 2);
}
