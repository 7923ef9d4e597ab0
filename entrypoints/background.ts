import '@/lib/schema/jitless';
import { reminderNotice } from '@/components/text/reminders';
import { startBackups } from '@/lib/background/backup';
import { startReminders } from '@/lib/background/reminders';
import { startBackground } from '@/lib/background/start';

export default defineBackground(() => {
  startBackground();
  startReminders(reminderNotice);
  startBackups();
});
