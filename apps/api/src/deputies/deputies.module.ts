import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { DeputiesResolver } from './deputies.resolver';
import { DeputiesService } from './deputies.service';
import { GroupMemberDeputyResolver, MandateDeputyResolver, UserDeputyResolver } from './relations.resolver';

@Module({
  imports: [UsersModule],
  providers: [DeputiesService, DeputiesResolver, UserDeputyResolver, MandateDeputyResolver, GroupMemberDeputyResolver],
})
export class DeputiesModule {}
