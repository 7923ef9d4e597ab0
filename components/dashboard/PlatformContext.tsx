import { createContext, useContext } from 'react';
import type { WxtBrowser } from 'wxt/browser';
import type { BackupAlarmsApi, PermissionsApi } from '@/lib/data/backup';
import type { AlarmsApi } from '@/lib/data/reminders';

/**
 * The browser services the dashboard's components need, handed down by the entry point. Components
 * never touch `browser.*` themselves, so tests can give them a fake browser.
 */
export interface DashboardPlatform {
  alarms: AlarmsApi & BackupAlarmsApi;
  permissions: PermissionsApi & Pick<WxtBrowser['permissions'], 'contains'>;
  /** Tells the background the settings changed; resolves to whether all-sites detection is on. */
  settingsChanged: () => Promise<boolean>;
  /** URL of the bundled pdf.js worker, for reading PDF résumés; absent in tests. */
  pdfWorkerSrc?: string;
  /** Offers `text` to the user as a file download. */
  download: (fileName: string, text: string, mime: string) => void;
}

export const PlatformContext = createContext<DashboardPlatform | null>(null);

export function usePlatform(): DashboardPlatform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('The dashboard platform was not provided');
  return platform;
}
