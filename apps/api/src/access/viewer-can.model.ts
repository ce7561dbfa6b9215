import { Field, ObjectType } from '@nestjs/graphql';

/** What the signed-in person may do with a working group, from the access policy (clients show actions from it). */
@ObjectType()
export class WorkingGroupViewerCan {
  @Field({ description: 'Manage members, schedule meetings, propose time polls, route reports to it (administrators, its coordinators).' })
  coordinate: boolean;
  @Field({ description: 'Chair its meetings: open and close them, run votes and the floor, write minutes (coordination or its lead).' })
  run: boolean;
  @Field({ description: 'Read and write its discussion (its members and coordinators).' }) discuss: boolean;
  @Field({ description: "Delete anyone's message in its discussion (its coordinators)." }) moderate: boolean;
}

@ObjectType()
export class MeetingViewerCan {
  @Field({ description: 'Reschedule, cancel, edit the agenda, record decisions and actions.' }) coordinate: boolean;
  @Field({ description: 'Chair it: start and end, move the agenda, votes, the floor, minutes.' }) run: boolean;
  @Field({ description: "Moderate what is said in it (the group's coordinators)." }) moderate: boolean;
  @Field({ description: 'Take part as a member: answer the invitation, ask for the floor.' }) attend: boolean;
  @Field({ description: "Read and write the group's discussion during it." }) discuss: boolean;
}

@ObjectType()
export class FieldReportViewerCan {
  @Field({ description: 'Send it to a working group (or to another one).' }) route: boolean;
  @Field({ description: 'Act for the group it is routed to: place it on an agenda, close it (unrouted: administrators).' })
  coordinate: boolean;
}

@ObjectType()
export class VoteViewerCan {
  @Field({ description: 'Chair it: close it, record the decision.' }) run: boolean;
  @Field({ description: "Cast one's own ballot now (open, and eligible)." }) vote: boolean;
}

@ObjectType()
export class MessageViewerCan {
  @Field({ description: 'Edit it (its author, while reading the discussion; not once deleted).' }) edit: boolean;
  @Field({ description: 'Delete it (its author, or a coordinator of the group; not once deleted).' }) delete: boolean;
  @Field({ description: "Delete it as a moderator (the group's coordinators)." }) moderate: boolean;
}

@ObjectType()
export class TimePollViewerCan {
  @Field({ description: "Schedule the meeting from it (the group's coordination)." }) coordinate: boolean;
  @Field({ description: "Give one's availability (members of the group, while open)." }) answer: boolean;
}
