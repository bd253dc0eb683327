import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCES } from './places-data.js';
import {
  DUTCH_PLACES,
  RADIUS_CHOICES_KM,
  boundingBox,
  distanceKm,
  findPlace,
  normalizePlaceText,
  placeOfLocation,
  suggestPlaces,
  type Coordinates,
  type Place,
} from './places.js';

const place = (name: string, kind?: Place['kind']): Place => {
  const found = findPlace(name, kind);
  if (!found) throw new Error(`no place ${name}`);
  return found;
};
const cities = DUTCH_PLACES.filter((p) => p.kind === 'city');
const names = (places: readonly Place[]) => places.map((p) => `${p.name} (${p.kind})`);

describe('the gazetteer', () => {
  it('holds the country, the twelve provinces, the Randstad and at least 150 cities', () => {
    expect(cities.length).toBeGreaterThanOrEqual(150);
    expect(DUTCH_PLACES.filter((p) => p.kind === 'country').map((p) => p.name)).toEqual(['Nederland']);
    const provinces = DUTCH_PLACES.filter((p) => p.kind === 'region' && p.province === p.name);
    expect(provinces.map((p) => p.name).sort()).toEqual([...PROVINCES].sort());
    expect(findPlace('Randstad')).toMatchObject({ kind: 'region', radiusKm: 45 });
    for (const name of ['Schiphol', 'Hilversum', 'Venlo', 'Delft', 'Leeuwarden', 'Haarlemmermeer']) {
      expect(findPlace(name)?.kind, name).toBe('city');
    }
  });

  it('gives every area a covering radius and every city a known province', () => {
    for (const p of DUTCH_PLACES) {
      if (p.kind === 'city') {
        expect(p.radiusKm, p.name).toBeUndefined();
        expect(PROVINCES, p.name).toContain(p.province);
      } else {
        expect(p.radiusKm, p.name).toBeGreaterThan(0);
      }
      expect(p.population, p.name).toBeGreaterThan(0);
    }
  });

  it('uses the reference coordinates of the big cities', () => {
    expect(place('Amsterdam')).toMatchObject({ latitude: 52.3676, longitude: 4.9041, province: 'Noord-Holland' });
    expect(place('Rotterdam')).toMatchObject({ latitude: 51.9244, longitude: 4.4777, province: 'Zuid-Holland' });
    expect(place('Utrecht')).toMatchObject({ latitude: 52.0907, longitude: 5.1214, province: 'Utrecht' });
    expect(place('Groningen')).toMatchObject({ latitude: 53.2194, longitude: 6.5665, province: 'Groningen' });
    expect(place('Maastricht')).toMatchObject({ latitude: 50.8514, longitude: 5.691, province: 'Limburg' });
    expect(place('Eindhoven')).toMatchObject({ latitude: 51.4416, longitude: 5.4697, province: 'Noord-Brabant' });
  });

  it('puts every city inside the Netherlands and inside the circle of its own province', () => {
    // A swapped latitude/longitude, a typo in a coordinate or a wrong province shows up here.
    const nederland = place('Nederland');
    for (const city of cities) {
      expect(city.latitude, city.name).toBeGreaterThan(50.75);
      expect(city.latitude, city.name).toBeLessThan(53.55);
      expect(city.longitude, city.name).toBeGreaterThan(3.35);
      expect(city.longitude, city.name).toBeLessThan(7.25);
      expect(distanceKm(city, nederland), city.name).toBeLessThan(nederland.radiusKm!);
      const province = place(city.province!, 'region');
      expect(distanceKm(city, province), `${city.name} in ${province.name}`).toBeLessThan(province.radiusKm!);
    }
  });

  it('has the Randstad cover its cities and not Eindhoven or Groningen', () => {
    const randstad = place('Randstad');
    for (const name of ['Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Almere', 'Haarlem', 'Leiden', 'Dordrecht']) {
      expect(distanceKm(place(name), randstad), name).toBeLessThan(randstad.radiusKm!);
    }
    for (const name of ['Eindhoven', 'Groningen']) {
      expect(distanceKm(place(name), randstad), name).toBeGreaterThan(randstad.radiusKm!);
    }
  });

  it('gives no two cities the same name or alias', () => {
    const seen = new Map<string, string>();
    for (const city of cities) {
      for (const key of new Set([city.name, ...(city.aliases ?? [])].map(normalizePlaceText))) {
        expect(seen.get(key), `${key}: ${city.name}`).toBeUndefined();
        seen.set(key, city.name);
      }
    }
  });

  it('offers the radius choices of the filter', () => {
    expect(RADIUS_CHOICES_KM).toEqual([10, 25, 50, 75, 100]);
  });
});

