/**
 * A linear-time matcher for BuildKit's shell patterns. BuildKit turns them into Go
 * regexps (RE2: never exponential). A JavaScript RegExp backtracks, so `${V#*a*a*a*b}`
 * on a long value could hang the tab; this matcher explores (token, position) states
 * in the same priority order as Go's leftmost-first engine and never revisits a state.
 */
export type GlobToken =
  | { readonly kind: 'lit'; readonly ch: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'star' };

export class GlobMatcher {
  // A state (token index, position) that was expanded once and led nowhere fails again:
  // whether the rest of the pattern matches does not depend on where the match started.
  private readonly visited: Uint8Array;
  private readonly width: number;

  constructor(
    private readonly tokens: readonly GlobToken[],
    private readonly chars: readonly string[],
    private readonly greedy: boolean,
  ) {
    this.width = chars.length + 1;
    this.visited = new Uint8Array((tokens.length + 1) * this.width);
  }

  /** End of the highest-priority match starting exactly at `start`, or -1. */
  matchAt(start: number): number {
    const stack: number[] = [0, start];
    const { tokens, chars } = this;
    while (stack.length > 0) {
      const pos = stack.pop()!;
      const ti = stack.pop()!;
      if (ti === tokens.length) return pos;
      const id = ti * this.width + pos;
      if (this.visited[id]) continue;
      this.visited[id] = 1;
      const tok = tokens[ti]!;
      const ch = chars[pos];
      // Go's `.` does not match a newline, and neither do `*` and `?` built from it.
      const canTake = ch !== undefined && ch !== '\n';
      if (tok.kind === 'lit') {
        if (ch === tok.ch) stack.push(ti + 1, pos + 1);
      } else if (tok.kind === 'any') {
        if (canTake) stack.push(ti + 1, pos + 1);
      } else if (this.greedy) {
        // Pushed last = tried first: a greedy star first takes one more character.
        stack.push(ti + 1, pos);
        if (canTake) stack.push(ti, pos + 1);
      } else {
        if (canTake) stack.push(ti, pos + 1);
        stack.push(ti + 1, pos);
      }
    }
    return -1;
  }

  /** Leftmost match at or after `from`: [start, end], or undefined. */
  find(from: number): [number, number] | undefined {
    for (let start = from; start <= this.chars.length; start++) {
      const end = this.matchAt(start);
      if (end >= 0) return [start, end];
    }
    return undefined;
  }
}
