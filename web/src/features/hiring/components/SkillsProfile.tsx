import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { CompanyHiring } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { fitLabel, measureText } from '../utils/fit-label';

const ROW_HEIGHT = 24;
const LABEL_WIDTH = 140;
const FONT_SIZE = 12;

/** The skills its jobs of the last year ask for, as horizontal bars with the number of jobs. */
export function SkillsProfile({ skills }: { skills: CompanyHiring['skills'] }) {
  const { t, formatNumber } = useI18n();
  if (skills.length === 0) return <p className="empty">{t('hiring.noSkills')}</p>;
  return (
    <div className="skills-profile" role="img" aria-label={skills.map((s) => `${s.skill}: ${formatNumber(s.jobs)}`).join(', ')}>
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
          width={LABEL_WIDTH}
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

/**
 * A skill name on one line (recharts would wrap it), cut with an ellipsis
 * to the room left of its bar as the browser measures it, the full name on hover.
 */
function SkillTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const skill = String(payload?.value ?? '');
  const right = Number(x);
  const font = `${FONT_SIZE}px ${typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily}`;
  return (
    <text x={right} y={Number(y)} dy={4} textAnchor="end" fontSize={FONT_SIZE} fill="#374151">
      <title>{skill}</title>
      {fitLabel(skill, Math.max(0, right - 4), (text) => measureText(text, font))}
    </text>
  );
}
