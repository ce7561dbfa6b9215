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
      disabled
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

export const SetUserDisabledMutation = graphql(`
  mutation SetUserDisabled($input: SetUserDisabledInput!) {
    setUserDisabled(input: $input) {
      id
      disabled
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      password
      user {
        id
      }
    }
  }
`);
