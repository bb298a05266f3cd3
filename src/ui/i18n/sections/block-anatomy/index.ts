import { defineSection } from '../../section.ts';
import type { BlockAnatomyKey } from './en.ts';

export const blockAnatomyTexts = defineSection<BlockAnatomyKey>({
  en: () => import('./en.ts').then((module) => module.blockAnatomyEn),
  ru: () => import('./ru.ts').then((module) => module.blockAnatomyRu),
  es: () => import('./es.ts').then((module) => module.blockAnatomyEs),
  pt: () => import('./pt.ts').then((module) => module.blockAnatomyPt),
  fr: () => import('./fr.ts').then((module) => module.blockAnatomyFr),
  de: () => import('./de.ts').then((module) => module.blockAnatomyDe),
  zh: () => import('./zh.ts').then((module) => module.blockAnatomyZh),
  uk: () => import('./uk.ts').then((module) => module.blockAnatomyUk),
});
