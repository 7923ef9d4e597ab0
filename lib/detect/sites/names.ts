/**
 * The name a person reads for each site a posting can come from ("Lever", not "lever"). One table
 * beside the adapters instead of a field on each, so the dashboard and the popup can name a source
 * without loading every adapter's selectors. `names.test.ts` holds every adapter to an entry.
 */
export const SITE_NAMES: Readonly<Record<string, string>> = {
  ashby: 'Ashby',
  avature: 'Avature',
  bamboohr: 'BambooHR',
  bayt: 'Bayt',
  breezy: 'Breezy HR',
  dice: 'Dice',
  dover: 'Dover',
  eightfold: 'Eightfold',
  glassdoor: 'Glassdoor',
  gradconnection: 'GradConnection',
  greenhouse: 'Greenhouse',
  icims: 'iCIMS',
  indeed: 'Indeed',
  infojobs: 'InfoJobs',
  jazzhr: 'JazzHR',
  jobbank: 'Job Bank',
  jobright: 'Jobright',
  builtin: 'Built In',
  jobsch: 'jobs.ch',
  jobvite: 'Jobvite',
  lever: 'Lever',
  linkedin: 'LinkedIn',
  monster: 'Monster',
  naukri: 'Naukri',
  oracle: 'Oracle Recruiting',
  paylocity: 'Paylocity',
  personio: 'Personio',
  phenom: 'Phenom',
  pinpoint: 'Pinpoint',
  recruitee: 'Recruitee',
  reed: 'Reed',
  rippling: 'Rippling',
  saramin: 'Saramin',
  seek: 'SEEK',
  smartrecruiters: 'SmartRecruiters',
  stepstone: 'StepStone',
  successfactors: 'SuccessFactors',
  taleo: 'Taleo',
  teamtailor: 'Teamtailor',
  totaljobs: 'Totaljobs',
  ukg: 'UKG',
  welcometothejungle: 'Welcome to the Jungle',
  // The id older versions stored for Welcome to the Jungle.
  wttj: 'Welcome to the Jungle',
  wellfound: 'Wellfound',
  workable: 'Workable',
  workday: 'Workday',
  xing: 'XING',
  zhipin: 'BOSS Zhipin',
  ziprecruiter: 'ZipRecruiter',
  // Not adapters: a careers page read by the generic reader, and a job typed in by hand.
  generic: 'Company site',
  manual: 'Added by hand',
};

/** Said of a site id no entry knows (a newer version's, an imported file's). */
export const UNKNOWN_SITE = 'Other site';

/** The display name of a stored `site` id; never the id itself. */
export function siteName(id: string): string {
  return Object.hasOwn(SITE_NAMES, id) ? (SITE_NAMES[id] as string) : UNKNOWN_SITE;
}
