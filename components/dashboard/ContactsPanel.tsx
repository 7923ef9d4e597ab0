import { type FormEvent, useId, useState } from 'react';
import { useDashboard } from '@/entrypoints/dashboard/store';
import { setContacts } from '@/lib/db';
import { Contact } from '@/lib/schema';
import { TextField } from './TextField';

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
    if (!parsed.success) return setError('A contact needs a name.');
    setError(null);
    const added = parsed.data;
    await setContacts(jobKey, (stored) => [...stored, added], Date.now());
    setForm(EMPTY);
    announce(`Contact ${parsed.data.name} added.`);
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
    announce(`${shown.name} removed.`);
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Contacts</h2>
      {contacts.length === 0 ? (
        <p className="muted">No contacts yet.</p>
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
                Remove {c.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} aria-label="Add a contact" noValidate>
        <div className="form-grid">
          <TextField
            label="Name"
            value={form.name}
            onChange={(name) => setForm({ ...form, name })}
            error={error ?? undefined}
          />
          <TextField
            label="Role"
            value={form.role}
            onChange={(role) => setForm({ ...form, role })}
          />
          <TextField
            label="Email"
            type="email"
            value={form.email}
            onChange={(email) => setForm({ ...form, email })}
          />
          <TextField
            label="Profile or link"
            value={form.url}
            onChange={(url) => setForm({ ...form, url })}
          />
        </div>
        <button type="submit">Add contact</button>
      </form>
    </section>
  );
}
