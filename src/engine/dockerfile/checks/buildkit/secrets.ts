/**
 * SecretsUsedInArgOrEnv's test (dockerfile2llb `getSecretsRegex`): an `_`-separated word
 * of the key is a secret token and no word is an allowed one. Stagecraft's own
 * secret rule reuses this, so both always agree.
 */
const SECRET =
  /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export function isSecretKey(key: string): boolean {
  return SECRET.test(key) && !ALLOW.test(key);
}

export function secretsMessage(
  instruction: 'ARG' | 'ENV',
  key: string,
  quote: (s: string) => string,
): string {
  return `Do not use ARG or ENV instructions for sensitive data (${instruction} ${quote(key)})`;
}
