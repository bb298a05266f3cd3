import { defineSection } from '../../section.ts';
import type { PanelsKey } from './en.ts';

export const panelsTexts = defineSection<PanelsKey>({
  en: () => import('./en.ts').then((module) => module.panelsEn),
  ru: () => import('./ru.ts').then((module) => module.panelsRu),
  es: () => import('./es.ts').then((module) => module.panelsEs),
  pt: () => import('./pt.ts').then((module) => module.panelsPt),
  fr: () => import('./fr.ts').then((module) => module.panelsFr),
  de: () => import('./de.ts').then((module) => module.panelsDe),
  zh: () => import('./zh.ts').then((module) => module.panelsZh),
  uk: () => import('./uk.ts').then((module) => module.panelsUk),
});
