import type { Session } from '../../lib/workspace/api/people';
import { MembersPanel } from './MembersPanel';
import { TokensPanel } from './TokensPanel';

/** Who is in the team, and the upload tokens of their extensions and CI jobs. */
export function PeoplePage({ session }: { session: Session }) {
  return (
    <>
      <MembersPanel session={session} />
      {session.permissions.includes('tokens.own') ? <TokensPanel /> : null}
    </>
  );
}
