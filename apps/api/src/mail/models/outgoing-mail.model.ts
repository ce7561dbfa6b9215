import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MailStatus } from '../../generated/prisma/client';

registerEnumType(MailStatus, {
  name: 'MailStatus',
  description:
    'PENDING: to send (retried with backoff); SENT: accepted by the SMTP server; KEPT: no SMTP_URL, kept here instead; FAILED: refused for good or out of attempts.',
});

@ObjectType({ description: 'A mail of the outbox, as administrators read it on "Courriels envoyés".' })
export class OutgoingMailModel {
  @Field(() => ID) id: string;
  @Field({ description: 'The recipient address.' }) to: string;
  @Field({ description: 'The language it is written in (fr, en, ar).' }) locale: string;
  @Field() subject: string;
  @Field({ description: 'The plain-text part (blanked once sent when it held a password-reset link).' }) text: string;
  @Field(() => String, { nullable: true, description: 'REQUEST or CANCEL when an iCalendar invitation is attached.' })
  calendarMethod: string | null;
  @Field(() => MailStatus) status: MailStatus;
  @Field(() => Int, { description: 'Tries so far.' }) attempts: number;
  @Field(() => String, { nullable: true, description: "The SMTP server's last refusal, if any." }) lastError: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) sentAt: Date | null;
}

@ObjectType({ description: 'One page of the outbox, newest first.' })
export class OutgoingMailPage {
  @Field(() => [OutgoingMailModel]) mails: OutgoingMailModel[];
  @Field({ description: 'Whether older mails follow: ask again with after: endCursor.' }) hasMore: boolean;
  @Field(() => String, { nullable: true, description: "The id of this page's last mail." }) endCursor: string | null;
}
