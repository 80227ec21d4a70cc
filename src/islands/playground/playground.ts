/**
 * The playground page's wiring: one engine Session whose ~/app is the workspace, shown by
 * the editor and file list and driven by the terminal; problems, pictures, autosave and share
 * links hang off its changes. Decisions live in src/lib/playground/; this file only connects.
 */
import { Session } from '../../engine';
import { loadSaved, save, type KeyValueStore } from '../../lib/playground/autosave';
import { contextProblems, contextView } from '../../lib/playground/build-context';
import { dockerfileProblems } from '../../lib/playground/diagnostics';
import { excludedCopyProblems } from '../../lib/playground/excluded-copies';
import { deleteFile, nextOpenFile, renameFile, restoreFile } from '../../lib/playground/file-ops';
import { openingWorkspace } from '../../lib/playground/opening';
import { decodeShare, isShareFragment } from '../../lib/playground/share-codec';
import {
  isDockerfile,
  readWorkspace,
  workspacePath,
  writeWorkspaceFile,
} from '../../lib/playground/workspace';
import { FileActions } from './file-actions';
import { FileList } from './file-list';
import { yieldToMain } from './load';
import { showMessage } from './messages';
import type { Pictures } from './pictures-panel';
import { renderProblems } from './problems-view';
import { setUpShare } from './share-button';

function storage(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked: the playground still works, nothing is saved
  }
}

/** The workspace to start from: a share link, else the autosave, else the sample app. */
async function initialWorkspace(root: HTMLElement, store: KeyValueStore | undefined) {
  const shared = isShareFragment(location.hash) ? await decodeShare(location.hash) : undefined;
  // The fragment has done its job; a reload should not open (or refuse) it again.
  if (shared) history.replaceState(null, '', location.pathname + location.search);
  const opening = openingWorkspace(loadSaved(store), shared);
  if (opening.message) showMessage(root, opening.message.kind, opening.message.text);
  return opening.workspace;
}

/** What the page loader (load.ts) asks of the started playground. */
export interface PlaygroundHandle {
  focusEditor(): void;
  /** Loads xterm over the playground's session (once); `focus` gives it the keyboard. */
  startTerminal(focus: boolean): Promise<void>;
}

/**
 * Starts the engine session, then the editor (CodeMirror, its own chunk), then marks the
 * playground ready; the pictures follow. Each step yields, so no one task blocks the page.
 */
