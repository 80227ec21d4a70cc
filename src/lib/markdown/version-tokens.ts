import { versions } from '../../engine/index';

/**
 * Lessons never type a version by hand: they write `%%node.lts%%`, and this replaces it with
 * the value in src/engine/images/versions.ts. One edit there updates every page, code block
 * and quiz. An unknown key is an author mistake, so it fails loudly with the fix.
 */
const TOKEN = /%%([a-zA-Z][\w.]*)%%/g;

export class UnknownVersionTokenError extends Error {
  constructor(readonly key: string) {
    super(
      `Unknown version token %%${key}%%. Use a key path from src/engine/images/versions.ts, ` +
        `for example %%node.lts%% or %%go.current%%.`,
    );
    this.name = 'UnknownVersionTokenError';
  }
}

function lookup(key: string): string {
  let value: unknown = versions;
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null || !(part in value)) {
      throw new UnknownVersionTokenError(key);
    }
    value = (value as Record<string, unknown>)[part];
  }
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new UnknownVersionTokenError(key);
  return String(value);
}

export function hasVersionTokens(text: string): boolean {
  return text.includes('%%');
}

export function replaceVersionTokens(text: string): string {
  if (!hasVersionTokens(text)) return text;
  return text.replace(TOKEN, (_match, key: string) => lookup(key));
}
