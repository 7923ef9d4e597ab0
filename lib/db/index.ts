/** The database API: the only way the rest of the extension reads or writes IndexedDB. */
export { clearAll } from './clear';
export { DB_NAME, db } from './database';
export {
  deletePosting,
  deletePostings,
  setContacts,
  setInterviews,
  setReminder,
} from './edit';
export { editFacts, type UserFacts, userFactsOf, withUserFacts } from './facts';
export {
  readTrackerSnapshot,
  type TrackerSnapshot,
  type TrackerWrites,
  writeTrackerImport,
} from './import-csv';
export { type ManualIdentity, type ManualResult, recordManualPosting } from './manual';
export { addNote, deleteNote, notesFor, updateNote } from './notes';
export { pruneUnsaved } from './prune';
export {
  countByStatus,
  fitInputOf,
  getPosting,
  latestByStatus,
  listPostings,
  noteTextsByPosting,
  type PostingQuery,
  postingHistory,
  recentPostings,
  type SortField,
} from './read';
export { type RecordResult, recordCapture } from './record-capture';
export { CorruptRowError } from './rows';
export {
  dismissDuplicatePair,
  getProfile,
  getSettings,
  saveProfile,
  updateSettings,
} from './settings';
export { PostingNotFoundError, savePosting, setStatus } from './status';
export { fold, matchesWords, searchWords } from './stored';
