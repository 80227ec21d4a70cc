/** BuildKit progress rendering: events in, TTY frames or plain text out. */
export type * from './events';
export { foldEvents, type ProgressState, type VertexState, type StatusState } from './model';
export { renderTty, type TtyOptions } from './tty';
export { renderPlain } from './plain';
export { renderErrorLogs } from './error-logs';
export { logTimestamp } from './log-time';
