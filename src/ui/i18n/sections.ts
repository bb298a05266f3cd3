// Every section table of the views that load on demand (src/ui/i18n/section.ts), so that the unit test checks each
// against English as it does the page's table. Only tests import this module: a view imports its own section.
import type { Section } from './section.ts';
import { hashPlaygroundTexts } from './sections/hash-playground/index.ts';

export const SECTIONS: Readonly<Record<string, Section<string>>> = {
  'hash-playground': hashPlaygroundTexts,
};
