import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS, SORT_KEYS, toggleColumn, visibleColumns } from './columns';

describe('the companies page columns', () => {
  it('always shows the name first, and the defaults when nothing known is chosen', () => {
    expect(visibleColumns(['value', 'name'])).toEqual(['name', 'value']);
    expect(visibleColumns(['onbekend'])).toEqual([...DEFAULT_COLUMNS]);
    expect(visibleColumns(['field.sector', 'field.Bad!'])).toEqual(['name', 'field.sector']);
  });

  it("switches a column on in the page's order and off again, never the name", () => {
    expect(toggleColumn(['name', 'value'], 'stage')).toEqual(['name', 'stage', 'value']);
    expect(toggleColumn(['name', 'stage', 'value'], 'stage')).toEqual(['name', 'value']);
    expect(toggleColumn(['name'], 'name')).toEqual(['name']);
    expect(toggleColumn(['name'], 'field.sector')).toEqual(['name', 'field.sector']);
  });

  it('sorts on the server by the keys it offers', () => {
    expect(SORT_KEYS).toContain('lastActivity');
    expect(SORT_KEYS).not.toContain('stale');
  });
});
