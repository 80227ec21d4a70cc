/**
 * Rename and Delete for the open file, in a bar above the editor. Delete asks first (an
 * inline group, Escape or Cancel backs out) and then offers Undo in a status line; Rename is
 * an inline field checked like the add-file form. Focus always lands somewhere sensible.
 */
import { cleanInput, pathProblem, type DeletedFile } from '../../lib/playground/file-ops';

export interface FileActionHooks {
  /** Paths in the workspace now. */
  names(): readonly string[];
  rename(from: string, to: string): void;
  /** Deletes and returns what Undo needs. */
  remove(path: string): DeletedFile;
  /** Puts a deleted file back; a reason when it cannot. */
  undo(deleted: DeletedFile): string;
}

type Mode = 'idle' | 'rename' | 'confirm';

export class FileActions {
  private path = '';
  private deleted: DeletedFile | undefined;
  private readonly q: <T extends HTMLElement>(s: string) => T;

  constructor(root: HTMLElement, hooks: FileActionHooks) {
    this.q = <T extends HTMLElement>(s: string) => root.querySelector<T>(s)!;
    const renameForm = this.q<HTMLFormElement>('[data-pg-rename-form]');
    const input = this.q<HTMLInputElement>('#pg-rename-name');
    const error = this.q('[data-pg-rename-error]');
    const undoButton = this.q<HTMLButtonElement>('[data-pg-undo]');

    this.q('[data-pg-rename]').addEventListener('click', () => {
      this.mode('rename');
      input.value = this.path;
      input.removeAttribute('aria-invalid');
      error.textContent = '';
      input.focus();
      // Select the name without its folder and extension, as file managers do.
      const start = this.path.lastIndexOf('/') + 1;
      const dot = this.path.lastIndexOf('.');
      input.setSelectionRange(start, dot > start ? dot : this.path.length);
    });
    renameForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const to = cleanInput(input.value);
      const problem = pathProblem(to, { existing: hooks.names(), renaming: this.path });
      error.textContent = problem;
      input.setAttribute('aria-invalid', String(problem !== ''));
      if (problem) return input.focus();
      const from = this.path;
      this.mode('idle');
      if (to !== from) {
        hooks.rename(from, to);
        this.say(`Renamed ${from} to ${to}.`);
      }
      this.q('[data-pg-rename]').focus();
    });
    this.q('[data-pg-rename-cancel]').addEventListener('click', () =>
      this.cancel('[data-pg-rename]'),
    );

    this.q('[data-pg-delete]').addEventListener('click', () => {
      this.q('[data-pg-confirm-text]').textContent = `Delete ${this.path}?`;
      this.mode('confirm');
      this.q('[data-pg-confirm-cancel]').focus();
    });
    this.q('[data-pg-confirm-cancel]').addEventListener('click', () =>
      this.cancel('[data-pg-delete]'),
    );
    this.q('[data-pg-confirm-delete]').addEventListener('click', () => {
      const path = this.path;
      this.mode('idle');
      this.deleted = hooks.remove(path);
      this.say(`Deleted ${path}.`, true);
      undoButton.focus();
    });
    undoButton.addEventListener('click', () => {
      const deleted = this.deleted;
      if (!deleted) return;
      const problem = hooks.undo(deleted);
      this.deleted = undefined;
      this.say(problem || `Restored ${deleted.path}.`);
      this.q('[data-pg-rename]').focus();
    });
    for (const box of ['[data-pg-rename-form]', '[data-pg-confirm]']) {
      this.q(box).addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        this.cancel(box === '[data-pg-confirm]' ? '[data-pg-delete]' : '[data-pg-rename]');
      });
    }
  }

  /** The editor opened `path`: the bar names it and acts on it. */
  show(path: string): void {
    if (path === this.path) return;
    this.path = path;
    this.mode('idle');
    // No file left (all deleted): nothing to rename or delete until one is added.
    for (const b of ['[data-pg-rename]', '[data-pg-delete]']) {
      this.q<HTMLButtonElement>(b).disabled = path === '';
    }
    this.q('[data-pg-open-name]').textContent = path;
    this.q('[data-pg-rename-from]').textContent = path;
    this.q('[data-pg-rename]').setAttribute('aria-label', `Rename ${path}`);
    this.q('[data-pg-delete]').setAttribute('aria-label', `Delete ${path}`);
  }

  private mode(mode: Mode): void {
    this.q('[data-pg-filebar-idle]').hidden = mode !== 'idle';
    this.q('[data-pg-rename-form]').hidden = mode !== 'rename';
    this.q('[data-pg-confirm]').hidden = mode !== 'confirm';
  }

  private cancel(focus: string): void {
    this.mode('idle');
    this.q(focus).focus();
  }

  private say(text: string, undo = false): void {
    this.q('[data-pg-undo-text]').textContent = text;
    this.q('[data-pg-undo]').hidden = !undo;
    if (undo)
      this.q('[data-pg-undo]').setAttribute(
        'aria-label',
        `Undo: restore ${this.deleted?.path ?? ''}`,
      );
  }
}
