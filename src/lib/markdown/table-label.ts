/**
 * Wide tables scroll sideways inside a focusable region, so keyboard users can scroll them
 * (axe: scrollable-region-focusable). Regions are landmarks and need unique names, so each
 * one is named after its position and its column headings.
 */
export function tableRegionLabel(index: number, headings: readonly string[]): string {
  const columns = headings
    .map((h) => h.trim())
    .filter(Boolean)
    .join(', ');
  const label = columns ? `Table ${index}: ${columns}` : `Table ${index}`;
  return label.length > 120 ? `${label.slice(0, 117)}…` : label;
}
