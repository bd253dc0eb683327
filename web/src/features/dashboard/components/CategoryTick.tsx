import { twoLines, type LabelLayout } from '../utils/category-labels';

export interface CategoryTickProps {
  layout: LabelLayout;
  bandPx: number;
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** An x-axis category label that stays readable when bars are narrow: on one line, on two, or slanted. */
export function CategoryTick({ layout, bandPx, x, y, payload }: CategoryTickProps) {
  const label = String(payload?.value ?? '');
  const left = Number(x);
  const top = Number(y);
  if (layout === 'slanted') {
    return (
      <text x={left} y={top} dy={12} textAnchor="end" fontSize={11} fill="#374151" transform={`rotate(-35 ${left} ${top})`}>
        {label}
      </text>
    );
  }
  const lines = layout === 'wrapped' ? twoLines(label, bandPx) : [label];
  return (
    <text x={left} y={top} textAnchor="middle" fontSize={12} fill="#374151">
      {lines.map((line, index) => (
        <tspan key={line} x={left} dy={index === 0 ? 15 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The x-axis height each layout needs. */
export const axisHeight = (layout: LabelLayout) => (layout === 'flat' ? 28 : layout === 'wrapped' ? 42 : 66);
