import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PipelineDefinition } from '../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../i18n/i18n';
import { lossReasonFrom } from '../LossReasonFields';
import { GateFields } from './GateFields';
import { gateValues, type GateValues, type MissingGate } from './gates';

export interface GateDialogProps {
  definition: PipelineDefinition;
  /** The dialog's heading, given the target stage's name in the user's language. */
  title(stage: string): string;
  /** The stage moved from; empty for several records at once. */
  from: string;
  to: string;
  /** Exactly the gates to ask for (gatesToAsk, or a refusal's `missing`). */
  missing: MissingGate[];
  /** Why the server refused the last attempt, if it did. */
  refusal?: string | undefined;
  onCancel(): void;
  onConfirm(values: GateValues): void;
}

/**
 * What a move to a gated stage still lacks, in one form: the board's drop
 * (one card) and the companies page's bulk move (asked once for every
 * record). The shared GateFields ask no more and no less than the
 * server's own gate rule requires.
 */
export function GateDialog({ definition, title, from, to, missing, refusal, onCancel, onConfirm }: GateDialogProps) {
  const { t, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const target = definition.stages.find((s) => s.key === to);
  const lost = target?.outcome === 'lost';

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const description = String(form.get('description') ?? '').trim() || undefined;
    onConfirm({ description, ...gateValues(form, missing, definition, lossReasonFrom(reason, form)) });
  };

  return (
    <dialog ref={dialog} className="dialog gate-dialog" aria-labelledby="gate-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form onSubmit={submit}>
        <h2 id="gate-title">{title(target?.name[locale] ?? to)}</h2>
        {refusal && (
          <p className="error" role="alert">
            {refusal}
          </p>
        )}
        <GateFields gates={missing} definition={definition} from={from} to={to} lossReason={reason} onLossReasonChange={setReason} />
        <label>
          {t('lost.description')}
          <textarea name="description" rows={2} maxLength={5000} />
        </label>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={lost ? 'danger' : 'primary'} disabled={missing.some((g) => g.kind === 'lossReason') && !reason}>
            {lost ? t('lost.confirm') : t('gate.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
