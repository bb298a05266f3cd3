// Page entry: reads the room from the URL, computes that network's genesis block with the core and shows it.
import './style.css';
import { type BlockJson, blockToJson, createGenesisBlock, createNetworkParams } from '../core/index.ts';
import { findGenesisElements, type GenesisView, renderGenesis } from './genesis-view.ts';
import { roomFromSearch } from './room.ts';

declare global {
  interface Window {
    /** The genesis block as seed-compatible JSON, for the console and for browser tests. */
    blockchainGenesis?: BlockJson;
  }
}

function genesisViewFor(search: string): GenesisView {
  const parsed = roomFromSearch(search);
  // An invalid room joins no network at all: nothing is computed or connected for it.
  if (!parsed.ok) return { kind: 'error', message: parsed.error };
  try {
    const block = createGenesisBlock(createNetworkParams(parsed.room));
    const json = blockToJson(block);
    window.blockchainGenesis = json;
    return {
      kind: 'genesis',
      room: parsed.room,
      hash: block.hash,
      index: block.index,
      timestamp: block.timestamp,
      difficulty: block.difficulty,
      json,
    };
  } catch (error) {
    // The room passed our check but the core refused it (or failed): say so on the page instead of a blank screen.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: 'error',
      message: `Could not create the genesis block for room "${parsed.room}": ${detail}`,
    };
  }
}

renderGenesis(genesisViewFor(window.location.search), findGenesisElements(document));
