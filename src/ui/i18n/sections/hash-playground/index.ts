import { defineSection } from '../../section.ts';
import type { HashPlaygroundKey } from './en.ts';

export const hashPlaygroundTexts = defineSection<HashPlaygroundKey>({
  en: () => import('./en.ts').then((module) => module.hashPlaygroundEn),
  ru: () => import('./ru.ts').then((module) => module.hashPlaygroundRu),
  es: () => import('./es.ts').then((module) => module.hashPlaygroundEs),
  pt: () => import('./pt.ts').then((module) => module.hashPlaygroundPt),
  fr: () => import('./fr.ts').then((module) => module.hashPlaygroundFr),
  de: () => import('./de.ts').then((module) => module.hashPlaygroundDe),
  zh: () => import('./zh.ts').then((module) => module.hashPlaygroundZh),
  uk: () => import('./uk.ts').then((module) => module.hashPlaygroundUk),
});
