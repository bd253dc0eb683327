import { describe, expect, it } from 'vitest';
import { queriesTouchedBy, queriesTouchedByDossiers } from './live-invalidations';

describe('queriesTouchedBy', () => {
  it("makes the companies page's lists stale, not its saved views, with the board and each company's own queries", () => {
    const keys = queriesTouchedBy(['c1', 'c2', 'c1']);
    expect(keys).toContainEqual(['companies', 'list']);
    expect(keys).toContainEqual(['board']);
    expect(keys).not.toContainEqual(['companies']);
    expect(keys.filter((key) => key[1] === 'c1')).toEqual([
      ['company', 'c1'],
      ['timeline', 'c1'],
      ['reminders', 'c1'],
      ['contacts', 'c1'],
    ]);
    expect(keys.filter((key) => key[1] === 'c2')).toHaveLength(4);
  });
});

describe('queriesTouchedByDossiers', () => {
  it("makes the overviews, reports and company timelines stale once, and each dossier's page and timeline", () => {
    const keys = queriesTouchedByDossiers(['d1', 'd2', 'd1']);
    expect(keys).toContainEqual(['dossiers']);
    expect(keys).toContainEqual(['dossier-report']);
    expect(keys).toContainEqual(['timeline']);
    expect(keys.filter((key) => key[1] === 'd1')).toEqual([
      ['dossier', 'd1'],
      ['dossier-timeline', 'd1'],
    ]);
    expect(keys.filter((key) => key[1] === 'd2')).toHaveLength(2);
  });
});
