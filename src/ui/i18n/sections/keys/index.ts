import { defineSection } from '../../section.ts';
import type { KeysKey } from './en.ts';

export const keysTexts = defineSection<KeysKey>({
  en: () => import('./en.ts').then((module) => module.keysEn),
  ru: () => import('./ru.ts').then((module) => module.keysRu),
  es: () => import('./es.ts').then((module) => module.keysEs),
  pt: () => import('./pt.ts').then((module) => module.keysPt),
  fr: () => import('./fr.ts').then((module) => module.keysFr),
  de: () => import('./de.ts').then((module) => module.keysDe),
  zh: () => import('./zh.ts').then((module) => module.keysZh),
  uk: () => import('./uk.ts').then((module) => module.keysUk),
});
