import { useCallback, useEffect, useState } from "react";
import { parseSession, resumeSession, sessionKey, startSession, type SolveSession } from "./solve-session";

function store(slug: string, session: SolveSession): void {
  try {
    localStorage.setItem(sessionKey(slug), JSON.stringify(session));
  } catch {
    // Storage refused (full or disabled): the clock still runs for this visit.
  }
}

/** The sitting at a problem, kept in localStorage so a reload keeps the clock; `now` ticks each second. */
export function useSolveSession(slug: string) {
  const [session, setSession] = useState(() =>
    resumeSession(parseSession(localStorage.getItem(sessionKey(slug))), Date.now()),
  );
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => store(slug, session), [slug, session]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const update = useCallback((change: (session: SolveSession, now: number) => SolveSession) => {
    const at = Date.now();
    setNow(at);
    setSession((previous) => change(previous, at));
  }, []);
  const restart = useCallback((interview: boolean) => update((_, at) => startSession(at, interview)), [update]);

  return { session, now, update, restart };
}
