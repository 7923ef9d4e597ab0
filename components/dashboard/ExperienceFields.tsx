import { EXPERIENCE_TEXT as T } from '@/components/text';
import type { DraftSectionProps } from './draftProps';
import { TextField } from './TextField';

/** Experience as fields or roles with years, plus total years. */
export function ExperienceFields({ draft, update, errors }: DraftSectionProps) {
  const rows = draft.experience;
  const setRow = (index: number, patch: Partial<(typeof rows)[number]>) =>
    update({ experience: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  return (
    <fieldset>
      <legend>{T.heading}</legend>
      <TextField
        label={T.totalYears}
        inputMode="decimal"
        value={draft.totalYears}
        onChange={(totalYears) => update({ totalYears })}
        error={errors.totalYears}
      />
      <p className="hint">{T.hint}</p>
      {rows.map((row, index) => (
        // Rows have no identity of their own; the index is their identity while editing.
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are only added at the end or removed
        <div className="row" key={index}>
          <TextField
            label={T.field(index + 1)}
            value={row.field}
            onChange={(field) => setRow(index, { field })}
            error={errors[`experience.${index}.field`]}
          />
          <TextField
            label={T.years(index + 1)}
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
              {T.remove(index + 1)}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        onClick={() => update({ experience: [...rows, { field: '', years: '' }] })}
      >
        {T.add}
      </button>
    </fieldset>
  );
}
