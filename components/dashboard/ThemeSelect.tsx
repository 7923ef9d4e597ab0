import { type Theme, useDashboard } from '@/entrypoints/dashboard/store';

const OPTIONS: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeSelect() {
  const theme = useDashboard((s) => s.theme);
  const setTheme = useDashboard((s) => s.setTheme);
  return (
    <label className="field-inline" style={{ marginBottom: 0 }}>
      Theme
      <select
        value={theme}
        onChange={(e) => {
          const next = OPTIONS.find((o) => o.value === e.target.value);
          if (next) setTheme(next.value);
        }}
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
