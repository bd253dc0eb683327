import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type CompanyDetail } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { LossReasonFields, lossReasonFrom } from '../../../shared/LossReasonFields';
import { useStages } from '../../../shared/queries';
import { colorOf } from '../../../shared/stage-colors';
import { errorText } from '../../../shared/error-text';

export interface StatusSelectorProps {
  company: CompanyDetail;
  onChanged(message: string): void;
  onFailed(message: string): void;
}

/** The status badge; it opens a selector offering only the allowed transitions (SPEC R6.2). */
export function StatusSelector({ company, onChanged, onFailed }: StatusSelectorProps) {
  const { t, locale } = useI18n();
  const stages = useStages();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const stage = (key: string) => stages.data?.find((s) => s.key === key);
  const change = useMutation({
    mutationFn: (body: Record<string, string | undefined>) => api(`/api/companies/${company.id}/status`, { method: 'POST', body }),
    onSuccess: (_data, body) => {
      setOpen(false);
      setTarget('');
      setReason('');
      onChanged(t('board.moved', { name: company.globalCompany.name, stage: stage(body.status!)?.name[locale] ?? body.status! }));
    },
    onError: (error) => onFailed(t('board.refused', { detail: errorText(error, t) })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['company', company.id] });
      void queryClient.invalidateQueries({ queryKey: ['timeline', company.id] });
      void queryClient.invalidateQueries({ queryKey: ['board'] });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    change.mutate({
      status: target,
      description: text('description'),
      lossReason: target === 'lost' ? lossReasonFrom(reason, form) : undefined,
    });
  };

  const current = stage(company.status);
  return (
    <div className="status-selector">
      <button
        type="button"
        className="badge big"
        style={{ ['--stage' as string]: colorOf(current?.color) }}
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label={`${t('company.changeStatus')}: ${current?.name[locale] ?? company.status}`}
        onClick={() => setOpen((o) => !o)}
      >
        {current?.name[locale] ?? company.status} ▾
      </button>
      {open && (
        <form className="popover card" onSubmit={submit} aria-label={t('company.changeStatus')}>
          {company.allowedTransitions.length === 0 && <p>{t('company.noTransitions')}</p>}
          <div className="choices" role="radiogroup" aria-label={t('company.status')}>
            {company.allowedTransitions.map((key) => (
              <label key={key} className="choice" style={{ ['--stage' as string]: colorOf(stage(key)?.color) }}>
                <input type="radio" name="status" value={key} checked={target === key} onChange={() => setTarget(key)} required />
                {stage(key)?.name[locale] ?? key}
              </label>
            ))}
          </div>
          {target === 'lost' && <LossReasonFields reason={reason} onReasonChange={setReason} />}
          <label>
            {t('company.description')}
            <textarea name="description" rows={2} maxLength={5000} />
          </label>
          <div className="actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" disabled={!target || change.isPending}>
              {t('common.save')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
