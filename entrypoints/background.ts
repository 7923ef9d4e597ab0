import '@/lib/schema/jitless';
import { reminderNotice } from '@/components/text/reminders';
import { startBackups } from '@/lib/background/backup';
import { startReminders } from '@/lib/background/reminders';
import { startBackground } from '@/lib/background/start';
import { startTabPopups } from '@/lib/background/tab-popup';
import { keepTrackerMirrorInSession } from '@/lib/background/tracker-mirror';

export default defineBackground(() => {
  keepTrackerMirrorInSession();
  startBackground();
  startTabPopups((error) => console.error('Reqlens tab popup naming failed', error));
  startReminders(reminderNotice);
  startBackups();
});