export async function startPlayground(root: HTMLElement): Promise<PlaygroundHandle> {
  const editorModule = import('./editor'); // fetched while the session starts
  const store = storage();
  const initial = await initialWorkspace(root, store);
  const session = new Session({
    tty: true,
    color: true,
    width: 80,
    editor: true,
    files: initial.files,
  });
  // The terminal's Up/Down history starts from this list (a shared link's commands).
  session.state.history.push(...initial.history);
  const fs = session.state.fs;
  await yieldToMain();

  let saveTimer = 0;
  const scheduleSave = () => {
    clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => {
      if (!save(store, readWorkspace(fs), session.state.history)) {
        showMessage(root, 'status', 'Your browser did not let the playground save your work.');
      }
    }, 500);
  };

  let pictures: Pictures | undefined;
  /** What `docker build` would send, for the checks and the file list's "ignored" marks. */
  const context = (dockerfile = 'Dockerfile') => contextView(fs, files.paths, dockerfile);

  const { PlaygroundEditor } = await editorModule;
  await yieldToMain();
  const editorBox = root.querySelector<HTMLElement>('[data-pg-editor]')!;
  // CodeMirror starts under the server's picture of the editor (laid over the same box, see
  // playground.css); the picture goes once the file is open, so nothing is seen to move.
  const placeholder = editorBox.firstElementChild;
  const editor = new PlaygroundEditor(editorBox, {
    changed(path, text) {
      writeWorkspaceFile(fs, path, text);
      if (path === 'Dockerfile') pictures?.scheduleStages(text);
      if (path.endsWith('.dockerignore') || !files.paths.includes(path)) sync();
      scheduleSave();
    },
    problems(path, text) {
      const view = context(path);
      const problems = [
        ...contextProblems(view),
        ...dockerfileProblems(text, view.isIgnored ? { isIgnored: view.isIgnored } : {}),
        ...excludedCopyProblems(text, view),
      ].sort((a, b) => a.line - b.line);
      renderProblems(root, path, problems);
      return problems;
    },
  });

  const files = new FileList(root, {
    open: (path) => openFile(path),
    create(path) {
      writeWorkspaceFile(fs, path, '');
      sync();
      openFile(path, true);
      scheduleSave();
    },
  });

  const actions = new FileActions(root, {
    names: () => files.paths,
    rename(from, to) {
      const wasOpen = editor.path === from;
      renameFile(fs, from, to);
      if (wasOpen) openFile(to);
      editor.forget(from);
      sync();
      scheduleSave();
    },
    remove(path) {
      const next = nextOpenFile(files.paths, path);
      const deleted = deleteFile(fs, path);
      // The editor keeps the file's state (and its undo history) in case Undo brings it back.
      if (editor.path === path) openFile(next ?? '');
      sync();
      scheduleSave();
      return deleted;
    },
    undo(deleted) {
      const problem = restoreFile(fs, deleted, files.paths);
      if (problem) return problem;
      sync();
      openFile(deleted.path);
      scheduleSave();
      return '';
    },
  });

  /** Opens `path` ('' when no file is left: an empty Dockerfile, made once typed into). */
  function openFile(path: string, focus = false) {
    const shown = path || 'Dockerfile';
    const text = readWorkspace(fs)[shown] ?? '';
    const docker = isDockerfile(shown);
    editor.open(shown, text, docker);
    if (!docker) renderProblems(root, shown, undefined);
    files.select(shown);
    actions.show(path && shown);
    if (focus) editor.view.focus();
  }

  /** After a command or a file change: files, the context's marks and the pictures. */
  function sync() {
    const current = readWorkspace(fs);
    files.render(Object.keys(current));
    const view = context();
    files.setExcluded(view.excluded, view.ignoreFile);
    const note = root.querySelector<HTMLElement>('[data-pg-context-note]')!;
    note.textContent = view.error
      ? `docker build would stop at once: .dockerignore has a broken pattern (${view.error}).`
      : view.excluded.size > 0
        ? `Files marked “ignored” are left out of the build context by ${view.ignoreFile}: COPY cannot see them.`
        : '';
    note.hidden = note.textContent === '';
    if (editor.path && current[editor.path] === undefined) {
      const next = Object.keys(current)[0];
      if (next) openFile(next);
    } else if (editor.path) {
      editor.replace(editor.path, current[editor.path]!);
      editor.relint();
    }
    pictures?.scheduleStages(current['Dockerfile'] ?? '');
  }

  let pendingEdit: string | undefined;
  session.on((e) => {
    if (e.type !== 'edit') return;
    const rel = workspacePath(e.path);
    if (!rel) {
      showMessage(
        root,
        'status',
        `The editor opens files under ~/app only; ${e.path} is outside it.`,
      );
      return;
    }
    if (!fs.exists(e.path)) writeWorkspaceFile(fs, rel, e.content);
    pendingEdit = rel;
  });

  // The file opens in the task that made the view, so CodeMirror's first layout already has
  // its gutters (adding them later slid the text sideways: a layout shift, even if covered).
  const names = Object.keys(readWorkspace(fs));
  openFile(names.includes('Dockerfile') ? 'Dockerfile' : (names[0] ?? ''));
  await yieldToMain();
  sync();
  const hadFocus = placeholder?.contains(document.activeElement) ?? false;
  placeholder?.remove();
  if (hadFocus) editor.view.focus();
  setUpShare(root, () => ({ v: 1, files: readWorkspace(fs), history: [...session.state.history] }));
  root.dataset.state = 'ready';

  // The pictures after the engine and editor: nothing on screen needs them at first paint.
  const picturesReady = (async () => {
    await yieldToMain();
    const { Pictures } = await import('./pictures-panel');
    pictures = new Pictures(root, session);
    pictures.scheduleStages(readWorkspace(fs)['Dockerfile'] ?? '', 0);
    return pictures;
  })();
  picturesReady.catch((error: unknown) =>
    console.warn('Stagecraft: the playground pictures could not load', error),
  );

  const terminalRoot = root.querySelector<HTMLElement>('[data-terminal]')!;
  let terminal: Promise<void> | undefined;
  const startTerminal = (focus: boolean): Promise<void> => {
    terminal ??= (async () => {
      terminalRoot.dataset.state = 'loading';
      const button = terminalRoot.querySelector<HTMLButtonElement>('[data-terminal-start]');
      if (button) button.textContent = 'Loading terminal…';
      const { mountTerminal } = await import('../terminal/terminal-island');
      await yieldToMain();
      mountTerminal(terminalRoot, focus, {
        session,
        finished(command, outcome) {
          sync();
          void picturesReady.then((p) => p.afterCommand(command, outcome.exitCode));
          scheduleSave();
          if (pendingEdit) {
            openFile(pendingEdit, true);
            pendingEdit = undefined;
          }
        },
      });
    })();
    terminal.catch((error: unknown) => {
      terminalRoot.dataset.state = 'failed';
      console.warn('Stagecraft: the playground terminal could not load', error);
    });
    return terminal;
  };

  return { focusEditor: () => editor.view.focus(), startTerminal };
}
