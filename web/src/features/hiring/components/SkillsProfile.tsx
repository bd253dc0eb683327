import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { CompanyHiring } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';

const ROW_HEIGHT = 24;
const MAX_LABEL = 22;

/** The skills its jobs of the last year ask for, as horizontal bars with the number of jobs. */
export function SkillsProfile({ skills }: { skills: CompanyHiring['skills'] }) {
  const { t } = useI18n();
  if (skills.length === 0) return <p className="empty">{t('hiring.noSkills')}</p>;
  return (
    <div className="skills-profile" role="img" aria-label={skills.map((s) => `${s.skill}: ${s.jobs}`).join(', ')}>
      <BarChart
        responsive
        layout="vertical"
        data={skills}
        style={{ width: '100%', height: skills.length * ROW_HEIGHT + 8 }}
        margin={{ top: 4, right: 28, left: 0, bottom: 4 }}
        barCategoryGap={5}
      >
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis
          type="category"
          dataKey="skill"
          width={140}
          tickLine={false}
          axisLine={false}
          interval={0}
          tick={SkillTick}
        />
        <Bar dataKey="jobs" fill="#7c3aed" radius={[0, 3, 3, 0]} isAnimationActive={false}>
          <LabelList dataKey="jobs" position="right" style={{ fontSize: 11, fill: '#6b7280' }} />
        </Bar>
      </BarChart>
    </div>
  );
}

/** A skill name on one line (recharts would wrap it), shortened when long, the full name on hover. */
function SkillTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const skill = String(payload?.value ?? '');
  return (
    <text x={Number(x)} y={Number(y)} dy={4} textAnchor="end" fontSize={12} fill="#374151">
      <title>{skill}</title>
      {skill.length > MAX_LABEL ? `${skill.slice(0, MAX_LABEL - 1)}…` : skill}
    </text>
  );
}
