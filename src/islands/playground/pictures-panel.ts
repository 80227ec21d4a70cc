/**
 * The pictures panel: the stage graph follows the Dockerfile as it is typed (debounced) and
 * the chosen target; the layers and size pictures follow the daemon after each command.
 */
import type { Session } from '../../engine';
import { layersAfterCommand } from '../../lib/playground/after-build';
import {
  builtImageRows,
  layerRows,
  shortTag,
  stageNames,
  stagePicture,
  type StoredImage,
} from '../../lib/playground/pictures';
import { layerTable, sizeTable, stageSvg, stageTable } from './pictures-view';

export class Pictures {
  private timer = 0;
  private text = '';
  private images: readonly StoredImage[];
  private shownId: string | undefined;
  private shownName = '';
  private readonly target: HTMLSelectElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly session: Session,
  ) {
    this.images = session.daemon.images.list();
    this.target = root.querySelector<HTMLSelectElement>('[data-pg-target]')!;
    this.target.addEventListener('change', () => this.drawStages());
  }

  private q(selector: string): HTMLElement {
    return this.root.querySelector<HTMLElement>(selector)!;
  }

  scheduleStages(text: string, delay = 350): void {
    this.text = text;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.drawStages(), delay);
  }

  private drawStages(): void {
    const result = stagePicture(this.text, this.target.value);
    const note = this.q('[data-pg-stage-note]');
    if (!result.ok) {
      note.textContent = `No stage graph yet: ${result.reason}`;
      note.hidden = false;
      // Keep the last good picture, greyed: the learner is probably mid-edit.
      this.q('[data-pg-stages]').classList.add('stale');
      return;
    }
    const p = result.picture;
    note.hidden = true;
    this.q('[data-pg-stages]').classList.remove('stale');
    this.q('[data-pg-stage-svg]').replaceChildren(stageSvg(p));
    this.q('[data-pg-stage-table]').replaceChildren(stageTable(p));
    this.q('[data-pg-target-label]').textContent = p.targetLabel;
    const chosen = this.target.value;
    const names = stageNames(p.graph);
    const options = [new Option('last stage (default)', '')];
    for (const n of names) options.push(new Option(n, n, false, n === chosen));
    this.target.replaceChildren(...options);
    if (!names.includes(chosen)) this.target.value = '';
  }

  /**
   * After a command: a build draws the image it made (or says it failed, greying the older
   * picture so it is not taken for this build); sizes always refresh.
   */
  afterCommand(command: string, exitCode: number): void {
    const store = this.session.daemon.images;
    const update = layersAfterCommand(command, exitCode, this.images, store, this.shownId);
    const after = store.list();
    this.images = after;
    const section = this.q('[data-pg-layers]');
    const note = this.q('[data-pg-layers-note]');
    if (update.kind === 'show') {
      const image = update.image;
      const name = image.repoTags[0] ? shortTag(image.repoTags[0]) : image.id.slice(7, 19);
      this.shownId = image.id;
      this.shownName = name;
      this.q('[data-pg-layers-name]').textContent = name;
      this.q('[data-pg-layers-body]').replaceChildren(layerTable(name, layerRows(image)));
      section.dataset.state = 'built';
      note.hidden = true;
    } else if (update.kind === 'failed') {
      section.dataset.state = 'failed';
      if (this.shownId !== undefined) {
        this.q('[data-pg-layers-name]').textContent = `${this.shownName} (an earlier build)`;
      }
      note.textContent =
        this.shownId === undefined
          ? `The last docker build failed (exit code ${update.exitCode}), so there is no image to show. The terminal says which step failed.`
          : `The last docker build failed (exit code ${update.exitCode}): no new image. Below, framed: ${this.shownName}, from an earlier build.`;
      note.hidden = false;
    } else if (update.kind === 'removed') {
      section.dataset.state = 'removed';
      this.q('[data-pg-layers-name]').textContent = `${this.shownName} (removed)`;
      note.textContent = `${this.shownName} was removed; below, framed: the layers it had.`;
      note.hidden = false;
    }
    const rows = builtImageRows(after);
    const empty = document.createElement('p');
    empty.textContent = 'No images built in this session (docker rmi removed them).';
    this.q('[data-pg-sizes-body]').replaceChildren(rows.length > 0 ? sizeTable(rows) : empty);
  }
}
