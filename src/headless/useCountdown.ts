import { useEffect, useState } from 'react';

/**
 * Whole seconds left until `until` (a `Date.now()` timestamp, 0 for none), ticking once a second
 * while positive and not at all otherwise. Call it in the component that shows the count, so a
 * tick re-renders that component only, not the whole form.
 */
export function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    setNow(Date.now());
    if (until <= Date.now()) return;
    const id = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= until) clearInterval(id);
    }, 1000);
    return () => clearInterval(id);
  }, [until]);
  return left;
}

/**
 * Whether `until` (a `Date.now()` timestamp) has passed. Re-renders once, when it passes: what a
 * button's `disabled` needs, without a render every second.
 */
export function useDeadline(until: number): boolean {
  const [reached, setReached] = useState(0);
  useEffect(() => {
    const ms = until - Date.now();
    if (ms <= 0) return;
    const id = setTimeout(() => setReached(until), ms);
    return () => clearTimeout(id);
  }, [until]);
  return reached === until || until <= Date.now();
}
