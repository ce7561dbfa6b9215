import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { MeetingVotesResolver, NamedVoteResolver, VoteProxyResolver, VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';
import { VoteViewerCanResolver } from './viewer-can.resolver';

/** Votes in live meetings (issue 7): named or secret, proxies, quorum, decision from the result. */
@Module({
  imports: [MeetingsModule, DecisionsModule],
  providers: [VotesService, VotesResolver, NamedVoteResolver, VoteProxyResolver, MeetingVotesResolver, VoteViewerCanResolver],
})
export class VotesModule {}
