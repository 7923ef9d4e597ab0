import type { CredentialWords, FieldWords, LicenseWords } from './types';
import { words } from './words';

/** English words of the credential, field and licence readers (`./en.ts` keeps the rest). */

export const enCredentials: CredentialWords = {
  notBodies: words('THE|AND|FOR|OUR|YOUR|MUST'),
  registrationNouns: words('registration|registered|PIN|membership|licence|license'),
  registeredWith: [
    ...words('registration with|registration by|registration on|registered with|registered by'),
    ...words('registered on'),
  ],
  registeredArticles: words('the'),
  professional: [],
  registerNouns: [],
  registryNouns: [],
  registryActive: [],
  registryAt: [],
  forklift: [
    ...words('forklift licence|forklift license|forklift ticket|forklift certificate'),
    ...words('forklift certification'),
  ],
  levelWords: words('level'),
  certificateNouns: words('Certificate|Cert'),
  ticketNouns: words('certificate|card|licence|license|ticket|diploma'),
  certifiedWords: words('Certified|Chartered'),
  stems: words('regist|PIN|member|licen|forklift|VQ|Cert|Chartered|Card|Ticket|Diploma'),
};

export const enField: FieldWords = {
  ends: [
    ...words('preferably|ideally|with specific|with a focus|including|especially|such as|e.g'),
    ...words('or similar|or equivalent|is required|required|is preferred|preferred|minimum'),
    ...words('is essential|is a must|at scale|in production|in a production environment'),
    ...words('with at least|at least|with more than|more than|with above|above|with exceeding'),
    ...words('exceeding|with in excess of|in excess of|in the last|in the past|within the last'),
    ...words('within the past|during the last|during the past|over the last|over the past'),
  ],
  plusCopulas: words('is|would be'),
  plusArticles: words('a|an'),
  plusIntensifiers: words('big|huge|strong|definite'),
  plusNouns: words('plus|bonus|advantage|asset'),
  orgAt: words('at'),
  orgArticles: words('a|an|the'),
  orgNouns: words('company|firm|agency|organisation|organization|startup|business|employer|scale'),
  articles: words('a|an|the'),
  copulas: words('is|are|would be'),
  glueWords: [
    ...words('marketing|advertising|digital|sales|media|social|customer|support|service|services'),
    ...words('success|software|engineering|engineer|product|products|management|manager|project'),
    ...words('program|data|analytics|analysis|design|research|development|operations|operational'),
    ...words('business|finance|financial|accounting|consulting|strategy|strategic|content'),
    ...words('communications|communication|public|relations|brand|partnerships|partner|account'),
    ...words('accounts|agency|agencies|retail|ecommerce|commerce|online|performance|growth|search'),
    ...words('measurement|technology|technical|tech|security|cloud|infrastructure|network|systems'),
    ...words(
      'system|web|mobile|hardware|healthcare|health|legal|compliance|risk|insurance|banking',
    ),
    ...words(
      'investment|trading|supply|chain|logistics|procurement|manufacturing|quality|assurance',
    ),
    ...words('testing|hr|human|resources|recruiting|recruitment|talent|people|education|training'),
    ...words('learning|policy|trust|safety|enterprise|saas|startup|startups|industry|paid|owned'),
    ...words('earned|creative|video|gaming|games|editorial|journalism|writing|publishing|events'),
    ...words('event|hospitality|travel|real|estate|energy|automotive'),
  ],
  clauseStarts: [
    ...words('building|managing|leading|working|developing|designing|creating|running|driving'),
    ...words('supporting|owning|delivering|helping|using|including|ideally|preferably|especially'),
    ...words('particularly|with|where|which|who|plus|but'),
  ],
  listJoins: words('or|and|and/or'),
  lastJoins: words('or|and|and/or'),
};

export const enLicense: LicenseWords = {
  driving: [
    ...words("drivers licence|drivers license|drivers' licence|drivers' license|drivers’ licence"),
    ...words("drivers’ license|driver's licence|driver's license|driver's' licence"),
    ...words("driver's' license|driver's’ licence|driver's’ license|driver’s licence"),
    ...words("driver’s license|driver’s' licence|driver’s' license|driver’s’ licence"),
    ...words('driver’s’ license|driving licence|driving license'),
  ],
  drivingShort: [],
  drivingShortTails: [],
  drivingShortCues: [],
  adjectives: words('valid|current|clean|full'),
  classBefore: words('class'),
  classArticles: [],
  classAfter: words('class|type'),
  commercial: [
    ...words("CDL|commercial driver's licence|commercial driver's license"),
    ...words('commercial drivers licence|commercial drivers license'),
  ],
  commercialClass: words('class'),
  nursing: [
    ...words('RN licence|RN license|nursing licence|nursing license|registered nurse licence'),
    ...words('registered nurse license|LPN licence|LPN license|LVN licence|LVN license'),
  ],
  clearanceLevels: words('TS/SCI|top secret|secret|public trust|SC|DV|NV1|NV2|baseline'),
  clearanceSecurity: words('security'),
  clearance: words('clearance'),
  polygraph: words('with full scope polygraph|with full scope poly|with polygraph|with poly'),
  stems: words('licence|license|CDL|clearance|TS/SCI'),
};
