/** What the dashboard's posting page says around the posting itself. */
export const POSTING_TEXT = {
  fallbackTitle: 'Posting',
  loading: 'Loading…',
  unreadable: 'This posting could not be read:',
  notFound: 'Posting not found',
  notFoundHint: 'It may have been deleted or merged.',
  backToBoard: 'Back to the board',
  open: 'Open posting',
  openHint: 'Opens the page you saved it from in a new tab.',
  seenOn: 'Seen on',
  fitHeading: 'Requirements and fit',
  fillProfile: 'Fill in your profile',
  fillProfileRest: 'to see how you fit each requirement.',
  selectHint: 'Choose a requirement to see its sentence in the posting text.',
  historyHeading: 'Status history',
  datesHeading: 'Dates',
  statusChanged: (status: string) => `Status changed to ${status}.`,
  textHeading: 'Posting text',
  shownInText: 'Shown in the posting text.',
  notInText: 'This sentence is not in the stored text (the page may have changed).',
} as const;

/** The dates panel of the posting page. */
export const DATES_TEXT = {
  interview: 'Interview',
  interviews: 'Interviews',
  interviewing: 'Interviewing',
  notYet: 'Not yet',
  since: (day: string) => `Since ${day}`,
  firstSeen: 'First seen',
  saved: 'Saved',
  notSaved: 'Not saved',
  applied: 'Applied',
  deadline: 'Deadline',
  noDeadline: 'Not given by the posting',
  passed: ' (passed)',
} as const;

/** The interviews panel: scheduled rounds and the form that adds one. */
export const INTERVIEW_TEXT = {
  heading: 'Interviews',
  none: 'No interviews scheduled.',
  past: ' (past)',
  open: 'Add an interview',
  formLabel: 'Add an interview',
  date: 'Date',
  time: 'Time',
  round: 'Round',
  where: 'Where',
  whereHint: 'An address, a video call, who you meet',
  submit: 'Add interview',
  cancel: 'Cancel',
  pickDate: 'Pick a date and a time.',
  sayRound: 'Say which round it is, e.g. "Phone screen".',
  added: (label: string, when: string) => `Interview added: ${label}, ${when}.`,
  calendar: (label: string) => `Add ${label} to my calendar`,
  calendarDone: (label: string) => `Calendar file for ${label} downloaded.`,
  remove: (label: string) => `Remove ${label}`,
  removed: (label: string) => `Interview removed: ${label}.`,
} as const;

/** The follow-up reminder panel. */
export const REMINDER_TEXT = {
  heading: 'Follow-up reminder',
  none: 'No reminder set.',
  setFor: (when: string) => `Reminder on ${when}.`,
  open: 'Set a reminder',
  change: 'Change the reminder',
  date: 'Remind me on',
  time: 'At',
  submit: 'Set reminder',
  cancel: 'Cancel',
  remove: 'Remove reminder',
  pickDate: 'Pick a date and a time.',
  future: 'Pick a time in the future.',
  done: (when: string) => `Reminder set for ${when}.`,
  removed: 'Reminder removed.',
} as const;

/** The contacts panel. */
export const CONTACT_TEXT = {
  heading: 'Contacts',
  none: 'No contacts yet.',
  open: 'Add a contact',
  formLabel: 'Add a contact',
  name: 'Name',
  role: 'Role',
  email: 'Email',
  link: 'Profile or link',
  submit: 'Add contact',
  cancel: 'Cancel',
  needsName: 'A contact needs a name.',
  added: (name: string) => `Contact ${name} added.`,
  remove: (name: string) => `Remove ${name}`,
  removed: (name: string) => `${name} removed.`,
} as const;

/** The board, its columns and cards. */
export const BOARD_TEXT = {
  heading: 'Board',
  loading: 'Loading…',
  empty: 'Nothing on the tracker yet. Open a job posting, then click Save in the Reqlens popup.',
  untitled: 'Untitled posting',
  noCompany: 'Company not given',
  interview: (day: string, label: string) => `Interview ${day}: ${label}`,
  keysHelp: 'Use the left and right arrow keys to move between stages.',
  moveLabel: (title: string) => `Move ${title} to`,
  moveTo: 'Move to…',
  postings: ' postings',
  showAll: (count: number) => `Show all ${count}`,
  fallbackTitle: 'Posting',
  moved: (title: string, status: string) => `${title} moved to ${status}.`,
  notMoved: (title: string) => `${title} could not be moved.`,
  duplicate: 'Possible duplicate',
  duplicateHint: 'Another saved posting looks like the same job. Settings lists the pairs.',
} as const;

