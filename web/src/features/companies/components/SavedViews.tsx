import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CompanyView } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../shared/ConfirmDialog';
import { errorText } from '../../../shared/error-text';
import { useCompanyViews, useSaveView } from '../hooks/useCompanyViews';

type Settings = CompanyView['settings'];

export interface SavedViewsProps {
  /** The view the page was opened from. */
  viewId: string | undefined;
  /** The page's settings now, to save. */
  settings: Settings;
  onOpen(view: CompanyView | null): void;
  onSaved(message: string): void;
}

/** The saved views (mine, shared with the team): open one, save the page as a new one, or save, rename or delete the one open. */
export function SavedViews({ viewId, settings, onOpen, onSaved }: SavedViewsProps) {
  const { t } = useI18n();
  const views = useCompanyViews();
  const { create, update, remove } = useSaveView();
  const [dialog, setDialog] = useState<null | 'save' | 'rename'>(null);
  const [deleting, setDeleting] = useState(false);
  const current = views.data?.find((view) => view.id === viewId);
  const mine = views.data?.filter((view) => view.mine) ?? [];
  const shared = views.data?.filter((view) => !view.mine) ?? [];

  return (
    <div className="saved-views" role="group" aria-label={t('companies.views')}>
      <select aria-label={t('companies.views')} value={current?.id ?? ''} onChange={(e) => onOpen(views.data?.find((view) => view.id === e.target.value) ?? null)}>
        <option value="">{t('companies.views.all')}</option>
        {mine.length > 0 && (
          <optgroup label={t('companies.views.mine')}>
            {mine.map((view) => (
              <option key={view.id} value={view.id}>
                {view.name}
              </option>
            ))}
          </optgroup>
        )}
        {shared.length > 0 && (
          <optgroup label={t('companies.views.shared')}>
            {shared.map((view) => (
              <option key={view.id} value={view.id}>
                {`${view.name} (${t('companies.views.by', { name: view.ownerName })})`}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {current?.canEdit && (
        <>
          <button type="button" onClick={() => update.mutate({ id: current.id, settings }, { onSuccess: (view) => onSaved(t('companies.views.saved', { name: view.name })) })}>
            {t('companies.views.update')}
          </button>
          <button type="button" onClick={() => setDialog('rename')}>
            {t('companies.views.rename')}
          </button>
          <button type="button" onClick={() => (remove.reset(), setDeleting(true))}>
            {t('companies.views.delete')}
          </button>
        </>
      )}
      {deleting && current && (
        <ConfirmDialog
          title={t('companies.views.deleteConfirm', { name: current.name })}
          text={t(current.shared ? 'companies.views.deleteTextShared' : 'companies.views.deleteText')}
          confirm={t('companies.views.delete')}
          busy={remove.isPending}
          error={remove.isError ? errorText(remove.error, t) : null}
          onConfirm={() =>
            remove.mutate(current.id, {
              onSuccess: () => {
                setDeleting(false);
                onOpen(null);
              },
            })
          }
          onClose={() => setDeleting(false)}
        />
      )}
      <button type="button" onClick={() => setDialog('save')}>
        {t('companies.views.save')}
      </button>
      {dialog && (
        <ViewDialog
          initial={dialog === 'rename' && current ? { name: current.name, shared: current.shared } : { name: '', shared: false }}
          error={(dialog === 'save' ? create.error : update.error) ?? null}
          onCancel={() => setDialog(null)}
          onSubmit={({ name, shared: isShared }) => {
            const done = (view: CompanyView) => {
              setDialog(null);
              onSaved(t('companies.views.saved', { name: view.name }));
              onOpen(view);
            };
            if (dialog === 'save') create.mutate({ name, shared: isShared, settings }, { onSuccess: done });
            else if (current) update.mutate({ id: current.id, name, shared: isShared }, { onSuccess: done });
          }}
        />
      )}
    </div>
  );
}

function ViewDialog({ initial, error, onCancel, onSubmit }: { initial: { name: string; shared: boolean }; error: Error | null; onCancel(): void; onSubmit(values: { name: string; shared: boolean }): void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSubmit({ name: String(form.get('name') ?? '').trim(), shared: form.get('shared') === 'on' });
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="view-dialog-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form onSubmit={submit}>
        <h2 id="view-dialog-title">{t('companies.views.save')}</h2>
        {error && (
          <p className="error" role="alert">
            {errorText(error, t)}
          </p>
        )}
        <label>
          {t('companies.views.name')}
          <input name="name" required maxLength={100} defaultValue={initial.name} autoFocus />
        </label>
        <label className="check">
          <input type="checkbox" name="shared" defaultChecked={initial.shared} />
          {t('companies.views.sharedLabel')}
        </label>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
