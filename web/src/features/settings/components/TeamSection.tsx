import { useId } from 'react';
import type { Me } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { useTeamMembers } from '../hooks/useTeam';
import '../team.css';
import { AddUserForm } from './AddUserForm';
import { InviteSection } from './InviteSection';
import { MemberRow } from './MemberRow';

/** The agency's team (admins): who is in it and what they may do, invites out, and adding a colleague with a password. */
export function TeamSection({ me }: { me: Me }) {
  const { t } = useI18n();
  const titleId = useId();
  const members = useTeamMembers();
  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('team.title')}</h2>
      <p className="description">{t('team.intro', { agency: me.agency.name })}</p>
      {members.isError && (
        <p role="alert" className="error">
          {errorText(members.error, t)}
        </p>
      )}
      <ul className="team-list member-list" aria-label={t('team.members')}>
        {members.data?.map((member) => <MemberRow key={member.id} member={member} members={members.data} me={me} />)}
      </ul>
      <div className="team-forms">
        <InviteSection />
        <AddUserForm />
      </div>
    </section>
  );
}
