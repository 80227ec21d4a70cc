/**
 * The workspace's file list: one button per file (the open one marked aria-current) and a
 * small form to add a file. Paths are checked by the workspace model before anything is made.
 */
import { validFilePath } from '../../lib/playground/workspace';

export interface FileListHooks {
  open(path: string): void;
  create(path: string): void;
}

export class FileList {
  private readonly list: HTMLElement;
  private readonly error: HTMLElement;
  private names: readonly string[] = [];
  private selected = '';

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
      const path = input.value.trim().replace(/^\.\//, '');
      const problem = !validFilePath(path)
        ? 'Use a relative path such as src/server.js (letters, digits, . _ - / only; no ..).'
        : this.names.includes(path)
          ? `${path} already exists.`
          : '';
      this.error.textContent = problem;
      input.setAttribute('aria-invalid', String(problem !== ''));
      if (problem) return;
      input.value = '';
      hooks.create(path);
    });
  }

  render(names: readonly string[]): void {
    this.names = names;
    this.list.replaceChildren(
      ...names.map((name) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.path = name;
        button.textContent = name;
        if (name === this.selected) button.setAttribute('aria-current', 'true');
        item.append(button);
        return item;
      }),
    );
  }

  select(path: string): void {
    this.selected = path;
    for (const b of this.list.querySelectorAll<HTMLButtonElement>('button[data-path]')) {
      if (b.dataset.path === path) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    }
  }
}
