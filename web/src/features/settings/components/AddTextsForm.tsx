import { useRef, type FormEvent } from 'react';
import type { LocalizedText } from '../../../../../src/pipeline/domain/pipeline.js';
import { FormField } from '../../../shared/FormField';

interface Choice {
  label: string;
  name: string;
  options: { value: string; label: string }[];
}

interface AddTextsFormProps {
  /** The button's text, and the form's name for assistive technology. */
  title: string;
  hint?: string;
  labels: { nl: string; en: string };
  maxLength: number;
  /** One more choice to make (a checklist item's phase, a field's type). */
  choice?: Choice;
  onAdd(text: LocalizedText, choice: string | undefined): void;
}

/** Adds something named in Dutch and English (the key comes from the English); one language given serves for both. */
export function AddTextsForm({ title, hint, labels, maxLength, choice, onAdd }: AddTextsFormProps) {
  const first = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const form = event.currentTarget;
    const data = new FormData(form);
    const nl = String(data.get('nl') ?? '').trim();
    const en = String(data.get('en') ?? '').trim();
    if (!nl && !en) {
      first.current?.focus();
      return;
    }
    onAdd({ nl: nl || en, en: en || nl }, choice ? String(data.get(choice.name)) : undefined);
    form.reset();
    first.current?.focus();
  };
  return (
    <form className="add-form" onSubmit={submit} aria-label={title}>
      <FormField label={labels.nl}>
        {(control) => <input {...control} ref={first} name="nl" lang="nl" maxLength={maxLength} autoComplete="off" />}
      </FormField>
      <FormField label={labels.en}>{(control) => <input {...control} name="en" lang="en" maxLength={maxLength} autoComplete="off" />}</FormField>
      {choice && (
        <FormField label={choice.label}>
          {(control) => (
            <select {...control} name={choice.name}>
              {choice.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <button type="submit">+ {title}</button>
      {hint && <p className="meta add-hint">{hint}</p>}
    </form>
  );
}
