import { Injectable } from '@nestjs/common';
import { AuthUser } from '../auth/auth-user';
import { Loaders } from '../loaders/loaders';
import { AccessPolicy } from './access-policy';
import { ActionOf, Kind, Subject } from './rules';

/**
 * `viewerCan` on the objects the web acts on: the access policy's answers for the signed-in
 * person, so the web never re-derives a rule. One statement per request for the person's facts
 * (shared with the field checks). Each feature adds `viewerCan` to its own objects on this base
 * (meetings/viewer-can.resolver.ts, live/viewer-can.resolver.ts...), so access imports no feature.
 */
@Injectable()
export abstract class ViewerCanResolver {
  constructor(protected readonly policy: AccessPolicy) {}

  protected async answers<K extends Kind, A extends ActionOf<K>>(
    loaders: Loaders,
    viewer: AuthUser,
    kind: K,
    actions: readonly A[],
    subject: Subject,
  ) {
    const values = await Promise.all(actions.map((a) => this.policy.canInRequest(loaders, viewer, kind, a, subject)));
    return Object.fromEntries(actions.map((a, i) => [a, values[i]])) as Record<A, boolean>;
  }
}
