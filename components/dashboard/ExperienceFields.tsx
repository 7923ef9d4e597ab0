import type { DraftSectionProps } from './draftProps';
import { TextField } from './TextField';

/** Experience as fields or roles with years, plus total years. */
export function ExperienceFields({ draft, update, errors }: DraftSectionProps) {
  const rows = draft.experience;
  const setRow = (index: number, patch: Partial<(typeof rows)[number]>) =>
    update({ experience: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  return (
    <fieldset>
      <legend>Experience</legend>
      <TextField
        label="Total years of experience"
        inputMode="decimal"
        value={draft.totalYears}
        onChange={(totalYears) => update({ totalYears })}
        error={errors.totalYears}
      />
      <p className="hint">
        Years per field or role, for example “customer support: 6” or “digital marketing: 3”.
      </p>
      {rows.map((row, index) => (
        // Rows have no identity of their own; the index is their identity while editing.
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are only added at the end or removed
        <div className="row" key={index}>
          <TextField
            label={`Field or role ${index + 1}`}
            value={row.field}
            onChange={(field) => setRow(index, { field })}
            error={errors[`experience.${index}.field`]}
          />
          <TextField
            label={`Years in field ${index + 1}`}
            inputMode="decimal"
            value={row.years}
            onChange={(years) => setRow(index, { years })}
            error={errors[`experience.${index}.years`]}
          />
          <div className="field">
            <button
              type="button"
              onClick={() => update({ experience: rows.filter((_, i) => i !== index) })}
            >
              Remove field {index + 1}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        onClick={() => update({ experience: [...rows, { field: '', years: '' }] })}
      >
        Add a field or role
      </button>
    </fieldset>
  );
}
