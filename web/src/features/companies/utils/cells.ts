import type { CompanyListItem } from '../../../api/client';
import type { MessageKey } from '../../../i18n/messages';

export interface CellFormat {
  locale: 'nl' | 'en';
  t(key: MessageKey): string;
  formatDate(value: string | Date): string;
  formatDateTime(value: string | Date): string;
  formatNumber(value: number): string;
}

/** A cell's text in the user's language: numbers grouped per language, dates as the language writes them, yes/no. */
export function cellText(key: string, item: CompanyListItem, format: CellFormat): string {
  const yesNo = (value: boolean) => format.t(value ? 'companies.yes' : 'companies.no');
  const number = (value: number | null) => (value === null ? '' : format.formatNumber(value));
  if (key.startsWith('field.')) {
    const value = item.fields[key.slice('field.'.length)];
    return value === undefined ? '' : typeof value === 'number' ? format.formatNumber(value) : value;
  }
  switch (key) {
    case 'name':
      return item.name;
    case 'stage':
      return item.stageName[format.locale];
    case 'pipeline':
      return item.pipelineName[format.locale];
    case 'owner':
      return item.ownerName ?? '';
    case 'value':
      return item.expectedValue === null ? '' : `€ ${format.formatNumber(item.expectedValue)}`;
    case 'closeDate':
      return item.expectedCloseDate ? format.formatDate(`${item.expectedCloseDate}T12:00:00Z`) : '';
    case 'lastActivity':
      return item.lastActivityAt ? format.formatDate(item.lastActivityAt) : '';
    case 'created':
      return format.formatDate(item.createdAt);
    case 'moved':
      return format.formatDate(item.statusChangedAt);
    case 'openJobs':
      return number(item.openJobs);
    case 'city':
      return item.location ?? '';
    case 'industry':
      return item.industry ?? '';
    case 'employees':
      return number(item.employeeCount);
    case 'hotness':
      return number(item.hotness);
    case 'favorite':
      return item.favorited ? '★' : '';
    case 'stale':
      return item.stale ? format.t('companies.stale') : '';
    case 'idleDays':
      return number(item.idleDays);
    case 'alerts':
      return yesNo(item.newJobsNotifications);
    case 'noAgencies':
      return item.noAgencies ? yesNo(true) : '';
    case 'onHold':
      return item.onHold ? yesNo(true) : '';
    default:
      return '';
  }
}
