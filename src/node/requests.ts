// Checks what a person or script asks for (the console API, the page's form, any client) and names the bad field.
import { isAddress, isValidRecipient, isWellFormedText, type NetworkParams, utf8Length } from '../core/index.ts';
import { type CommandResult, FailureCode, failed, succeeded } from './failures.ts';

export type TransactionRequest = { readonly recipient: string; readonly info: string; readonly amount: number };

/** A printable form of what was given, bounded, for a failure's values. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? typeof value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function parseTransactionRequest(
  input: unknown,
  params: NetworkParams,
  ownAddress: string,
): CommandResult<TransactionRequest> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return failed(FailureCode.NotAnObject);
  const { recipient, info = '', amount = 0, sender } = input as Record<string, unknown>;
  if (sender !== undefined && sender !== ownAddress) {
    return failed(FailureCode.SenderNotThisNode, 'sender', { address: ownAddress });
  }
  if (recipient === undefined || recipient === '') return failed(FailureCode.RecipientMissing, 'recipient');
  if (!isValidRecipient(recipient, amount)) {
    // A record (amount 0) may name a label; anything that moves value needs an address.
    const code =
      amount === 0 && !isAddress(recipient) ? FailureCode.RecipientNotLabel : FailureCode.RecipientNotAddress;
    return failed(code, 'recipient', { value: shown(recipient) });
  }
  if (typeof info !== 'string') return failed(FailureCode.InfoNotText, 'info');
  if (!isWellFormedText(info)) return failed(FailureCode.InfoLoneSurrogate, 'info');
  const infoBytes = utf8Length(info);
  if (infoBytes > params.maxInfoBytes) {
    return failed(FailureCode.InfoTooLong, 'info', { bytes: infoBytes, max: params.maxInfoBytes });
  }
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
    return failed(FailureCode.AmountInvalid, 'amount', { value: shown(amount) });
  }
  return succeeded({ recipient, info, amount });
}
