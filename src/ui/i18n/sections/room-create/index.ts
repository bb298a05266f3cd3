import { defineSection } from '../../section.ts';
import type { RoomCreateKey } from './en.ts';

export const roomCreateTexts = defineSection<RoomCreateKey>({
  en: () => import('./en.ts').then((module) => module.roomCreateEn),
  ru: () => import('./ru.ts').then((module) => module.roomCreateRu),
  es: () => import('./es.ts').then((module) => module.roomCreateEs),
  pt: () => import('./pt.ts').then((module) => module.roomCreatePt),
  fr: () => import('./fr.ts').then((module) => module.roomCreateFr),
  de: () => import('./de.ts').then((module) => module.roomCreateDe),
  zh: () => import('./zh.ts').then((module) => module.roomCreateZh),
  uk: () => import('./uk.ts').then((module) => module.roomCreateUk),
});
