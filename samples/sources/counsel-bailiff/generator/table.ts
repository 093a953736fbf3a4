/** Ruled two-column tables: the label cell and the value cell of a row are one line of page text. */
import type { Builder, FontKey } from './builder.js';

export interface TableOpts { x?: number; labelW: number; width?: number; labelFont?: FontKey; valueFont?: FontKey; size?: number; pad?: number; shadeLabels?: string | null; lw?: number }

export function ruledTable(b: Builder, rows: [string, string][], o: TableOpts): void {
  const x = o.x ?? b.left;
  const width = o.width ?? b.right - x;
  const pad = o.pad ?? 4;
  const size = o.size ?? 9.5;
  const lf = o.labelFont ?? 'sans';
  const vf = o.valueFont ?? 'sans';
  b.font(vf, size);
  const lh = b.lh;
  for (const [label, value] of rows) {
    const labelLines = b.wrapWith(lf, label, o.labelW - 2 * pad);
    const valueLines = b.wrapWith(vf, value, width - o.labelW - 2 * pad);
    const hgt = Math.max(labelLines.length, valueLines.length) * lh + 2 * pad - 2;
    b.ensure(hgt + 2);
    const y0 = b.y;
    if (o.shadeLabels) b.rect(x, y0, o.labelW, hgt, { fill: o.shadeLabels });
    b.rect(x, y0, width, hgt, { stroke: '#000000', lw: o.lw ?? 0.7 });
    b.rule(x + o.labelW, y0, x + o.labelW, y0 + hgt, o.lw ?? 0.7);
    b.font(lf, size);
    labelLines.forEach((ln, i) => b.text(x + pad, y0 + pad + i * lh, ln, { record: false }));
    b.font(vf, size);
    valueLines.forEach((ln, i) => b.text(x + o.labelW + pad, y0 + pad + i * lh, ln, { record: false }));
    b.record(`${labelLines.join(' ')} ${valueLines[0] ?? ''}`.trim());
    for (const ln of valueLines.slice(1)) b.record(ln);
    b.y = y0 + hgt;
  }
}
