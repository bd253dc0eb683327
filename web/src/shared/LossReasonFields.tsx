import { useI18n } from '../i18n/i18n';
import { useLossReasons } from './queries';

/**
 * The loss reason: a standard one, or "other" with free text in a field
 * named `lossReasonText` (SPEC R2.4).
 */
export function LossReasonFields({ reason, onReasonChange }: { reason: string; onReasonChange(reason: string): void }) {
  const { t, locale } = useI18n();
  const reasons = useLossReasons();
  return (
    <>
      <label>
        {t('lost.reason')}
        <select name="lossReason" required value={reason} onChange={(e) => onReasonChange(e.target.value)}>
          <option value="" disabled>
            {t('lost.choose')}
          </option>
          {reasons.data?.map((r) => (
            <option key={r.key} value={r.key}>
              {r.label[locale]}
            </option>
          ))}
          <option value="other">{t('lost.other')}</option>
        </select>
      </label>
      {reason === 'other' && (
        <label>
          {t('lost.otherText')}
          <input name="lossReasonText" required maxLength={500} autoFocus />
        </label>
      )}
    </>
  );
}

/** What to send as `lossReason`: the chosen key, or the free text for "other". */
export function lossReasonFrom(reason: string, form: FormData): string {
  return reason === 'other' ? String(form.get('lossReasonText') ?? '').trim() : reason;
}
