import { useLiveQuery } from 'dexie-react-hooks';
import { COMMON_TEXT, SETTINGS_TEXT } from '@/components/text';
import { getSettings } from '@/lib/db';
import { BackupSettings } from './BackupSettings';
import { CaptureSettings } from './CaptureSettings';
import { ClearData } from './ClearData';
import { DataTransfer } from './DataTransfer';
import { DuplicatesPanel } from './DuplicatesPanel';
import { PageHeading } from './PageHeading';

export function SettingsPage() {
  const settings = useLiveQuery(getSettings, []);
  return (
    <>
      <PageHeading title={SETTINGS_TEXT.heading} />
      {settings === undefined ? (
        <p>{COMMON_TEXT.loading}</p>
      ) : (
        <>
          <CaptureSettings settings={settings} />
          <BackupSettings key={String(settings.backupEveryDays)} settings={settings} />
        </>
      )}
      <DuplicatesPanel />
      <DataTransfer />
      <ClearData />
    </>
  );
}
