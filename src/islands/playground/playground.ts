/**
 * The playground page's wiring: one engine Session whose ~/app is the workspace, shown by
 * the editor and file list and driven by the terminal; problems, pictures, autosave and share
 * links hang off its changes. Decisions live in src/lib/playground/; this file only connects.
 */
import { Session } from '../../engine';
import { loadSaved, save, type KeyValueStore } from '../../lib/playground/autosave';
import { DEFAULT_FILES } from '../../lib/playground/default-files';
import { dockerfileProblems, type Problem } from '../../lib/playground/diagnostics';
import {
  decodeShare,
  isShareFragment,
  type SharedWorkspace,
} from '../../lib/playground/share-codec';
import {
  isDockerfile,
  readWorkspace,
  workspacePath,
  writeWorkspaceFile,
} from '../../lib/playground/workspace';
import { PlaygroundEditor } from './editor';
import { FileList } from './file-list';
import { Pictures } from './pictures-panel';
import { setUpShare } from './share-button';
import { showMessage } from './messages';

function storage(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked: the playground still works, nothing is saved
  }
}

/** The workspace to start from: a share link, else the autosave, else the sample app. */
async function initialWorkspace(root: HTMLElement, store: KeyValueStore | undefined) {
  const saved = loadSaved(store);
  const fallback: SharedWorkspace = saved ?? { v: 1, files: { ...DEFAULT_FILES }, history: [] };
  if (!isShareFragment(location.hash)) return fallback;
  const result = await decodeShare(location.hash);
  // The fragment has done its job; a reload should not open (or refuse) it again.
  history.replaceState(null, '', location.pathname + location.search);
  if (!result.ok) {
    showMessage(
      root,
      'alert',
      `This share link could not be opened. ${result.reason} ${saved ? 'Your saved work is unchanged.' : 'The sample project is shown instead.'}`,
    );
    return fallback;
  }
  const n = Object.keys(result.value.files).length;
  showMessage(
    root,
    'status',
    `Opened a shared workspace: ${n} file${n === 1 ? '' : 's'}. Your own saved work is kept until you edit or run a command here.`,
  );
  return result.value;
}

export async function startPlayground(root: HTMLElement): Promise<void> {
  const store = storage();
  const initial = await initialWorkspace(root, store);
  const session = new Session({
    tty: true,
    color: true,
    width: 80,
    editor: true,
    files: initial.files,
  });
  session.state.history.push(...initial.history);
  const fs = session.state.fs;

  let saveTimer = 0;
  const scheduleSave = () => {
    clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => {
      if (!save(store, readWorkspace(fs), session.state.history)) {
        showMessage(root, 'status', 'Your browser did not let the playground save your work.');
      }
    }, 500);
  };

  const pictures = new Pictures(root, session);
  const problemsList = root.querySelector<HTMLElement>('[data-pg-problems]')!;
  const renderProblems = (path: string, problems: readonly Problem[] | undefined) => {
    const heading = root.querySelector<HTMLElement>('[data-pg-problems-file]')!;
    heading.textContent = path;
    problemsList.replaceChildren(
      ...(problems === undefined
        ? [li('Build checks run on Dockerfiles.')]
        : problems.length === 0
          ? [li('No problems found.')]
          : problems.map(problemItem)),
    );
  };

  const editor = new PlaygroundEditor(root.querySelector<HTMLElement>('[data-pg-editor]')!, {
    changed(path, text) {
      writeWorkspaceFile(fs, path, text);
      if (path === 'Dockerfile') pictures.scheduleStages(text);
      scheduleSave();
    },
    problems(path, text) {
      const problems = dockerfileProblems(text);
      renderProblems(path, problems);
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

  function openFile(path: string, focus = false) {
    const text = readWorkspace(fs)[path] ?? '';
    const docker = isDockerfile(path);
    editor.open(path, text, docker);
    if (!docker) renderProblems(path, undefined);
    files.select(path);
    if (focus) editor.view.focus();
  }

  /** After a command: the terminal may have written, created or removed files. */
  function sync() {
    const current = readWorkspace(fs);
    files.render(Object.keys(current));
    if (editor.path && current[editor.path] === undefined) {
      const next = Object.keys(current)[0];
      if (next) openFile(next);
    } else if (editor.path) editor.replace(editor.path, current[editor.path]!);
    pictures.scheduleStages(current['Dockerfile'] ?? '');
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

  const names = Object.keys(readWorkspace(fs));
  files.render(names);
  openFile(names.includes('Dockerfile') ? 'Dockerfile' : (names[0] ?? 'Dockerfile'));
  pictures.scheduleStages(readWorkspace(fs)['Dockerfile'] ?? '', 0);
  setUpShare(root, () => ({ v: 1, files: readWorkspace(fs), history: [...session.state.history] }));
  root.dataset.state = 'ready';

  const terminalRoot = root.querySelector<HTMLElement>('[data-terminal]')!;
  terminalRoot.dataset.state = 'loading';
  const { mountTerminal } = await import('../terminal/terminal-island');
  mountTerminal(terminalRoot, false, {
    session,
    finished() {
      sync();
      pictures.afterCommand();
      scheduleSave();
      if (pendingEdit) {
        openFile(pendingEdit, true);
        pendingEdit = undefined;
      }
    },
  });
}

function li(text: string): HTMLLIElement {
  const item = document.createElement('li');
  item.textContent = text;
  return item;
}

function problemItem(p: Problem): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `pg-problem ${p.severity}`;
  item.dataset.rule = p.rule;
  item.dataset.line = String(p.line);
  const where = document.createElement('span');
  where.className = 'pg-problem-line';
  where.textContent = `Line ${p.line}`;
  const rule = document.createElement('strong');
  rule.textContent = p.rule === 'parse' ? 'Parse error' : p.rule;
  item.append(
    where,
    ' ',
    `${p.severity === 'error' ? 'Error' : 'Warning'}: `,
    rule,
    ` ${p.message}`,
  );
  if (p.url) {
    const link = document.createElement('a');
    link.href = p.url;
    link.textContent = 'More info';
    link.setAttribute('aria-label', `More info on ${p.rule}`);
    item.append(' ', link);
  }
  return item;
}
