// Checks what a person or script asks for (the console API, the page's form) and names the bad field.
import { isAddress, isWellFormedText, type NetworkParams, utf8Length } from '../core/index.ts';

export type TransactionRequest = { readonly recipient: string; readonly info: string; readonly amount: number };

/** Throws TypeError/RangeError whose message starts with the field's name. */
export function parseTransactionRequest(input: unknown, params: NetworkParams, ownAddress: string): TransactionRequest {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError('transaction must be an object like { recipient, info, amount }');
  }
  const { recipient, info = '', amount = 0, sender } = input as Record<string, unknown>;
  if (sender !== undefined && sender !== ownAddress) {
    throw new TypeError(`sender: this node signs as ${ownAddress}; leave sender out`);
  }
  if (recipient === undefined || recipient === '') throw new TypeError('recipient is required');
  if (!isAddress(recipient)) {
    throw new TypeError(`recipient must be an address: 40 lowercase hex characters, got ${JSON.stringify(recipient)}`);
  }
  if (typeof info !== 'string') throw new TypeError('info must be a string');
  if (!isWellFormedText(info))
    throw new TypeError('info holds a lone surrogate (half of a character), which UTF-8 cannot carry');
  const infoBytes = utf8Length(info);
  if (infoBytes > params.maxInfoBytes) {
    throw new RangeError(`info is ${infoBytes} bytes; the network allows ${params.maxInfoBytes}`);
  }
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`amount must be a whole number 0 or more, got ${JSON.stringify(amount)}`);
  }
  return { recipient, info, amount };
}
