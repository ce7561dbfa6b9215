import { graphql } from '../gql';

export const MeetingOutcomesQuery = graphql(`
  query MeetingOutcomes($id: ID!) {
    meeting(id: $id) {
      id
      agenda {
        id
        position
        title
      }
      decisions {
        id
        text
        votesFor
        votesAgainst
        votesAbstain
        createdAt
        agendaItem {
          id
          title
        }
      }
      actionItems {
        id
        title
        status
        dueOn
        assignee {
          id
          fullName
        }
      }
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
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
      text
    }
  }
`);

export const AssignActionMutation = graphql(`
  mutation AssignAction($input: AssignActionInput!) {
    assignAction(input: $input) {
      id
      title
    }
  }
`);

export const SetActionStatusMutation = graphql(`
  mutation SetActionStatus($input: SetActionStatusInput!) {
    setActionStatus(input: $input) {
      id
      status
    }
  }
`);
