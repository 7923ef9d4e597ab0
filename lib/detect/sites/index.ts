import { extensions } from '../extensions';
import { ashby } from './ashby';
import { avature } from './avature';
import { bamboohr } from './bamboohr';
import { glassdoor } from './glassdoor';
import { gradconnection } from './gradconnection';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { seek } from './seek';
import { smartrecruiters } from './smartrecruiters';
import { stepstone } from './stepstone';
import { teamtailor } from './teamtailor';
import { totaljobs } from './totaljobs';
import type { SiteAdapter } from './types';
import { welcometothejungle } from './welcometothejungle';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';
import { zhipin } from './zhipin';

export type { SiteAdapter, SiteFields } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [
  linkedin,
  indeed,
  glassdoor,
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  workable,
  icims,
  teamtailor,
  recruitee,
  personio,
  bamboohr,
  welcometothejungle,
  stepstone,
  wellfound,
  seek,
  totaljobs,
  avature,
  gradconnection,
  zhipin,
];

/** The site of a URL: a declared site, then one only a scan reaches (the full detector's). */
export function adapterFor(url: URL): SiteAdapter | null {
  const known = (a: SiteAdapter) => a.matches(url);
  return ADAPTERS.find(known) ?? extensions.adapters.find(known) ?? null;
}
