// The node's coded failures in the page's language: `failure.<code>` with the failure's values; a rejection by the
// chain's rules names its reason (`reason.<code>`) where the table has one, else the code itself.
import type { NodeFailure } from '../node/index.ts';
import { isMessageKey, t } from './i18n/index.ts';

export function failureText(failure: NodeFailure): string {
  const key = `failure.${failure.code}`;
  if (!isMessageKey(key)) return failure.code;
  const values = { ...failure.values };
  if (typeof values.reason === 'string') {
    const reasonKey = `reason.${values.reason}`;
    if (isMessageKey(reasonKey)) values.reason = t(reasonKey);
  }
  return t(key, values);
}
