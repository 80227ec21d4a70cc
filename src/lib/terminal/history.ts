/**
 * Command history with Up/Down, as bash with Debian's `HISTCONTROL=ignoreboth`: blank lines,
 * lines starting with a space and repeats of the previous line are not stored. Edits made
 * to a recalled line, and the line being typed before Up, are kept while moving through the
 * list and dropped once a line runs (readline's `revert-all-at-newline`, the least surprising
 * choice for learners).
 */
export class History {
  private readonly entries: string[] = [];
  /** Index into entries; entries.length means the line being typed (the draft). */
  private index = 0;
  private readonly edits = new Map<number, string>();

  constructor(private readonly limit = 500) {}

  get size(): number {
    return this.entries.length;
  }

  list(): readonly string[] {
    return this.entries;
  }

  /** Records a line that ran and starts a fresh draft. */
  add(line: string): void {
    this.edits.clear();
    if (line.trim() !== '' && !line.startsWith(' ') && this.entries.at(-1) !== line) {
      this.entries.push(line);
      if (this.entries.length > this.limit) this.entries.shift();
    }
    this.index = this.entries.length;
  }

  /** Ctrl-C: the draft is thrown away, history stays. */
  reset(): void {
    this.edits.clear();
    this.index = this.entries.length;
  }

  /** Up: remembers `current` for the line being left, returns the older one (or undefined). */
  previous(current: string): string | undefined {
    if (this.index === 0) return undefined;
    this.edits.set(this.index, current);
    this.index--;
    return this.at(this.index);
  }

  next(current: string): string | undefined {
    if (this.index >= this.entries.length) return undefined;
    this.edits.set(this.index, current);
    this.index++;
    return this.at(this.index);
  }

  private at(i: number): string {
    return this.edits.get(i) ?? this.entries[i] ?? '';
  }
}
