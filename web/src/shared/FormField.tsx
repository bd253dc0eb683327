import { useId, type ReactNode } from 'react';

export interface FormFieldProps {
  label: string;
  /** The server's message for this field (problem+json `issues`), shown in place of the hint. */
  error?: string | undefined;
  hint?: string | undefined;
  children(control: { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined }): ReactNode;
}

/** A labelled control with its hint or its error, tied to it for screen readers. */
export function FormField({ label, error, hint, children }: FormFieldProps) {
  const id = useId();
  const help = error ?? hint;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': help ? `${id}-help` : undefined })}
      {help && (
        <p id={`${id}-help`} className={error ? 'field-error' : 'meta'}>
          {help}
        </p>
      )}
    </div>
  );
}
