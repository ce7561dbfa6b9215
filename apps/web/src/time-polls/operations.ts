import { graphql } from '../gql';

export const TimePollFields = graphql(`
  fragment TimePollFields on TimePoll {
    id
    title
    description
    status
    timeZone
    createdAt
    closedAt
    bestSlotId
    meeting {
      id
      title
      startsAt
    }
    slots {
      id
      startsAt
      endsAt
      tally {
        yes
        ifNeedBe
        no
      }
      answers {
        answer
        deputy {
          id
          fullName
        }
      }
    }
  }
`);

/** The group's polls, and who the reader is (to offer creating, answering, scheduling). */
export const GroupTimePollsQuery = graphql(`
  query GroupTimePolls($groupId: ID!) {
    me {
      id
      role
      deputy {
        id
      }
    }
    workingGroup(id: $groupId) {
      id
      name
      viewerCan {
        coordinate
      }
      members {
        id
        deputy {
          id
        }
      }
    }
    timePolls(groupId: $groupId) {
      ...TimePollFields
    }
  }
`);

export const CreateTimePollMutation = graphql(`
  mutation CreateTimePoll($input: CreateTimePollInput!) {
    createTimePoll(input: $input) {
      ...TimePollFields
    }
  }
`);

export const AnswerTimePollMutation = graphql(`
  mutation AnswerTimePoll($input: AnswerTimePollInput!) {
    answerTimePoll(input: $input) {
      ...TimePollFields
    }
  }
`);

export const ScheduleFromTimePollMutation = graphql(`
  mutation ScheduleFromTimePoll($input: ScheduleFromTimePollInput!) {
    scheduleFromTimePoll(input: $input) {
      meeting {
        id
        title
        startsAt
      }
      poll {
        ...TimePollFields
      }
      conflicts {
        ...ConflictWarnings_conflict
      }
      warnings {
        code
        params
        message
      }
    }
  }
`);
