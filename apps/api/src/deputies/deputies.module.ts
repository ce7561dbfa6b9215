import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { DeputiesResolver } from './deputies.resolver';
import { DeputiesService } from './deputies.service';

@Module({ imports: [UsersModule], providers: [DeputiesService, DeputiesResolver] })
export class DeputiesModule {}
