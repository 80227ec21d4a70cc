/**
 * The slice of Go's text/template that `--format` needs in practice: `{{.Field}}`,
 * `{{json .}}`, `{{json .Field}}`, `table …` (header row + tabwriter) and `json`. Anything
 * else is reported with Go's template error texts for a bad field.
 */
import { EngineError } from '../../errors';
import { formatTable } from '../../format/tabwriter';

export type Fields = Readonly<Record<string, string>>;

export class TemplateError extends EngineError {
  readonly code = 'TEMPLATE_ERROR';
  constructor(message: string) {
    super(message, {
      hint: 'Fields are written `{{.Name}}` with a capital letter, e.g. `{{.Repository}}:{{.Tag}}`. `--format json` prints every field.',
      exitCode: 1,
    });
  }
}

const ACTION = /\{\{\s*(json\s+)?(\.[A-Za-z0-9_]*)\s*\}\}/g;

function unescape(s: string): string {
  return s.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
}

function render(
  template: string,
  row: Fields,
  contextType: string,
  rawJson: (row: Fields) => string,
): string {
  return template.replace(ACTION, (whole, json: string | undefined, field: string) => {
    if (field === '.') return json ? rawJson(row) : `{${Object.values(row).join(' ')}}`;
    const key = field.slice(1);
    if (!(key in row)) {
      throw new TemplateError(
        `template: :1:${template.indexOf(whole) + 3}: executing "" at <${field}>: can't evaluate field ${key} in type *formatter.${contextType}`,
      );
    }
    return json ? JSON.stringify(row[key]) : row[key]!;
  });
}

/**
 * Formats rows for `--format`. `headers` maps a field to its table header (`ID` → `IMAGE ID`).
 * Returns the whole output, newline-terminated.
 */
export function formatRows(
  format: string,
  rows: readonly Fields[],
  headers: Readonly<Record<string, string>>,
  contextType: string,
): string {
  const rawJson = (row: Fields) => JSON.stringify(row);
  if (format === 'json') return rows.map((r) => `${rawJson(r)}\n`).join('');
  if (format.startsWith('table')) {
    const body = unescape(format.slice(5).trim());
    const header = body.replace(
      ACTION,
      (_w, _j, field: string) => headers[field.slice(1)] ?? field.slice(1).toUpperCase(),
    );
    const lines = [header, ...rows.map((r) => render(body, r, contextType, rawJson))];
    return `${formatTable(lines.map((l) => l.split('\t')))}\n`;
  }
  const body = unescape(format);
  return rows.map((r) => `${render(body, r, contextType, rawJson)}\n`).join('');
}
