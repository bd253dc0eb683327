import { Link } from 'react-router';
import { useStageLabels } from '../hooks/useStageLabels';

/** A company name that opens its page. */
export function CompanyLink({ id, name }: { id: string; name: string }) {
  return (
    <Link to={`/companies/${id}`} className="routine-name">
      {name}
    </Link>
  );
}

/** The stage as a coloured badge. */
export function StageBadge({ stage }: { stage: string }) {
  const stages = useStageLabels();
  return (
    <span className="badge" style={{ ['--stage' as string]: stages.color(stage) }}>
      {stages.name(stage)}
    </span>
  );
}
