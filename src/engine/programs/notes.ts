/**
 * Every line Stagecraft prints on its own behalf (never as if a real program said it) is made
 * here, so the wording is consistent and easy to find. Each starts with `[stagecraft]`.
 */
export type NoteKind =
  | 'not-modelled'
  | 'script-not-modelled'
  | 'output-not-modelled'
  | 'unknown-package'
  | 'budget'
  | 'pipe-limit'
  | 'server-in-run'
  | 'syntax-not-modelled'
  | 'option-not-modelled';

export function stagecraftNote(kind: NoteKind, name: string, detail = ''): string {
  switch (kind) {
    case 'not-modelled':
      return `[stagecraft] '${name}' is not simulated here; its effect on files is skipped.`;
    case 'script-not-modelled':
      return `[stagecraft] the script '${name}' runs '${detail}', which is not simulated here; its effect on files is skipped.`;
    case 'output-not-modelled':
      return `[stagecraft] ${name}: some output is computed at run time and is not simulated here${detail ? ` (${detail})` : ''}.`;
    case 'unknown-package':
      return `[stagecraft] ${name}: '${detail}' is not in Stagecraft's package table; installed with a typical size.`;
    case 'budget':
      return `[stagecraft] stopped '${name}' after ${detail} steps: the simulator caps loops and recursion.`;
    case 'pipe-limit':
      return `[stagecraft] ${name}: pipes run their commands one after another here, not concurrently.`;
    case 'option-not-modelled':
      return `[stagecraft] ${name}: the option '${detail}' is not simulated here, so nothing ran.`;
    case 'syntax-not-modelled':
      return `[stagecraft] the shell keyword '${name}' is not simulated here; rewrite the line without it.`;
    case 'server-in-run':
      return `[stagecraft] '${name}' starts a server that never exits; a real build would hang at this step.`;
  }
}

/** The one-line note for a program that exists in the image but is not simulated. */
export function notModelledNote(name: string): string {
  return stagecraftNote('not-modelled', name);
}
