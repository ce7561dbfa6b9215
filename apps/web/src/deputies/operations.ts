import { graphql } from '../gql';

/** The fields of a profile everyone signed in may read (never a status, a file number or an address). */
export const DeputyProfileFragment = graphql(`
  fragment DeputyProfile_deputy on Deputy {
    id
    fullName
    gender
    territory
    territoryLabel
    languages
    skills
    bio
    eligibilityAttestedOn
    currentMandate {
      id
      startsOn
      seat {
        id
        number
      }
    }
    memberships {
      id
      role
      group {
        id
        name
      }
    }
  }
`);

export const DeputiesQuery = graphql(`
  query Deputies {
    me {
      id
      role
      deputy {
        id
      }
    }
    deputies {
      id
      fullName
      territory
      territoryLabel
      languages
      skills
      currentMandate {
        id
        seat {
          id
          number
        }
      }
      memberships {
        id
        group {
          id
          name
        }
      }
    }
  }
`);

export const DeputyQuery = graphql(`
  query Deputy($id: ID!) {
    me {
      id
      role
      deputy {
        id
      }
    }
    deputy(id: $id) {
      ...DeputyProfile_deputy
    }
  }
`);

export const CreateDeputyMutation = graphql(`
  mutation CreateDeputy($input: CreateDeputyInput!) {
    createDeputy(input: $input) {
      id
      fullName
    }
  }
`);

export const UpdateDeputyMutation = graphql(`
  mutation UpdateDeputy($input: UpdateDeputyInput!) {
    updateDeputy(input: $input) {
      ...DeputyProfile_deputy
    }
  }
`);
