import type { ProgressEvent } from './events';

/** What a renderer knows about one vertex after folding a prefix of the event list. */
export interface VertexState {
  readonly id: number;
  readonly name: string;
  readonly started: number;
  completed?: number;
  cached: boolean;
  error?: string;
  canceled: boolean;
  readonly statuses: StatusState[];
  readonly logs: { at: number; text: string }[];
  readonly warnings: string[];
}

export interface StatusState {
  readonly text: string;
  started: number;
  at: number;
  completed?: number;
  current?: number;
  total?: number;
}

export interface ProgressState {
  /** In order of first appearance (the TTY order and the `#N` numbering). */
  readonly vertices: VertexState[];
  builder: string;
  driver: string;
  startAt: number;
  /** Time of the last event: the "now" of a live frame. */
  now: number;
  ended: boolean;
}

export function foldEvents(events: Iterable<ProgressEvent>): ProgressState {
  const state: ProgressState = {
    vertices: [],
    builder: 'default',
    driver: 'docker',
    startAt: 0,
    now: 0,
    ended: false,
  };
  const byId = new Map<number, VertexState>();
  for (const e of events) {
    state.now = Math.max(state.now, e.at);
    switch (e.type) {
      case 'start':
        state.builder = e.builder;
        state.driver = e.driver;
        state.startAt = e.at;
        break;
      case 'vertex': {
        if (byId.has(e.id)) break;
        const v: VertexState = {
          id: e.id,
          name: e.name,
          started: e.at,
          cached: false,
          canceled: false,
          statuses: [],
          logs: [],
          warnings: [],
        };
        byId.set(e.id, v);
        state.vertices.push(v);
        break;
      }
      case 'status': {
        const v = byId.get(e.vertex);
        if (!v) break;
        let s = v.statuses.find((x) => x.text === e.text);
        if (!s) {
          s = { text: e.text, started: e.started, at: e.at };
          v.statuses.push(s);
        }
        s.at = e.at;
        if (e.completed !== undefined) s.completed = e.completed;
        if (e.current !== undefined) s.current = e.current;
        if (e.total !== undefined) s.total = e.total;
        break;
      }
      case 'log':
        byId.get(e.vertex)?.logs.push({ at: e.at, text: e.text });
        break;
      case 'warning':
        byId.get(e.vertex)?.warnings.push(e.text);
        break;
      case 'complete': {
        const v = byId.get(e.vertex);
        if (!v) break;
        v.completed = e.at;
        v.cached = e.cached === true;
        v.canceled = e.canceled === true;
        if (e.error !== undefined) v.error = e.error;
        break;
      }
      case 'end':
        state.ended = true;
        break;
    }
  }
  return state;
}
