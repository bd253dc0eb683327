/** The dark tooltip every dashboard chart shows on hover: a title and a few lines. */
export function ChartTooltip({ title, lines }: { title: string; lines: (string | null | false)[] }) {
  return (
    <div className="chart-tooltip">
      <strong>{title}</strong>
      {lines.filter(Boolean).map((line) => (
        <span key={line as string}>{line}</span>
      ))}
    </div>
  );
}
