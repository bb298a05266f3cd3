// The seed API's answer as an HTTP client sees it, from the page: the node's coded failures worded in the page's
// language, beside their code. The request panel shows it; the HTTP bridge sends it.
import { type FullNode, handleSeedRequest } from '../node/index.ts';
import { failureText } from './failures.ts';

export type SeedRequest = { readonly method: string; readonly path: string; readonly body?: unknown };
export type SeedAnswer = { readonly status: number; readonly body: unknown };

export async function seedAnswer(node: FullNode, request: SeedRequest): Promise<SeedAnswer> {
  const response = await handleSeedRequest(node, request);
  if (!('failure' in response)) return response;
  const { failure } = response;
  return { status: response.status, body: { message: failureText(failure), ...failure } };
}
