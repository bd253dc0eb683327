import { describe, expect, it } from 'vitest';
import { findPlace } from './domain/places.js';
import { findPlaces } from './places.js';

const viewer = { agencyId: 'a', userId: 'u', role: 'viewer' as const };

describe('findPlaces', () => {
  it('suggests places by the start of their name, each with the text that finds exactly it again', () => {
    const places = findPlaces(viewer, { q: 'utrecht' });
    const kinds = places.filter((place) => place.name === 'Utrecht').map((place) => place.kind).sort();
    expect(kinds).toEqual(['city', 'region']);
    for (const place of places) expect(findPlace(place.query)).toMatchObject({ name: place.name, kind: place.kind });
  });

  it('lists the largest places without a query, and refuses a bad limit', () => {
    expect(findPlaces(viewer, { limit: 3 })).toHaveLength(3);
    expect(() => findPlaces(viewer, { limit: 0 })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});
