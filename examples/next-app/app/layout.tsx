import type { ReactNode } from 'react';
import 'react-cognito-reset/styles.css';

export const metadata = { title: 'Reset your password' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
