// A signal that aborts a fetch after a while. AbortSignal.timeout() came to Safari only in 16.0: on iOS 15 calling
// it throws, which made the same-origin probe answer "no signalling here" (and the page fall back to the public
// server) and every read of the server's peer list fail. Where it is missing, a timer aborts a controller instead.

type AbortSignalStatics = { timeout?: (ms: number) => AbortSignal };

export function timeoutSignal(
  ms: number,
  statics: AbortSignalStatics | undefined = globalThis.AbortSignal as AbortSignalStatics | undefined,
): AbortSignal {
  if (typeof statics?.timeout === 'function') return statics.timeout(ms);
  const controller = new AbortController();
  // The same reason AbortSignal.timeout gives, so callers cannot tell the two apart.
  setTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms);
  return controller.signal;
}
