import { useState } from 'react';
import type { CompanyDetail } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { colorOf } from '../../../shared/stage-colors';
import { MoveDialog } from './MoveDialog';

export interface StatusSelectorProps {
  company: CompanyDetail;
  onChanged(message: string): void;
}

/**
 * The status badge in the colour its pipeline gives the stage; it opens the
 * move dialog, which offers only the allowed targets (SPEC R6.2) and asks
 * for what the chosen one's gates need.
 */
export function StatusSelector({ company, onChanged }: StatusSelectorProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const current = company.pipeline.stages.find((s) => s.key === company.status);
  const name = current?.name[locale] ?? company.status;
  return (
    <div className="status-selector">
      <button
        type="button"
        className="badge big"
        style={{ ['--stage' as string]: colorOf(current?.color) }}
        aria-haspopup="dialog"
        aria-label={`${t('company.changeStatus')}: ${name}`}
        onClick={() => setOpen(true)}
      >
        {name} ▾
      </button>
      <span className="pipeline-name">{company.pipeline.name[locale]}</span>
      {open && <MoveDialog company={company} mode="status" onClose={() => setOpen(false)} onMoved={onChanged} />}
    </div>
  );
}
