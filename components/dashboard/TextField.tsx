import { useId } from 'react';
import { FieldError } from './FieldError';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  multiline?: boolean;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email';
  type?: 'text' | 'date' | 'time' | 'email';
  /** Characters the input shows (its width), for a short value such as a currency code. */
  size?: number;
}

/** A labelled input whose hint and error are announced with it. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  multiline,
  inputMode,
  type = 'text',
  size,
}: TextFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          size={size}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
