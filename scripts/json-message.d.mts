export declare function parseJsonObject(data: unknown, isBinary?: boolean): Record<string, unknown> | null;
