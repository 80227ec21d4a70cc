/**
 * The workspace's file list: one button per file (the open one marked aria-current, files
 * .dockerignore leaves out of the build marked "ignored") and a small form to add a file.
 * Paths are checked by the file-ops model before anything is made.
 */
import { cleanInput, pathProblem } from '../../lib/playground/file-ops';

export interface FileListHooks {
  open(path: string): void;
  create(path: string): void;
}

export class FileList {
  private readonly list: HTMLElement;
  private readonly error: HTMLElement;
  private names: readonly string[] = [];
  private excluded: ReadonlySet<string> = new Set();
  private ignoreFile = '';
  private selected = '';
  private drawn = '';

  constructor(root: HTMLElement, hooks: FileListHooks) {
    this.list = root.querySelector<HTMLElement>('[data-pg-files]')!;
    this.error = root.querySelector<HTMLElement>('[data-pg-new-error]')!;
    const form = root.querySelector<HTMLFormElement>('[data-pg-new]')!;
    const input = form.querySelector('input')!;
    this.list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-path]');
      if (button) hooks.open(button.dataset.path!);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const path = cleanInput(input.value);
      const problem = pathProblem(path, { existing: this.names });
      this.error.textContent = problem;
      input.setAttribute('aria-invalid', String(problem !== ''));
      if (problem) return;
      input.value = '';
      hooks.create(path);
    });
  }

  get paths(): readonly string[] {
    return this.names;
  }

  /** Files .dockerignore leaves out (and which ignore file said so), for the marks. */
  setExcluded(excluded: ReadonlySet<string>, ignoreFile = ''): void {
    this.excluded = excluded;
    this.ignoreFile = ignoreFile;
    this.render(this.names);
  }

  render(names: readonly string[]): void {
    this.names = names;
    // Redraw only on a real change, so focus on a file button survives a terminal command.
    const key = JSON.stringify([names, [...this.excluded], this.ignoreFile]);
    if (key === this.drawn) return;
    this.drawn = key;
    this.list.replaceChildren(...names.map((name) => this.item(name)));
  }

  private item(name: string): HTMLLIElement {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.path = name;
    button.textContent = name;
    if (this.excluded.has(name)) {
      button.classList.add('ignored');
      const tag = document.createElement('span');
      tag.className = 'pg-file-tag';
      tag.textContent = 'ignored';
      const why = document.createElement('span');
      why.className = 'visually-hidden';
      why.textContent = ` by ${this.ignoreFile}: not sent to docker build`;
      button.append(' ', tag, why);
    }
    if (name === this.selected) button.setAttribute('aria-current', 'true');
    item.append(button);
    return item;
  }

  select(path: string): void {
    this.selected = path;
    for (const b of this.list.querySelectorAll<HTMLButtonElement>('button[data-path]')) {
      if (b.dataset.path === path) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    }
  }
}
