/** What the forms for jobs added and edited by hand say, together so the wording stays one voice. */
export const JOB_FORM_TEXT = {
  title: 'Job title',
  company: 'Company',
  location: 'Location',
  url: 'Address of the posting (optional)',
  text: "The posting's text",
  textPlaceholder: 'Paste the job description here: Reqlens reads what it asks for.',
  textHint: 'Copy it from the page, an e-mail or a PDF. You can leave it empty.',
  saving: 'Saving…',
  cancel: 'Cancel',
  invalid: 'Check the fields and try again.',
  needsTitle: 'A job needs a title.',
  badUrl: 'The address must start with http:// or https://.',
} as const;

/** The popup's "Scan this page" panel and its ways forward. */
export const SCAN_TEXT = {
  heading: 'No job posting detected',
  canScan: 'If this page shows a job, Reqlens can read it now.',
  cannotScan: 'Reqlens cannot read this page. Open a job posting on a website to use it.',
  scan: 'Scan this page',
  scanning: 'Scanning…',
  addByHand: 'Add a job by hand',
  failed: 'Could not scan this page:',
  offerHeading: 'Save this page anyway',
  offer:
    'Reqlens found no posting text on this page. Check the title, paste the job description if you have it, and save.',
  savePage: 'Save this page',
  manualHeading: 'Add a job by hand',
  saveJob: 'Save this job',
} as const;

/** The dashboard's "Add a job" page and the posting page's "Edit details". */
export const EDIT_TEXT = {
  addHeading: 'Add a job',
  addIntro:
    'For a job Reqlens could not read: type what you know and paste the description. It goes on your board as Saved.',
  added: 'Job added.',
  edit: 'Edit details',
  editHeading: 'Edit details',
  save: 'Save details',
  saved: 'Details saved.',
  editedNote: 'You edited:',
  editedHint: 'Reqlens keeps what you edited when it reads the page again.',
  salaryMin: 'Salary from',
  salaryMax: 'Salary up to',
  currency: 'Currency (EUR, USD…)',
  period: 'Per',
  noPeriod: 'Not said',
  deadline: 'Apply by',
  badAmount: 'A salary is a number, like 52000.',
  badCurrency: 'A currency is three letters, like EUR or USD.',
} as const;