describe('distanceKm', () => {
  it('matches known distances between Dutch cities', () => {
    expect(distanceKm(place('Amsterdam'), place('Rotterdam'))).toBeCloseTo(57.2, 0);
    expect(distanceKm(place('Amsterdam'), place('Utrecht'))).toBeCloseTo(34.2, 0);
    expect(distanceKm(place('Amsterdam'), place('Eindhoven'))).toBeCloseTo(110, 0);
    // Straight line; the road is some 340 km.
    expect(distanceKm(place('Groningen'), place('Maastricht'))).toBeCloseTo(270, 0);
  });

  it('is zero to itself, symmetric and obeys the triangle inequality', () => {
    const point = fc.record({
      latitude: fc.double({ min: -90, max: 90, noNaN: true }),
      longitude: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(distanceKm(a, a)).toBe(0);
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
        // Haversine loses a few cm of precision near antipodal points: allow 1 m.
        expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-3);
        expect(distanceKm(a, b)).toBeLessThanOrEqual(Math.PI * 6371.0089);
      }),
    );
  });
});

/** The point `distance` km from `from` in direction `bearing` (degrees from north), on the same sphere. */
function destination(from: Coordinates, bearing: number, distance: number): Coordinates {
  const r = Math.PI / 180;
  const angle = distance / 6371.0088;
  const lat1 = from.latitude * r;
  const sinLat2 = Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing * r);
  const lat2 = Math.asin(Math.max(-1, Math.min(1, sinLat2))); // rounding can step just past a pole
  const lon2 =
    from.longitude * r +
    Math.atan2(Math.sin(bearing * r) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
  return { latitude: lat2 / r, longitude: lon2 / r };
}

