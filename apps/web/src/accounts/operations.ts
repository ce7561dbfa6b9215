import { graphql } from '../gql';

export const AccountsQuery = graphql(`
  query AccountsPage {
    me {
      id
      role
    }
    users {
      id
      email
      displayName
      role
      locale
      deputy {
        id
        fullName
      }
    }
    deputies {
      id
      fullName
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      displayName
      role
    }
  }
`);

export const SetUserRoleMutation = graphql(`
  mutation SetUserRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      id
      role
    }
  }
`);
