/** The user's data: export, import, duplicates, merging, reminders and backups. */

export { findStoredDuplicates } from '../db/stored-duplicates';
export {
  BACKUP_ALARM,
  type BackupAlarmsApi,
  type DownloadsApi,
  type PermissionsApi,
  runBackup,
  setBackupInterval,
  syncBackupAlarm,
} from './backup';
export {
  type DuplicateInput,
  type DuplicateMeta,
  type DuplicatePair,
  type DuplicateReason,
  duplicateCandidates,
  type FindDuplicatesOptions,
  findDuplicates,
  pairKey,
} from './duplicates';
export {
  buildExport,
  buildTrackerCsv,
  CSV_HEADER,
  exportFileName,
  exportToJson,
  toCsv,
} from './export';
export {
  applyImport,
  type ImportCounts,
  type ImportPreview,
  previewImport,
  previewImportText,
} from './import';
export {
  applyCsvImport,
  type CsvDateOptions,
  type CsvPreview,
  type CsvPreviewItem,
  type CsvStart,
  previewCsvImport,
  startCsvImport,
} from './import-csv';
export { type MergeResult, mergePostings } from './merge';
export {
  type AlarmsApi,
  postingHash,
  reminderAlarmName,
  scheduleReminder,
  setFollowUp,
  syncReminderAlarms,
} from './reminders';
