import type { ImportEvent } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { ImportRun } from '../hooks/useImportUpload';
import { formatBytes, percent } from '../utils/import-files';

type Step = 'upload' | 'rows' | 'hiring' | 'done';
const ORDER: Step[] = ['upload', 'rows', 'hiring', 'done'];

function stepOf(run: ImportRun): Step {
  const phase = run.event?.phase;
  if (phase === 'done') return 'done';
  if (phase === 'hiring facts') return 'hiring';
  if (phase === 'rows' || run.uploaded >= run.fileSize) return 'rows';
  return 'upload';
}

/** Where an import is: uploading, reading rows, refreshing hiring facts, done — or why it stopped. */
export function ImportProgress({ run }: { run: ImportRun }) {
  const { t, formatNumber } = useI18n();
  const step = stepOf(run);
  const reached = (s: Step) => ORDER.indexOf(s) <= ORDER.indexOf(step);
  const event = run.event;
  const bytes = (n: number) => formatBytes(n, formatNumber);
  return (
    <div className="import-progress" aria-live="polite">
      <ol className="steps">
        <li className={stepClass(reached('upload'), step === 'upload', run)}>
          <span className="step-name">{t('import.step.upload')}</span>
          <Bar value={percent(run.uploaded, run.fileSize)} label={`${bytes(run.uploaded)} / ${bytes(run.fileSize)}`} />
        </li>
        <li className={stepClass(reached('rows'), step === 'rows', run)}>
          <span className="step-name">{t('import.step.rows')}</span>
          <Bar value={percent(event?.bytesRead ?? 0, run.fileSize)} label={`${bytes(event?.bytesRead ?? 0)} / ${bytes(run.fileSize)}`} />
          {event && <Counts event={event} />}
        </li>
        <li className={stepClass(reached('hiring'), step === 'hiring', run)}>
          <span className="step-name">{t('import.step.hiring')}</span>
          {event?.companies ? (
            <Bar value={percent(event.companies.done, event.companies.total)} label={t('import.companiesDone', { done: formatNumber(event.companies.done), total: formatNumber(event.companies.total) })} />
          ) : (
            <span className="meta">{step === 'done' ? t('import.noHiring') : ''}</span>
          )}
        </li>
      </ol>
      {run.state === 'failed' && <ImportFailure run={run} />}
    </div>
  );
}

function stepClass(reached: boolean, current: boolean, run: ImportRun) {
  if (current && run.state === 'failed') return 'step failed';
  if (current && run.state === 'running') return 'step current';
  return reached ? 'step reached' : 'step';
}

function Bar({ value, label }: { value: number; label: string }) {
  return (
    <span className="progress">
      <span className="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-valuetext={label}>
        <span className="progress-fill" style={{ width: `${value}%` }} />
      </span>
      <span className="progress-label">{label}</span>
    </span>
  );
}

function Counts({ event }: { event: ImportEvent }) {
  const { t, formatNumber } = useI18n();
  const { inserted, updated, skipped, rejected } = event.counts;
  return (
    <span className="meta counts">
      {t('import.countsLine', { inserted: formatNumber(inserted), updated: formatNumber(updated), skipped: formatNumber(skipped), rejected: formatNumber(rejected) })}
    </span>
  );
}

function ImportFailure({ run }: { run: ImportRun }) {
  const { t } = useI18n();
  const problem = run.problem;
  const status = problem?.status ?? 0;
  const message =
    run.event?.phase === 'failed'
      ? t('import.error.stopped')
      : status === 403
        ? t('import.error.forbidden')
        : status === 413
          ? t('import.error.tooLarge')
          : status === 415
            ? t('import.error.unsupported')
            : status === 400
              ? t('import.error.invalid')
              : status === 0
                ? t('import.error.network')
                : t('import.error.other', { status });
  // Below our summary, the server's own detail (in the UI's language, asked for with Accept-Language), when it sent one.
  return (
    <div className="alert error-alert" role="alert">
      <strong>{message}</strong>
      {problem?.detail && <p>{problem.detail}</p>}
    </div>
  );
}
