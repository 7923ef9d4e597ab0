import type { FitStatus, FitTopic, PostingFacts } from '@/lib/schema';
import type { RequirementGroupKey } from '../postingDisplay';

/** The toolbar popup: its header, the posting's tracker controls, the quick note. */
export const POPUP_TEXT = {
  brand: 'Reqlens',
  openDashboard: 'Open dashboard',
  loading: 'Loading…',
  recent: 'Recent postings',
  requirements: (count: number) => `Requirements (${count})`,
  selectHint: 'Select a requirement to find its sentence on the page.',
  setUpPrompt: 'Set up your profile to see how you fit each requirement.',
  setUpProfile: 'Set up profile',
  sentenceGone: 'That sentence is no longer on the page.',
  reloadToHighlight: 'Reload the page to highlight its sentences.',
  save: 'Save',
  onTracker: 'On your tracker',
  savedOn: (date: string) => `Saved ${date}`,
  appliedOn: (date: string) => `Applied ${date}`,
  note: 'Note',
  notePlaceholder: "Recruiter's name, why it appeals, what to ask…",
  addNote: 'Add note',
  noteCount: (count: number) => `${count} ${count === 1 ? 'note' : 'notes'}`,
} as const;

/** The posting's facts (company, location, salary…), on the popup and the posting page. */
export const FACTS_TEXT = {
  untitled: 'Untitled posting',
  company: 'Company',
  location: 'Location',
  workModel: 'Work model',
  salary: 'Salary',
  employment: 'Employment',
  relocation: 'Relocation',
  visa: 'Visa',
  relocations: {
    offered: 'Relocation support offered',
    not_offered: 'No relocation support',
  } satisfies Record<NonNullable<PostingFacts['relocation']>, string>,
  visas: {
    offered: 'Visa sponsorship offered',
    not_offered: 'No visa sponsorship',
  } satisfies Record<NonNullable<PostingFacts['visaSponsorship']>, string>,
} as const;

/** The requirement list of the popup and the posting page. */
export const REQUIREMENT_TEXT = {
  none: 'No requirements found in this posting.',
  preferred: 'Preferred',
  dealbreaker: 'Dealbreaker',
  showOnPage: 'Show this sentence on the page',
  showMore: (count: number) => `Show ${count} more`,
  showFewer: 'Show fewer',
  groups: {
    experience: 'Experience',
    education: 'Education',
    skill: 'Skills',
    language: 'Languages',
    certification: 'Certifications',
    license: 'Licences',
    work_authorization: 'Work authorization',
    clearance: 'Security clearance',
    travel: 'Travel',
    schedule: 'Schedule',
    duties: 'Mentioned in the role',
  } satisfies Record<RequirementGroupKey, string>,
} as const;

/** The fit summary and the fit badges. */
export const FIT_TEXT = {
  required: 'Required',
  preferred: 'Preferred',
  nothingToCompare: 'nothing to compare',
  met: (met: number, total: number) => `${met} of ${total} met`,
  unknown: (count: number) => `${count} unknown`,
  dealbreaker: 'Dealbreaker:',
  topics: {
    workplace: 'Work model',
    location: 'Location',
    salary: 'Salary',
    visa: 'Visa',
    employment: 'Employment',
  } satisfies Record<FitTopic, string>,
  statuses: {
    met: 'Met',
    partial: 'Partly met',
    unmet: 'Not met',
    unknown: 'Unknown',
  } satisfies Record<FitStatus, string>,
} as const;
