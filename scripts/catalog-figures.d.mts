// Types of scripts/catalog-figures.mjs for the tests that import it.
export function isProvenanceKey(key: string): boolean;
export function figuresOnly<T>(value: T, extraKeys?: string[]): unknown;
export function catalogFigures(root?: string): Record<string, unknown>;
export function writeFigures(root?: string): string;
export function setup(): void;
