import { defineSection } from '../../section.ts';
import type { PrivateRoomKey } from './en.ts';

export const privateRoomTexts = defineSection<PrivateRoomKey>({
  en: () => import('./en.ts').then((module) => module.privateRoomEn),
  ru: () => import('./ru.ts').then((module) => module.privateRoomRu),
  es: () => import('./es.ts').then((module) => module.privateRoomEs),
  pt: () => import('./pt.ts').then((module) => module.privateRoomPt),
  fr: () => import('./fr.ts').then((module) => module.privateRoomFr),
  de: () => import('./de.ts').then((module) => module.privateRoomDe),
  zh: () => import('./zh.ts').then((module) => module.privateRoomZh),
  uk: () => import('./uk.ts').then((module) => module.privateRoomUk),
});
