import { defineSection } from '../../section.ts';
import type { MiningStepsKey } from './en.ts';

export const miningStepsTexts = defineSection<MiningStepsKey>({
  en: () => import('./en.ts').then((module) => module.miningStepsEn),
  ru: () => import('./ru.ts').then((module) => module.miningStepsRu),
  es: () => import('./es.ts').then((module) => module.miningStepsEs),
  pt: () => import('./pt.ts').then((module) => module.miningStepsPt),
  fr: () => import('./fr.ts').then((module) => module.miningStepsFr),
  de: () => import('./de.ts').then((module) => module.miningStepsDe),
  zh: () => import('./zh.ts').then((module) => module.miningStepsZh),
  uk: () => import('./uk.ts').then((module) => module.miningStepsUk),
});
