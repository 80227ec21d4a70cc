/** The host shell around docker (see each module). */
export { Shell, BUILTIN_NAMES } from './shell';
export { complete, type Completion, type CompletionSource } from './complete';
export { HELP_TEXT } from './builtins-misc';
export type { ShellEvent, FeedResult, ShellIo } from './types';
export type { ShellState } from './state';
export { HOME, START_DIR } from './state';
