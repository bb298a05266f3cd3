import { defineSection } from '../../section.ts';
import type { TamperKey } from './en.ts';

export const tamperTexts = defineSection<TamperKey>({
  en: () => import('./en.ts').then((module) => module.tamperEn),
  ru: () => import('./ru.ts').then((module) => module.tamperRu),
  es: () => import('./es.ts').then((module) => module.tamperEs),
  pt: () => import('./pt.ts').then((module) => module.tamperPt),
  fr: () => import('./fr.ts').then((module) => module.tamperFr),
  de: () => import('./de.ts').then((module) => module.tamperDe),
  zh: () => import('./zh.ts').then((module) => module.tamperZh),
  uk: () => import('./uk.ts').then((module) => module.tamperUk),
});
