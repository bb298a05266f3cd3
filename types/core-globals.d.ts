// The few globals src/core may use: present in Node, in workers and in pages alike.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare const console: { error(...data: unknown[]): void; warn(...data: unknown[]): void };
