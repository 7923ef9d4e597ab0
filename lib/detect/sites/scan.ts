import { bayt } from './bayt';
import { breezy } from './breezy';
import { builtin } from './builtin';
import { dice } from './dice';
import { dover } from './dover';
import { eightfold } from './eightfold';
import { infojobs } from './infojobs';
import { jazzhr } from './jazzhr';
import { jobbank } from './jobbank';
import { jobright } from './jobright';
import { jobsch } from './jobsch';
import { jobvite } from './jobvite';
import { monster } from './monster';
import { naukri } from './naukri';
import { oracle } from './oracle';
import { paylocity } from './paylocity';
import { phenom } from './phenom';
import { pinpoint } from './pinpoint';
import { reed } from './reed';
import { rippling } from './rippling';
import { saramin } from './saramin';
import { successfactors } from './successfactors';
import { taleo } from './taleo';
import type { SiteAdapter } from './types';
import { ukg } from './ukg';
import { xing } from './xing';
import { ziprecruiter } from './ziprecruiter';

/**
 * Sites only a scan reaches (the runtime-injected scan script, or all sites when the user opts in):
 * the declared content script is not declared on them, so it does not carry them.
 */
export const SCAN_ADAPTERS: readonly SiteAdapter[] = [
  oracle,
  taleo,
  successfactors,
  jobvite,
  breezy,
  jazzhr,
  rippling,
  pinpoint,
  dover,
  paylocity,
  ukg,
  eightfold,
  phenom,
  ziprecruiter,
  monster,
  dice,
  naukri,
  xing,
  reed,
  infojobs,
  jobsch,
  bayt,
  jobbank,
  jobright,
  builtin,
  saramin,
];
