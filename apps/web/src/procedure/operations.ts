import { graphql } from '../gql';

export const SpeakersStateFields = graphql(`
  fragment SpeakersStateFields on SpeakersState {
    meetingId
    agendaItemId
    speakingTimeSeconds
    alternating
    rule
    serverTime
    current {
      speechId
      deputyId
      fullName
      pointOfOrder
      startedAt
      allottedSeconds
      endsAt
    }
    queue {
      requestId
      deputyId
      fullName
      pointOfOrder
      firstTime
      requestedAt
    }
  }
`);

export const SpeakersQuery = graphql(`
  query Speakers($agendaItemId: ID!) {
    speakers(agendaItemId: $agendaItemId) {
      ...SpeakersStateFields
    }
  }
`);

export const RequestFloorMutation = graphql(`
  mutation RequestFloor($input: RequestFloorInput!) {
    requestFloor(input: $input) {
      ...SpeakersStateFields
    }
  }
`);

export const WithdrawFloorRequestMutation = graphql(`
  mutation WithdrawFloorRequest($input: AgendaItemIdInput!) {
    withdrawFloorRequest(input: $input) {
      ...SpeakersStateFields
    }
  }
`);

export const GiveFloorMutation = graphql(`
  mutation GiveFloor($input: GiveFloorInput!) {
    giveFloor(input: $input) {
      ...SpeakersStateFields
    }
  }
`);

export const EndFloorMutation = graphql(`
  mutation EndFloor($input: AgendaItemIdInput!) {
    endFloor(input: $input) {
      ...SpeakersStateFields
    }
  }
`);

export const ReorderSpeakersMutation = graphql(`
  mutation ReorderSpeakers($input: ReorderSpeakersInput!) {
    reorderSpeakers(input: $input) {
      ...SpeakersStateFields
    }
  }
`);

export const SetSpeakingRulesMutation = graphql(`
  mutation SetSpeakingRules($input: SetSpeakingRulesInput!) {
    setSpeakingRules(input: $input) {
      id
    }
  }
`);

export const MeetingQuorumQuery = graphql(`
  query MeetingQuorum($id: ID!) {
    meeting(id: $id) {
      id
      quorum {
        members
        present
        required
        reached
      }
    }
  }
`);

export const VoteFields = graphql(`
  fragment VoteFields on Vote {
    id
    question
    options
    secrecy
    allowChange
    eligibility
    status
    cast
    eligible
    canVote
    hasVoted
    openedAt
    closedAt
    agendaItem {
      id
      title
    }
    results {
      cast
      eligible
      turnout
      counts {
        option
        count
      }
      quorum {
        members
        present
        required
        reached
      }
    }
    decision {
      id
      text
    }
    proxies {
      grantor {
        id
        fullName
      }
      holder {
        id
        fullName
      }
    }
    voters {
      id
    }
    namedVotes {
      option
      deputy {
        id
        fullName
      }
      castBy {
        id
        fullName
      }
    }
  }
`);

export const MeetingVotesQuery = graphql(`
  query MeetingVotes($id: ID!) {
    meeting(id: $id) {
      id
      group {
        id
        members {
          id
          deputy {
            id
            fullName
          }
        }
      }
      votes {
        ...VoteFields
      }
    }
  }
`);

export const OpenVoteMutation = graphql(`
  mutation OpenVote($input: OpenVoteInput!) {
    openVote(input: $input) {
      ...VoteFields
    }
  }
`);

export const CastVoteMutation = graphql(`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      cast
      eligible
      firstCast
      receipt
      vote {
        ...VoteFields
      }
    }
  }
`);

export const CloseVoteMutation = graphql(`
  mutation CloseVote($input: CloseVoteInput!) {
    closeVote(input: $input) {
      vote {
        ...VoteFields
      }
    }
  }
`);

export const RecordVoteDecisionMutation = graphql(`
  mutation RecordVoteDecision($input: RecordVoteDecisionInput!) {
    recordVoteDecision(input: $input) {
      ...VoteFields
    }
  }
`);

export const MeetingSpeakingStatsQuery = graphql(`
  query MeetingSpeakingStats($meetingId: ID!) {
    speakingStats(input: { meetingId: $meetingId }) {
      totalSeconds
      speeches
      byGender {
        gender
        seconds
        share
      }
    }
  }
`);
