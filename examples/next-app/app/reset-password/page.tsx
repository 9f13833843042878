// app/reset-password/page.tsx (a Server Component)
import { ResetForm } from './reset-form';

export default async function Page({ searchParams }: { searchParams: Promise<{ username?: string }> }) {
  const { username } = await searchParams;
  return <ResetForm username={username} />;
}
