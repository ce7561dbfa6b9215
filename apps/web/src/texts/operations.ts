import { graphql } from '../gql';

/** A group's texts (newest first) and whether the reader may draft one. */
export const GroupTextsQuery = graphql(`
  query GroupTexts($groupId: ID!) {
    workingGroup(id: $groupId) {
      id
      viewerCan {
        coordinate
      }
    }
    me {
      id
      deputy {
        id
      }
    }
    texts(groupId: $groupId, first: 50) {
      id
      title
      kind
      status
      amendmentDeadline
      updatedAt
    }
  }
`);

export const CreateTextMutation = graphql(`
  mutation CreateText($input: CreateTextInput!) {
    createText(input: $input) {
      id
    }
  }
`);

/** Everything the text page shows: the current version, amendments in place, procedure, collisions. */
export const TextPageQuery = graphql(`
  query TextPage($id: ID!) {
    text(id: $id) {
      id
      title
      kind
      status
      amendmentDeadline
      decidedAt
      group {
        id
        name
      }
      viewerCan {
        edit
        agree
        amend
        coordinate
      }
      authors {
        agreed
        deputy {
          id
          fullName
        }
      }
      fieldReports {
        id
        title
      }
      currentVersion {
        id
        number
        paragraphs {
          id
          text
          firstLine
          lastLine
        }
      }
      versions {
        id
        number
        origin
        createdAt
      }
      amendments {
        id
        number
        status
        reason
        procedure
        procedureNote
        staleParagraphIds
        author {
          id
          fullName
        }
        signers {
          id
          fullName
        }
        version {
          id
          number
        }
        targets {
          id
          text
          firstLine
          lastLine
        }
        changes {
          kind
          paragraphId
          afterId
          text
        }
        block {
          id
          name
        }
        agendaItem {
          id
        }
      }
      overlaps {
        amendmentIds
      }
      blocks {
        id
        name
        agendaItem {
          id
        }
      }
      pendingCollisions {
        amendmentId
        paragraphId
        base
        ours
        theirs
      }
      agendaItem {
        id
      }
    }
  }
`);

/** The group's meetings still to come or live, to place a text or an amendment on one's agenda. */
export const TextMeetingsQuery = graphql(`
  query TextMeetings($groupId: ID!) {
    meetings(filter: { groupId: $groupId }) {
      id
      title
      startsAt
      status
    }
  }
`);

/** Two versions of a text, to compare. */
export const TextVersionsQuery = graphql(`
  query TextVersions($id: ID!, $from: Int!, $to: Int!) {
    text(id: $id) {
      id
      from: version(number: $from) {
        id
        number
        paragraphs {
          id
          text
          firstLine
          lastLine
        }
      }
      to: version(number: $to) {
        id
        number
        paragraphs {
          id
          text
          firstLine
          lastLine
        }
      }
    }
  }
`);

export const AgreeToTextMutation = graphql(`
  mutation AgreeToText($input: TextRefInput!) {
    agreeToText(input: $input) {
      id
    }
  }
`);

export const UpdateTextDraftMutation = graphql(`
  mutation UpdateTextDraft($input: UpdateTextDraftInput!) {
    updateTextDraft(input: $input) {
      id
    }
  }
`);

export const OpenTextMutation = graphql(`
  mutation OpenTextForAmendments($input: OpenTextForAmendmentsInput!) {
    openTextForAmendments(input: $input) {
      id
      status
    }
  }
`);

export const PlaceTextOnAgendaMutation = graphql(`
  mutation PlaceTextOnAgenda($input: PlaceTextOnAgendaInput!) {
    placeTextOnAgenda(input: $input) {
      id
      status
    }
  }
`);

export const WithdrawTextMutation = graphql(`
  mutation WithdrawText($input: TextRefInput!) {
    withdrawText(input: $input) {
      id
      status
    }
  }
`);

export const ProposeAmendmentMutation = graphql(`
  mutation ProposeAmendment($input: ProposeAmendmentInput!) {
    proposeAmendment(input: $input) {
      id
      number
    }
  }
`);

export const CosignAmendmentMutation = graphql(`
  mutation CosignAmendment($input: AmendmentRefInput!) {
    cosignAmendment(input: $input) {
      id
    }
  }
`);

export const SetAmendmentProcedureMutation = graphql(`
  mutation SetAmendmentProcedure($input: SetAmendmentProcedureInput!) {
    setAmendmentProcedure(input: $input) {
      id
      procedure
    }
  }
`);

export const CreateAmendmentBlockMutation = graphql(`
  mutation CreateAmendmentBlock($input: CreateAmendmentBlockInput!) {
    createAmendmentBlock(input: $input) {
      id
    }
  }
`);

export const PlaceAmendmentOnAgendaMutation = graphql(`
  mutation PlaceAmendmentOnAgenda($input: PlaceAmendmentOnAgendaInput!) {
    placeAmendmentOnAgenda(input: $input) {
      id
    }
  }
`);

export const ResolveCollisionMutation = graphql(`
  mutation ResolveAmendmentCollision($input: ResolveAmendmentCollisionInput!) {
    resolveAmendmentCollision(input: $input) {
      id
      status
    }
  }
`);
