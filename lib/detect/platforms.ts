/**
 * Hiring platforms that host employers' job pages on their own domains ("careers.peopleclick.com",
 * "tbe.taleo.net", "acme.icims.com"). A page there carries the platform's name where a company
 * site carries its own (the hostname, a "Powered by …" credit under the logo): that name is never
 * the employer. The employer is the platform's tenant, which the address names ("client_acme",
 * "acme-careers.icims.com") and the page writes out ("Acme’s", "Acme University").
 * Runs in the background (brand.ts), not in the content script.
 */

/** The registrable domains of hiring platforms (applicant tracking systems) that host tenants. */
const PLATFORM_DOMAINS: readonly string[] = [
  'peopleclick.com',
  'taleo.net',
  'icims.com',
  'brassring.com',
  'silkroad.com',
  'ultipro.com',
  'myworkdayjobs.com',
  'successfactors.com',
  'successfactors.eu',
  'jobvite.com',
  'greenhouse.io',
  'lever.co',
  'smartrecruiters.com',
  'personio.de',
  'personio.com',
  'recruitee.com',
  'teamtailor.com',
  'workable.com',
  'bamboohr.com',
  'applytojob.com',
  'breezy.hr',
  'avature.net',
  'paylocity.com',
  'paycomonline.net',
  'ashbyhq.com',
];

/** Platforms whose address names the tenant by its first path segment ("jobs.lever.co/acme/…"). */
const PATH_TENANTS: readonly string[] = [
  'ashbyhq.com',
  'lever.co',
  'greenhouse.io',
  'workable.com',
  'smartrecruiters.com',
];

/** Subdomain words that name a platform's parts, never a tenant ("careers", "tbe", "wd5"). */
const NOT_TENANT =
  /^(?:www\d?|careers?|jobs?|apply|boards?|job-boards|recruiting|hire|external|portal|tbe|chc|[a-z]{1,3}\d{1,3}|\d+)$/;

/** A credit line, not a name: "Powered by the iCIMS Talent Platform", "Propulsé par …". */
const CREDIT = /\b(?:powered by|propulsé par|bereitgestellt von|desarrollado por|fornecido por)\b/i;

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The platform domain a host is on ("devry.icims.com" → "icims.com"), or null. */
export function platformOf(host: string): string | null {
  const h = host.toLowerCase();
  return PLATFORM_DOMAINS.find((d) => h === d || h.endsWith(`.${d}`)) ?? null;
}

/**
 * Whether a captured company is a platform's name or credit, not an employer: "Powered by …"
 * anywhere, or on a platform's host, the platform's own name ("Peopleclick", "Taleo", "iCIMS").
 */
export function isPlatformName(company: string, url: URL | null): boolean {
  if (CREDIT.test(company)) return true;
  const domain = url && platformOf(url.hostname);
  return (
    domain !== null &&
    domain !== undefined &&
    letters(company) === letters(domain.split('.')[0] ?? '')
  );
}

/** The tenant's names in a platform address, longest first: "client_acme", "acme-careers.icims.com". */
export function tenantSlugs(url: URL): string[] {
  const domain = platformOf(url.hostname);
  if (!domain) return [];
  const sub = url.hostname.toLowerCase().slice(0, -domain.length).split('.');
  const path = [...url.pathname.toLowerCase().matchAll(/\/client_([a-z0-9]{2,40})(?=\/|$)/g)].map(
    (m) => m[1] ?? '',
  );
  const parts = [...sub.flatMap((label) => label.split('-')), ...path, ...pathTenant(url, domain)];
  const slugs = parts.filter((p) => p.length >= 4 && p.length <= 40 && !NOT_TENANT.test(p));
  return [...new Set(slugs)].sort((a, b) => b.length - a.length);
}

/**
 * "jobs.ashbyhq.com/Northwind%20Labs%20Inc/…": the first path segment's letters, and its first word
 * (the name the page writes, without "Labs Inc").
 */
function pathTenant(url: URL, domain: string): string[] {
  if (!PATH_TENANTS.includes(domain)) return [];
  const first = url.pathname.split('/')[1] ?? '';
  let segment = first;
  try {
    segment = decodeURIComponent(first);
  } catch {
    // A malformed escape: the segment as written.
  }
  const words = segment
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return [words.join(''), words[0] ?? ''];
}

/**
 * The tenant as the page writes it: "lowes" is "Lowe’s", "devryuniversity" is "DeVry University"
 * (the slug's letters in order, a space, apostrophe, dot, ampersand or hyphen allowed between two).
 */
export function tenantInText(url: URL, text: string): string | null {
  const sample = text.slice(0, 50_000);
  for (const slug of tenantSlugs(url)) {
    const chars = [...slug].map((c) => c.replace(/[^a-z0-9]/, ''));
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${chars.join("[\\s'’.&-]?")}(?![\\p{L}\\p{N}])`,
      'giu',
    );
    let address: string | null = null;
    for (let m = re.exec(sample), n = 0; m && n < 50; m = re.exec(sample), n++) {
      // A name is written with a capital ("DeVry"), not as the address's lower case ("devry.edu");
      // "Acme.com" names the tenant only when the page writes it nowhere else.
      if (!/\p{Lu}/u.test(m[0])) continue;
      if (!/^\.\p{L}/u.test(sample.slice(re.lastIndex, re.lastIndex + 2))) return m[0];
      address ??= m[0];
    }
    if (address) return address;
  }
  return null;
}
