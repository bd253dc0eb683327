import type { placeSchema } from './discovery.schemas.js';
import { z } from 'zod';
import { DUTCH_PLACES, findPlace, suggestPlaces, type Place } from './domain/places.js';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { optionalText, parseInput, wholeNumber } from '../platform/input/input.js';

export const findPlacesInput = z
  .object({
    /** The start of a place name; the largest places when left out. */
    q: optionalText(100),
    limit: wholeNumber(1, 50).default(10),
  })
  .strict();

export type PlaceView = z.output<typeof placeSchema>;

/** Places of the gazetteer shipped with the app, for the location filter (SPEC R9.4). */
export function findPlaces(actor: Actor, input: z.input<typeof findPlacesInput> = {}): PlaceView[] {
  authorize(actor, 'companies:view');
  const request = parseInput(findPlacesInput, input);
  const places = request.q ? suggestPlaces(request.q, request.limit) : [...DUTCH_PLACES].sort(byPopulation).slice(0, request.limit);
  return places.map((place) => ({
    name: place.name,
    query: findPlace(place.name) === place ? place.name : `Provincie ${place.name}`,
    kind: place.kind,
    province: place.province,
    latitude: place.latitude,
    longitude: place.longitude,
    radiusKm: place.radiusKm ?? null,
  }));
}

const byPopulation = (a: Place, b: Place) => b.population - a.population;
