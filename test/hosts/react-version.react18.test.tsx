// Runs only in the React 18 project (vitest.react18.config.ts): proves the alias reaches the tests,
// react-dom, Testing Library and the hook libraries, so the suites there really exercise React 18.
// (test/styled/ssr.test.tsx and hydration.test.tsx run there too, for server rendering on 18.)

import { QueryClient, useMutation } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';

describe('React 18 project', () => {
  it('imports React 18 and react-dom 18', () => {
    expect(version).toMatch(/^18\.3\./);
    expect(domVersion).toMatch(/^18\.3\./);
  });

  it('renders a component whose hooks come from react-hook-form and react-query in the same React', () => {
    const client = new QueryClient();
    function Probe() {
      // A hook from a second copy of React would throw "Invalid hook call" here.
      const form = useForm({ defaultValues: { a: 'x' } });
      const m = useMutation({ mutationFn: async () => 1 }, client);
      return <p>{`${form.getValues('a')} ${m.status}`}</p>;
    }
    render(<Probe />);
    expect(screen.getByText('x idle')).toBeInTheDocument();
  });
});
