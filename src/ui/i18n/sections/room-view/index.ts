import { defineSection } from '../../section.ts';
import type { RoomViewKey } from './en.ts';

export const roomViewTexts = defineSection<RoomViewKey>({
  en: () => import('./en.ts').then((module) => module.roomViewEn),
  ru: () => import('./ru.ts').then((module) => module.roomViewRu),
  es: () => import('./es.ts').then((module) => module.roomViewEs),
  pt: () => import('./pt.ts').then((module) => module.roomViewPt),
  fr: () => import('./fr.ts').then((module) => module.roomViewFr),
  de: () => import('./de.ts').then((module) => module.roomViewDe),
  zh: () => import('./zh.ts').then((module) => module.roomViewZh),
  uk: () => import('./uk.ts').then((module) => module.roomViewUk),
});
