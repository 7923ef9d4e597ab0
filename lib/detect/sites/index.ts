import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { glassdoor } from './glassdoor';
import { greenhouse, greenhouseEmbedded } from './greenhouse';
import { icims } from './icims';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { smartrecruiters } from './smartrecruiters';
import { stepstone } from './stepstone';
import { teamtailor } from './teamtailor';
import type { SiteAdapter } from './types';
import { welcometothejungle } from './welcometothejungle';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';

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
  // Last: matches any host that carries ?gh_jid=.
  greenhouseEmbedded,
];

export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => a.matches(url)) ?? null;
}
