import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { AccessPolicy } from '../access/access-policy';
import { ViewerCanResolver } from '../access/viewer-can.resolver';
import { Clock } from '../common/clock';
import { Loaders } from '../loaders/loaders';
import { Text, TextViewerCan } from './models/text.model';
import { TextsLoaders } from './texts.loaders';

const FROZEN = ['ADOPTED', 'REJECTED', 'WITHDRAWN'];

/** `viewerCan` on a text: the access policy's answers, with the text's authorship and status (the web derives none of it). */
@Resolver(() => Text)
export class TextViewerCanResolver extends ViewerCanResolver {
  constructor(
    policy: AccessPolicy,
    private readonly clock: Clock,
  ) {
    super(policy);
  }

  @ResolveField(() => TextViewerCan)
  async viewerCan(@Root() text: Text, @CurrentUser() viewer: AuthUser, @Context('loaders') loaders: Loaders): Promise<TextViewerCan> {
    const [rules, authors] = await Promise.all([
      this.answers(loaders, viewer, 'text', ['amend', 'coordinate'] as const, { groupId: text.groupId }),
      loaders.of(TextsLoaders).authorsByTextId.load(text.id),
    ]);
    const mine = authors.find((a) => a.deputyId === viewer.deputyId);
    const frozen = FROZEN.includes(text.status);
    const open = text.status === 'OPEN' && !!text.amendmentDeadline && text.amendmentDeadline.getTime() >= this.clock.now().getTime();
    return {
      edit: !!mine?.agreedAt && text.status === 'DRAFT',
      agree: !!mine && !mine.agreedAt && !frozen,
      amend: rules.amend && open,
      coordinate: rules.coordinate && !frozen,
    };
  }
}
