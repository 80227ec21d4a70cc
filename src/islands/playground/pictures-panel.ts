/**
 * The pictures panel: the stage graph follows the Dockerfile as it is typed (debounced) and
 * the chosen target; the layers and size pictures follow the daemon after each command.
 */
import type { Session } from '../../engine';
import {
  builtImageRows,
  changedImage,
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

  /** After a command: a new or re-tagged image gets its layers drawn; sizes always refresh. */
  afterCommand(): void {
    const after = this.session.daemon.images.list();
    const built = changedImage(this.images, after);
    this.images = after;
    if (built) {
      const name = built.repoTags[0] ? shortTag(built.repoTags[0]) : built.id.slice(7, 19);
      this.q('[data-pg-layers-name]').textContent = name;
      this.q('[data-pg-layers-body]').replaceChildren(layerTable(name, layerRows(built)));
    }
    const rows = builtImageRows(after);
    const empty = document.createElement('p');
    empty.textContent = 'No images built in this session (docker rmi removed them).';
    this.q('[data-pg-sizes-body]').replaceChildren(rows.length > 0 ? sizeTable(rows) : empty);
  }
}
