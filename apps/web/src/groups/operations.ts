import { graphql } from '../gql';

export const GroupsQuery = graphql(`
  query Groups {
    workingGroups {
      id
      name
      theme
      description
      unreadCount
      members {
        id
      }
    }
  }
`);

export const GroupPageQuery = graphql(`
  query GroupPage($id: ID!) {
    me {
      id
      role
    }
    workingGroup(id: $id) {
      id
      name
      theme
      description
      viewerCan {
        coordinate
        discuss
        moderate
      }
      coordinators {
        id
        displayName
      }
      members {
        id
        role
        startsOn
        deputy {
          id
          fullName
          territory
          territoryLabel
        }
      }
    }
    upcoming: meetings(filter: { groupId: $id, when: UPCOMING, limit: 8 }) {
      id
      title
      status
      startsAt
      endsAt
      ...MeetingItem_meeting
    }
    past: meetings(filter: { groupId: $id, when: PAST, limit: 5 }) {
      id
      title
      status
      startsAt
      endsAt
      ...MeetingItem_meeting
    }
    fieldReports(filter: { groupId: $id, limit: 50 }) {
      id
      ...FieldReportItem_report
    }
  }
`);

export const NewGroupTermQuery = graphql(`
  query NewGroupTerm {
    currentTerm {
      id
      name
    }
  }
`);

export const CreateWorkingGroupMutation = graphql(`
  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {
    createWorkingGroup(input: $input) {
      id
      name
    }
  }
`);

/** Every deputy profile: those not in the group yet can be added. */
export const GroupDeputyChoicesQuery = graphql(`
  query GroupDeputyChoices {
    deputies {
      id
      fullName
      territory
      territoryLabel
    }
  }
`);

/** Every account (administrators only): the coordinators among them can be given the group. */
export const GroupCoordinatorChoicesQuery = graphql(`
  query GroupCoordinatorChoices {
    users {
      id
      displayName
      role
    }
  }
`);

export const AddGroupMemberMutation = graphql(`
  mutation AddGroupMember($input: AddGroupMemberInput!) {
    addGroupMember(input: $input) {
      id
      role
      scheduleConflicts {
        ...ConflictWarnings_conflict
      }
    }
  }
`);

export const RemoveGroupMemberMutation = graphql(`
  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {
    removeGroupMember(input: $input) {
      id
      endsOn
    }
  }
`);

export const AddGroupCoordinatorMutation = graphql(`
  mutation AddGroupCoordinator($input: AddGroupCoordinatorInput!) {
    addGroupCoordinator(input: $input) {
      id
      coordinators {
        id
        displayName
      }
    }
  }
`);
