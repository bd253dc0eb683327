import { useMe } from '../../../shared/queries';
import { holds } from '../../../shared/role-name';
import { Reminders } from '../../company/components/Reminders';
import { RecordGroups } from './CompanyGroups';

export interface DossierGroupsAndTasksProps {
  dossier: { id: string; kind: 'lead' | 'opportunity' };
  onSaved(text: string): void;
  onFailed(text: string): void;
}

/**
 * A lead's or opportunity's groups (chips, as on a company's page) and its
 * tasks — a trigger rule's among them — on the dossier page (SPEC R4.6).
 * Who lacks the edit right of its kind sees the chips without add or remove.
 */
export function DossierGroupsAndTasks({ dossier, onSaved, onFailed }: DossierGroupsAndTasksProps) {
  const me = useMe().data;
  const canEdit = holds(me, dossier.kind === 'lead' ? 'leads:edit' : 'opportunities:edit');
  return (
    <>
      <Reminders dossierId={dossier.id} onSaved={onSaved} onFailed={onFailed} />
      <RecordGroups record={{ kind: 'dossier', id: dossier.id }} canEdit={canEdit} onSaved={onSaved} onFailed={onFailed} />
    </>
  );
}
