import { useId, type ReactNode } from 'react';

/** A titled card of the pipeline editor. */
export function EditorSection({ title, hint, className, children }: { title: string; hint?: string; className?: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className={`card settings-section editor-section${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {hint && <p className="description meta">{hint}</p>}
      {children}
    </section>
  );
}
