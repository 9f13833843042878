// Page C, the floor: what a careful hand-written form costs. Three plain inputs and a live
// five-rule checklist in React, no libraries: nothing a kit could do per keystroke is cheaper.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const RULES: [string, (p: string) => boolean][] = [
  ['At least 8 characters', (p) => p.length >= 8],
  ['An uppercase letter', (p) => /[A-Z]/.test(p)],
  ['A lowercase letter', (p) => /[a-z]/.test(p)],
  ['A number', (p) => /[0-9]/.test(p)],
  ['A symbol', (p) => /[^A-Za-z0-9\s]/.test(p)],
];

function Floor() {
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="code">Verification code</label>
      <input
        id="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <label htmlFor="password">New password</label>
      <input
        id="password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <ul>
        {RULES.map(([label, test]) => (
          <li key={label} data-met={test(password) ? '' : undefined}>
            {label}
          </li>
        ))}
      </ul>
      <label htmlFor="confirm">Confirm new password</label>
      <input
        id="confirm"
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
      />
      <button type="submit">Reset password</button>
    </form>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
