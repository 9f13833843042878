import { useEffect, useState } from 'react';

/**
 * Whole seconds left until `until` (a `Date.now()` timestamp), ticking once a second while
 * positive and not at all otherwise, so an idle form never re-renders on a timer.
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
