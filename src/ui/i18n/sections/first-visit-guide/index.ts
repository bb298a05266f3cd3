import { defineSection } from '../../section.ts';
import type { GuideKey } from './en.ts';

export const guideTexts = defineSection<GuideKey>({
  en: () => import('./en.ts').then((module) => module.guideEn),
  ru: () => import('./ru.ts').then((module) => module.guideRu),
  es: () => import('./es.ts').then((module) => module.guideEs),
  pt: () => import('./pt.ts').then((module) => module.guidePt),
  fr: () => import('./fr.ts').then((module) => module.guideFr),
  de: () => import('./de.ts').then((module) => module.guideDe),
  zh: () => import('./zh.ts').then((module) => module.guideZh),
  uk: () => import('./uk.ts').then((module) => module.guideUk),
});
