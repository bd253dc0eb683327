import { useI18n } from '../../../i18n/i18n';
import { useStages } from '../../../shared/queries';
import { colorOf } from '../../../shared/stage-colors';

/** Stage names in the user's language and stage colours, by stage key (the key itself until the pipeline has loaded). */
export function useStageLabels() {
  const { locale } = useI18n();
  const stages = useStages();
  const find = (key: string) => stages.data?.find((stage) => stage.key === key);
  return {
    ready: stages.isSuccess,
    name: (key: string) => find(key)?.name[locale] ?? key,
    color: (key: string) => colorOf(find(key)?.color),
    /** Won, Lost: stages where a company rests rather than being worked. */
    isEnd: (key: string) => find(key)?.outcome !== undefined,
  };
}
