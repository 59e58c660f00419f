import { useState } from "react";

/** The value, or while it is null the last one it had: what a closing dialog shows while it animates out. */
export function useLastDefined<T>(value: T | null): T | null {
  const [last, setLast] = useState(value);
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}
