import type { ChangeEvent } from "react";

export type FieldErrors = (field: string) => string | undefined;

/**
 * Binds a record's fields to inputs: `field(key)` answers one field's `value`, `onChange` and
 * `error` props, to spread on an input that hands back its value (NumberInput, DateInput, MarkdownField…).
 */
export function bindFields<T extends object>(
  values: T,
  set: <K extends keyof T>(key: K, value: T[K]) => void,
  errors: FieldErrors = () => undefined,
) {
  return <K extends keyof T & string>(key: K) => ({
    value: values[key],
    onChange: (value: T[K]) => set(key, value),
    error: errors(key),
  });
}

/** The same for a record that changes by patches (an offer's grant, a template's choices…). */
export function bindPatch<T extends object>(values: T, onChange: (patch: Partial<T>) => void, errors?: FieldErrors) {
  return bindFields(values, (key, value) => onChange({ [key]: value } as unknown as Partial<T>), errors);
}

/** A bound text field, for a TextInput or Textarea, which change by event. */
export function textProps({
  onChange,
  ...props
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return {
    ...props,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.currentTarget.value),
  };
}

/** A bound yes/no field, for a Checkbox or Switch. */
export function checkProps({ value, onChange }: { value: boolean; onChange: (value: boolean) => void }) {
  return { checked: value, onChange: (event: ChangeEvent<HTMLInputElement>) => onChange(event.currentTarget.checked) };
}
