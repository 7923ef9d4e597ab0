import { useLiveQuery } from 'dexie-react-hooks';
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
      <PageHeading title="Settings" />
      {settings === undefined ? (
        <p>Loading…</p>
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
