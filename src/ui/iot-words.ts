// The IoT devices' coded problems in the page's language: the view's section words its own codes, a refusal by the
// node is worded as any command's failure, a store's failure as any storage error.
import type { ReadingProblem } from '../core/readings.ts';
import type { IotProblem } from '../node/index.ts';
import { failureText } from './failures.ts';
import { iotTexts as texts } from './i18n/sections/iot/index.ts';
import { errorText } from './node-notices.ts';

export function readingProblemText(problem: ReadingProblem): string {
  const { code, ...values } = problem;
  return texts.t(`iot.reading.${code}`, values);
}

export function iotProblemText(problem: IotProblem): string {
  switch (problem.code) {
    case 'bad-reading':
      return readingProblemText(problem.reading);
    case 'node-failure':
      return failureText(problem.failure);
    case 'storage-failed':
      return texts.t('iot.problem.storage-failed', { error: errorText(problem.error) });
    case 'name-taken':
      return texts.t('iot.problem.name-taken', { name: problem.name });
    case 'too-many-devices':
      return texts.t('iot.problem.too-many-devices', { max: problem.max });
    case 'unknown-device':
      return texts.t('iot.problem.unknown-device', { device: problem.device });
    case 'name-invalid':
    case 'no-storage':
      return texts.t(`iot.problem.${problem.code}`);
  }
}
