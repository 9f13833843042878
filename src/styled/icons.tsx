import type { ReactNode } from 'react';

// Inline SVGs: no icon font, no network, nothing a strict CSP would block. Decorative only.
// Stroke settings sit on the <svg> once and are inherited by every shape inside.
function Icon({
  size,
  box,
  width,
  children,
}: {
  size: number;
  box: number;
  width: number;
  children: ReactNode;
}) {
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

export function CheckIcon() {
  return (
    <Icon size={16} box={16} width={2}>
      <path d="M3 8.5l3 3 7-7" />
    </Icon>
  );
}

export function DotIcon() {
  return (
    <Icon size={16} box={16} width={1.6}>
      <circle cx="8" cy="8" r="5" />
    </Icon>
  );
}

export function EyeIcon({ off }: { off?: boolean }) {
  return (
    <Icon size={20} box={20} width={1.6}>
      <path d="M1.5 10S4.5 4 10 4s8.5 6 8.5 6-3 6-8.5 6S1.5 10 1.5 10z" />
      <circle cx="10" cy="10" r="2.6" />
      {off && <path d="M3 17L17 3" />}
    </Icon>
  );
}

export function AlertIcon() {
  return (
    <Icon size={18} box={20} width={2}>
      <circle cx="10" cy="10" r="8" strokeWidth="1.8" />
      <path d="M10 5.5v5.5M10 14v.5" />
    </Icon>
  );
}