/** The popup's list of recent postings. */
export const RECENT_TEXT = {
  none: 'No other postings yet.',
  untitled: 'Untitled posting',
  duplicate: 'Possible duplicate',
} as const;

/** The Insights page and its charts. */
export const INSIGHTS_TEXT = {
  heading: 'Insights',
  loading: 'Loading…',
  funnelHeading: 'Application funnel',
  funnelHint: 'Postings that reached each stage, whatever happened next.',
  funnelCaption: 'Postings that reached each stage',
  stage: 'Stage',
  postings: 'Postings',
  shareOfSaved: 'Share of saved',
  weeklyHeading: 'Applications per week',
  weeklyHint: 'The last 12 weeks, by the day you marked each one applied.',
  weekOf: 'Week of',
  applications: 'Applications',
  responseHeading: 'Replies to your applications',
  responseHint:
    'A reply is any move after Applied: an interview, an offer or a rejection. Time to first reply counts from the day you applied.',
  responseByWeek: 'By the week you applied',
  responseBySite: 'By the site you found the job on',
  site: 'Site',
  applied: 'Applied',
  replied: 'Replied',
  rate: 'Response rate',
  firstReply: 'Median time to first reply',
  noReply: '—',
  days: (n: number) => (n === 1 ? '1 day' : `${n} days`),
  overall: (rate: number, replied: number, applied: number) =>
    `${rate}% of your applications got a reply (${replied} of ${applied}).`,
  overallTime: (days: string) => `Half of the replies came within ${days}.`,
  noApplications: 'No applications yet: mark a posting Applied to see replies here.',
  gapsHeading: 'Skills asked for that your profile lacks',
  gapsHint:
    'Across your saved postings, the skills asked for most that your profile does not list, as Reqlens matches them for fit.',
  gapsNoProfile:
    'Fill in your profile to see which skills your saved postings ask for that you lack.',
  gapsNone: 'Your profile covers every skill your saved postings ask for.',
  skill: 'Skill',
  askedBy: 'Postings asking',
  requiredBy: 'Required by',
} as const;

/** The dashboard's frame: its header, skip link and the words shown while a page loads. */
export const APP_TEXT = {
  brand: 'Reqlens',
  skipToContent: 'Skip to content',
  loadingCharts: 'Loading charts…',
} as const;

/** What a page that failed says instead of leaving the dashboard blank. */
export const PAGE_FAILED_TEXT = {
  heading: 'This page could not be shown',
  rest: 'The rest of Reqlens still works: pick another page above. Your data was not changed.',
  retry: 'Try again',
} as const;

/** The page heading's shared words. */
export const PAGE_TEXT = {
  suffix: ' · Reqlens',
} as const;

/** The Profile page and the words of its form that are not in a fields section. */
export const PROFILE_TEXT = {
  heading: 'Profile',
  intro:
    'What you tell Reqlens about yourself, compared with what each posting asks. It stays in this browser. Leave out anything you prefer: a missing answer shows as unknown, never as a miss.',
  loading: 'Loading…',
  unreadable: (error: string) =>
    `Your saved profile could not be read (${error}). Saving the form below replaces it.`,
  formLabel: 'Profile',
  prefilled:
    'Prefilled from your résumé. Review every section, then Save profile: nothing is saved until you do.',
  needAttention: (count: number) =>
    `${count === 1 ? 'One field needs' : `${count} fields need`} attention before the profile can be saved.`,
  notSaved: (count: number) =>
    `The profile was not saved: ${count} ${count === 1 ? 'field needs' : 'fields need'} attention.`,
  save: 'Save profile',
  saved: 'Saved.',
  savedAnnounce: 'Profile saved.',
  failed: 'Could not save the profile.',
  enterNumber: 'Enter a number',
} as const;

/** The "Where and how" and salary sections of the profile form. */
export const WORK_TEXT = {
  whereLegend: 'Where and how',
  locations: 'Locations',
  locationsHint: 'One place per line, e.g. Paris, France',
  workModels: 'Work models I accept',
  relocate: 'Willing to relocate',
  notSaid: 'Not said',
  yes: 'Yes',
  no: 'No',
  travel: 'Willing to travel',
  travelNone: 'No travel',
  travelAny: 'Yes, any amount',
  travelShare: 'Up to a share of my time',
  travelPercent: 'Most travel I accept (% of time)',
  travelPercentMissing: 'Say what share of your time, from 0 to 100.',
  authorization: 'Work authorization',
  authorizationHint:
    'Countries where you can work without sponsorship: France, Ireland or FR, IE; EU for the whole EU',
  salaryLegend: 'Minimum salary',
  amount: 'Amount',
  currency: 'Currency',
  currencyHint: 'EUR, USD, GBP…',
  period: 'Period',
} as const;
