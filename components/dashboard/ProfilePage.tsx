import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile, saveProfile } from '@/lib/db';
import type { Profile } from '@/lib/schema';
import { PageHeading } from './PageHeading';
import { ProfileEditor } from './ProfileEditor';

type Loaded = { profile: Profile | null } | { error: string };

async function loadProfile(): Promise<Loaded> {
  try {
    return { profile: await getProfile() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export function ProfilePage() {
  // Read once per visit: the editor keeps its own draft, so live updates would only fight it.
  const loaded = useLiveQuery(loadProfile, []);
  return (
    <>
      <PageHeading title="Profile" />
      <p className="muted">
        What you tell Reqlens about yourself, compared with what each posting asks. It stays in this
        browser. Leave out anything you prefer: a missing answer shows as unknown, never as a miss.
      </p>
      {loaded === undefined ? (
        <p>Loading…</p>
      ) : 'error' in loaded ? (
        <>
          <p className="notice error" role="alert">
            Your saved profile could not be read ({loaded.error}). Saving the form below replaces
            it.
          </p>
          <ProfileEditor initial={null} onSave={saveProfile} />
        </>
      ) : (
        <ProfileEditor initial={loaded.profile} onSave={saveProfile} />
      )}
    </>
  );
}
