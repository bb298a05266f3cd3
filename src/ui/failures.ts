// The node's coded failures in the page's language: `failure.<code>` with the failure's values; a rejection by the
// chain's rules shows its code and the reason in words (`reason.<code>`) where the table has them.
import type { NodeFailure } from '../node/index.ts';
import { isMessageKey, t } from './i18n/index.ts';

export function failureText(failure: NodeFailure): string {
  const key = `failure.${failure.code}`;
  if (!isMessageKey(key)) return failure.code;
  const values = { ...failure.values };
  if (typeof values.reason === 'string') {
    const reasonKey = `reason.${values.reason}`;
    values.code = values.reason;
    if (isMessageKey(reasonKey)) values.reason = t(reasonKey);
  }
  return t(key, values);
}
