import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class CalendarFeed {
  @Field({ description: 'Path of the personal feed on the API, /calendar/<token>.ics; one meeting: /calendar/<token>/<meetingId>.ics.' })
  path: string;
  @Field({ description: 'The secret in the path; regenerate it if it leaked.' }) token: string;
}
