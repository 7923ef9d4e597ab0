import { type FormEvent, useId, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { CONTACT_TEXT as T } from '@/components/text';
import { setContacts } from '@/lib/db';
import { Contact } from '@/lib/schema';
import { FormButtons } from './FormButtons';
import { TextField } from './TextField';
import { useFold } from './useFold';

const EMPTY = { name: '', role: '', email: '', url: '' };

/**
 * People linked to the application. Every value is shown as plain text (an address typed here is
 * never turned into a link), so nothing stored can run or navigate on its own.
 */
export function ContactsPanel({ jobKey, contacts }: { jobKey: string; contacts: Contact[] }) {
  const id = useId();
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const announce = useDashboard((s) => s.announce);
  const fold = useFold();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = Contact.safeParse({
      name: form.name.trim(),
      role: form.role.trim() || null,
      email: form.email.trim() || null,
      phone: null,
      url: form.url.trim() || null,
      note: null,
    });
    if (!parsed.success) return setError(T.needsName);
    setError(null);
    const added = parsed.data;
    await setContacts(jobKey, (stored) => [...stored, added], Date.now());
    setForm(EMPTY);
    fold.close();
    announce(T.added(added.name));
  };

  const remove = async (shown: Contact) => {
    // The stored entry equal to the one shown: another edit may have changed the list since.
    const same = (c: Contact) => JSON.stringify(c) === JSON.stringify(shown);
    await setContacts(
      jobKey,
      (stored) => {
        const at = stored.findIndex(same);
        return stored.filter((_, i) => i !== at);
      },
      Date.now(),
    );
    announce(T.removed(shown.name));
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{T.heading}</h2>
      {contacts.length === 0 ? (
        <p className="muted">{T.none}</p>
      ) : (
        <ul className="list-plain">
          {contacts.map((c, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no id; the list is replaced whole
            <li key={index}>
              <strong>{c.name}</strong>
              {c.role && <span className="muted"> · {c.role}</span>}
              {c.email && <div>{c.email}</div>}
              {c.url && <div className="muted">{c.url}</div>}
              <button type="button" className="link" onClick={() => remove(c)}>
                {T.remove(c.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {fold.open ? (
        <form ref={fold.formRef} onSubmit={submit} aria-label={T.formLabel} noValidate>
          <div className="form-grid">
            <TextField
              label={T.name}
              value={form.name}
              onChange={(name) => setForm({ ...form, name })}
              error={error ?? undefined}
            />
            <TextField
              label={T.role}
              value={form.role}
              onChange={(role) => setForm({ ...form, role })}
            />
            <TextField
              label={T.email}
              type="email"
              value={form.email}
              onChange={(email) => setForm({ ...form, email })}
            />
            <TextField
              label={T.link}
              value={form.url}
              onChange={(url) => setForm({ ...form, url })}
            />
          </div>
          <FormButtons
            submit={T.submit}
            cancel={T.cancel}
            onCancel={() => {
              setError(null);
              fold.close();
            }}
          />
        </form>
      ) : (
        <button type="button" {...fold.opener}>
          {T.open}
        </button>
      )}
    </section>
  );
}