describe('boundingBox', () => {
  it('contains every point within the radius, wherever the centre is', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -89, max: 89, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        (latitude, longitude, radius, fraction, bearing) => {
          const centre = { latitude, longitude };
          const point = destination(centre, bearing, radius * fraction);
          const box = boundingBox(centre, radius);
          expect(distanceKm(centre, point)).toBeCloseTo(radius * fraction, 3); // the generator itself is right
          expect(point.latitude).toBeGreaterThanOrEqual(box.minLatitude);
          expect(point.latitude).toBeLessThanOrEqual(box.maxLatitude);
          // Over a pole the box spans every longitude, in the usual −180..180 range.
          const overPole = box.minLongitude === -180 && box.maxLongitude === 180;
          const pointLongitude = overPole ? ((((point.longitude + 180) % 360) + 360) % 360) - 180 : point.longitude;
          expect(pointLongitude).toBeGreaterThanOrEqual(box.minLongitude);
          expect(pointLongitude).toBeLessThanOrEqual(box.maxLongitude);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('contains every point on the circle itself', () => {
    // The widest longitude is reached on the circle, not at its north or south point.
    const utrecht = place('Utrecht');
    const box = boundingBox(utrecht, 25);
    for (let bearing = 0; bearing < 360; bearing += 0.5) {
      const point = destination(utrecht, bearing, 25);
      expect(point.longitude).toBeGreaterThanOrEqual(box.minLongitude);
      expect(point.longitude).toBeLessThanOrEqual(box.maxLongitude);
      expect(point.latitude).toBeGreaterThanOrEqual(box.minLatitude);
      expect(point.latitude).toBeLessThanOrEqual(box.maxLatitude);
    }
  });

  it('is tight: about 0.22° of latitude and 0.37° of longitude for 25 km at Utrecht', () => {
    const box = boundingBox(place('Utrecht'), 25);
    expect(box.maxLatitude - box.minLatitude).toBeCloseTo((2 * 25 * 180) / (Math.PI * 6371.0088), 5);
    expect((box.maxLongitude - box.minLongitude) / 2).toBeCloseTo(0.3664, 3);
  });

  it('spans all longitudes when the circle covers a pole', () => {
    expect(boundingBox({ latitude: 89.9, longitude: 10 }, 50)).toMatchObject({
      maxLatitude: 90,
      minLongitude: -180,
      maxLongitude: 180,
    });
  });
});

describe('findPlace', () => {
  it('ignores case, accents, apostrophes and punctuation in names and aliases', () => {
    expect(findPlace('den haag')?.name).toBe('Den Haag');
    expect(findPlace("'s-Gravenhage")?.name).toBe('Den Haag');
    expect(findPlace('The Hague')?.name).toBe('Den Haag');
    expect(findPlace("'s-Hertogenbosch")?.name).toBe("'s-Hertogenbosch");
    expect(findPlace('s hertogenbosch')?.name).toBe("'s-Hertogenbosch");
    expect(findPlace('Den Bosch')?.name).toBe("'s-Hertogenbosch");
    expect(findPlace('AMSTERDAM')?.name).toBe('Amsterdam');
    expect(findPlace('Sudwest Fryslan')?.name).toBe('Sneek');
    expect(findPlace('Capelle a/d IJssel')?.name).toBe('Capelle aan den IJssel');
    expect(findPlace('ijmuiden')?.name).toBe('IJmuiden');
  });

  it('finds the country and regions by their names in Dutch and English', () => {
    expect(findPlace('Nederland')).toMatchObject({ kind: 'country', radiusKm: 300 });
    expect(findPlace('the netherlands')?.name).toBe('Nederland');
    expect(findPlace('randstad')?.kind).toBe('region');
    expect(findPlace('Friesland')?.name).toBe('Fryslân');
    expect(findPlace('North Brabant')?.name).toBe('Noord-Brabant');
  });

  it('prefers the city where a province has the same name, unless asked for the province', () => {
    expect(findPlace('Utrecht')?.kind).toBe('city');
    expect(findPlace('Utrecht', 'region')).toMatchObject({ kind: 'region', province: 'Utrecht', radiusKm: 35 });
    expect(findPlace('Provincie Groningen')?.kind).toBe('region');
    expect(findPlace('Groningen (provincie)')?.kind).toBe('region');
    expect(findPlace('the province of Utrecht')?.kind).toBe('region');
  });

  it('finds nothing for unknown or empty names', () => {
    expect(findPlace('Atlantis')).toBeUndefined();
    expect(findPlace('')).toBeUndefined();
    expect(findPlace('provincie')).toBeUndefined();
  });
});

describe('suggestPlaces', () => {
  it('lists names starting with the prefix, biggest first, then names containing it', () => {
    // Schiphol by its alias "Amsterdam Airport Schiphol".
    expect(suggestPlaces('ams').map((p) => p.name)).toEqual(['Amsterdam', 'Amstelveen', 'Schiphol']);
    expect(suggestPlaces('Ap').map((p) => p.name)).toEqual(['Apeldoorn', 'Capelle aan den IJssel', 'Papendrecht', 'Staphorst']);
  });

  it('ranks the country and provinces above cities', () => {
    expect(names(suggestPlaces('n', 3))).toEqual(['Nederland (country)', 'Noord-Holland (region)', 'Noord-Brabant (region)']);
    expect(names(suggestPlaces('utr', 2))).toEqual(['Utrecht (region)', 'Utrecht (city)']);
  });

  it('matches aliases and then names that merely contain the text', () => {
    expect(suggestPlaces('den')[0]?.name).toBe('Den Haag');
    // Prefix group: Haarlem, Hoofddorp (alias Haarlemmermeer), Haaksbergen; then "Den Haag" contains "haa".
    const haa = suggestPlaces('haa', 20).map((p) => p.name);
    expect(haa.indexOf('Den Haag')).toBeGreaterThan(haa.indexOf('Haaksbergen'));
    expect(haa).toEqual(['Haarlem', 'Hoofddorp', 'Haaksbergen', 'Den Haag']);
    expect(suggestPlaces("'s-Herto").map((p) => p.name)).toEqual(["'s-Hertogenbosch"]);
    expect(suggestPlaces('rand').map((p) => p.name)).toEqual(['Randstad', 'Vriezenveen']); // alias Twenterand
  });

  it('respects the limit and lists each place once', () => {
    expect(suggestPlaces('e', 5)).toHaveLength(5);
    expect(suggestPlaces('e', 0)).toEqual([]);
    const all = suggestPlaces('e', 1000);
    expect(new Set(all).size).toBe(all.length);
    expect(suggestPlaces('xyzzy')).toEqual([]);
  });

  it('lists the biggest places for an empty prefix', () => {
    expect(suggestPlaces('', 2).map((p) => p.name)).toEqual(['Nederland', 'Randstad']);
  });
});

describe('placeOfLocation', () => {
  it.each([
    ['Amsterdam, Noord-Holland, Nederland', 'Amsterdam'],
    ['Utrecht Area', 'Utrecht'],
    ['Rotterdam en omgeving', 'Rotterdam'],
    ['Eindhoven (NL)', 'Eindhoven'],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['Den Bosch, Noord-Brabant', "'s-Hertogenbosch"],
    ['The Hague, South Holland, Netherlands', 'Den Haag'],
    ['Greater Groningen Area', 'Groningen'],
    ['Amsterdam-Zuidoost', 'Amsterdam'],
    ['Schiphol-Rijk', 'Schiphol'],
    ['Haarlemmermeer', 'Hoofddorp'],
    ['Capelle a/d IJssel', 'Capelle aan den IJssel'],
    ['Leeuwarden, Fryslân, Nederland', 'Leeuwarden'],
    ['Medemblik', 'Medemblik'],
    ['Ede, Gelderland', 'Ede'],
    ['Utrecht, Utrecht', 'Utrecht'],
  ])('finds the city in %j', (location, city) => {
    const found = placeOfLocation(location);
    expect(found?.name).toBe(city);
    expect(found?.kind).toBe('city');
  });

  it('prefers the longest name, then the one named first', () => {
    expect(placeOfLocation('Bergen op Zoom')?.name).toBe('Bergen op Zoom');
    expect(placeOfLocation('Bergen (NH)')?.name).toBe('Bergen');
    expect(placeOfLocation('Alphen aan den Rijn / Leiden')?.name).toBe('Alphen aan den Rijn');
    expect(placeOfLocation('Leiden of Alphen aan den Rijn')?.name).toBe('Alphen aan den Rijn');
    expect(placeOfLocation('Zwolle / Deventer')?.name).toBe('Zwolle');
    expect(placeOfLocation('Weesp-Ede')?.name).toBe('Weesp');
  });

  it('matches whole words only', () => {
    // "ede" occurs inside Nederland, Medemblik and Heerde; "oss" inside Boss.
    expect(placeOfLocation('Nederland')).toBeUndefined();
    expect(placeOfLocation('Boss Holding BV')).toBeUndefined();
    expect(placeOfLocation('Medemblik, Nederland')?.name).toBe('Medemblik');
  });

  it('gives no city for a province, region or the country alone', () => {
    for (const location of ['Nederland', 'The Netherlands', 'Noord-Brabant, Nederland', 'Randstad', 'Provincie Utrecht', 'Groningen (provincie)', '', 'Remote']) {
      expect(placeOfLocation(location), location).toBeUndefined();
    }
  });
});
