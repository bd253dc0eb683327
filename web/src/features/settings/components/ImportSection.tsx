import { useId, useState, type FormEvent } from 'react';
import type { ImportKind } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { useImportUpload } from '../hooks/useImportUpload';
import { formatBytes } from '../utils/import-files';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';

const KINDS: { kind: ImportKind; label: MessageKey; columns: string }[] = [
  { kind: 'companies', label: 'import.kind.companies', columns: 'name, linkedin_url | website, industry, location, employee_count, …' },
  { kind: 'jobs', label: 'import.kind.jobs', columns: 'company_linkedin_url | company_website, title, source, external_id, skills, posted_at, closed_at, …' },
  { kind: 'decision-makers', label: 'import.kind.decision-makers', columns: 'company_linkedin_url | company_website, name, title, linkedin_url, linkedin_verified' },
];

/** Uploading shared companies, jobs or decision makers (the platform operator, SPEC R5.6), with live progress and the rejected lines. */
export function ImportSection() {
  const { t, formatNumber } = useI18n();
  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>('companies');
  const [file, setFile] = useState<File | null>(null);
  const { run, start, reset } = useImportUpload();
  const running = run.state === 'running';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file) start(kind, file);
  };

  return (
    <section className="card settings-section" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="description">
        {t('import.intro')} {t('import.formats')} <code>docs/import.md</code> ·{' '}
        <a href="/api/docs" target="_blank" rel="noreferrer">
          {t('import.apiDocs')}
        </a>
      </p>
      <form className="import-form" onSubmit={submit}>
        <fieldset className="kind-choice" disabled={running}>
          <legend>{t('import.kind')}</legend>
          <div className="segmented">
            {KINDS.map((k) => (
              <label key={k.kind} className={kind === k.kind ? 'checked' : ''}>
                <input type="radio" name="kind" value={k.kind} checked={kind === k.kind} onChange={() => setKind(k.kind)} />
                {t(k.label)}
              </label>
            ))}
          </div>
          <p className="meta columns-hint">
            {t('import.columns')} <code>{KINDS.find((k) => k.kind === kind)!.columns}</code>
          </p>
        </fieldset>
        <div className="file-row">
          <span className="file-label" id={`${fileId}-label`}>
            {t('import.file')}
          </span>
          {/* The native control speaks the browser's language; this label is the visible button. */}
          <label className={`file-picker${running ? ' disabled' : ''}`}>
            <input
              id={fileId}
              type="file"
              aria-labelledby={`${fileId}-label`}
              accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson"
              disabled={running}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                if (!running) reset();
              }}
            />
            <span className="file-button">{t('import.chooseFile')}</span>
            <span className="file-name">{file ? `${file.name} (${formatBytes(file.size, formatNumber)})` : t('import.noFile')}</span>
          </label>
          <button type="submit" className="primary" disabled={!file || running}>
            {running ? t('import.running') : t('import.start')}
          </button>
        </div>
      </form>
      {run.state !== 'idle' && <ImportProgress run={run} />}
      {run.state === 'done' && run.event && <ImportSummary event={run.event} />}
    </section>
  );
}
