import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { DomainEvent, DomainEventBus, DomainEventsModule, OnDomainEvent, SessionsRevokedEvent, VoteProgressEvent } from './domain-events';

@Injectable()
class Recorder {
  readonly heard: unknown[] = [];

  @OnDomainEvent(DomainEvent.SessionsRevoked)
  sessionsRevoked(event: SessionsRevokedEvent): void {
    this.heard.push(event);
  }

  @OnDomainEvent(DomainEvent.VoteProgress)
  async voteProgress(event: VoteProgressEvent): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    this.heard.push(event);
  }
}

// Compile-time rules: these lines are checked by `tsc` (the typecheck), the @ts-expect-error fails it if a wrong shape is accepted.
class WrongListener {
  // @ts-expect-error a listener of user.sessionsRevoked must accept { userId }
  @OnDomainEvent(DomainEvent.SessionsRevoked)
  heard(_event: VoteProgressEvent): void {}
}
function wrongPublishes(bus: DomainEventBus) {
  // @ts-expect-error the event's shape is the one the map gives its name
  bus.publish(DomainEvent.SessionsRevoked, { groupId: 'g' });
  // @ts-expect-error no property beyond the event's own
  bus.publish(DomainEvent.SessionsRevoked, { userId: 'u', deputyId: 'd' });
  // @ts-expect-error only names in the map
  bus.publish('user.unknown', { userId: 'u' });
}
void WrongListener;
void wrongPublishes;

describe('DomainEventBus', () => {
  async function boot() {
    @Module({ imports: [EventEmitterModule.forRoot(), DomainEventsModule], providers: [Recorder] })
    class EventsOnly {}
    const module = await NestFactory.createApplicationContext(EventsOnly, { logger: false });
    return { module, bus: module.get(DomainEventBus), recorder: module.get(Recorder) };
  }

  it('delivers a published event to the listeners of its name', async () => {
    const { module, bus, recorder } = await boot();
    bus.publish(DomainEvent.SessionsRevoked, { userId: 'user-1' });
    expect(recorder.heard).toEqual([{ userId: 'user-1' }]);
    await module.close();
  });

  it('publishAndWait resolves once asynchronous listeners have finished', async () => {
    const { module, bus, recorder } = await boot();
    const progress = { groupId: 'g', meetingId: 'm', voteId: 'v', cast: 1, eligible: 3 };
    await bus.publishAndWait(DomainEvent.VoteProgress, progress);
    expect(recorder.heard).toEqual([progress]);
    await module.close();
  });
});
