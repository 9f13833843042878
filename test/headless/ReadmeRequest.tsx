import { useForgotPassword } from '../../src';
import type { ResetTransport } from '../../src/core';

export function RequestCode({ transport }: { transport: ResetTransport }) {
  const r = useForgotPassword({ transport });
  if (r.status === 'success') return <p role="status">Check your messages for the code.</p>;
  return (
    <form {...r.getFormProps()}>
      <label {...r.getLabelProps()}>Username</label>
      <p {...r.getDescriptionProps()}>The name you sign in with.</p>
      <input {...r.getUsernameProps()} />
      {r.fieldErrors.username && <p {...r.getFieldErrorProps()}>{r.fieldErrors.username.message}</p>}
      <div {...r.getErrorProps()}>{r.errorMessage}</div>
      <button {...r.getSubmitProps()}>Send code</button>
      <p {...r.getStatusProps()}>{r.statusMessage}</p>
    </form>
  );
}
