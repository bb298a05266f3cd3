// Every section table of the views that load on demand (src/ui/i18n/section.ts), so that the unit test checks each
// against English as it does the page's table. Only tests import this module: a view imports its own section.
import type { Section } from './section.ts';
import { attackTexts } from './sections/attack/index.ts';
import { blockAnatomyTexts } from './sections/block-anatomy/index.ts';
import { guideTexts } from './sections/first-visit-guide/index.ts';
import { hashPlaygroundTexts } from './sections/hash-playground/index.ts';
import { iotTexts } from './sections/iot/index.ts';
import { keysTexts } from './sections/keys/index.ts';
import { miningStepsTexts } from './sections/mining-steps/index.ts';
import { panelsTexts } from './sections/panels/index.ts';
import { privateRoomTexts } from './sections/private-room/index.ts';
import { roomCreateTexts } from './sections/room-create/index.ts';
import { roomViewTexts } from './sections/room-view/index.ts';
import { tamperTexts } from './sections/tamper/index.ts';

export const SECTIONS: Readonly<Record<string, Section<string>>> = {
  attack: attackTexts,
  'block-anatomy': blockAnatomyTexts,
  'first-visit-guide': guideTexts,
  'hash-playground': hashPlaygroundTexts,
  iot: iotTexts,
  keys: keysTexts,
  'mining-steps': miningStepsTexts,
  panels: panelsTexts,
  'private-room': privateRoomTexts,
  'room-create': roomCreateTexts,
  'room-view': roomViewTexts,
  tamper: tamperTexts,
};
