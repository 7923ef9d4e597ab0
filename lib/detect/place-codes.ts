import { isObject, type JsonObject, list, nameOf, str } from './json';

/**
 * ATS location codes made readable. Workday and similar systems write a site's internal name as
 * the locality: "AMER - Canada - Quebec - Montreal - 10 Rue Duke", "USA-MN Mounds View Central".
 * The city and its region are in there; the sales region, the country (already in addressCountry),
 * the street and the facility word are not a place a job seeker searches for.
 */

const SALES_REGION = /^(?:AMER|AMERICAS|EMEA|APAC|APJ|LATAM|NA|NORAM|ANZ|EU|MEA)$/i;
const FACILITY = /\s(?:Central|Campus|HQ|Headquarters|Office|Site|Plant|Hub)$/i;
/**
 * Countries whose places are not written with a region code: an ATS's ISO 3166-2 code there
 * (Recruitee: "London, LND, GB", "Utrecht, UT, NL") is no place a job seeker knows. Codes stay
 * where people write them ("Austin, TX", "Toronto, ON", "Milano (MI)", "Zürich ZH").
 */
const NO_REGION_CODE = /^(?:GB|IE|NL|BE|DE|FR|PL)$/;
/** "USA-MN Mounds View", "US-CA-San Jose", "IND-Bangalore": a country code, maybe a region code. */
const CODED = /^([A-Z]{2,3})-(?:([A-Z]{2})[\s-])?\s?([^\s-].{1,60})$/;

function sameWord(a: string, b: string | null): boolean {
  return b !== null && a.toLowerCase() === b.toLowerCase();
}

/** The city and region a coded locality names, or null when it is a plain place name. */
export function decodeLocality(
  locality: string,
  country: string | null,
): { city: string; region: string | null } | null {
  const parts = locality.split(/\s-\s/).map((p) => p.trim());
  if (parts.length >= 3) {
    const kept = parts.filter(
      (p) => p && !SALES_REGION.test(p) && !sameWord(p, country) && !/^\d/.test(p),
    );
    // Only a code-like name loses parts: "Paris - La Défense" stays as it is.
    if (kept.length < parts.length && kept.length >= 1 && kept.length <= 3) {
      const city = kept[kept.length - 1] as string;
      return {
        city: city.replace(FACILITY, ''),
        region: kept.length > 1 ? (kept[kept.length - 2] ?? null) : null,
      };
    }
    return null;
  }
  const coded = CODED.exec(locality);
  if (coded?.[3]) return { city: coded[3].replace(FACILITY, '').trim(), region: coded[2] ?? null };
  return null;
}

/** Rewrites coded localities of a JobPosting's jobLocation in place; returns the posting. */
export function tidyPlaces(posting: JsonObject): JsonObject {
  for (const place of list(posting.jobLocation).slice(0, 50)) {
    const address = isObject(place) ? place.address : null;
    if (!isObject(address)) continue;
    const country = nameOf(address.addressCountry);
    if (
      NO_REGION_CODE.test(country ?? '') &&
      /^[A-Z]{2,3}$/.test(str(address.addressRegion) ?? '')
    ) {
      delete address.addressRegion;
    }
    const locality = str(address.addressLocality);
    if (!locality) continue;
    const decoded = decodeLocality(locality, country);
    if (!decoded) continue;
    address.addressLocality = decoded.city;
    if (decoded.region && !str(address.addressRegion)) address.addressRegion = decoded.region;
  }
  return posting;
}
