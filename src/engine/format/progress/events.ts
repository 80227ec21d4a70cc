/**
 * The BuildKit progress stream as plain data: what `docker build` learns from the solver and
 * renders as the TTY display or plain progress (ground truth §2.1, §2.2). Times are simulated
 * milliseconds since the build started. A renderer is a pure function of a prefix of this
 * list, so a terminal can animate a build by rendering ever longer prefixes.
 */
export interface BuildStartEvent {
  readonly type: 'start';
  readonly at: number;
  /** Builder name: `default`, `desktop-linux`. */
  readonly builder: string;
  /** Driver: `docker`, `docker-container`. */
  readonly driver: string;
}

/** A vertex (`[build 2/6] RUN npm ci`, `exporting to image`) started. */
export interface VertexStartEvent {
  readonly type: 'vertex';
  readonly id: number;
  readonly name: string;
  readonly at: number;
}

/** A sub-status (` => => transferring context: 2B`). Emitted when it starts and/or ends. */
export interface VertexStatusEvent {
  readonly type: 'status';
  readonly vertex: number;
  /** The status id, e.g. `transferring dockerfile:`, `exporting layers`. */
  readonly text: string;
  readonly started: number;
  readonly at: number;
  /** Set when the status is complete. */
  readonly completed?: number;
  readonly current?: number;
  readonly total?: number;
  /**
   * An update the plain printer never shows on its own: the status also completed within the
   * same progress batch, so only its `… done` line is printed.
   */
  readonly silent?: boolean;
}

/** One line of output of a running step. */
export interface VertexLogEvent {
  readonly type: 'log';
  readonly vertex: number;
  readonly at: number;
  readonly text: string;
}

/** A build-check warning attached to a vertex (the build definition). */
export interface VertexWarningEvent {
  readonly type: 'warning';
  readonly vertex: number;
  readonly at: number;
  /** `FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)` */
  readonly text: string;
}

export interface VertexCompleteEvent {
  readonly type: 'complete';
  readonly vertex: number;
  readonly at: number;
  readonly cached?: boolean;
  /** The vertex's error text (the one `#N ERROR:` prints). */
  readonly error?: string;
  readonly canceled?: boolean;
}

export interface BuildEndEvent {
  readonly type: 'end';
  readonly at: number;
}

export type ProgressEvent =
  | BuildStartEvent
  | VertexStartEvent
  | VertexStatusEvent
  | VertexLogEvent
  | VertexWarningEvent
  | VertexCompleteEvent
  | BuildEndEvent;
