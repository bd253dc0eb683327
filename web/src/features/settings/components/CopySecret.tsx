import { useId, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';

export interface CopySecretProps {
  label: string;
  value: string;
  /** Said once under the field: e.g. that it is shown only now. */
  hint: string;
}

/** A secret (a token, an invite link) shown once in a read-only field, with a button that copies it. */
export function CopySecret({ label, value, hint }: CopySecretProps) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a refusal): select it, so Ctrl/⌘-C copies it.
      input.current?.select();
      setCopied(false);
    }
  };
  return (
    <div className="copy-secret">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input ref={input} id={id} readOnly value={value} aria-describedby={`${id}-hint`} onFocus={(event) => event.currentTarget.select()} spellCheck={false} />
        <button type="button" onClick={() => void copy()}>
          {t('secret.copy')}
        </button>
      </div>
      <p id={`${id}-hint`} className="meta">
        {hint}
      </p>
      <p role="status" className="meta">
        {copied === true ? t('secret.copied') : copied === false ? t('secret.selectToCopy') : ''}
      </p>
    </div>
  );
}
